import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { errors, Page, ref } from '../../schemas/common.js'
import { Campaign, CampaignListQuery, CampaignParams, CreateCampaignBody, UpdateCampaignBody } from '../../schemas/campaigns.js'
import { httpError } from '../../src/platform/http-error.js'
import { newId } from '../../src/platform/ids.js'
import { decodeCursor, paginate } from '../../src/platform/cursor.js'
import { campaignJson } from './json.js'
import { campaignFields } from './settings.js'
import type { CampaignRow, CampaignStatus, CampaignStore } from './store.js'
import type { CampaignControl } from './control.js'

const tags = ['campaigns']
const security = [{ bearerAuth: [] }]

export const campaignNotFound = () => httpError(404, 'campaign_not_found', 'Campaign not found')
const finished = (c: CampaignRow) => c.status === 'completed' || c.status === 'canceled'

/** Campaign CRUD and its state changes (JWT or API key). */
export default async function campaignRoutes(fastify: FastifyInstance, opts: { store: CampaignStore; control: CampaignControl }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store, control } = opts
  app.addHook('onRequest', app.requireAuth)

  const load = async (workspaceId: string, id: string) => {
    const c = await store.find(workspaceId, id)
    if (!c) throw campaignNotFound()
    return c
  }

  app.post('/campaigns', {
    schema: {
      tags, security, operationId: 'createCampaign', summary: 'Create a campaign (a draft until started)',
      description:
        'Defaults: window Monday-Friday 09:00-18:00 in each recipient\'s zone (else `timezone`, default UTC), maxConcurrent 10, ' +
        'maxAttempts 3, retry on busy, no_answer and failed after 60 minutes. 404 when the agent or number is not the workspace\'s.',
      body: CreateCampaignBody, response: { 201: ref(Campaign), ...errors(400, 401, 404) },
    },
  }, async (req, reply) => {
    const { workspaceId } = req.auth
    const f = await campaignFields(app, workspaceId, req.body)
    const row = await store.create(newId('cmp'), workspaceId, { ...f, name: req.body.name, agent_id: req.body.agentId, phone_number_id: req.body.phoneNumberId })
    return reply.code(201).send(campaignJson(row, await store.totals(row.id)))
  })

  app.get('/campaigns', {
    schema: {
      tags, security, operationId: 'listCampaigns', summary: 'Campaigns, newest first',
      description: 'Without progress counts (read one campaign for those).',
      querystring: CampaignListQuery, response: { 200: Page(ref(Campaign), 'CampaignPage'), ...errors(400, 401) },
    },
  }, async (req) => {
    const limit = req.query.limit ?? 50
    const before = decodeCursor<[number, string]>(req.query.cursor, ['number', 'string'])
    const rows = await store.list(req.auth.workspaceId, { status: req.query.status, limit, before: before && { createdAt: new Date(before[0]), id: before[1] } })
    const page = paginate(rows, limit, (r) => [r.created_at.getTime(), r.id])
    return { items: page.items.map((r) => campaignJson(r)), nextCursor: page.nextCursor }
  })

  app.get('/campaigns/:campaignId', {
    schema: {
      tags, security, operationId: 'getCampaign', summary: 'A campaign with its progress',
      description: '`progress`: recipients by status and by last outcome, dials, connect rate, average answered duration, cost.',
      params: CampaignParams, response: { 200: ref(Campaign), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const c = await load(req.auth.workspaceId, req.params.campaignId)
    return campaignJson(c, await store.totals(c.id))
  })

  app.patch('/campaigns/:campaignId', {
    schema: {
      tags, security, operationId: 'updateCampaign', summary: 'Change a campaign\'s settings',
      description: 'Allowed until the campaign is completed or canceled (409 `campaign_finished`); a running campaign applies the change from its next dial.',
      params: CampaignParams, body: UpdateCampaignBody, response: { 200: ref(Campaign), ...errors(400, 401, 404, 409) },
    },
  }, async (req) => {
    const { workspaceId } = req.auth
    const c = await load(workspaceId, req.params.campaignId)
    if (finished(c)) throw httpError(409, 'campaign_finished', `The campaign is ${c.status}`)
    const row = await store.update(workspaceId, c.id, await campaignFields(app, workspaceId, req.body, c))
    if (!row) throw campaignNotFound()
    return campaignJson(row, await store.totals(row.id))
  })

  app.delete('/campaigns/:campaignId', {
    schema: {
      tags, security, operationId: 'deleteCampaign', summary: 'Delete a campaign and its recipients',
      description: '409 `campaign_active` while it is running or scheduled: pause or cancel it first. Calls already made stay in the call list.',
      params: CampaignParams, response: { 204: Type.Null(), ...errors(400, 401, 404, 409) },
    },
  }, async (req, reply) => {
    const c = await load(req.auth.workspaceId, req.params.campaignId)
    if (c.status === 'running' || c.status === 'scheduled') throw httpError(409, 'campaign_active', 'Pause or cancel the campaign before deleting it')
    await store.remove(req.auth.workspaceId, c.id)
    return reply.code(204).send(null)
  })

  const action = (verb: 'start' | 'pause' | 'resume' | 'cancel', summary: string, description: string) =>
    app.post(`/campaigns/:campaignId/${verb}`, {
      schema: {
        tags, security, operationId: `${verb}Campaign`, summary, description,
        params: CampaignParams, response: { 200: ref(Campaign), ...errors(400, 401, 404, 409) },
      },
    }, async (req) => {
      const c = await load(req.auth.workspaceId, req.params.campaignId)
      const row = await control[verb](c, req.log)
      if (!row) throw httpError(409, 'invalid_campaign_state', `Cannot ${verb} a campaign that is ${c.status}`, { status: c.status satisfies CampaignStatus })
      return campaignJson(row, await store.totals(row.id))
    })

  action('start', 'Start dialling', 'From `draft`: `running`, or `scheduled` until `startAt`. 409 `invalid_campaign_state` from any other status.')
  action('pause', 'Stop placing new calls', 'From `running` or `scheduled`. Calls in progress go on to their end; their retries wait for resume.')
  action('resume', 'Place calls again', 'From `paused`: back to `running` (or `scheduled` before `startAt`).')
  action('cancel', 'End the campaign for good', 'Recipients not yet called become `canceled`; calls in progress go on to their end. Not possible once completed.')
}
