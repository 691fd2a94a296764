import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type {} from '../telephony/index.js'
import type {} from '../do-not-call/index.js'
import campaignRoutes from './routes.js'
import recipientRoutes from './recipient-routes.js'
import { createCampaignStore } from './store.js'
import { createRecipientStore } from './recipient-store.js'
import { createDispatchStore } from './dispatch-store.js'
import { createRecipientImport } from './recipient-import.js'
import { createCampaignControl } from './control.js'
import { createDispatcher, type Dispatcher } from './dispatcher.js'
import { registerCallOutcomes } from './outcomes.js'
import { workspaceCapacity } from './capacity.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** This instance's campaign dispatcher (tests call `tick()` after moving the clock). */
    campaignDispatcher: Dispatcher
  }
}

/**
 * Outbound campaigns: recipients (JSON or streamed CSV), calling windows in each recipient's
 * local time, retries per outcome, the do-not-call list, and a dispatcher every instance runs.
 * Dials go through telephony's `outboundCalls.place`; results come back through call events.
 */
export default fp(
  async function campaigns(app: FastifyInstance) {
    const store = createCampaignStore(app.sql)
    const recipients = createRecipientStore(app.sql)
    const dispatch = createDispatchStore(app.sql)
    const dispatcher = createDispatcher(app, dispatch, workspaceCapacity(app))
    app.decorate('campaignDispatcher', dispatcher)
    registerCallOutcomes(app, dispatch, dispatcher.wake)

    const control = createCampaignControl(app, store, dispatch, dispatcher.wake)
    const importer = createRecipientImport(app, recipients, dispatcher.wake)
    const hangUp = async (callId: string) => {
      const call = await app.calls.findState(callId)
      if (call?.room_name && app.integrations.livekit) await app.integrations.livekit.rooms.deleteRoom(call.room_name).catch(() => undefined)
      await app.callLifecycle.end(callId, { outcome: 'canceled' })
    }
    await app.register(campaignRoutes, { prefix: '/api', store, control })
    await app.register(recipientRoutes, { prefix: '/api', store, recipients, importer, hangUp })

    app.addHook('onReady', async () => dispatcher.start())
    app.addHook('onClose', async () => dispatcher.stop())
  },
  { name: 'campaigns', dependencies: ['authenticate', 'calls', 'agents', 'telephony', 'do-not-call'] },
)
