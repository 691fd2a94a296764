import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import { allPages, call } from './forward.js'
import { callRecord, callSummary, type ContractCall } from './call-shapes.js'
import { Anything, compatErrors } from './shapes.js'

/** The dashboard lists calls without paging: the newest 1,000 are enough for its pages. */
export const CALL_LIST_MAX = 1000

const CallIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) })
const Transcript = Type.Array(
  Type.Object(
    {
      speaker: Type.String({ minLength: 1, maxLength: 120 }),
      role: Type.String({ maxLength: 20 }),
      text: Type.String({ minLength: 1, maxLength: 5000 }),
      final: Type.Optional(Type.Boolean()),
      firstReceivedTime: Type.Optional(Type.Number()),
    },
    { additionalProperties: true },
  ),
  { maxItems: 5000 },
)

export default async function callRoutes(app: FastifyInstance) {
  app.get(
    '/api/calls',
    {
      schema: {
        tags: ['calls'],
        operationId: 'dashboardListCalls',
        summary: 'The newest calls (at most 1,000)',
        description: 'Pages through `GET /api/calls` and answers one list, newest first, without transcripts.',
        response: { 200: Type.Object({ calls: Type.Array(Anything) }), ...compatErrors(401) },
      },
    },
    async (req) => {
      return { calls: (await allPages<ContractCall>(app, req, '/api/calls', CALL_LIST_MAX)).map((c) => callSummary(c)) }
    },
  )

  app.get(
    '/api/calls/:id',
    {
      schema: {
        tags: ['calls'],
        operationId: 'dashboardGetCall',
        summary: 'One call with transcript and recording',
        description: 'Maps onto `GET /api/calls/:callId`.',
        params: CallIdParams,
        response: { 200: Type.Object({ call: Anything }), ...compatErrors(400, 401, 404) },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string }
      return { call: callRecord(await call<ContractCall>(app, req, 'GET', `/api/calls/${id}`)) }
    },
  )

  app.post(
    '/api/calls/:id/end',
    {
      schema: {
        tags: ['calls'],
        operationId: 'dashboardEndCall',
        summary: 'End a web call from the dashboard',
        description:
          'Maps onto `POST /api/calls/:callId/end`. The transcript the browser collected is validated like the old API did, ' +
          'but the agent\'s own transcript stays the record (it has every turn; the browser may have missed some).',
        params: CallIdParams,
        body: Type.Optional(
          Type.Object({ outcome: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })), transcript: Type.Optional(Transcript), costUsd: Type.Optional(Type.Number()) }, { additionalProperties: true }),
        ),
        response: { 200: Type.Object({ call: Anything }), ...compatErrors(400, 401, 404) },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string }
      return { call: callRecord(await call<ContractCall>(app, req, 'POST', `/api/calls/${id}/end`)) }
    },
  )

  app.get(
    '/api/calls/:id/recording-url',
    {
      schema: {
        tags: ['calls'],
        operationId: 'dashboardRecordingUrl',
        summary: 'A URL an <audio> element can play',
        description: 'Maps onto `GET /api/calls/:callId/recording/url`: a presigned S3 URL (absolute; Range works) instead of the old playback route.',
        params: CallIdParams,
        response: { 200: Type.Object({ url: Type.String(), expiresInSeconds: Type.Integer() }), ...compatErrors(400, 401, 404, 409, 503) },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string }
      const r = await call<{ url: string; expiresAt?: string; expiresInSeconds?: number }>(app, req, 'GET', `/api/calls/${id}/recording/url`)
      const expiresInSeconds = r.expiresInSeconds ?? (r.expiresAt ? Math.max(0, Math.round((Date.parse(r.expiresAt) - Date.now()) / 1000)) : 300)
      return { url: r.url, expiresInSeconds }
    },
  )

  app.post(
    '/api/agents/:id/start',
    {
      schema: {
        tags: ['calls'],
        operationId: 'dashboardStartWebCall',
        summary: 'Start a web test call (the agent page\'s "Talk")',
        description:
          'Maps onto `POST /api/agents/:agentId/start` and answers 200 with the old fields. The page\'s unsaved `welcome` is accepted ' +
          'but not applied: the call uses the saved agent (save first to try a new welcome).',
        params: CallIdParams,
        body: Type.Optional(Type.Object({}, { additionalProperties: true })),
        response: {
          200: Type.Object({
            livekitUrl: Type.String(),
            token: Type.String(),
            roomName: Type.String(),
            callId: Type.String(),
            agent: Type.Object({ id: Type.String(), name: Type.String() }),
            expectedAgentName: Type.Union([Type.String(), Type.Null()]),
          }),
          ...compatErrors(400, 401, 402, 404, 429, 502, 503),
        },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string }
      const started = await call<{ callId: string; roomName: string; token: string; livekitUrl: string }>(app, req, 'POST', `/api/agents/${id}/start`)
      const agent = await call<{ id: string; name: string }>(app, req, 'GET', `/api/agents/${id}`)
      return { ...started, agent: { id: agent.id, name: agent.name }, expectedAgentName: app.config.livekit.agentName }
    },
  )
}
