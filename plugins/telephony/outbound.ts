import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { AgentConfig } from '../../schemas/agent-runtime.js'
import { OutboundCallBody, OutboundCallResult, OutboundStartBody } from '../../schemas/telephony.js'
import { httpError } from '../../src/platform/http-error.js'
import { callConfigAndMetadata, fallbackRuntimeConfig } from '../agents/index.js'
import type { PlaceOutboundCall } from './outbound-dial.js'
import type { TelephonyStore } from './store.js'

export default async function outboundRoutes(fastify: FastifyInstance, opts: { store: TelephonyStore; place: PlaceOutboundCall }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store, place } = opts

  app.post('/calls/outbound', {
    onRequest: app.requireAuth,
    schema: {
      tags: ['calls'], security: [{ bearerAuth: [] }], operationId: 'createOutboundCall',
      summary: 'Call a phone number with an agent',
      description:
        'Creates the call in room `out-<callId>` (metadata: the resolved config and `variables`), dispatches the agent and dials ' +
        '`to` from the workspace number through its LiveKit outbound trunk, waiting until the callee answers (ringing up to 25 s). ' +
        'Without `agentId` the number\'s `outboundAgentId` talks (422 `outbound_agent_required` when it has none). ' +
        'A failed dial still answers 201: the call is `ended` with outcome `dial_busy` (SIP 486/600), `dial_no_answer` (408/480/487) ' +
        'or `dial_failed`. 409 `number_not_provisioned` until the number has been reprovisioned; 409 `number_on_dnc` when `to` is on the ' +
        'workspace\'s do-not-call list; 422 `destination_not_allowed` when `to` is outside the number\'s allowedOutboundCountries. Billing refusals: ' +
        '402 (`trial_credit_exhausted`, `trial_pstn_not_allowed`, `payment_past_due`, `spend_cap_reached`) and 429 `concurrency_limit` (with the limit and the calls open).',
      body: OutboundCallBody,
      response: { 201: OutboundCallResult, ...errors(400, 401, 402, 404, 409, 422, 429, 502, 503) },
    },
  }, async (req, reply) => {
    const { agentId, to, phoneNumberId, variables } = req.body
    const { callId, roomName, status, outcome } = await place({ workspaceId: req.auth.workspaceId, agentId, to, phoneNumberId, variables, log: req.log })
    return reply.code(201).send({ callId, roomName, status, outcome })
  })

  app.post('/internal/telephony/outbound/start', {
    onRequest: app.requireAgentSecret,
    schema: {
      tags: ['agent-runtime'], security: [{ agentSecret: [] }], operationId: 'startOutboundCall',
      summary: 'The agent asks for the config of the outbound call in an `out-` room',
      description: '404 `call_not_found` until the call exists (the agent retries once, then falls back to inbound start).',
      body: OutboundStartBody,
      response: { 200: ref(AgentConfig), ...errors(400, 401, 404, 503) },
    },
  }, async (req) => {
    const call = await app.calls.findByRoom(req.body.roomName)
    if (!call || call.direction !== 'outbound') throw httpError(404, 'call_not_found', `No outbound call in room ${req.body.roomName}`)
    const number = call.phone_number_id ? await store.find(call.workspace_id, call.phone_number_id) : undefined
    const phoneNumber = number ? { id: number.id, e164: number.e164 } : undefined
    const agent = call.agent_id ? await app.agents.find(call.workspace_id, call.agent_id) : undefined
    const variables = call.variables as Record<string, string | number | boolean | null>
    return agent
      ? callConfigAndMetadata(agent, { callType: 'phone', callId: call.id, variantId: call.variant_id, variables, phoneNumber, knowledge: await app.knowledge.fillFor(agent, 'phone'), secrets: app.secrets }, { id: call.id, to: call.to_number, from: call.from_number, direction: 'outbound' }).config
      : fallbackRuntimeConfig({ workspaceId: call.workspace_id, callId: call.id, phoneNumber })
  })
}
