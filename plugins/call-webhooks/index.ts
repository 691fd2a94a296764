import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type postgres from 'postgres'
import { newId } from '../../src/platform/ids.js'
import type { CallEventName, CallRow } from '../calls/index.js'
import { callWebhookPayload } from './payload.js'
import { enqueueAttempt, registerDeliveryWorker } from './delivery.js'
import { deliveryRoutes, secretRoutes } from './routes.js'
import { createCallWebhookStore } from './store.js'
import { webhookUrlNotAllowed, webhookUrlRejection } from './url-policy.js'

// Shared with workspaces, whose default webhook URL follows the same rules.
export { webhookUrlRejection, webhookUrlNotAllowed } from './url-policy.js'
export type { WebhookEventName } from './store.js'

/** An event another domain sends through the outbox (campaigns), to its agent's webhook URL. */
export interface OutboxEvent {
  workspaceId: string
  /** Whose `webhookUrl` it goes to (else the workspace's default); none set: nothing is sent. */
  agentId: string
  event: 'campaign_started' | 'campaign_completed' | 'campaign_recipient_completed'
  callId?: string | null
  /** The JSON body (serialised once: every attempt sends these bytes, signed). */
  payload: Record<string, unknown>
}

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Queues a signed webhook in `tx` (the transaction of the change it reports): delivered after
     * the commit with the call webhooks' signature, retries and delivery log. False when no URL is set.
     */
    webhookOutbox: { enqueue(e: OutboxEvent, tx: postgres.TransactionSql): Promise<boolean> }
  }
}

const EVENTS: CallEventName[] = ['call_started', 'call_ended', 'call_analyzed']

/**
 * Call webhooks to customers' servers: every call event becomes an outbox row and a
 * delivery job in the transaction that changed the call, so a crash after the commit
 * loses nothing and a rollback sends nothing.
 */
export default fp(
  async function callWebhooks(app: FastifyInstance) {
    const store = createCallWebhookStore(app.sql, app.secrets)
    app.secretRotations.set('call-webhooks.signing_secrets', (box) => store.reencryptSecrets(box))
    const { webhooks, publicApiBaseUrl } = app.config
    if (webhooks.allowInsecure && app.config.isProduction) {
      app.log.warn('WEBHOOKS_ALLOW_INSECURE=true: call webhooks may go to http:// and private addresses')
    }
    // An agent's webhookUrl is refused when saved, not first at delivery, by the same policy.
    app.agentInputChecks.push(async (_workspaceId, input) => {
      if (!input.webhookUrl) return
      const reason = await webhookUrlRejection(input.webhookUrl, webhooks)
      if (reason) throw webhookUrlNotAllowed('webhookUrl', reason)
    })

    // An end emits call_ended and call_analyzed in one transaction: one URL lookup serves both.
    const urlsByTx = new WeakMap<postgres.TransactionSql, Map<string, Promise<string | null>>>()
    function webhookUrl(call: CallRow, tx: postgres.TransactionSql) {
      let urls = urlsByTx.get(tx)
      if (!urls) urlsByTx.set(tx, (urls = new Map()))
      const key = `${call.workspace_id} ${call.agent_id}`
      let url = urls.get(key)
      if (!url) urls.set(key, (url = store.webhookUrlFor(call.workspace_id, call.agent_id, tx)))
      return url
    }

    async function outbox(event: CallEventName, call: CallRow, tx: postgres.TransactionSql) {
      const url = await webhookUrl(call, tx)
      if (!url) return
      const body = JSON.stringify(callWebhookPayload(event, call, { publicBaseUrl: publicApiBaseUrl }))
      const d = await store.insertDelivery({
        id: newId('whd'), workspaceId: call.workspace_id, eventId: newId('evt'), event, callId: call.id, agentId: call.agent_id, url, body,
      }, tx)
      await enqueueAttempt(app, tx, d)
    }
    for (const event of EVENTS) app.callEvents.on(event, (call, tx) => outbox(event, call, tx))
    app.decorate('webhookOutbox', {
      async enqueue(e: OutboxEvent, tx: postgres.TransactionSql) {
        const url = await store.webhookUrlFor(e.workspaceId, e.agentId, tx)
        if (!url) return false
        const d = await store.insertDelivery({
          id: newId('whd'), workspaceId: e.workspaceId, eventId: newId('evt'), event: e.event, callId: e.callId ?? null, agentId: e.agentId, url, body: JSON.stringify(e.payload),
        }, tx)
        await enqueueAttempt(app, tx, d)
        return true
      },
    })

    await registerDeliveryWorker(app, store, webhooks)
    await app.register(deliveryRoutes, { prefix: '/api', store })
    await app.register(secretRoutes, { prefix: '/api', store })
  },
  { name: 'call-webhooks', dependencies: ['secrets', 'calls', 'agents', 'jobs', 'authenticate'] },
)
