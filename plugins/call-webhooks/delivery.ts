import http from 'node:http'
import https from 'node:https'
import { performance } from 'node:perf_hooks'
import type { FastifyInstance } from 'fastify'
import type { Queryable } from '../../src/db/connect.js'
import { enqueueAlert, parseRetryAfter } from '../../src/integrations/alerts.js'
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signatureHeader } from './signing.js'
import { publicOnlyLookup, webhookUrlProblem, type UrlPolicy } from './url-policy.js'
import type { CallWebhookStore, DeliveryRow } from './store.js'

export const DELIVERY_JOB = 'call-webhook.deliver'
/** Retries stop once the next attempt would fall later than this after the first. */
export const RETRY_WINDOW_MS = 24 * 3_600_000
const MAX_BACKOFF_MS = 3_600_000
/** A failing endpoint alerts the operator from this attempt on (about 5 minutes into failures at the default base). */
const ALERT_FROM_ATTEMPT = 5
const MAX_ERROR_LENGTH = 500
const USER_AGENT = 'RapidCall-Webhooks/1'

export interface DeliveryJobData {
  deliveryId: string
  generation: number
}

export interface DeliverySettings extends UrlPolicy {
  timeoutMs: number
  retryBaseMs: number
}

/**
 * Each attempt is its own job, scheduled for the time the backoff (or Retry-After) says.
 * The queue's own retries only cover a process dying mid-attempt.
 */
export async function enqueueAttempt(app: FastifyInstance, tx: Queryable, d: { id: string; generation: number; attempts: number }, runAt?: Date) {
  await app.jobs.enqueue<DeliveryJobData>(tx, DELIVERY_JOB, { deliveryId: d.id, generation: d.generation }, {
    // One job per attempt, however often the scheduling code runs.
    singletonKey: `${d.id}:${d.generation}:${d.attempts + 1}`,
    runAt,
    maxAttempts: 3,
    backoffBaseMs: 1000,
  })
}

/** Attempt n (1-based) failed: wait base*2^(n-1), capped at an hour, with equal jitter (half fixed, half random). */
export function backoffMs(attempt: number, baseMs: number, random = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.min(attempt - 1, 30))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

interface PostResult {
  statusCode: number | null
  retryAfter: string | null
  error: string | null
}

/**
 * One POST with the whole exchange (connect, headers, body) bounded by the timeout.
 * Redirects are not followed: the signed request goes where the customer said, or nowhere.
 */
function post(url: URL, body: string, headers: Record<string, string>, settings: DeliverySettings): Promise<PostResult> {
  const client = url.protocol === 'https:' ? https : http
  const signal = AbortSignal.timeout(settings.timeoutMs)
  return new Promise((resolve) => {
    const req = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      signal,
      // Keep-alive would reuse a socket opened before a DNS change; each attempt connects anew.
      agent: false,
      ...(settings.allowInsecure ? {} : { lookup: publicOnlyLookup as never }),
    })
    const fail = (err: Error & { code?: string }) => {
      const error = signal.aborted ? `timed out after ${settings.timeoutMs} ms` : `${err.code ? `${err.code}: ` : ''}${err.message}`
      resolve({ statusCode: null, retryAfter: null, error: error.slice(0, MAX_ERROR_LENGTH) })
    }
    req.on('error', fail)
    req.on('response', (res) => {
      res.on('error', fail)
      // Drain (bounded by the same timeout) so the answer counts only once fully received.
      res.resume()
      res.on('end', () => {
        const status = res.statusCode ?? 0
        const ok = status >= 200 && status < 300
        resolve({ statusCode: status, retryAfter: (res.headers['retry-after'] as string | undefined) ?? null, error: ok ? null : `HTTP ${status}` })
      })
    })
    req.end(body)
  })
}

const retryableStatus = (s: number) => s >= 500 || s === 408 || s === 429

