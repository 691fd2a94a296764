import type { FastifyInstance } from 'fastify'
import { ParticipantInfo_Kind } from '@livekit/protocol'
import type { CallStore } from './store.js'

// Egress and ingress are LiveKit's own participants; agents are ours. Only people count.
const isPerson = (kind: ParticipantInfo_Kind | undefined) => kind === undefined || kind === ParticipantInfo_Kind.STANDARD || kind === ParticipantInfo_Kind.SIP

/**
 * Room and participant events drive `created -> active -> ended`. Every update is
 * conditional on the current status, so replays and late events never reopen a call.
 */
export function registerLiveKitCallEvents(app: FastifyInstance, calls: CallStore) {
  app.onLiveKitEvent('participant_joined', async (event, tx, at) => {
    const room = event.room?.name
    if (!room || !isPerson(event.participant?.kind)) return
    const call = await calls.findByRoom(room, tx)
    if (!call) return app.log.info({ room }, '[livekit-webhook] participant_joined for a room with no call')
    await app.callLifecycle.activate(call.id, at, tx)
  })

  app.onLiveKitEvent('participant_left', async (event, tx, at) => {
    const room = event.room?.name
    if (!room || !isPerson(event.participant?.kind)) return
    const call = await calls.findByRoom(room, tx)
    if (!call) return
    // The caller leaving before the agent ended the call is a user hangup.
    await app.callLifecycle.end(call.id, { outcome: 'user_hangup', at }, tx)
  })

  app.onLiveKitEvent('room_finished', async (event, tx, at) => {
    const room = event.room?.name
    if (!room) return
    const call = await calls.findByRoom(room, tx)
    if (!call) return app.log.info({ room }, '[livekit-webhook] room_finished for a room with no call')
    await app.callLifecycle.end(call.id, { outcome: 'completed', at }, tx)
  })
}
