import type { FastifyInstance } from 'fastify'
import type postgres from 'postgres'
import type { CallRow } from '../calls/index.js'
import { DNC_REQUESTED_OUTCOME } from '../do-not-call/index.js'
import type { DispatchStore } from './dispatch-store.js'
import type { CampaignRow } from './store.js'
import type { RecipientRow } from './recipient-store.js'
import type { CampaignEvents } from './campaign-events.js'

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

type Settlement = Parameters<DispatchStore['settle']>[2]

/** Where a recipient goes after an attempt with this outcome: done, queued for the retry, or failed after maxAttempts. */
function settlement(r: RecipientRow & { campaign: CampaignRow }, outcome: AttemptOutcome, error: string | null, now: Date): Settlement {
  const c = r.campaign
  if (outcome === 'answered') return { status: 'completed', outcome, error, nextAttemptAt: null }
  // The do-not-call domain lists the number in this same transaction.
  if (outcome === 'dnc_requested') return { status: 'dnc', outcome, error: 'Asked not to be called again', nextAttemptAt: null }
  const retried = (c.retry_on as string[]).includes(outcome)
  if (retried && r.attempts < (r.max_attempts ?? c.max_attempts) && c.status !== 'canceled' && c.status !== 'completed') {
    return { status: 'queued', outcome, error, nextAttemptAt: retryAt(c, r.attempts, now) }
  }
  // A voicemail the campaign does not retry reached the callee's line: that recipient is done.
  return { status: outcome === 'voicemail' && !retried ? 'completed' : 'failed', outcome, error, nextAttemptAt: null }
}

/**
 * Recipients follow their calls through the calls domain's events, inside the transaction that
 * changed the call: answered -> in_call; ended -> completed, queued for a retry, or failed after
 * maxAttempts. A webhook replay or a second end finds no current call and changes nothing.
 *
 * Voicemail: an answered call looks the same whether a person or a mailbox picked up; the
 * post-call analysis (a job after the call, analysis domain) says which. When the campaign
 * retries voicemail, an answered call leaves its recipient `analyzing`, and `call_analyzed`
 * (emitted in the transaction that finishes the analysis) settles it: voicemail -> the retry
 * policy, anything else (a person, an analysis that failed or was skipped) -> completed.
 */
export function registerCallOutcomes(app: FastifyInstance, dispatch: DispatchStore, wake: () => void, events: CampaignEvents) {
  // A freed slot is filled at once rather than at the next tick: shortly after this transaction commits.
  const soon = () => setTimeout(wake, 20).unref()
  const settle = async (r: RecipientRow, callId: string, s: Settlement, tx: postgres.TransactionSql) => {
    const row = await dispatch.settle(r.id, callId, s, tx)
    if (row && s.status !== 'queued') await events.recipientCompleted(row, tx)
  }
  const outcomes = {
    /** The call ended: its attempt logged, its recipient settled (or left waiting for the analysis). */
    async ended(call: CallRow, tx: postgres.TransactionSql) {
      const outcome = attemptOutcome(call)
      const now = app.clock.now()
      await dispatch.endAttempt(call.id, { at: now, outcome, error: call.failure_reason, durationS: call.duration_s, costUsd: call.cost_usd ?? null }, tx)
      const r = await dispatch.recipientOfCall(call.id, tx)
      if (!r || r.status === 'analyzing') return
      soon()
      if (outcome === 'answered' && (r.campaign.retry_on as string[]).includes('voicemail')) return dispatch.awaitAnalysis(r.id, call.id, now, tx)
      const error = outcome === 'answered' ? null : (call.failure_reason ?? call.outcome)
      return settle(r, call.id, settlement(r, outcome, error, now), tx)
    },

    /** The analysis ended (or, `noVerdict`, was waited on too long): voicemail -> the retry policy, else completed. */
    async analyzed(call: CallRow, tx: postgres.TransactionSql, noVerdict?: string) {
      const r = await dispatch.recipientOfCall(call.id, tx)
      if (!r || r.status !== 'analyzing') return
      const voicemail = !noVerdict && call.analysis?.status === 'done' && call.analysis.voicemail === true
      if (voicemail) await dispatch.relabelAttempt(call.id, 'voicemail', tx)
      soon()
      const error = voicemail ? 'The post-call analysis found a voicemail' : (noVerdict ?? null)
      return settle(r, call.id, settlement(r, voicemail ? 'voicemail' : 'answered', error, app.clock.now()), tx)
    },
  }

  app.callEvents.on('call_started', async (call, tx) => {
    if (call.direction !== 'outbound') return
    const r = await dispatch.recipientOfCall(call.id, tx)
    if (r) await dispatch.markInCall(r.id, call.id, tx)
  })
  app.callEvents.on('call_ended', async (call, tx) => {
    if (call.direction === 'outbound') await outcomes.ended(call, tx)
  })
  app.callEvents.on('call_analyzed', async (call, tx) => {
    if (call.direction === 'outbound') await outcomes.analyzed(call, tx)
  })
  return outcomes
}

export type CallOutcomes = ReturnType<typeof registerCallOutcomes>
