import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { randomInt } from 'node:crypto'
import { errors, ref, IdParam } from '../../schemas/common.js'
import { Call, CallParams } from '../../schemas/calls.js'
import { AgentParams } from '../../schemas/agents.js'
import { httpError, notFound } from '../../src/platform/http-error.js'
import { newId } from '../../src/platform/ids.js'
import { callConfigAndMetadata } from '../agents/index.js'
import { callJson, type CallStore } from './store.js'
import { deleteRoomQuietly } from './rooms.js'

const tags = ['calls']
const security = [{ bearerAuth: [] }]
const ALPHANUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const suffix = () => Array.from({ length: 6 }, () => ALPHANUM[randomInt(ALPHANUM.length)]).join('')

const WebCallResponse = Type.Object({
  callId: Type.String(),
  roomName: Type.String({ description: '`call-<agentId>-<6 alphanumerics>`; the agent parses the agent id from it' }),
  token: Type.String({ description: 'LiveKit participant token for this room only, valid 1 h' }),
  livekitUrl: Type.String(),
})

/** Browser (web) calls from the dashboard, and ending calls from the dashboard. */
export default async function webCallRoutes(fastify: FastifyInstance, opts: { calls: CallStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { calls } = opts
  app.addHook('onRequest', app.requireAuth)

  async function startWebCall(req: FastifyRequest, agentId: string) {
    const livekit = app.need('livekit')
    const { workspaceId } = req.auth
    const agent = await app.agents.find(workspaceId, agentId)
    if (!agent) throw notFound('Agent')
    await app.billing.enforceCallStart(workspaceId, 'web')

    const callId = newId('call')
    const roomName = `${app.config.livekit.webRoomPrefix}${agent.id}-${suffix()}`
    const knowledge = await app.knowledge.fillFor(agent, 'web')
    const { config, metadata } = callConfigAndMetadata(agent, { callType: 'web', callId, knowledge }, { id: callId, to: null, direction: 'web' })
    await calls.insert({ id: callId, workspaceId, agentId: agent.id, agentName: agent.name, direction: 'web', status: 'created', roomName, variantId: config.variant?.id ?? null })

    const identity = req.auth.userId ? `user-${req.auth.userId}` : `key-${req.auth.keyId}`
    try {
      await livekit.rooms.createRoom({ name: roomName, metadata, emptyTimeout: 120, departureTimeout: 20 })
      const [, token] = await Promise.all([
        livekit.dispatch.createDispatch(roomName, app.config.livekit.agentName, { metadata }),
        livekit.participantToken({ identity, roomName }),
      ])
      req.log.info({ callId, roomName, agentId: agent.id }, '[web-call] room created and agent dispatched')
      return { callId, roomName, token, livekitUrl: livekit.url }
    } catch (err) {
      const reason = `LiveKit: ${(err as Error).message}`
      await app.callLifecycle.end(callId, { outcome: 'livekit_error', status: 'failed', failureReason: reason })
      req.log.error({ err, callId, roomName }, '[web-call] LiveKit failed')
      await deleteRoomQuietly(livekit, roomName, req.log)
      throw httpError(502, 'livekit_error', 'LiveKit did not accept the call; it was marked failed', { callId, reason })
    }
  }

  app.post('/calls/web', {
    schema: {
      tags, security, operationId: 'startWebCall', summary: 'Start a browser call with an agent',
      description: 'Creates the call, a LiveKit room with the agent config as metadata, dispatches `LIVEKIT_AGENT_NAME`, and returns a browser token. ' +
        'Billing refusals: 402 `trial_credit_exhausted`, `payment_past_due` or `spend_cap_reached`; 429 `concurrency_limit` with the limit and the calls open.',
      body: Type.Object({ agentId: IdParam('Agent id') }, { additionalProperties: false, examples: [{ agentId: 'agt_01JDQ8ZK5X4V3M2N1P0QRSTUVW' }] }),
      response: { 201: WebCallResponse, ...errors(400, 401, 402, 404, 429, 502, 503) },
    },
  }, async (req, reply) => reply.code(201).send(await startWebCall(req, req.body.agentId)))

  app.post('/agents/:agentId/start', {
    schema: {
      tags, security, operationId: 'startAgentWebCall', summary: 'Start a browser call (the existing dashboard\'s route)',
      description: 'Same as POST /api/calls/web with the agent id in the path.',
      params: AgentParams, response: { 201: WebCallResponse, ...errors(400, 401, 402, 404, 429, 502, 503) },
    },
  }, async (req, reply) => reply.code(201).send(await startWebCall(req, req.params.agentId)))

  app.post('/calls/:callId/end', {
    schema: {
      tags, security, operationId: 'endCall', summary: 'Hang up a call from the dashboard',
      description: 'Deletes the LiveKit room (which hangs up a SIP leg) and marks the call ended. Ending an ended call returns it unchanged.',
      params: CallParams, response: { 200: ref(Call), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const call = await calls.find(req.auth.workspaceId, req.params.callId)
    if (!call) throw notFound('Call')
    const ended = await app.callLifecycle.end(call.id, { outcome: 'dashboard_hangup' })
    if (ended && call.room_name && app.integrations.livekit) await deleteRoomQuietly(app.integrations.livekit, call.room_name, req.log)
    return callJson((await calls.find(req.auth.workspaceId, call.id))!, { withTranscript: true })
  })
}
