import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { createHash } from 'node:crypto'
import { errors, ref } from '../../schemas/common.js'
import { Billing, BillingRedirect, CheckoutBody } from '../../schemas/billing.js'
import { httpError, integrationNotConfigured, notFound } from '../../src/platform/http-error.js'
import type { StripeClient } from '../../src/integrations/stripe.js'
import { graceEndsAt, limitingPlan, PLANS, priceOf } from './plans.js'
import type { BillingStore } from './store.js'

const tags = ['billing']
const security = [{ bearerAuth: [] }]

/** Subscription statuses that still hold the workspace: a second checkout would double-bill it. */
const HOLDING = new Set(['active', 'trialing', 'past_due', 'unpaid', 'paused'])

const stripeFailed = (err: unknown) => {
  const e = err as { message?: string; type?: string }
  return httpError(502, 'stripe_error', `Stripe did not accept the request: ${e?.message ?? String(err)}`, { type: e?.type })
}

/** GET /api/billing, POST /api/billing/checkout, POST /api/billing/portal (dashboard users only). */
export default async function billingRoutes(fastify: FastifyInstance, opts: { store: BillingStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store } = opts
  const { billing } = app.config
  app.addHook('onRequest', app.requireUser)

  const requireBillingAdmin = async (req: FastifyRequest) => {
    if (req.auth.role !== 'owner' && req.auth.role !== 'admin') {
      throw httpError(403, 'forbidden', 'Only the workspace owner or an admin can manage billing')
    }
  }

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
    const current = await store.view(workspaceId)
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

  app.get('/billing', {
    schema: {
      tags, security, operationId: 'getBilling', summary: 'Plan, status, usage this period and limits',
      description:
        'Usage minutes are billable minutes (each call rounded up) of the calls that ended this period: the Stripe ' +
        'subscription period, or the UTC calendar month on free. `limits` are those of `limitsPlan`.',
      response: { 200: ref(Billing), ...errors(401, 403) },
    },
  }, async (req) => {
    const { workspaceId } = req.auth
    const [view, state] = await Promise.all([store.view(workspaceId), store.limitState(workspaceId)])
    const costRows = await app.metrics.usage(workspaceId, { since: view.period_start })
    const total = costRows.find((r) => r.is_total)
    const account = { plan: view.plan, status: view.status, pastDueSince: view.past_due_since }
    const limitsPlan = limitingPlan(account, billing.pastDueGraceDays)
    return {
      plan: view.plan,
      status: view.status,
      currentPeriodStart: view.period_start.toISOString(),
      currentPeriodEnd: view.current_period_end?.toISOString() ?? null,
      limitsPlan,
      pastDueGraceEndsAt: graceEndsAt(account, billing.pastDueGraceDays)?.toISOString() ?? null,
      usage: { minutes: view.minutes, costUsd: Number(total?.cost_usd ?? 0), activeCalls: state.open_calls },
      limits: { ...PLANS[limitsPlan].limits },
    }
  })

  app.post('/billing/checkout', {
    preHandler: requireBillingAdmin,
    schema: {
      tags, security, operationId: 'createBillingCheckout', summary: 'Start a Stripe Checkout for a paid plan',
      description:
        'Owner or admin. Creates the workspace\'s Stripe customer (once) and a subscription Checkout Session with the plan\'s price ' +
        'and the metered minutes price; the plan applies when Stripe reports the subscription. 409 `already_subscribed` while a ' +
        'subscription is live: change plans in the portal.',
      body: CheckoutBody,
      response: { 200: ref(BillingRedirect), ...errors(400, 401, 403, 409, 502, 503) },
    },
  }, async (req) => {
    const stripe = app.need('stripe')
    const { plan } = req.body
    const price = priceOf(billing, plan)
    if (!price) throw integrationNotConfigured(`The ${PLANS[plan].name} plan`, [PLANS[plan].priceEnv!])
    const back = returnUrl()
    const current = await store.view(req.auth.workspaceId)
    if (current.stripe_subscription_id && current.plan !== 'free' && HOLDING.has(current.status)) {
      throw httpError(409, 'already_subscribed', `The workspace is already on ${PLANS[current.plan].name} (${current.status}): change plans in the billing portal`, {
        plan: current.plan,
        status: current.status,
      })
    }
    const customer = await customerOf(req, stripe)
    const { workspaceId } = req.auth
    const sep = back.includes('?') ? '&' : '?'
    try {
      const session = await stripe.checkout.sessions.create({
        mode: 'subscription',
        customer,
        client_reference_id: workspaceId,
        line_items: [{ price, quantity: 1 }, ...(billing.prices.minutes ? [{ price: billing.prices.minutes }] : [])],
        success_url: `${back}${sep}checkout=success`,
        cancel_url: `${back}${sep}checkout=cancel`,
        metadata: { workspaceId, plan },
        subscription_data: { metadata: { workspaceId, plan } },
      })
      if (!session.url) throw new Error('Checkout Session has no url')
      req.log.info({ workspaceId, plan, session: session.id }, '[billing] checkout started')
      return { url: session.url }
    } catch (err) {
      throw stripeFailed(err)
    }
  })

  app.post('/billing/portal', {
    preHandler: requireBillingAdmin,
    schema: {
      tags, security, operationId: 'createBillingPortalSession', summary: 'Open the Stripe Customer Portal',
      description: 'Owner or admin. Invoices, payment methods, plan changes and cancellation, on Stripe.',
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
