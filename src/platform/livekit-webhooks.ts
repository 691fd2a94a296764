import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type postgres from 'postgres'
import type { WebhookEvent } from 'livekit-server-sdk'
import { Type } from '@sinclair/typebox'
import { errors } from '../../schemas/common.js'
import { httpError } from './http-error.js'

export type LiveKitEventName = 'room_started' | 'room_finished' | 'participant_joined' | 'participant_left' | 'egress_started' | 'egress_updated' | 'egress_ended' | 'track_published' | 'track_unpublished' | 'ingress_started' | 'ingress_ended'

/** A domain's reaction to one LiveKit event, run inside the transaction that records the event id. */
export type LiveKitEventHandler = (event: WebhookEvent, tx: postgres.TransactionSql, at: Date) => Promise<void>

declare module 'fastify' {
  interface FastifyInstance {
    onLiveKitEvent(name: LiveKitEventName, handler: LiveKitEventHandler): void
  }
}

/**
 * POST /api/webhooks/livekit: verifies LiveKit's signature (a JWT in Authorization,
 * without `Bearer`, carrying the body's sha256) on the raw bytes, then runs each
 * registered handler once per event id.
 */
export default fp(
  async function liveKitWebhooks(app: FastifyInstance) {
    const handlers = new Map<string, LiveKitEventHandler[]>()
    app.decorate('onLiveKitEvent', (name: LiveKitEventName, handler: LiveKitEventHandler) => {
      handlers.set(name, [...(handlers.get(name) ?? []), handler])
    })

    await app.register(async (scope) => {
      // The signature covers the exact bytes: keep them as a string, parse after verifying.
      for (const type of ['application/webhook+json', 'application/json']) {
        scope.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_req, body, done) => done(null, body))
      }
      scope.post('/api/webhooks/livekit', {
        schema: {
          tags: ['webhooks'],
          operationId: 'receiveLiveKitWebhook',
          summary: 'LiveKit webhook receiver',
          description: 'Signed by LiveKit: `Authorization: <JWT>` (no `Bearer`) whose `sha256` claim is the body hash. Room, participant and egress events update calls and recordings; each event id is applied once.',
          security: [{ liveKitWebhook: [] }],
          body: Type.String({ description: 'WebhookEvent JSON, verified byte for byte' }),
          response: { 200: Type.Object({ ok: Type.Boolean(), duplicate: Type.Optional(Type.Boolean()) }), ...errors(400, 401, 503) },
        },
      }, async (req) => {
        const livekit = app.need('livekit')
        let event: WebhookEvent
        try {
          event = await livekit.webhooks.receive(req.body as string, req.headers.authorization)
        } catch (err) {
          req.log.warn({ reason: (err as Error).message }, '[livekit-webhook] rejected: bad signature')
          throw httpError(401, 'invalid_signature', 'LiveKit webhook signature is invalid')
        }
        const name = event.event
        const at = event.createdAt ? new Date(Number(event.createdAt) * 1000) : new Date()
        const list = handlers.get(name) ?? []
        const eventId = event.id || `${name}:${event.room?.name ?? ''}:${event.participant?.identity ?? ''}:${event.egressInfo?.egressId ?? ''}:${event.createdAt}`
        const applied = await app.sql.begin(async (tx) => {
          const [row] = await tx`
            insert into webhook_events (source, event_id, event_type) values ('livekit', ${eventId}, ${name})
            on conflict do nothing returning event_id`
          if (!row) return false
          for (const h of list) await h(event, tx, at)
          return true
        })
        req.log.info({ event: name, room: event.room?.name, eventId, duplicate: !applied }, '[livekit-webhook] received')
        return applied ? { ok: true } : { ok: true, duplicate: true }
      })
    })
  },
  { name: 'livekit-webhooks', dependencies: ['integrations'] },
)
