import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import { call, forward } from './forward.js'
import { dashboardError } from './errors.js'
import { ms } from './time.js'
import { Anything, compatErrors, Ok } from './shapes.js'

const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })
const AgentParams = Type.Object({ id: Id })
const VariantParams = Type.Object({ id: Id, variantId: Id })

interface ContractVariant {
  id: string
  agentId: string
  name: string
  prompt: string
  promptMode: string
  trafficPercent: number
  enabled: boolean
  createdAt: string
  updatedAt: string
  [k: string]: unknown
}

const variant = (v: ContractVariant, workspaceId: string | null = null) => ({ ...v, workspaceId, createdAt: ms(v.createdAt), updatedAt: ms(v.updatedAt) })
const VariantFields = {
  name: Type.String({ minLength: 1, maxLength: 80 }),
  prompt: Type.String({ minLength: 1, maxLength: 200_000 }),
  trafficPercent: Type.Integer({ minimum: 0, maximum: 100 }),
  enabled: Type.Optional(Type.Boolean()),
}

/** The agent page's A/B tab and voice preview. */
export default async function studioRoutes(app: FastifyInstance) {
  app.get(
    '/api/agents/:id/variants',
    {
      schema: {
        tags: ['agents'], operationId: 'dashboardListVariants', summary: 'A/B variants of an agent, newest first',
        description: 'Maps onto `GET /api/agents/:agentId/variants`; an unknown agent gives `[]`, as before.',
        params: AgentParams,
        response: { 200: Type.Object({ variants: Type.Array(Anything) }), ...compatErrors(400, 401) },
      },
    },
    async (req) => {
      const res = await forward<{ items: ContractVariant[] }>(app, req, 'GET', `/api/agents/${(req.params as { id: string }).id}/variants`)
      if (res.status === 404) return { variants: [] }
      if (res.status >= 400) throw dashboardError(res.status, res.body, res.headers)
      return { variants: res.body.items.map((v) => variant(v)) }
    },
  )

  app.post(
    '/api/agents/:id/variants',
    {
      schema: {
        tags: ['agents'], operationId: 'dashboardCreateVariant', summary: 'Create a variant',
        description: 'Maps onto `POST /api/agents/:agentId/variants` with `promptMode: append` (the dashboard\'s variants add to the agent\'s prompt). The enabled variants\' traffic may add up to at most 100 %.',
        params: AgentParams,
        body: Type.Object(VariantFields, { additionalProperties: true }),
        response: { 201: Type.Object({ variant: Anything }), ...compatErrors(400, 401, 404, 409) },
      },
    },
    async (req, reply) => {
      const b = req.body as { name: string; prompt: string; trafficPercent: number; enabled?: boolean }
      const v = await call<ContractVariant>(app, req, 'POST', `/api/agents/${(req.params as { id: string }).id}/variants`, {
        name: b.name, prompt: b.prompt, trafficPercent: b.trafficPercent, promptMode: 'append', ...(b.enabled !== undefined ? { enabled: b.enabled } : {}),
      })
      return reply.code(201).send({ variant: variant(v) })
    },
  )

  app.put(
    '/api/agents/:id/variants/:variantId',
    {
      schema: {
        tags: ['agents'], operationId: 'dashboardUpdateVariant', summary: 'Change a variant (the page toggles `enabled`)',
        description: 'Maps onto `PATCH /api/agents/:agentId/variants/:variantId`.',
        params: VariantParams,
        body: Type.Partial(Type.Object(VariantFields), { additionalProperties: true }),
        response: { 200: Type.Object({ variant: Anything }), ...compatErrors(400, 401, 404, 409) },
      },
    },
    async (req) => {
      const { id, variantId } = req.params as { id: string; variantId: string }
      const b = req.body as Record<string, unknown>
      const patch = Object.fromEntries(['name', 'prompt', 'trafficPercent', 'enabled'].filter((k) => b[k] !== undefined).map((k) => [k, b[k]]))
      const path = `/api/agents/${id}/variants/${variantId}`
      const v = Object.keys(patch).length ? await call<ContractVariant>(app, req, 'PATCH', path, patch) : await current(req, id, variantId)
      return { variant: variant(v) }
    },
  )

  async function current(req: Parameters<typeof call>[1], agentId: string, variantId: string) {
    const list = await call<{ items: ContractVariant[] }>(app, req, 'GET', `/api/agents/${agentId}/variants`)
    const v = list.items.find((x) => x.id === variantId)
    if (!v) throw dashboardError(404, { error: { code: 'variant_not_found', message: 'Variant not found' } })
    return v
  }

  app.delete(
    '/api/agents/:id/variants/:variantId',
    {
      schema: {
        tags: ['agents'], operationId: 'dashboardDeleteVariant', summary: 'Delete a variant',
        description: 'Maps onto `DELETE /api/agents/:agentId/variants/:variantId`; unknown ids answer ok.',
        params: VariantParams,
        response: { 200: Ok, ...compatErrors(400, 401) },
      },
    },
    async (req) => {
      const { id, variantId } = req.params as { id: string; variantId: string }
      const res = await forward(app, req, 'DELETE', `/api/agents/${id}/variants/${variantId}`)
      if (res.status >= 400 && res.status !== 404) throw dashboardError(res.status, res.body, res.headers)
      return { ok: true as const }
    },
  )

  app.post(
    '/api/tts/preview',
    {
      schema: {
        tags: ['agents'], operationId: 'dashboardTtsPreview', summary: 'Speak a preview sentence (binary audio)',
        description: 'Maps onto `POST /api/tts/preview`: `audio/mpeg` from either provider (the old API sent WAV for Cartesia; both play in an <audio>).',
        body: Type.Object(
          {
            provider: Type.Union([Type.Literal('elevenlabs'), Type.Literal('cartesia')]),
            voiceId: Type.String({ minLength: 1, maxLength: 120 }),
            model: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
            text: Type.String({ minLength: 1, maxLength: 300 }),
          },
          { additionalProperties: true },
        ),
        response: {
          200: { description: 'The audio', content: { 'audio/mpeg': { schema: { type: 'string', format: 'binary' } } } },
          ...compatErrors(400, 401, 429, 502, 503),
        } as never,
      },
    },
    async (req, reply) => {
      const b = req.body as { provider: string; voiceId: string; model?: string; text: string }
      const res = await forward(app, req, 'POST', '/api/tts/preview', { provider: b.provider, voiceId: b.voiceId, text: b.text, ...(b.model ? { model: b.model } : {}) })
      if (res.status >= 400) throw dashboardError(res.status, res.body, res.headers)
      return reply.type(String(res.headers['content-type'] ?? 'audio/mpeg')).header('cache-control', 'no-store').send(res.raw)
    },
  )
}

