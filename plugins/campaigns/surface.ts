import type { FastifyInstance } from 'fastify'
import { Value } from '@sinclair/typebox/value'
import { AddRecipientsBody, type Campaign, type Recipient, type RecipientInput } from '../../schemas/campaigns.js'
import { httpError } from '../../src/platform/http-error.js'
import { newId } from '../../src/platform/ids.js'
import { attemptJson, campaignJson, recipientJson } from './json.js'
import { checkRecipientRows } from './recipient-rows.js'
import { assertTakesRecipients, type RecipientImport } from './recipient-import.js'
import { recipientNotFound, type RecipientActions } from './recipient-actions.js'
import type { RecipientStatus, RecipientStore, WorkspaceRecipientRow } from './recipient-store.js'
import type { CampaignStore } from './store.js'
import { campaignNotFound } from './routes.js'
import type { CampaignEvents } from './campaign-events.js'

/** A recipient as the public surface returns it: the API's shape plus its campaign's agent. */
export type CampaignRecipient = Recipient & { agentId: string }
export type CampaignRecipientWithAttempts = CampaignRecipient & { attemptLog: ReturnType<typeof attemptJson>[] }

export interface AddRecipientsResult {
  added: number
  dnc: number
  duplicates: number
  rejected: { row: number; phone: string; reason: string }[]
  /** One per accepted input (in input order, rejected ones left out): the recipient it created or was merged into. */
  recipients: Recipient[]
}

/**
 * What other domains may do with campaigns (decorated as `app.campaigns`). Every function is
 * scoped to the workspace it is given; a missing or foreign resource throws 404
 * `agent_not_found`, `phone_number_not_found`, `campaign_not_found` or `recipient_not_found`
 * (HttpError, rendered by the error handler as `{error:{code,message}}`).
 */
export interface CampaignsSurface {
  /**
   * The workspace's always-open (keepOpen) campaign for `agentId`, created running on first use:
   * any day at any hour (UTC), maxConcurrent 20, 3 attempts, retries on busy/no_answer/failed after
   * 1 minute doubling. `fromNumberId` is its caller id when it is created (default: the workspace's
   * number whose outbound agent is `agentId`, then any number with an outbound agent, then the first);
   * an existing campaign keeps its own, so give each recipient `phoneNumberId` for a per-call caller id.
   * Safe to call concurrently from several instances: one campaign per workspace and agent.
   */
  ensureOpenCampaign(workspaceId: string, agentId: string, fromNumberId?: string): Promise<Campaign>
  /**
   * Adds recipients (the JSON route's rules: E.164 with `defaultCountry`, DNC marked, a number still
   * live in the campaign merged). A running campaign dials them as they become due. 400
   * `validation_failed` for input outside the RecipientInput schema, 409 `campaign_finished`.
   */
  addRecipients(workspaceId: string, campaignId: string, recipients: RecipientInput[], opts?: { defaultCountry?: string }): Promise<AddRecipientsResult>
  /** Recipients across the workspace's campaigns, newest first; `keepOpen: true` lists only those of open campaigns. */
  listRecipients(workspaceId: string, filter?: { campaignId?: string; agentId?: string; keepOpen?: boolean; status?: RecipientStatus; limit?: number; offset?: number }): Promise<CampaignRecipient[]>
  /** One recipient of any campaign of the workspace, with its log of attempts; undefined when there is none. */
  getRecipient(workspaceId: string, recipientId: string): Promise<CampaignRecipientWithAttempts | undefined>
  /** Never dialled again; a live call is hung up. 409 `recipient_finished` once completed, failed, canceled, dnc or skipped. */
  cancelRecipient(workspaceId: string, recipientId: string, reason?: string): Promise<CampaignRecipient>
  /** Lists the number on the workspace's do-not-call list (source `campaign`) and stops the recipient as `dnc`. */
  markRecipientDnc(workspaceId: string, recipientId: string, reason?: string): Promise<CampaignRecipient>
}

const OPEN_DEFAULTS = {
  window_days: [1, 2, 3, 4, 5, 6, 7], window_start: '00:00', window_end: '00:00', timezone: 'UTC',
  max_concurrent: 20, max_attempts: 3, retry_on: ['busy', 'no_answer', 'failed'], retry_delay_minutes: 1, retry_backoff: 'exponential' as const,
  keep_open: true,
}

const withAgent = (r: WorkspaceRecipientRow): CampaignRecipient => ({ ...recipientJson(r), agentId: r.agent_id })