/** Registers the delivery job. Runs each attempt, logs it, and schedules the next one in the same transaction. */
export async function registerDeliveryWorker(app: FastifyInstance, store: CallWebhookStore, settings: DeliverySettings) {
  const log = app.log.child({ component: 'call-webhooks' })

  // A customer's receiver that hangs holds a slot for up to timeoutMs per attempt: deliveries get
  // at most half the instance's job slots, so pricing, analysis and recordings keep flowing.
  const workOptions = { concurrency: Math.max(1, Math.floor(app.jobs.concurrency / 2)), timeoutMs: settings.timeoutMs + 30_000 }
  await app.jobs.work<DeliveryJobData>(DELIVERY_JOB, async (job) => {
    const d = await store.findForDelivery(job.data.deliveryId)
    // Delivered, failed for good, or superseded by a manual retry: this job has nothing to do.
    if (!d || d.status !== 'pending' || d.generation !== job.data.generation) return

    const startedAt = new Date()
    const t0 = performance.now()
    let result: PostResult
    const problem = webhookUrlProblem(d.url, settings)
    if (problem) {
      result = { statusCode: null, retryAfter: null, error: `URL refused: ${problem}` }
    } else {
      const secrets = await store.signingSecrets(d.workspace_id)
      result = await post(new URL(d.url), d.body, {
        'content-type': 'application/json',
        'user-agent': USER_AGENT,
        [EVENT_ID_HEADER]: d.event_id,
        'x-rapidcall-event': d.event,
        [SIGNATURE_HEADER]: signatureHeader(d.body, secrets),
      }, settings)
    }
    const durationMs = Math.round(performance.now() - t0)

    const attempt = d.attempts + 1
    const { statusCode } = result
    let outcome: 'delivered' | 'failed' | 'retry'
    let nextAttemptAt: Date | null = null
    if (statusCode !== null && statusCode >= 200 && statusCode < 300) outcome = 'delivered'
    else if (problem || (statusCode !== null && !retryableStatus(statusCode))) outcome = 'failed'
    else {
      const asked = statusCode === 429 || statusCode === 503 ? parseRetryAfter(result.retryAfter) : undefined
      const next = new Date(Date.now() + (asked ?? backoffMs(attempt, settings.retryBaseMs)))
      if (next.getTime() - d.window_started_at.getTime() > RETRY_WINDOW_MS) outcome = 'failed'
      else {
        outcome = 'retry'
        nextAttemptAt = next
      }
    }

    await app.sql.begin(async (tx) => {
      const row = await store.recordAttempt({
        deliveryId: d.id, generation: d.generation, startedAt, durationMs, statusCode, error: result.error, outcome, nextAttemptAt,
      }, tx)
      if (!row?.is_current) return
      if (outcome === 'retry') await enqueueAttempt(app, tx, row, nextAttemptAt!)
      if (outcome === 'failed' || (outcome === 'retry' && attempt >= ALERT_FROM_ATTEMPT)) await alertFailing(app, tx, d, result, outcome)
    })

    const facts = { deliveryId: d.id, eventId: d.event_id, event: d.event, workspaceId: d.workspace_id, host: hostOf(d.url), attempt, statusCode, durationMs }
    if (outcome === 'delivered') log.info(facts, 'Call webhook delivered')
    else if (outcome === 'failed') log.warn({ ...facts, error: result.error }, 'Call webhook failed for good')
    else log.info({ ...facts, error: result.error, nextAttemptAt }, 'Call webhook attempt failed, will retry')
  }, workOptions)
}

// URLs may carry tokens: logs and alerts name the host only.
function hostOf(url: string) {
  try {
    return new URL(url).host
  } catch {
    return '(invalid URL)'
  }
}

/** One alert per endpoint per hour, however many events fail there. */
async function alertFailing(app: FastifyInstance, tx: Queryable, d: DeliveryRow, r: PostResult, outcome: 'failed' | 'retry') {
  const host = hostOf(d.url)
  const hour = new Date().toISOString().slice(0, 13)
  await enqueueAlert(app.jobs, tx, {
    type: 'call_webhook_failing',
    severity: 'warning',
    workspaceId: d.workspace_id,
    callId: d.call_id ?? undefined,
    message: `Call webhooks to ${host} are failing (${r.error ?? 'no answer'}); ${outcome === 'failed' ? `event ${d.event_id} was given up` : 'retrying'}`,
  }, { dedupeKey: `webhook-failing:${host}:${hour}` })
}
