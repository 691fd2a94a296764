import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import { allPages, call, forward } from './forward.js'
import { dashboardError } from './errors.js'
import { dashboardAgent, toContractWelcome, type ContractAgent, type DashboardWelcome } from './agent-shapes.js'
import { Anything, compatErrors, Ok } from './shapes.js'

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) })
const PROMPT_MAX = 200_000

const WelcomeIn = Type.Object(
  {
    mode: Type.Optional(Type.Union([Type.Literal('ai'), Type.Literal('user')])),
    aiMessageMode: Type.Optional(Type.Union([Type.Literal('dynamic'), Type.Literal('custom')])),
    aiMessageText: Type.Optional(Type.String({ maxLength: 400 })),
    aiDelaySeconds: Type.Optional(Type.Number({ minimum: 0, maximum: 10 })),
  },
  { additionalProperties: true },
)
const VoiceIn = Type.Object(
  {
    provider: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
    model: Type.Optional(Type.Union([Type.String({ maxLength: 120 }), Type.Null()])),
    voiceId: Type.Optional(Type.Union([Type.String({ maxLength: 120 }), Type.Null()])),
  },
  { additionalProperties: true },
)
const BackgroundIn = Type.Object(
  {
    preset: Type.Optional(Type.Union(['none', 'office', 'keyboard', 'office1', 'office2'].map((p) => Type.Literal(p)))),
    ambientVolume: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    thinkingVolume: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  },
  { additionalProperties: true },
)
/** What the agent page sends; unknown keys are dropped, as the old API did. */
const AgentIn = {
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  promptDraft: Type.Optional(Type.String({ maxLength: PROMPT_MAX })),
  promptPublished: Type.Optional(Type.String({ maxLength: PROMPT_MAX })),
  llmModel: Type.Optional(Type.String({ maxLength: 120 })),
  maxCallSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 86_400 })),
  welcome: Type.Optional(WelcomeIn),
  voice: Type.Optional(VoiceIn),
  backgroundAudio: Type.Optional(BackgroundIn),
  autoEvalEnabled: Type.Optional(Type.Boolean()),
  knowledgeFolderIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 50 })),
}
type AgentBody = {
  name?: string
  promptDraft?: string
  promptPublished?: string
  llmModel?: string
  maxCallSeconds?: number
  welcome?: DashboardWelcome
  voice?: Record<string, unknown>
  backgroundAudio?: Record<string, unknown>
  autoEvalEnabled?: boolean
  knowledgeFolderIds?: string[]
  publish?: boolean
}

const AgentEnvelope = Type.Object({ agent: Anything })

/** The dashboard's fields -> the contract's patch; nested objects merge into `current`. */
function toContractFields(b: AgentBody, current?: ContractAgent) {
  const out: Record<string, unknown> = {}
  if (b.name !== undefined) out.name = b.name
  if (b.promptDraft !== undefined) out.promptDraft = b.promptDraft
  if (b.promptPublished !== undefined && b.promptPublished.trim()) out.promptPublished = b.promptPublished
  // The page sends llmModel only when one is picked; "" keeps the saved one, like the old API.
  if (b.llmModel) out.llmModel = b.llmModel
  if (b.maxCallSeconds !== undefined) out.maxCallSeconds = b.maxCallSeconds
  if (b.welcome) out.welcome = toContractWelcome(b.welcome, current?.welcome)
  if (b.voice) out.voice = { ...current?.voice, ...stripNulls(b.voice) }
  if (b.backgroundAudio) out.backgroundAudio = { ...current?.backgroundAudio, ...b.backgroundAudio }
  if (b.autoEvalEnabled !== undefined) out.autoEvalEnabled = b.autoEvalEnabled
  if (b.knowledgeFolderIds !== undefined) out.knowledgeFolderIds = b.knowledgeFolderIds
  return out
}

function stripNulls(o: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined))
}

export default async function agentRoutes(app: FastifyInstance) {
  app.get(
    '/api/agents',
    {
      schema: {
        tags: ['agents'],
        operationId: 'dashboardListAgents',
        summary: 'Every agent of the workspace, newest first',
        description: 'Pages through `GET /api/agents` and answers one list.',
        response: { 200: Type.Object({ agents: Type.Array(Anything) }), ...compatErrors(401) },
      },
    },
    async (req) => {
      return { agents: (await allPages<ContractAgent>(app, req, '/api/agents')).map(dashboardAgent) }
    },
  )

  app.post(
    '/api/agents',
    {
      schema: {
        tags: ['agents'],
        operationId: 'dashboardCreateAgent',
        summary: 'Create an agent',
        description: 'Maps onto `POST /api/agents`.',
        body: Type.Object({ ...AgentIn, name: Type.String({ minLength: 1, maxLength: 60 }) }, { additionalProperties: true }),
        response: { 201: AgentEnvelope, ...compatErrors(400, 401, 403, 413, 415) },
      },
    },
    async (req, reply) => {
      const created = await call<ContractAgent>(app, req, 'POST', '/api/agents', toContractFields(req.body as AgentBody))
      return reply.code(201).send({ agent: dashboardAgent(created) })
    },
  )

  app.get(
    '/api/agents/:id',
    {
      schema: {
        tags: ['agents'],
        operationId: 'dashboardGetAgent',
        summary: 'One agent',
        description: 'Maps onto `GET /api/agents/:agentId`.',
        params: IdParams,
        response: { 200: AgentEnvelope, ...compatErrors(400, 401, 404) },
      },
    },
    async (req) => ({ agent: dashboardAgent(await call<ContractAgent>(app, req, 'GET', `/api/agents/${(req.params as { id: string }).id}`)) }),
  )

  app.put(
    '/api/agents/:id',
    {
      schema: {
        tags: ['agents'],
        operationId: 'dashboardUpdateAgent',
        summary: 'Save (and optionally publish) an agent',
        description:
          'A partial update: `welcome`, `voice` and `backgroundAudio` merge into the saved values. Maps onto `PATCH /api/agents/:agentId`, ' +
          'then `POST /api/agents/:agentId/publish` when `publish` is true.',
        params: IdParams,
        body: Type.Object({ ...AgentIn, publish: Type.Optional(Type.Boolean()) }, { additionalProperties: true }),
        response: { 200: AgentEnvelope, ...compatErrors(400, 401, 403, 404, 413, 415) },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string }
      const body = req.body as AgentBody
      let agent = await call<ContractAgent>(app, req, 'GET', `/api/agents/${id}`)
      const patch = toContractFields(body, agent)
      if (Object.keys(patch).length) agent = await call<ContractAgent>(app, req, 'PATCH', `/api/agents/${id}`, patch)
      if (body.publish) agent = await call<ContractAgent>(app, req, 'POST', `/api/agents/${id}/publish`)
      return { agent: dashboardAgent(agent) }
    },
  )

  app.delete(
    '/api/agents/:id',
    {
      schema: {
        tags: ['agents'],
        operationId: 'dashboardDeleteAgent',
        summary: 'Delete an agent',
        description: 'Maps onto `DELETE /api/agents/:agentId`; like the old API it answers ok when the agent did not exist.',
        params: IdParams,
        response: { 200: Ok, ...compatErrors(400, 401, 403) },
      },
    },
    async (req) => {
      const res = await forward(app, req, 'DELETE', `/api/agents/${(req.params as { id: string }).id}`)
      if (res.status >= 400 && res.status !== 404) throw dashboardError(res.status, res.body, res.headers)
      return { ok: true as const }
    },
  )
}
