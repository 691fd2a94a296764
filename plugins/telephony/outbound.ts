import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { SipCallError } from 'livekit-server-sdk'
import { errors, ref } from '../../schemas/common.js'
import { AgentConfig } from '../../schemas/agent-runtime.js'
import { OutboundCallBody, OutboundCallResult, OutboundStartBody } from '../../schemas/telephony.js'
import { httpError, notFound } from '../../src/platform/http-error.js'
import { newId } from '../../src/platform/ids.js'
import { agentRuntimeConfig, fallbackRuntimeConfig, roomMetadata } from '../agents/runtime-config.js'
import { describeError } from './provisioning.js'
import type { TelephonyStore } from './store.js'

/** The agent calls outbound start only for rooms named like this. */
export const OUTBOUND_ROOM_PREFIX = 'out-'

// How long the callee's phone rings; the whole request stays under the 30 s request timeout.
const RINGING_TIMEOUT_S = 25

/** What a failed dial means to a person reading the call list. */
export function dialOutcome(err: unknown): 'dial_busy' | 'dial_no_answer' | 'dial_failed' {
  const code = err instanceof SipCallError ? err.sipStatusCode : undefined
  if (code === 486 || code === 600) return 'dial_busy'
  if (code === 408 || code === 480 || code === 487) return 'dial_no_answer'
  return 'dial_failed'
}

export default async function outboundRoutes(fastify: FastifyInstance, opts: { store: TelephonyStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store } = opts

  app.post('/calls/outbound', {
    onRequest: app.requireAuth,
    schema: {
      tags: ['calls'], security: [{ bearerAuth: [] }], operationId: 'createOutboundCall',
      summary: 'Call a phone number with an agent',
      description:
        'Creates the call in room `out-<callId>` (metadata: the resolved config and `variables`), dispatches the agent and dials ' +
        '`to` from the workspace number through its LiveKit outbound trunk, waiting until the callee answers (ringing up to 25 s). ' +
        'A failed dial still answers 201: the call is `ended` with outcome `dial_busy` (SIP 486/600), `dial_no_answer` (408/480/487) ' +
        'or `dial_failed`. 409 `number_not_provisioned` until the number has been reprovisioned. Billing refusals: 402 (`trial_credit_exhausted`, ' +
        '`trial_pstn_not_allowed`, `payment_past_due`, `spend_cap_reached`) and 429 `concurrency_limit` (with the limit and the calls open).',
      body: OutboundCallBody,
      response: { 201: OutboundCallResult, ...errors(400, 401, 402, 404, 409, 429, 502, 503) },
    },
  }, async (req, reply) => {
    const { workspaceId } = req.auth
    const { agentId, to, phoneNumberId, variables } = req.body
    const number = await store.find(workspaceId, phoneNumberId)
    if (!number) throw notFound('Phone number')
    const agent = await app.agents.find(workspaceId, agentId)
    if (!agent) throw notFound('Agent')
    if (!number.livekit_outbound_trunk_id) {
      throw httpError(409, 'number_not_provisioned', `${number.e164} has no outbound trunk yet: run POST /api/phone-numbers/${number.id}/reprovision`)
    }
    const livekit = app.need('livekit')
    await app.billing.enforceCallStart(workspaceId, 'outbound')

    const callId = newId('call')
    const roomName = `${OUTBOUND_ROOM_PREFIX}${callId}`
    const phoneNumber = { id: number.id, e164: number.e164 }
    const config = agentRuntimeConfig(agent, { callType: 'phone', callId, variables, phoneNumber })
    const metadata = roomMetadata(config, { id: callId, to, from: number.e164, direction: 'outbound' })
    // The row exists before the agent is dispatched: its outbound start finds it.
    await app.calls.insert({
      id: callId, workspaceId, agentId: agent.id, agentName: agent.name, direction: 'outbound', status: 'ringing',
      roomName, from: number.e164, to, phoneNumberId: number.id, variables: variables ?? {},
    })

    try {
      await livekit.rooms.createRoom({ name: roomName, metadata, emptyTimeout: 60 })
      await livekit.dispatch.createDispatch(roomName, app.config.livekit.agentName, { metadata })
    } catch (err) {
      req.log.error({ callId, roomName, reason: describeError(err) }, '[outbound] could not prepare the room')
      await app.calls.end(callId, { outcome: 'dial_failed', status: 'failed', failureReason: `LiveKit: ${describeError(err)}` })
      throw httpError(502, 'livekit_error', `LiveKit refused to set up the call: ${describeError(err)}`, { callId })
    }

    try {
      await livekit.sip.createSipParticipant(number.livekit_outbound_trunk_id, to, roomName, {
        fromNumber: number.e164,
        participantIdentity: `sip_${to}`,
        participantName: to,
        waitUntilAnswered: true,
        ringingTimeout: RINGING_TIMEOUT_S,
        timeout: RINGING_TIMEOUT_S + 3,
      })
    } catch (err) {
      const outcome = dialOutcome(err)
      const sip = err instanceof SipCallError ? `SIP ${err.sipStatusCode ?? '?'} ${err.sipStatus ?? ''}`.trim() : describeError(err)
      req.log.info({ callId, roomName, outcome, sip }, '[outbound] dial failed')
      const ended = await app.callLifecycle.end(callId, { outcome, failureReason: sip })
      // Nobody will join: close the room so the dispatched agent leaves too.
      livekit.rooms.deleteRoom(roomName).catch((e) => req.log.warn({ roomName, reason: describeError(e) }, '[outbound] could not delete the room'))
      return reply.code(201).send({ callId, roomName, status: ended?.status ?? 'ended', outcome: ended?.outcome ?? outcome })
    }
    // Through the lifecycle, so call_started reaches the customer's webhook.
    const active = await app.callLifecycle.activate(callId, new Date())
    req.log.info({ callId, roomName, to, from: number.e164 }, '[outbound] answered')
    return reply.code(201).send({ callId, roomName, status: active?.status ?? 'active', outcome: null })
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
      ? agentRuntimeConfig(agent, { callType: 'phone', callId: call.id, variables, phoneNumber })
      : fallbackRuntimeConfig({ workspaceId: call.workspace_id, callId: call.id, phoneNumber })
  })
}
