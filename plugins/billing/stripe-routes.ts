import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { createHash } from 'node:crypto'
import { errors, ref } from '../../schemas/common.js'
import { BillingRedirect, BillingStatus, Invoices, UpgradeResult, VerifyUpgradeResult } from '../../schemas/billing.js'
import { httpError, integrationNotConfigured, notFound } from '../../src/platform/http-error.js'
import type { StripeClient } from '../../src/integrations/stripe.js'
import type { RateCard } from './rate-card.js'
import type { Catalog } from './catalog.js'
import { applyFromStripe, ensureSubscription, requireCatalog, stripeFailed, wantedItems } from './subscription.js'
import { invoiceJson } from './invoices.js'
import { billingStatus } from './status.js'
import type { BillingStore } from './store.js'

const tags = ['billing']
const security = [{ bearerAuth: [] }]

export const requireBillingAdmin = async (req: FastifyRequest) => {
  if (req.auth.role !== 'owner' && req.auth.role !== 'admin') {
    throw httpError(403, 'forbidden', 'Only the workspace owner or an admin can manage billing')
  }
}


/** The routes that talk to Stripe: upgrade (Checkout), verify, ensure subscription, portal, invoices. */
export default async function stripeRoutes(fastify: FastifyInstance, opts: { store: BillingStore; rateCard: RateCard; catalog?: () => Promise<Catalog> }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store, rateCard } = opts
  const { billing } = app.config
  const catalogOf = opts.catalog
  const catalog = async (): Promise<Catalog> => {
    try {
      return await catalogOf!()
    } catch (err) {
      throw stripeFailed(err)
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

  /** The caller's workspace, its billing state and the Stripe client; `paid`: paid with a payment method (nothing to upgrade). */
  async function upgradeContext(req: FastifyRequest) {
    const stripe = app.need('stripe')
    const { workspaceId } = req.auth
    const state = await app.billing.state(workspaceId)
    return { stripe, workspaceId, state, paid: state.mode === 'paid' && state.row.has_payment_method }
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

  app.post('/billing/upgrade', {
    preHandler: requireBillingAdmin,
    schema: {
      tags, security, operationId: 'startBillingUpgrade', summary: 'Upgrade to pay as you go: a Stripe Checkout for the rate card\'s subscription',
      description:
        'Owner or admin. Creates the workspace\'s Stripe customer (once) and a subscription Checkout Session whose items are the rate card\'s ' +
        'metered prices on Stripe Billing Meters (and the number fee for its numbers). The workspace becomes `paid` when Stripe confirms: ' +
        'the webhook, or POST /api/billing/verify-upgrade after the redirect (`?upgrade=success`). Already paid: `{alreadyPaid: true}`. ' +
        '503 `stripe_catalog_mismatch` when Stripe\'s prices do not match the rate card.',
      response: { 200: ref(UpgradeResult), ...errors(401, 403, 502, 503) },
    },
  }, async (req) => {
    const { stripe, workspaceId, paid } = await upgradeContext(req)
    if (paid) return { alreadyPaid: true }
    const back = returnUrl()
    const prices = requireCatalog(await catalog())
    const customer = await customerOf(req, stripe)
    const numbers = (await app.telephony.all(workspaceId)).length
    const sep = back.includes('?') ? '&' : '?'
    try {
      const session = await stripe.checkout.sessions.create({
        mode: 'subscription',
        customer,
        client_reference_id: workspaceId,
        line_items: wantedItems(prices, numbers),
        success_url: `${back}${sep}upgrade=success`,
        cancel_url: `${back}${sep}upgrade=cancel`,
        metadata: { workspaceId },
        subscription_data: { metadata: { workspaceId } },
      })
      if (!session.url) throw new Error('Checkout Session has no url')
      req.log.info({ workspaceId, session: session.id }, '[billing] upgrade checkout started')
      return { url: session.url }
    } catch (err) {
      throw stripeFailed(err)
    }
  })

  app.post('/billing/verify-upgrade', {
    preHandler: requireBillingAdmin,
    schema: {
      tags, security, operationId: 'verifyBillingUpgrade', summary: 'After the Checkout redirect: apply the completed session now',
      description:
        'Owner or admin. Looks at the customer\'s last 5 Checkout Sessions for a complete subscription session of this workspace and ' +
        'applies it and its subscription as their webhooks would (in case the webhook is late). `upgraded`, `already_paid` or `no_completed_session`.',
      response: { 200: ref(VerifyUpgradeResult), ...errors(401, 403, 502, 503) },
    },
  }, async (req) => {
    const { stripe, workspaceId, state, paid } = await upgradeContext(req)
    if (paid) return { ok: true, status: 'already_paid' as const }
    const customer = state.row.stripe_customer_id
    if (!customer) return { ok: false, status: 'no_completed_session' as const }
    try {
      const sessions = await stripe.checkout.sessions.list({ customer, limit: 5 })
      const done = sessions.data.find(
        (s) => s.status === 'complete' && s.mode === 'subscription' && !!s.subscription && (s.client_reference_id === workspaceId || s.metadata?.workspaceId === workspaceId),
      )
      if (!done) return { ok: false, status: 'no_completed_session' as const }
      const sub = await stripe.subscriptions.retrieve(typeof done.subscription === 'string' ? done.subscription : done.subscription!.id)
      await applyFromStripe(app, store, req.log, 'checkout.session.completed', done)
      await applyFromStripe(app, store, req.log, 'customer.subscription.updated', sub)
    } catch (err) {
      throw stripeFailed(err)
    }
    const after = await app.billing.state(workspaceId)
    req.log.info({ workspaceId, mode: after.mode }, '[billing] upgrade verified')
    return after.mode === 'paid' ? { ok: true, status: 'upgraded' as const } : { ok: false, status: 'no_completed_session' as const }
  })

  app.post('/billing/ensure-subscription', {
    preHandler: requireBillingAdmin,
    schema: {
      tags, security, operationId: 'ensureBillingSubscription', summary: 'Make the subscription carry every price of the rate card',
      description:
        'Owner or admin, paid workspaces (402 `upgrade_required` otherwise). Creates the subscription when there is none, adds the rate ' +
        'card\'s metered prices a subscription lacks (those of the old plans), and sets the number fee\'s quantity to the workspace\'s numbers. ' +
        'Idempotent: a second call changes nothing on Stripe. 503 `stripe_catalog_mismatch` when Stripe\'s prices do not match the rate card.',
      response: { 200: ref(BillingStatus), ...errors(401, 402, 403, 502, 503) },
    },
  }, async (req) => {
    const stripe = app.need('stripe')
    const { workspaceId } = req.auth
    const state = await app.billing.state(workspaceId)
    const customerId = state.row.stripe_customer_id
    // Paid workspaces only: a trial (or a canceled subscription) subscribes through Checkout.
    if (!customerId || state.mode !== 'paid') throw httpError(402, 'upgrade_required', 'Upgrade first: POST /api/billing/upgrade')
    const prices = requireCatalog(await catalog())
    try {
      await ensureSubscription(app, store, req.log, stripe, { workspaceId, customerId, subscriptionId: state.row.stripe_subscription_id, catalog: prices })
    } catch (err) {
      throw stripeFailed(err)
    }
    return billingStatus(app, rateCard, workspaceId)
  })

  app.get('/billing/invoices', {
    schema: {
      tags, security, operationId: 'listBillingInvoices', summary: 'The upcoming invoice (Stripe\'s preview) and the past ones',
      description: 'Members read. Without a Stripe customer: no upcoming invoice and no history.',
      response: { 200: ref(Invoices), ...errors(401, 502, 503) },
    },
  }, async (req) => {
    const stripe = app.need('stripe')
    const account = await store.account(req.auth.workspaceId)
    const customer = account.stripe_customer_id
    if (!customer) return { upcoming: null, history: [] }
    const meterOf = new Map((await catalog().catch(() => ({ prices: [] as Catalog['prices'] }))).prices.map((p) => [p.priceId, p.spec.meter]))
    try {
      const live = account.stripe_subscription_id && !['canceled', 'incomplete_expired'].includes(account.status)
      const [preview, history] = await Promise.all([
        live ? stripe.invoices.createPreview({ customer, subscription: account.stripe_subscription_id! }).catch((err: { code?: string }) => {
          if (err?.code === 'invoice_upcoming_none') return null
          throw err
        }) : null,
        stripe.invoices.list({ customer, limit: 24 }),
      ])
      return {
        upcoming: preview ? invoiceJson(preview, meterOf, true) : null,
        history: history.data.map((i) => invoiceJson(i, meterOf, false)),
      }
    } catch (err) {
      throw stripeFailed(err)
    }
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
