import type { FastifyInstance } from 'fastify'
import type { Queryable } from '../../src/db/connect.js'
import { httpError } from '../../src/platform/http-error.js'
import type { RecipientRow, RecipientStore } from './recipient-store.js'

export const recipientNotFound = () => httpError(404, 'recipient_not_found', 'Recipient not found')

/**
 * Taking one recipient out (cancel) or listing its number (dnc), shared by the routes and the
 * plugin's public surface: one transaction, then the hang-up of the call it was in, if any.
 */
export function createRecipientActions(app: FastifyInstance, recipients: RecipientStore) {
  /** Ends a live call: the room deleted (hanging up the phone leg), the call ended as canceled. */
  const hangUp = async (callId: string) => {
    const call = await app.calls.findState(callId)
    if (call?.room_name && app.integrations.livekit) await app.integrations.livekit.rooms.deleteRoom(call.room_name).catch(() => undefined)
    await app.callLifecycle.end(callId, { outcome: 'canceled' })
  }

  async function stop(workspaceId: string, find: (tx: Queryable) => Promise<RecipientRow | undefined>, verb: 'cancel' | 'dnc', reason: string) {
    const r = await app.sql.begin(async (tx) => {
      const current = await find(tx)
      if (!current) throw recipientNotFound()
      if (verb === 'dnc') await app.doNotCall.add(workspaceId, { phone: current.phone, reason, source: 'campaign' }, tx)
      const stopped = await recipients.stop(current.campaign_id, current.id, verb === 'dnc' ? 'dnc' : 'canceled', reason, tx)
      if (!stopped && verb === 'cancel') throw httpError(409, 'recipient_finished', `The recipient is ${current.status} already`)
      return stopped ?? current
    })
    const live = (r as { live_call_id?: string | null }).live_call_id
    if (live) await hangUp(live)
    return r
  }

  return { hangUp, stop }
}

export type RecipientActions = ReturnType<typeof createRecipientActions>
