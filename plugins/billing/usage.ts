import type { FastifyInstance } from 'fastify'
import type postgres from 'postgres'
import type {} from '../../src/jobs/plugin.js'
import { JobError, type Job } from '../../src/jobs/queue.js'
import { enqueueAlert } from '../../src/integrations/alerts.js'
import type { CostLine, RateCard } from './rate-card.js'
import type { BillingStore } from './store.js'

/**
 * Usage of paid workspaces reaches Stripe as Billing Meter events, one per call and line, sent by
 * a job queued in the transaction that made the call's cost final. `<callId>:<meter>` is the job's
 * singleton key, the meter event's `identifier` (Stripe refuses a second event with it) and the
 * idempotency key: neither a job retry, a second API instance, nor a repeated pricing can report
 * a line twice.
 */

export const LINE_REPORT_JOB = 'billing.report-line'
export const LINE_REPORT_MAX_ATTEMPTS = 10

export interface LineReport {
  callId: string
  meter: string
  workspaceId: string
  customerId: string
  /** Meter quantity as Stripe receives it: a decimal string, 6 decimals at most. */
  value: string
  /** When the call ended, unix seconds: the meter event's timestamp. */
  endedAt: number
}

const decimal = (n: number) => n.toFixed(6).replace(/\.?0+$/, '')

function stripeFailure(err: unknown): { message: string; retryable: boolean; alreadyReported: boolean } {
  const e = (err ?? {}) as { message?: string; statusCode?: number; code?: string; type?: string }
  const message = `${e.type ?? 'Error'}${e.statusCode ? ` ${e.statusCode}` : ''}: ${e.message ?? String(err)}`
  // The identifier is taken: an earlier attempt reached Stripe even though its answer was lost.
  if (e.code === 'resource_already_exists') return { message, retryable: false, alreadyReported: true }
  const status = e.statusCode
  const retryable = status === undefined || status === 409 || status === 429 || status >= 500
  return { message, retryable, alreadyReported: false }
}

/** Queues the Stripe report of each non-zero line of a final cost (in the pricing transaction). */
export async function enqueueLineReports(
  app: FastifyInstance,
  tx: postgres.TransactionSql,
  c: { callId: string; workspaceId: string; customerId: string | null; endedAt: Date; lines: CostLine[] },
) {
  if (!c.customerId) {
    app.log.warn({ callId: c.callId, workspaceId: c.workspaceId }, '[billing] paid call of a workspace without a Stripe customer: usage not reported')
    return
  }
  for (const line of c.lines) {
    if (line.quantity <= 0) continue
    const report: LineReport = {
      callId: c.callId, meter: line.meter, workspaceId: c.workspaceId, customerId: c.customerId,
      value: decimal(line.quantity), endedAt: Math.floor(c.endedAt.getTime() / 1000),
    }
    await app.jobs.enqueue(tx, LINE_REPORT_JOB, report, {
      singletonKey: `${c.callId}:${line.meter}`,
      maxAttempts: LINE_REPORT_MAX_ATTEMPTS,
      backoffBaseMs: app.config.billing.usageRetryBaseMs,
    })
  }
}

export async function registerUsageReporting(app: FastifyInstance, store: BillingStore, card: RateCard): Promise<void> {
  await app.jobs.work<LineReport>(LINE_REPORT_JOB, async (job: Job<LineReport>) => {
    const r = job.data
    const facts = { callId: r.callId, meter: r.meter, workspaceId: r.workspaceId, value: r.value, attempt: job.attempt }
    const meter = card.meters.find((m) => m.meter === r.meter)
    try {
      const stripe = app.integrations.stripe
      if (!stripe) throw Object.assign(new Error('STRIPE_SECRET_KEY is not set'), { statusCode: 503 })
      if (!meter?.eventName) throw Object.assign(new Error(`the rate card has no meter ${r.meter} any more`), { statusCode: 400 })
      const identifier = `${r.callId}:${r.meter}`
      await stripe.billing.meterEvents.create(
        { event_name: meter.eventName, identifier, timestamp: r.endedAt, payload: { stripe_customer_id: r.customerId, value: r.value } },
        { idempotencyKey: `rapidcall-usage-${identifier}` },
      )
    } catch (err) {
      const f = stripeFailure(err)
      if (f.alreadyReported) {
        app.log.info(facts, '[billing] usage already reported to Stripe')
        await store.markReported(r.callId, r.meter)
        return
      }
      const givingUp = !f.retryable || job.attempt >= job.maxAttempts
      if (givingUp) {
        await store.markReportFailed(r.callId, r.meter, f.message)
        await enqueueAlert(
          app.jobs,
          app.sql,
          {
            type: 'billing_usage_report_failed',
            severity: 'critical',
            workspaceId: r.workspaceId,
            callId: r.callId,
            message: `${r.value} of ${r.meter} for call ${r.callId} could not be reported to Stripe after ${job.attempt} attempt(s): ${f.message}`,
          },
          { dedupeKey: `billing_usage_report_failed:${r.callId}:${r.meter}` },
        )
        app.log.error({ ...facts, error: f.message }, '[billing] usage report given up')
      }
      throw new JobError(f.message, { retryable: f.retryable, cause: err })
    }
    await store.markReported(r.callId, r.meter)
    app.log.info(facts, '[billing] usage reported to Stripe')
  })
}
