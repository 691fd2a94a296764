import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { DispatchStore } from './dispatch-store.js'
import type { CallOutcomes } from './outcomes.js'
import type { RecipientRow } from './recipient-store.js'

/**
 * The dispatcher's periodic check of recipients whose call ended without the campaign hearing
 * of it (a lost LiveKit webhook, an instance that crashed before recording the end):
 * - `in_call` for CAMPAIGN_CALL_CHECK_MINUTES: the call row already ended -> its end is applied
 *   to the recipient now; the LiveKit room is gone -> the call is ended (`stale_timeout`) through
 *   the lifecycle, whose call_ended settles the recipient; the room is still there -> a long
 *   call, looked at again after another period.
 * - `analyzing` for CAMPAIGN_ANALYSIS_WAIT_MINUTES: a verdict already on the call is applied; no
 *   verdict -> settled as answered (not retried: a person may have picked up).
 * Each check first takes the recipient over (its claimed_at moved to now, only if unchanged), so
 * of several instances one does it, once per period.
 */
export function createStuckCallCheck(app: FastifyInstance, dispatch: DispatchStore, outcomes: CallOutcomes, log: FastifyBaseLogger) {
  const { callCheckMinutes, analysisWaitMinutes } = app.config.campaigns

  async function checkInCall(r: RecipientRow, callId: string) {
    const facts = { recipientId: r.id, campaignId: r.campaign_id, callId }
    const call = await app.calls.findById(callId)
    if (!call) return log.error(facts, '[campaigns] stuck call: the recipient\'s call does not exist')
    if (call.status === 'ended' || call.status === 'failed') {
      await app.sql.begin((tx) => outcomes.ended(call, tx))
      return log.warn({ ...facts, outcome: call.outcome }, '[campaigns] stuck call: the end was never applied to the recipient, applied now')
    }
    const livekit = app.integrations.livekit
    if (!livekit || !call.room_name) return
    const rooms = await livekit.rooms.listRooms([call.room_name])
    if (rooms.length) return
    await app.callLifecycle.end(callId, { outcome: 'stale_timeout', failureReason: 'The LiveKit room was gone and nobody reported the end of the call' })
    log.warn(facts, '[campaigns] stuck call: the room is gone, call ended as stale_timeout')
  }

  async function checkAnalyzing(r: RecipientRow, callId: string) {
    const call = await app.calls.findById(callId)
    if (!call) return
    const pending = !call.analysis || call.analysis.status === 'pending'
    const noVerdict = pending ? `No post-call analysis after ${analysisWaitMinutes} minutes: settled as answered` : undefined
    await app.sql.begin((tx) => outcomes.analyzed(call, tx, noVerdict))
    log.warn({ recipientId: r.id, campaignId: r.campaign_id, callId, pending }, '[campaigns] stuck analysis: recipient settled')
  }

  return async function checkStuckCalls(now: Date, instanceId: string) {
    const checks = [
      { status: 'in_call' as const, minutes: callCheckMinutes, check: checkInCall },
      { status: 'analyzing' as const, minutes: analysisWaitMinutes, check: checkAnalyzing },
    ]
    for (const { status, minutes, check } of checks) {
      for (const r of await dispatch.staleClaims(status, new Date(now.getTime() - minutes * 60_000))) {
        if (!r.current_call_id || !(await dispatch.takeOver(r, instanceId, now))) continue
        await check(r, r.current_call_id).catch((err) => log.error({ err, recipientId: r.id }, `[campaigns] stuck ${status} check failed`))
      }
    }
  }
}
