import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { Agent, AgentParams } from '../../schemas/agents.js'
import { AgentVariant, CreateVariantBody, PromoteVariantQuery, UpdateVariantBody, VariantList, VariantParams, VARIANT_VOICE_MAX_BYTES } from '../../schemas/agent-variants.js'
import { httpError, notFound } from '../../src/platform/http-error.js'
import { assertJsonSizes } from '../../src/platform/json-size.js'
import { agentJson } from './store.js'
import { variantJson, type VariantStore } from './variant-store.js'

const tags = ['agents']
const security = [{ bearerAuth: [] }]
const JSON_LIMITS = { voice: VARIANT_VOICE_MAX_BYTES }

/** A/B variants of an agent: CRUD and promotion of a winner. */
export default async function variantRoutes(fastify: FastifyInstance, opts: { variants: VariantStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { variants } = opts
  app.addHook('onRequest', app.requireAuth)

  app.get('/agents/:agentId/variants', {
    schema: {
      tags, security, operationId: 'listAgentVariants', summary: 'The agent\'s A/B variants, newest first',
      description: 'At most 20 per agent, so one page. `trafficPercentTotal` is the share the enabled variants take; the agent itself runs the rest.',
      params: AgentParams, response: { 200: VariantList, ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const rows = await variants.list(req.auth.workspaceId, req.params.agentId)
    if (!rows) throw notFound('Agent')
    return { items: rows.map(variantJson), trafficPercentTotal: rows.reduce((n, r) => n + (r.enabled ? r.traffic_percent : 0), 0) }
  })

  app.post('/agents/:agentId/variants', {
    schema: {
      tags, security, operationId: 'createAgentVariant', summary: 'Add an A/B variant',
      description:
        'Every call type (web, inbound, outbound, campaign) is split: a call runs a variant with the probability of its `trafficPercent`, ' +
        'chosen from the call id (a retried start gets the same one), recorded as the call\'s `variantId`. 400 `variant_traffic_exceeded` when the ' +
        'enabled variants would take more than 100%; 400 `too_many_variants` past 20.',
      params: AgentParams, body: CreateVariantBody, response: { 201: ref(AgentVariant), ...errors(400, 401, 404, 413, 415) },
    },
  }, async (req, reply) => {
    assertJsonSizes(req.body, JSON_LIMITS)
    const row = await variants.create(req.auth.workspaceId, req.params.agentId, req.body)
    if (!row) throw notFound('Agent')
    return reply.code(201).send(variantJson(row))
  })

  app.get('/agents/:agentId/variants/:variantId', {
    schema: { tags, security, operationId: 'getAgentVariant', summary: 'One A/B variant', description: '404 `variant_not_found` for an unknown id or one of another agent.', params: VariantParams, response: { 200: ref(AgentVariant), ...errors(400, 401, 404) } },
  }, async (req) => {
    const row = await variants.find(req.auth.workspaceId, req.params.agentId, req.params.variantId)
    if (!row) throw httpError(404, 'variant_not_found', 'Variant not found')
    return variantJson(row)
  })

  app.patch('/agents/:agentId/variants/:variantId', {
    schema: {
      tags, security, operationId: 'updateAgentVariant', summary: 'Change a variant (only the fields sent)',
      description: 'Calls already started keep the variant they ran. Same traffic bound as on create.',
      params: VariantParams, body: UpdateVariantBody, response: { 200: ref(AgentVariant), ...errors(400, 401, 404, 413, 415) },
    },
  }, async (req) => {
    assertJsonSizes(req.body, JSON_LIMITS)
    const row = await variants.update(req.auth.workspaceId, req.params.agentId, req.params.variantId, req.body)
    if (!row) throw notFound('Agent')
    return variantJson(row)
  })

  app.delete('/agents/:agentId/variants/:variantId', {
    schema: {
      tags, security, operationId: 'deleteAgentVariant', summary: 'Delete a variant',
      description: 'Its calls keep their `variantId`, so analytics by variant still count them.',
      params: VariantParams, response: { 204: Type.Null(), ...errors(400, 401, 404) },
    },
  }, async (req, reply) => {
    if (!(await variants.remove(req.auth.workspaceId, req.params.agentId, req.params.variantId))) throw notFound('Agent')
    return reply.code(204).send(null)
  })

  app.post('/agents/:agentId/variants/:variantId/promote', {
    schema: {
      tags, security, operationId: 'promoteAgentVariant', summary: 'Copy a winning variant into the agent',
      description:
        'The variant\'s prompt goes into `promptDraft` (appended to it, or instead of it with `promptMode: replace`); its welcome, voice and ' +
        'LLM overrides become the agent\'s. Phone calls keep the published prompt until publish: `?publish=true` also publishes and ' +
        'disables the variant. Answers the updated agent.',
      params: VariantParams, querystring: PromoteVariantQuery, response: { 200: ref(Agent), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const row = await variants.promote(req.auth.workspaceId, req.params.agentId, req.params.variantId, { publish: req.query.publish ?? false })
    if (!row) throw notFound('Agent')
    return agentJson(row)
  })
}
