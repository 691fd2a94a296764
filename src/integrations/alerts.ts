import type { Queryable } from '../db/connect.js'
import { JobError, type JobLogger, type JobQueue } from '../jobs/queue.js'

/**
 * Operator alerts (failed egress, failed billing...) POSTed as JSON to ALERT_WEBHOOK_URL
 * through the job queue: an alert enqueued in a transaction is sent only if it commits,
 * once across all API instances, and retried on network errors, 5xx and 429.
 */

export const ALERT_JOB = 'alert.send'

export type AlertSeverity = 'info' | 'warning' | 'critical'

export interface Alert {
  /** What happened, e.g. `egress_failed`, `billing_usage_report_failed`. */
  type: string
  severity: AlertSeverity
  workspaceId: string
  callId?: string
  message: string
  /** When it happened (default: now). */
  at?: Date
}

/** The JSON body the webhook receives. */
export interface AlertPayload {
  type: string
  severity: AlertSeverity
  workspaceId: string
  callId?: string
  message: string
  at: string
}

export interface AlertsOptions {
  /** ALERT_WEBHOOK_URL; unset: alerts are only logged (warn) and never queued. */
  url?: string
  log: JobLogger
  fetch?: typeof fetch
  timeoutMs?: number
  /** Delivery attempts before the alert job is dead (default 10). */
  maxAttempts?: number
  /** First retry delay; doubles with jitter on each retry (default 5000). */
  backoffBaseMs?: number
}

const MAX_RETRY_AFTER_MS = 3_600_000
const settings = new WeakMap<JobQueue, Required<Pick<AlertsOptions, 'log' | 'maxAttempts' | 'backoffBaseMs'>> & { url?: string }>()

/** `Retry-After` as milliseconds (delta-seconds or an HTTP date), capped at an hour. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  const ms = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now
  return Number.isFinite(ms) ? Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS) : undefined
}

/** Defines the `alert.send` job on this queue (when a URL is configured). Call before `jobs.start()`. */
export async function registerAlerts(jobs: JobQueue, opts: AlertsOptions): Promise<void> {
  const { url, log } = opts
  settings.set(jobs, { url, log, maxAttempts: opts.maxAttempts ?? 10, backoffBaseMs: opts.backoffBaseMs ?? 5000 })
  if (!url) {
    log.warn({}, 'Alerts: ALERT_WEBHOOK_URL is not set; alerts are logged only')
    return
  }
  const send = opts.fetch ?? fetch
  const timeoutMs = opts.timeoutMs ?? 10_000
  // The URL may carry a token (chat webhooks): logs name the host only.
  const host = new URL(url).host

  await jobs.work<AlertPayload>(ALERT_JOB, async (job) => {
    const facts = { alertType: job.data.type, workspaceId: job.data.workspaceId, host, attempt: job.attempt }
    let res: Response
    try {
      res = await send(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'RapidCall-Alerts/1' },
        body: JSON.stringify(job.data),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (err) {
      const reason = (err as Error)?.name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : String((err as Error)?.message ?? err)
      throw new JobError(`Alert webhook unreachable: ${reason}`, { cause: err })
    }
    await res.arrayBuffer().catch(() => undefined)
    if (res.ok) {
      log.info({ ...facts, status: res.status }, 'Alert delivered')
      return
    }
    const retryable = res.status === 408 || res.status === 429 || res.status >= 500
    throw new JobError(`Alert webhook answered ${res.status}`, {
      retryable,
      retryAfterMs: retryable ? parseRetryAfter(res.headers.get('retry-after')) : undefined,
    })
  })
}

/**
 * Queues an alert with `db` (pass the transaction so it is sent only if it commits).
 * Returns the job id; null when ALERT_WEBHOOK_URL is unset (logged at warn instead)
 * or when `dedupeKey` was already used for an alert.
 */
export async function enqueueAlert(jobs: JobQueue, db: Queryable, alert: Alert, opts: { dedupeKey?: string } = {}): Promise<string | null> {
  const s = settings.get(jobs)
  if (!s) throw new Error('registerAlerts() was not called on this job queue')
  const payload: AlertPayload = {
    type: alert.type,
    severity: alert.severity,
    workspaceId: alert.workspaceId,
    ...(alert.callId === undefined ? {} : { callId: alert.callId }),
    message: alert.message,
    at: (alert.at ?? new Date()).toISOString(),
  }
  if (!s.url) {
    s.log.warn({ alert: payload }, 'Alert (not sent: ALERT_WEBHOOK_URL is not set)')
    return null
  }
  return jobs.enqueue(db, ALERT_JOB, payload, { singletonKey: opts.dedupeKey, maxAttempts: s.maxAttempts, backoffBaseMs: s.backoffBaseMs })
}
