import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import { ParticipantInfo_Kind, type ParticipantInfo } from '@livekit/protocol'
import type { DispatchStore } from './dispatch-store.js'
import type { RecipientRow } from './recipient-store.js'

const isNotFound = (err: unknown) => (err as { code?: string; status?: number })?.code === 'not_found' || (err as { status?: number })?.status === 404

/**
 * A recipient left `dialing` by an instance that stopped mid-dial. The callee's phone may be
 * ringing, or the call may be up: never dial again blindly. What is known decides:
 * - no call row: the instance stopped before placing the call, so nothing rang: queued again, attempt given back;
 * - the call's room still has its phone leg: adopted (answered: the call becomes active and the
 *   recipient in_call; still ringing: left dialing, looked at again after another lease);
 * - the room or its phone leg is gone: the dial is over and nobody recorded how: the call ends as
 *   `dial_failed` through the lifecycle, which applies the campaign's retry rules to the recipient.
 */
export async function reconcileDial(app: FastifyInstance, dispatch: DispatchStore, r: RecipientRow, log: FastifyBaseLogger) {
  const callId = r.current_call_id
  if (!callId) return
  const facts = { recipientId: r.id, campaignId: r.campaign_id, callId }
  const call = await app.calls.findState(callId)
  if (!call) {
    log.warn(facts, '[campaigns] reconcile: the call was never placed, recipient queued again')
    return dispatch.giveBack(r.id, callId, { error: 'The instance dialing it stopped before placing the call', nextAttemptAt: null })
  }
  // Ended calls settled their recipient in the transaction that ended them.
  if (call.status === 'ended' || call.status === 'failed' || !call.room_name) return
  const livekit = app.integrations.livekit
  if (!livekit) return log.warn(facts, '[campaigns] reconcile: LiveKit is not configured, the recipient stays dialing')

  let participants: ParticipantInfo[] | undefined
  try {
    participants = await livekit.rooms.listParticipants(call.room_name)
  } catch (err) {
    if (!isNotFound(err)) throw err
  }
  const phoneLeg = participants?.find((p) => p.kind === ParticipantInfo_Kind.SIP)
  if (phoneLeg) {
    const sipStatus = phoneLeg.attributes['sip.callStatus']
    if (!sipStatus || sipStatus === 'active') {
      await app.callLifecycle.activate(callId, new Date())
      return log.info(facts, '[campaigns] reconcile: call answered, adopted')
    }
    return log.info({ ...facts, sipStatus }, '[campaigns] reconcile: still ringing, adopted')
  }
  await app.callLifecycle.end(callId, { outcome: 'dial_failed', failureReason: 'The instance dialing it stopped and LiveKit has no phone leg for the call' })
  if (participants) await livekit.rooms.deleteRoom(call.room_name).catch((err) => log.warn({ ...facts, err }, '[campaigns] reconcile: could not delete the room'))
  log.warn(facts, '[campaigns] reconcile: dial lost, recorded as dial_failed')
}