export function createCampaignsSurface(
  app: FastifyInstance,
  d: { store: CampaignStore; recipients: RecipientStore; importer: RecipientImport; actions: RecipientActions; events: CampaignEvents },
): CampaignsSurface {
  const { store, recipients } = d

  async function callerId(workspaceId: string, agentId: string, fromNumberId?: string) {
    if (fromNumberId) {
      if (!(await app.telephony.find(workspaceId, fromNumberId))) throw httpError(404, 'phone_number_not_found', 'Phone number not found')
      return fromNumberId
    }
    // The old outbound worker's choice: the agent's outbound number, then any outbound number, then the first.
    const numbers = await app.telephony.all(workspaceId)
    const n = numbers.find((x) => x.outbound_agent_id === agentId) ?? numbers.find((x) => x.outbound_agent_id) ?? numbers[0]
    if (!n) throw httpError(404, 'phone_number_not_found', 'The workspace has no phone number to call from')
    return n.id
  }

  const stop = async (workspaceId: string, recipientId: string, verb: 'cancel' | 'dnc', reason: string) => {
    await d.actions.stop(workspaceId, (tx) => recipients.findInWorkspace(workspaceId, recipientId, tx), verb, reason)
    const r = await recipients.findInWorkspace(workspaceId, recipientId)
    if (!r) throw recipientNotFound()
    return withAgent(r)
  }

  return {
    async ensureOpenCampaign(workspaceId, agentId, fromNumberId) {
      const agent = await app.agents.find(workspaceId, agentId)
      if (!agent) throw httpError(404, 'agent_not_found', 'Agent not found')
      const phoneNumberId = await callerId(workspaceId, agentId, fromNumberId)
      const { row, created } = await app.sql.begin(async (tx) => {
        const open = await store.lockedOpenCampaign(workspaceId, agentId, tx)
        if (open) return { row: open, created: false }
        const draft = await store.create(newId('cmp'), workspaceId, { ...OPEN_DEFAULTS, name: `Outbound calls: ${agent.name}`, agent_id: agentId, phone_number_id: phoneNumberId }, tx)
        const running = (await store.transition(workspaceId, draft.id, ['draft'], 'running', app.clock.now(), tx)) ?? draft
        await d.events.started(running, tx)
        return { row: running, created: true }
      })
      if (created) app.log.info({ campaignId: row.id, workspaceId, agentId }, '[campaigns] open campaign created')
      return campaignJson(row)
    },

    async addRecipients(workspaceId, campaignId, input, opts = {}) {
      const body = { recipients: input, ...(opts.defaultCountry ? { defaultCountry: opts.defaultCountry } : {}) }
      const bad = Value.Errors(AddRecipientsBody, body).First()
      if (bad) throw httpError(400, 'validation_failed', `${bad.path || 'recipients'}: ${bad.message}`, { path: bad.path })
      const c = await store.find(workspaceId, campaignId)
      if (!c) throw campaignNotFound()
      assertTakesRecipients(c)
      const checked = checkRecipientRows(input.map((value, i) => ({ row: i + 1, value })), opts.defaultCountry ?? c.default_country ?? undefined)
      const accepted = checked.rows.map((r) => r.phone)
      const result = await d.importer.add(c, checked)
      const byPhone = new Map((await recipients.latestByPhone(c.id, accepted)).map((r) => [r.phone, recipientJson(r)]))
      return { ...result, recipients: accepted.map((p) => byPhone.get(p)).filter((r): r is Recipient => !!r) }
    },

    async listRecipients(workspaceId, f = {}) {
      const limit = Math.min(Math.max(Math.trunc(f.limit ?? 100), 1), 1000)
      const rows = await recipients.listInWorkspace(workspaceId, { ...f, limit, offset: Math.max(Math.trunc(f.offset ?? 0), 0) })
      return rows.map(withAgent)
    },

    async getRecipient(workspaceId, recipientId) {
      const r = await recipients.findInWorkspace(workspaceId, recipientId)
      if (!r) return undefined
      return { ...withAgent(r), attemptLog: (await recipients.attempts(r.id)).map(attemptJson) }
    },

    cancelRecipient: (workspaceId, recipientId, reason = 'Canceled by user') => stop(workspaceId, recipientId, 'cancel', reason),
    markRecipientDnc: (workspaceId, recipientId, reason = 'Do-not-call requested') => stop(workspaceId, recipientId, 'dnc', reason),
  }
}
