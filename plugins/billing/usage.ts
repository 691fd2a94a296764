import type { FastifyInstance } from 'fastify'
import type {} from '../../src/jobs/plugin.js'
import { JobError, type Job } from '../../src/jobs/queue.js'
import { enqueueAlert } from '../../src/integrations/alerts.js'
import { billableMinutes } from './plans.js'
import type { BillingStore } from './store.js'

/**
 * Metered minutes: each ended call's minutes are counted once into the workspace's period
 * (limits read that counter), and, for a workspace with a live subscription, reported to Stripe
 * as one Billing Meter event by a job queued in the transaction that ended the call.
 * The call id is both the job's singleton key and the meter event's `identifier`, so neither a
 * job retry nor a repeated end can bill a call twice.
 */

export const USAGE_REPORT_JOB = 'billing.report-usage'
export const USAGE_REPORT_MAX_ATTEMPTS = 10

export interface UsageReport {
  callId: string
  workspaceId: string
  customerId: string
  minutes: number
  /** When the call ended, unix seconds: the meter event's timestamp. */
  endedAt: number
}

/** Subscriptions whose usage is no longer billed. */
const NOT_BILLED = new Set(['canceled', 'incomplete_expired'])

function stripeFailure(err: unknown): { message: string; retryable: boolean; alreadyReported: boolean } {
  const e = (err ?? {}) as { message?: string; statusCode?: number; code?: string; type?: string }
  const message = `${e.type ?? 'Error'}${e.statusCode ? ` ${e.statusCode}` : ''}: ${e.message ?? String(err)}`
  // The identifier is taken: an earlier attempt reached Stripe even though its answer was lost.
  if (e.code === 'resource_already_exists') return { message, retryable: false, alreadyReported: true }
  const status = e.statusCode
  const retryable = status === undefined || status === 409 || status === 429 || status >= 500
  return { message, retryable, alreadyReported: false }
}

export async function registerUsageReporting(app: FastifyInstance, store: BillingStore): Promise<void> {
  const { billing } = app.config

  app.callEvents.on('call_ended', async (call, tx) => {
    // Refused (over capacity), failed and never-answered calls are not billed.
    if (call.outcome === 'over_capacity' || call.status !== 'ended' || !call.answered_at) return
    const minutes = billableMinutes(call.duration_s)
    const endedAt = call.ended_at ?? new Date()
    const account = await store.recordUsage(tx, { callId: call.id, workspaceId: call.workspace_id, minutes, endedAt })
    if (!account || minutes === 0) return
    if (!account.stripe_customer_id || !account.stripe_subscription_id || NOT_BILLED.has(account.status)) return
    if (!app.integrations.stripe) {
      app.log.warn({ callId: call.id, minutes }, '[billing] usage not reported: STRIPE_SECRET_KEY is not set')
      return
    }
    const report: UsageReport = {
      callId: call.id,
      workspaceId: call.workspace_id,
      customerId: account.stripe_customer_id,
      minutes,
      endedAt: Math.floor(endedAt.getTime() / 1000),
    }
    await app.jobs.enqueue(tx, USAGE_REPORT_JOB, report, {
      singletonKey: call.id,
      maxAttempts: USAGE_REPORT_MAX_ATTEMPTS,
      backoffBaseMs: billing.usageRetryBaseMs,
    })
  })

  await app.jobs.work<UsageReport>(USAGE_REPORT_JOB, async (job: Job<UsageReport>) => {
    const r = job.data
    const facts = { callId: r.callId, workspaceId: r.workspaceId, minutes: r.minutes, attempt: job.attempt }
    try {
      const stripe = app.integrations.stripe
      if (!stripe) throw Object.assign(new Error('STRIPE_SECRET_KEY is not set'), { statusCode: 503 })
      await stripe.billing.meterEvents.create(
        {
          event_name: billing.meterEventName,
          identifier: r.callId,
          timestamp: r.endedAt,
          payload: { stripe_customer_id: r.customerId, value: String(r.minutes) },
        },
        { idempotencyKey: `rapidcall-usage-${r.callId}` },
      )
    } catch (err) {
      const f = stripeFailure(err)
      if (f.alreadyReported) {
        app.log.info(facts, '[billing] usage already reported to Stripe')
        await store.markReported(r.callId)
        return
      }
      const givingUp = !f.retryable || job.attempt >= job.maxAttempts
      if (givingUp) {
        await store.markReportFailed(r.callId, f.message)
        await enqueueAlert(
          app.jobs,
          app.sql,
          {
            type: 'billing_usage_report_failed',
            severity: 'critical',
            workspaceId: r.workspaceId,
            callId: r.callId,
            message: `${r.minutes} minute(s) of call ${r.callId} could not be reported to Stripe after ${job.attempt} attempt(s): ${f.message}`,
          },
          { dedupeKey: `billing_usage_report_failed:${r.callId}` },
        )
        app.log.error({ ...facts, error: f.message }, '[billing] usage report given up')
      }
      throw new JobError(f.message, { retryable: f.retryable, cause: err })
    }
    await store.markReported(r.callId)
    app.log.info(facts, '[billing] usage reported to Stripe')
  })
}
