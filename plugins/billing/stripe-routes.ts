import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { createHash } from 'node:crypto'
import { errors, ref } from '../../schemas/common.js'
import { BillingRedirect } from '../../schemas/billing.js'
import { httpError, integrationNotConfigured, notFound } from '../../src/platform/http-error.js'
import type { StripeClient } from '../../src/integrations/stripe.js'
import type { RateCard } from './rate-card.js'
import type { BillingStore } from './store.js'

const tags = ['billing']
const security = [{ bearerAuth: [] }]

export const requireBillingAdmin = async (req: FastifyRequest) => {
  if (req.auth.role !== 'owner' && req.auth.role !== 'admin') {
    throw httpError(403, 'forbidden', 'Only the workspace owner or an admin can manage billing')
  }
}

export const stripeFailed = (err: unknown) => {
  const e = err as { message?: string; type?: string }
  return httpError(502, 'stripe_error', `Stripe did not accept the request: ${e?.message ?? String(err)}`, { type: e?.type })
}

/** The routes that talk to Stripe: upgrade (Checkout), verify, ensure subscription, portal, invoices. */
export default async function stripeRoutes(fastify: FastifyInstance, opts: { store: BillingStore; rateCard: RateCard }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store } = opts
  const { billing } = app.config

  const returnUrl = () => {
    if (!billing.returnUrl) throw integrationNotConfigured('Billing return page', ['BILLING_RETURN_URL'])
    return billing.returnUrl
  }

  /**
   * The workspace's Stripe customer, created once. No transaction is held across the Stripe call:
   * racing requests send the same Idempotency-Key with the same parameters, so Stripe answers them
   * all with one customer, and the first id stored wins (a stray one, after a rename raced a
   * checkout, is deleted again).
   */
  async function customerOf(req: FastifyRequest, stripe: StripeClient): Promise<string> {
    const { workspaceId } = req.auth
    const current = await store.account(workspaceId)
    if (current.stripe_customer_id) return current.stripe_customer_id
    const workspace = await app.workspaceStore.findWorkspace(workspaceId)
    if (!workspace) throw notFound('Workspace')
    const params = { name: workspace.name, metadata: { workspaceId } }
    const fingerprint = createHash('sha256').update(JSON.stringify(params)).digest('hex').slice(0, 16)
    let created: string
    try {
      created = (await stripe.customers.create(params, { idempotencyKey: `rapidcall-customer-${workspaceId}-${fingerprint}` })).id
    } catch (err) {
      throw stripeFailed(err)
    }
    const linked = await store.linkCustomer(workspaceId, created)
    if (!linked) throw notFound('Workspace')
    if (linked !== created) {
      req.log.warn({ workspaceId, linked, stray: created }, '[billing] a second Stripe customer was created: deleting it')
      stripe.customers.del(created).catch((err: Error) => req.log.warn({ customerId: created, reason: err.message }, '[billing] could not delete the stray customer'))
    } else {
      req.log.info({ workspaceId, customerId: created }, '[billing] Stripe customer linked')
    }
    return linked
  }

  app.post('/billing/checkout', {
    schema: {
      tags, security, operationId: 'createBillingCheckout', summary: 'Removed: the plans are replaced by pay as you go',
      description: 'Answers 410 `route_replaced`: upgrade with POST /api/billing/upgrade (the Pro and Scale plans no longer exist).',
      deprecated: true,
      body: Type.Optional(Type.Unknown()),
      response: errors(401, 410),
    },
  }, async () => {
    throw httpError(410, 'route_replaced', 'Plans are replaced by pay as you go: use POST /api/billing/upgrade', { replacement: 'POST /api/billing/upgrade' })
  })

  app.post('/billing/portal', {
    preHandler: requireBillingAdmin,
    schema: {
      tags, security, operationId: 'createBillingPortalSession', summary: 'Open the Stripe Customer Portal',
      description: 'Owner or admin. Invoices, payment methods and cancellation, on Stripe.',
      response: { 200: ref(BillingRedirect), ...errors(401, 403, 502, 503) },
    },
  }, async (req) => {
    const stripe = app.need('stripe')
    const back = returnUrl()
    const customer = await customerOf(req, stripe)
    try {
      const session = await stripe.billingPortal.sessions.create({ customer, return_url: back })
      return { url: session.url }
    } catch (err) {
      throw stripeFailed(err)
    }
  })
}
