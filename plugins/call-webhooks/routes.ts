import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref, Page } from '../../schemas/common.js'
import { WorkspaceParams } from '../../schemas/workspaces.js'
import { DeliveryListQuery, DeliveryParams, WebhookDelivery, WebhookDeliveryAttempt, WebhookSecret } from '../../schemas/call-webhooks.js'
import { notFound } from '../../src/platform/http-error.js'
import { decodeCursor, paginate } from '../../src/platform/cursor.js'
import { enqueueAttempt } from './delivery.js'
import type { AttemptRow, CallWebhookStore, DeliveryRow, SecretRow } from './store.js'

const tags = ['webhooks']
const security = [{ bearerAuth: [] }]

const iso = (d: Date | null) => d?.toISOString() ?? null

export const deliveryJson = (d: DeliveryRow) => ({
  id: d.id,
  eventId: d.event_id,
  event: d.event,
  callId: d.call_id,
  agentId: d.agent_id,
  url: d.url,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.last_status_code,
  lastError: d.last_error,
  nextAttemptAt: iso(d.next_attempt_at),
  deliveredAt: iso(d.delivered_at),
  createdAt: d.created_at.toISOString(),
})

const attemptJson = (a: AttemptRow) => ({
  attempt: a.attempt,
  at: a.started_at.toISOString(),
  durationMs: a.duration_ms,
  statusCode: a.status_code,
  error: a.error,
  nextAttemptAt: iso(a.next_attempt_at),
})

const secretJson = (s: SecretRow) => ({
  secret: s.secret,
  previousSecretExpiresAt: s.previous_expires_at && s.previous_expires_at.getTime() > Date.now() ? s.previous_expires_at.toISOString() : null,
})

/** Deliveries of the caller's workspace (JWT or API key). */
export async function deliveryRoutes(fastify: FastifyInstance, opts: { store: CallWebhookStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store } = opts
  app.addHook('onRequest', app.requireAuth)

  app.get('/webhooks/deliveries', {
    schema: {
      tags, security, operationId: 'listWebhookDeliveries', summary: 'Call webhook deliveries, newest first',
      description: 'One delivery per event and destination; `attempts` counts the tries so far. `GET /api/webhooks/deliveries/{id}` lists each attempt.',
      querystring: DeliveryListQuery, response: { 200: Page(ref(WebhookDelivery), 'WebhookDeliveryPage'), ...errors(400, 401) },
    },
  }, async (req) => {
    const q = req.query
    const limit = q.limit ?? 50
    const before = decodeCursor<[string]>(q.cursor, ['string'])
    const rows = await store.list(req.auth.workspaceId, { agentId: q.agentId, event: q.event, status: q.status, beforeId: before?.[0], limit })
    const page = paginate(rows, limit, (r) => [r.id])
    return { items: page.items.map(deliveryJson), nextCursor: page.nextCursor }
  })

  app.get('/webhooks/deliveries/:id', {
    schema: {
      tags, security, operationId: 'getWebhookDelivery', summary: 'One delivery with every attempt (status code, error, duration, next attempt)',
      description: '`attemptLog` lists the attempts oldest first; 404 for a delivery of another workspace.',
      params: DeliveryParams,
      response: {
        200: Type.Intersect([ref(WebhookDelivery), Type.Object({ attemptLog: Type.Array(ref(WebhookDeliveryAttempt)) })], { title: 'WebhookDeliveryWithAttempts' }),
        ...errors(400, 401, 404),
      },
    },
  }, async (req) => {
    const d = await store.find(req.auth.workspaceId, req.params.id)
    if (!d) throw notFound('Delivery')
    return { ...deliveryJson(d), attemptLog: (await store.attemptsOf(d.id)).map(attemptJson) }
  })

  app.post('/webhooks/deliveries/:id/retry', {
    schema: {
      tags, security, operationId: 'retryWebhookDelivery', summary: 'Send a delivery again now',
      description: 'Any status: a failed delivery gets a fresh 24 h of retries, a pending one is tried now instead of at `nextAttemptAt`, a delivered one is sent again. Same event id and body.',
      params: DeliveryParams, response: { 202: ref(WebhookDelivery), ...errors(400, 401, 404) },
    },
  }, async (req, reply) => {
    const row = await app.sql.begin(async (tx) => {
      const d = await store.restart(req.auth.workspaceId, req.params.id, tx)
      if (d) await enqueueAttempt(app, tx, d)
      return d
    })
    if (!row) throw notFound('Delivery')
    return reply.code(202).send(deliveryJson(row))
  })
}

/** The workspace's signing secret (JWT owner/admin). */
export async function secretRoutes(fastify: FastifyInstance, opts: { store: CallWebhookStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store } = opts
  const managers = app.requireWorkspaceRole('owner', 'admin')

  app.get('/workspaces/:workspaceId/webhook-secret', {
    onRequest: managers,
    schema: {
      tags: ['workspaces'], security, operationId: 'getWebhookSecret', summary: 'The secret that signs call webhooks (created on first use)',
      description: 'Owner or admin. Verify `x-rapidcall-signature` with it (see the README); rotate it with webhook-secret/rotate.',
      params: WorkspaceParams, response: { 200: ref(WebhookSecret), ...errors(400, 401, 403, 404) },
    },
  }, async (req) => secretJson(await store.secretOf(req.auth.workspaceId)))

  app.post('/workspaces/:workspaceId/webhook-secret/rotate', {
    onRequest: managers,
    schema: {
      tags: ['workspaces'], security, operationId: 'rotateWebhookSecret', summary: 'Replace the signing secret',
      description: 'The previous secret keeps signing alongside the new one (two `v1=` values) for 24 h, so receivers can switch without losing events.',
      params: WorkspaceParams, response: { 200: ref(WebhookSecret), ...errors(400, 401, 403, 404) },
    },
  }, async (req) => secretJson(await store.rotateSecret(req.auth.workspaceId)))
}
