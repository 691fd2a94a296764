import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref, Page } from '../../schemas/common.js'
import { Agent, AgentListQuery, AgentParams, AGENT_JSON_LIMITS, CreateAgentBody, UpdateAgentBody } from '../../schemas/agents.js'
import { httpError, notFound } from '../../src/platform/http-error.js'
import { assertJsonSizes } from '../../src/platform/json-size.js'
import { decodeCursor, paginate } from '../../src/platform/cursor.js'
import { agentJson, type AgentStore } from './store.js'
import { assertPostCallFields } from './post-call-fields.js'

const tags = ['agents']
const security = [{ bearerAuth: [] }]

export default async function agentRoutes(fastify: FastifyInstance, opts: { agents: AgentStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { agents } = opts
  app.addHook('onRequest', app.requireAuth)

  app.post('/agents', {
    schema: { tags, security, operationId: 'createAgent', summary: 'Create an agent', description: 'Only `name` is required; every other field has the default the voice agent expects. Field names follow the existing RapidCallAI agents, so their JSON imports unchanged.', body: CreateAgentBody, response: { 201: ref(Agent), ...errors(400, 401, 413, 415) } },
  }, async (req, reply) => {
    assertJsonSizes(req.body, AGENT_JSON_LIMITS)
    assertPostCallFields(req.body.postCallDataExtraction)
    for (const check of app.agentInputChecks) await check(req.auth.workspaceId, req.body)
    const row = await agents.create(req.auth.workspaceId, req.body)
    return reply.code(201).send(agentJson(row))
  })

  app.get('/agents', {
    schema: { tags, security, operationId: 'listAgents', summary: 'Agents of the workspace, newest first', description: 'Paginated with `limit` and `cursor` (`nextCursor` of the previous page).', querystring: AgentListQuery, response: { 200: Page(ref(Agent), 'AgentPage'), ...errors(400, 401) } },
  }, async (req) => {
    const limit = req.query.limit ?? 50
    const [beforeId] = decodeCursor<[string]>(req.query.cursor, ['string']) ?? []
    const page = paginate(await agents.list(req.auth.workspaceId, { limit, beforeId }), limit, (r) => [r.id])
    return { items: page.items.map(agentJson), nextCursor: page.nextCursor }
  })

  app.get('/agents/:agentId', {
    schema: { tags, security, operationId: 'getAgent', summary: 'One agent', description: '404 `not_found` for an unknown id and for an agent of another workspace.', params: AgentParams, response: { 200: ref(Agent), ...errors(400, 401, 404) } },
  }, async (req) => {
    const row = await agents.find(req.auth.workspaceId, req.params.agentId)
    if (!row) throw notFound('Agent')
    return agentJson(row)
  })

  app.patch('/agents/:agentId', {
    schema: { tags, security, operationId: 'updateAgent', summary: 'Partial update: only the fields sent change', description: 'Object fields (`voice`, `toolConfigs`, ...) are replaced as a whole, not merged. Phone calls keep using the published prompt until publish.', params: AgentParams, body: UpdateAgentBody, response: { 200: ref(Agent), ...errors(400, 401, 404, 413, 415) } },
  }, async (req) => {
    assertJsonSizes(req.body, AGENT_JSON_LIMITS)
    assertPostCallFields(req.body.postCallDataExtraction)
    for (const check of app.agentInputChecks) await check(req.auth.workspaceId, req.body)
    const row = await agents.update(req.auth.workspaceId, req.params.agentId, req.body)
    if (!row) throw notFound('Agent')
    return agentJson(row)
  })

  app.post('/agents/:agentId/publish', {
    schema: { tags, security, operationId: 'publishAgent', summary: 'Publish the draft prompt: phone calls use it from now on', description: 'Copies `promptDraft` to `promptPublished` and sets `publishedAt`. Web calls keep testing the draft.', params: AgentParams, response: { 200: ref(Agent), ...errors(400, 401, 404) } },
  }, async (req) => {
    const row = await agents.publish(req.auth.workspaceId, req.params.agentId)
    if (!row) throw notFound('Agent')
    return agentJson(row)
  })

  app.delete('/agents/:agentId', {
    schema: {
      tags, security, operationId: 'deleteAgent', summary: 'Delete an agent',
      description: '409 `agent_in_use` while a phone number routes inbound calls to it; `details.numbers` lists them.',
      params: AgentParams, response: { 204: Type.Null(), ...errors(400, 401, 404, 409) },
    },
  }, async (req, reply) => {
    const { workspaceId } = req.auth
    const numbers = (await app.agentUsage?.(workspaceId, req.params.agentId)) ?? []
    if (numbers.length) {
      throw httpError(409, 'agent_in_use', `Agent is the inbound agent of ${numbers.join(', ')}: reassign those numbers first`, { numbers })
    }
    if (!(await agents.remove(workspaceId, req.params.agentId))) throw notFound('Agent')
    return reply.code(204).send(null)
  })
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Set by the telephony domain: the numbers (e164) routing inbound calls to an agent. */
    agentUsage?: (workspaceId: string, agentId: string) => Promise<string[]>
  }
}
