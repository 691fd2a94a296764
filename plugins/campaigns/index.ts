import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type {} from '../telephony/index.js'
import type {} from '../do-not-call/index.js'
import campaignRoutes from './routes.js'
import recipientRoutes from './recipient-routes.js'
import resultsExportRoutes from './results-export.js'
import { createCampaignStore } from './store.js'
import { createRecipientStore } from './recipient-store.js'
import { createDispatchStore } from './dispatch-store.js'
import { createRecipientImport } from './recipient-import.js'
import { createCampaignControl } from './control.js'
import { createDispatcher, type Dispatcher } from './dispatcher.js'
import { registerCallOutcomes } from './outcomes.js'
import { workspaceCapacity } from './capacity.js'
import { createStuckCallCheck } from './stuck-calls.js'
import { createCampaignEvents } from './campaign-events.js'
import { createRecipientActions } from './recipient-actions.js'
import { createCampaignsSurface, type CampaignsSurface } from './surface.js'

// The public surface other domains may use besides `app.campaigns` (see surface.ts for each function).
export type { CampaignsSurface, CampaignRecipient, CampaignRecipientWithAttempts, AddRecipientsResult } from './surface.js'
export type { Campaign, Recipient, RecipientInput } from '../../schemas/campaigns.js'
export type { RecipientStatus } from './recipient-store.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** This instance's campaign dispatcher (tests call `tick()` after moving the clock). */
    campaignDispatcher: Dispatcher
    /**
     * Campaigns for other domains: `ensureOpenCampaign(workspaceId, agentId, fromNumberId?)` (the
     * always-open campaign per workspace and agent), `addRecipients`, `listRecipients`,
     * `getRecipient`, `cancelRecipient`, `markRecipientDnc`. See CampaignsSurface.
     */
    campaigns: CampaignsSurface
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
    const events = createCampaignEvents(app, store)
    const dispatcher = createDispatcher(app, dispatch, workspaceCapacity(app), (now, instanceId) => checkStuckCalls(now, instanceId), events)
    app.decorate('campaignDispatcher', dispatcher)
    const outcomes = registerCallOutcomes(app, dispatch, dispatcher.wake, events)
    const checkStuckCalls = createStuckCallCheck(app, dispatch, outcomes, app.log.child({ component: 'campaigns' }))

    const control = createCampaignControl(app, store, dispatch, dispatcher.wake, events)
    const importer = createRecipientImport(app, recipients, dispatcher.wake)
    const actions = createRecipientActions(app, recipients)
    app.decorate('campaigns', createCampaignsSurface(app, { store, recipients, importer, actions, events }))
    await app.register(campaignRoutes, { prefix: '/api', store, control })
    await app.register(recipientRoutes, { prefix: '/api', store, recipients, importer, actions })
    await app.register(resultsExportRoutes, { prefix: '/api', store, recipients })

    app.addHook('onReady', async () => dispatcher.start())
    app.addHook('onClose', async () => dispatcher.stop())
  },
  { name: 'campaigns', dependencies: ['authenticate', 'calls', 'agents', 'telephony', 'do-not-call', 'call-webhooks'] },
)
