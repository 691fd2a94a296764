import type { FastifyInstance } from 'fastify'
import type postgres from 'postgres'
import type {} from '../call-webhooks/index.js'
import { campaignJson, recipientJson } from './json.js'
import type { RecipientRow } from './recipient-store.js'
import type { CampaignRow, CampaignStore } from './store.js'

/**
 * Campaign webhooks through the call webhooks' outbox (its URL rules, HMAC signature, retries
 * and delivery log), queued in the transaction of the change they report, so each is sent once
 * however many instances race. Bodies: `{event, campaign}` (the API's Campaign shape, with
 * `progress` on completion) and `{event, campaign, recipient}` (the API's CampaignRecipient).
 */
export function createCampaignEvents(app: FastifyInstance, store: CampaignStore) {
  return {
    /** The campaign began dialling (started now, or its startAt came). */
    async started(c: CampaignRow, tx: postgres.TransactionSql) {
      await app.webhookOutbox.enqueue({ workspaceId: c.workspace_id, agentId: c.agent_id, event: 'campaign_started', payload: { event: 'campaign_started', campaign: campaignJson(c) } }, tx)
    },
    /** Completed (drained, or endAt) or canceled: `campaign.status` says which. */
    async completed(c: CampaignRow, tx: postgres.TransactionSql) {
      const campaign = campaignJson(c, await store.totals(c.id, tx))
      await app.webhookOutbox.enqueue({ workspaceId: c.workspace_id, agentId: c.agent_id, event: 'campaign_completed', payload: { event: 'campaign_completed', campaign } }, tx)
    },
    /** A recipient reached a final status after a call: completed, failed (attempts used up) or dnc. */
    async recipientCompleted(r: RecipientRow, tx: postgres.TransactionSql) {
      const c = await store.find(r.workspace_id, r.campaign_id, tx)
      if (!c) return
      await app.webhookOutbox.enqueue({
        workspaceId: c.workspace_id, agentId: c.agent_id, event: 'campaign_recipient_completed', callId: r.call_ids.at(-1) ?? null,
        payload: { event: 'campaign_recipient_completed', campaign: campaignJson(c), recipient: recipientJson(r) },
      }, tx)
    },
  }
}

export type CampaignEvents = ReturnType<typeof createCampaignEvents>
