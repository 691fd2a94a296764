import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import Stripe from 'stripe'
import { errors } from '../../schemas/common.js'
import { StripeWebhookResult } from '../../schemas/billing.js'
import { constructStripeEvent, StripeWebhookSignatureError } from '../../src/integrations/stripe.js'
import { httpError, integrationNotConfigured } from '../../src/platform/http-error.js'
import { applyStripeEvent, HANDLED_EVENTS } from './subscription-events.js'
import type { BillingStore } from './store.js'

/**
 * POST /api/webhooks/stripe, in its own scope: the signature covers the exact bytes, so JSON
 * bodies stay strings here and are parsed by `constructEvent` after verification.
 */
export default async function stripeWebhookRoutes(fastify: FastifyInstance, opts: { store: BillingStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store } = opts
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_req, body, done) => done(null, body))

  app.post('/webhooks/stripe', {
    schema: {
      tags: ['webhooks'],
      operationId: 'receiveStripeWebhook',
      summary: 'Stripe webhook receiver',
      description:
        'Verified with `Stripe-Signature` against STRIPE_WEBHOOK_SECRET, then STRIPE_WEBHOOK_SECRET_PREVIOUS (rotation); a bad or ' +
        `stale (over 5 minutes) signature is 400. Handles ${HANDLED_EVENTS.map((e) => `\`${e}\``).join(', ')}. Each event id is applied ` +
        'once, in the transaction of its effect; subscription changes apply in the order of their own times, not of arrival.',
      security: [{ stripeSignature: [] }],
      body: Type.String({ description: 'Stripe event JSON, verified byte for byte' }),
      response: { 200: StripeWebhookResult, ...errors(400, 415, 503) },
    },
  }, async (req) => {
    const secrets = app.config.stripe.webhookSecrets
    if (secrets.length === 0) throw integrationNotConfigured('Stripe webhooks', ['STRIPE_WEBHOOK_SECRET'])
    const header = req.headers['stripe-signature']
    let event: Stripe.Event
    try {
      // Verification needs only the secrets: it works without STRIPE_SECRET_KEY too.
      event = constructStripeEvent(app.integrations.stripe ?? Stripe, req.body, typeof header === 'string' ? header : undefined, secrets)
    } catch (err) {
      if (err instanceof StripeWebhookSignatureError) {
        req.log.warn({ reason: err.message }, '[stripe-webhook] rejected: bad signature')
        throw httpError(400, 'invalid_signature', 'Stripe-Signature does not verify with the configured webhook secret(s), or it is too old')
      }
      if (err instanceof SyntaxError) throw httpError(400, 'invalid_json', 'The signed body is not JSON')
      throw err
    }
    if (typeof event?.id !== 'string' || typeof event.type !== 'string' || typeof event.created !== 'number') {
      throw httpError(400, 'invalid_event', 'The signed body is not a Stripe event')
    }

    const ctx = { app, store, log: req.log }
    const applied = await app.sql.begin(async (tx) => {
      if (!(await store.recordStripeEvent(tx, event.id, event.type))) return false
      await applyStripeEvent(ctx, event, tx)
      return true
    })
    req.log.info({ eventId: event.id, type: event.type, duplicate: !applied }, '[stripe-webhook] received')
    return applied ? { ok: true } : { ok: true, duplicate: true }
  })
}
