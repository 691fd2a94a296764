import type { FastifyInstance } from 'fastify'
import type { CallRow } from '../calls/index.js'
import { DNC_REQUESTED_OUTCOME } from '../do-not-call/index.js'
import type { DispatchStore } from './dispatch-store.js'
import type { CampaignRow } from './store.js'

/** What a call's end means for its recipient. */
export type AttemptOutcome = 'answered' | 'busy' | 'no_answer' | 'failed' | 'voicemail' | 'dnc_requested'

export function attemptOutcome(call: Pick<CallRow, 'outcome' | 'answered_at' | 'status'>): AttemptOutcome {
  const o = call.outcome ?? ''
  if (o === 'dial_busy') return 'busy'
  if (o === 'dial_no_answer') return 'no_answer'
  if (o === DNC_REQUESTED_OUTCOME) return 'dnc_requested'
  if (/voicemail|machine/i.test(o)) return 'voicemail'
  if (o.startsWith('dial_') || call.status === 'failed' || !call.answered_at) return 'failed'
  return 'answered'
}

/** When the next attempt is due: `delayMinutes`, doubled after each attempt with `exponential`. */
export function retryAt(c: Pick<CampaignRow, 'retry_delay_minutes' | 'retry_backoff'>, attempts: number, now: Date): Date {
  const factor = c.retry_backoff === 'exponential' ? 2 ** Math.max(0, attempts - 1) : 1
  return new Date(now.getTime() + c.retry_delay_minutes * factor * 60_000)
}

/**
 * Recipients follow their calls through the calls domain's events, inside the transaction that
 * changed the call: answered -> in_call; ended -> completed, queued for a retry, or failed after
 * maxAttempts. A webhook replay or a second end finds no current call and changes nothing.
 */
export function registerCallOutcomes(app: FastifyInstance, dispatch: DispatchStore, wake: () => void) {
  // A freed slot is filled at once rather than at the next tick: shortly after this transaction commits.
  const soon = () => setTimeout(wake, 20).unref()
  app.callEvents.on('call_started', async (call, tx) => {
    if (call.direction !== 'outbound') return
    const r = await dispatch.recipientOfCall(call.id, tx)
    if (r) await dispatch.markInCall(r.id, call.id, tx)
  })

  app.callEvents.on('call_ended', async (call, tx) => {
    if (call.direction !== 'outbound') return
    const outcome = attemptOutcome(call)
    const now = app.clock.now()
    await dispatch.endAttempt(call.id, { at: now, outcome, error: call.failure_reason, durationS: call.duration_s, costUsd: call.cost_usd ?? null }, tx)
    const r = await dispatch.recipientOfCall(call.id, tx)
    if (!r) return
    soon()
    const c = r.campaign
    const maxAttempts = r.max_attempts ?? c.max_attempts
    const error = outcome === 'answered' ? null : (call.failure_reason ?? call.outcome)
    if (outcome === 'answered') return dispatch.settle(r.id, call.id, { status: 'completed', outcome, error, nextAttemptAt: null }, tx)
    // The do-not-call domain lists the number in this same transaction.
    if (outcome === 'dnc_requested') return dispatch.settle(r.id, call.id, { status: 'dnc', outcome, error: 'Asked not to be called again', nextAttemptAt: null }, tx)
    const retried = (c.retry_on as string[]).includes(outcome)
    if (retried && r.attempts < maxAttempts && c.status !== 'canceled' && c.status !== 'completed') {
      return dispatch.settle(r.id, call.id, { status: 'queued', outcome, error, nextAttemptAt: retryAt(c, r.attempts, now) }, tx)
    }
    // A voicemail the campaign does not retry reached the callee's line: that recipient is done.
    const status = outcome === 'voicemail' && !retried ? 'completed' : 'failed'
    return dispatch.settle(r.id, call.id, { status, outcome, error, nextAttemptAt: null }, tx)
  })
}
