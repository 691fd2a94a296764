import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { startJsonReceiver } from './helpers/json-receiver.js'
import { eventually } from './helpers/eventually.js'
import { startTestApp } from './helpers/app.js'
import { createApiKey, signup, type TestUser } from './helpers/users.js'
import { startStripeServer, type StripeTestServer } from './support/stripe-server.js'
import { deliver, signed, WHSEC } from './helpers/stripe.js'

// Signed Stripe webhooks and the portal, with the real `stripe` SDK against the Stripe test server:
// subscriptions (the old plans' included) make a workspace paid, in the order of Stripe's own times.

const WHSEC_PREVIOUS = 'whsec_test_previous_0123456789abcdef'
const RETURN_URL = 'https://app.rapidcall.test/billing'

type Json = Record<string, any>

interface Setup {
  app: FastifyInstance
  stripe: StripeTestServer
  owner: TestUser
}

async function setup(t: { after: (fn: () => Promise<void>) => void }, env: Record<string, string> = {}): Promise<Setup> {
  const stripe = await startStripeServer()
  t.after(() => stripe.close())
  const { app } = await startTestApp(t, {
    env: { ...stripe.env, STRIPE_WEBHOOK_SECRET: WHSEC, STRIPE_WEBHOOK_SECRET_PREVIOUS: WHSEC_PREVIOUS, BILLING_RETURN_URL: RETURN_URL, ...env },
  })
  return { app, stripe, owner: await signup(app) }
}

const billing = async (s: Setup, user = s.owner) => {
  const res = await s.app.inject({ method: 'GET', url: '/api/billing', headers: user.headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json()
}

const portal = (s: Setup, user = s.owner) => s.app.inject({ method: 'POST', url: '/api/billing/portal', headers: user.headers })

/** An event at a chosen time (Stripe's own `created`, in seconds). */
const eventAt = (s: Setup, type: string, object: Json, created: number) => ({ ...s.stripe.state.makeEvent(type, object), created })

async function webhookEventCount(app: FastifyInstance) {
  const [{ n }] = await app.sql<{ n: number }[]>`select count(*)::int as n from webhook_events where source = 'stripe'`
  return n
}

test('a new workspace is a trial with the default credit, one call at a time, its period the UTC month', async (t) => {
  const s = await setup(t)
  const b = await billing(s)
  assert.equal(b.mode, 'trial')
  assert.equal(b.status, 'active')
  assert.equal(b.hasPaymentMethod, false)
  assert.deepEqual(b.trial, { trialCreditUsd: 20, creditUsd: 20, approxMinutesRemaining: 200, allowPstn: false, allowNumberPurchase: false })
  assert.deepEqual(b.concurrency, { limit: 1, active: 0 })
  assert.deepEqual(b.stripe, { customerId: null, subscriptionId: null })
  const firstOfMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1)).toISOString()
  assert.equal(b.period.start, firstOfMonth)
})

test('signed checkout.session.completed + customer.subscription.created -> paid; replays and concurrent duplicates change nothing; a tampered body is 400', async (t) => {
  const s = await setup(t)
  // The customer went through Checkout: Stripe completed the session and created the subscription.
  const customer = s.stripe.state.addCustomer({ metadata: { workspaceId: s.owner.workspaceId } }).id as string
  const session = { id: 'cs_test_paid_1', object: 'checkout.session', mode: 'subscription', status: 'complete', customer, client_reference_id: s.owner.workspaceId, metadata: { workspaceId: s.owner.workspaceId } }
  const subscription = s.stripe.state.addSubscription({ customer, price: 'price_base_test', metadata: { workspaceId: s.owner.workspaceId } })
  const completed = signed(s.stripe.state.makeEvent('checkout.session.completed', session))
  const created = signed(s.stripe.state.makeEvent('customer.subscription.created', subscription))

  // Each event delivered three times at once.
  const answers = await Promise.all([completed, completed, completed, created, created, created].map((d) => deliver(s.app, d)))
  assert.deepEqual(answers.map((a) => a.statusCode), [200, 200, 200, 200, 200, 200], answers.map((a) => a.body).join('\n'))
  assert.equal(answers.slice(0, 3).filter((a) => !a.json().duplicate).length, 1, 'one delivery of the session event applied')
  assert.equal(answers.slice(3).filter((a) => !a.json().duplicate).length, 1, 'one delivery of the subscription event applied')

  const pro = await billing(s)
  assert.equal(pro.mode, 'paid')
  assert.equal(pro.status, 'active')
  assert.equal(pro.hasPaymentMethod, true)
  assert.deepEqual(pro.concurrency, { limit: 10, active: 0 })
  assert.deepEqual(pro.stripe, { customerId: customer, subscriptionId: subscription.id })
  const periodEnd = (subscription.items as Json).data[0].current_period_end as number
  assert.equal(pro.period.end, new Date(periodEnd * 1000).toISOString())
  assert.equal(await webhookEventCount(s.app), 2)

  // Replayed three more times, concurrently: nothing changes.
  const replays = await Promise.all([completed, created, completed, created, completed, created].map((d) => deliver(s.app, d)))
  assert.ok(replays.every((r) => r.statusCode === 200 && r.json().duplicate === true))
  assert.deepEqual(await billing(s), pro)
  assert.equal(await webhookEventCount(s.app), 2)

  // A body changed after signing (here: the subscription canceled) is refused and changes nothing.
  const deleted = signed(s.stripe.state.makeEvent('customer.subscription.deleted', { ...subscription, status: 'canceled' }))
  const tampered = await deliver(s.app, { body: deleted.body.replace('"canceled"', '"active"'), header: deleted.header })
  assert.equal(tampered.statusCode, 400)
  assert.equal(tampered.json().error.code, 'invalid_signature')
  const wrongSecret = await deliver(s.app, signed(s.stripe.state.makeEvent('customer.subscription.deleted', subscription), { secret: 'whsec_someone_else' }))
  assert.equal(wrongSecret.statusCode, 400)
  const stale = await deliver(s.app, signed(s.stripe.state.makeEvent('customer.subscription.deleted', subscription), { timestamp: Math.floor(Date.now() / 1000) - 600 }))
  assert.equal(stale.statusCode, 400, 'a signature older than 5 minutes is refused')
  const unsigned = await deliver(s.app, { body: deleted.body })
  assert.equal(unsigned.statusCode, 400)
  assert.deepEqual(await billing(s), pro)
  assert.equal(await webhookEventCount(s.app), 2, 'refused deliveries record nothing')

  // The untouched original is accepted: the workspace is a trial again (with what is left of its credit).
  assert.equal((await deliver(s.app, deleted)).statusCode, 200)
  const canceled = await billing(s)
  assert.equal(canceled.mode, 'trial')
  assert.equal(canceled.status, 'canceled')
  assert.equal(canceled.concurrency.limit, 1)
})

test('STRIPE_WEBHOOK_SECRET_PREVIOUS still verifies while rotating; without any webhook secret the route is 503', async (t) => {
  const s = await setup(t)
  const sub = s.stripe.state.addSubscription({ customer: s.stripe.state.addCustomer().id as string, price: 'price_scale_old_plan', metadata: { workspaceId: s.owner.workspaceId } })
  const res = await deliver(s.app, signed(s.stripe.state.makeEvent('customer.subscription.created', sub), { secret: WHSEC_PREVIOUS }))
  assert.equal(res.statusCode, 200, res.body)
  assert.equal((await billing(s)).mode, 'paid')

  const bare = await setup(t, { STRIPE_WEBHOOK_SECRET: '', STRIPE_WEBHOOK_SECRET_PREVIOUS: '' })
  const off = await deliver(bare.app, signed(bare.stripe.state.makeEvent('customer.subscription.created', sub)))
  assert.equal(off.statusCode, 503)
  assert.equal(off.json().error.code, 'integration_not_configured')
  assert.deepEqual(off.json().error.details.missing, ['STRIPE_WEBHOOK_SECRET'])
})

test('subscription events apply in the order of their own times, not of arrival', async (t) => {
  const s = await setup(t)
  const customer = s.stripe.state.addCustomer().id as string
  const sub = s.stripe.state.addSubscription({ customer, price: 'price_pro_old_plan', metadata: { workspaceId: s.owner.workspaceId } })
  const t0 = Math.floor(Date.now() / 1000) - 100

  // updated (past_due, later) arrives before created (active, earlier): the later state stays.
  assert.equal((await deliver(s.app, signed(eventAt(s, 'customer.subscription.updated', { ...sub, status: 'past_due' }, t0 + 20)))).statusCode, 200)
  assert.equal((await deliver(s.app, signed(eventAt(s, 'customer.subscription.created', sub, t0)))).statusCode, 200)
  let b = await billing(s)
  assert.equal(b.mode, 'paid')
  assert.equal(b.status, 'past_due', 'the older created event did not overwrite the newer past_due')

  // Same second: updated wins over created, deleted over updated.
  await deliver(s.app, signed(eventAt(s, 'customer.subscription.deleted', { ...sub, status: 'canceled' }, t0 + 30)))
  await deliver(s.app, signed(eventAt(s, 'customer.subscription.updated', { ...sub, status: 'active' }, t0 + 30)))
  await deliver(s.app, signed(eventAt(s, 'customer.subscription.updated', { ...sub, status: 'active' }, t0 + 25)))
  b = await billing(s)
  assert.equal(b.status, 'canceled', 'late updates of a deleted subscription do not revive it')
  assert.equal(b.mode, 'trial')

  // A new subscription (created later) replaces the canceled one; a late event of the old one changes nothing.
  const next = s.stripe.state.addSubscription({ customer, price: 'price_scale_old_plan', metadata: { workspaceId: s.owner.workspaceId } })
  next.created = (sub.created as number) + 60
  await deliver(s.app, signed(eventAt(s, 'customer.subscription.created', next, t0 + 60)))
  await deliver(s.app, signed(eventAt(s, 'customer.subscription.updated', { ...sub, status: 'canceled' }, t0 + 90)))
  b = await billing(s)
  assert.equal(b.mode, 'paid')
  assert.equal(b.stripe.subscriptionId, next.id)
  assert.equal(b.status, 'active')
})

test('invoice.payment_failed -> past_due and one alert; calls go on during the grace period; invoice.paid -> active', async (t) => {
  const alerts = await startJsonReceiver<Json>(t, '/alerts')
  const s = await setup(t, { ALERT_WEBHOOK_URL: alerts.url })
  const customer = s.stripe.state.addCustomer().id as string
  const sub = s.stripe.state.addSubscription({ customer, price: 'price_pro_old_plan', metadata: { workspaceId: s.owner.workspaceId } })
  const t0 = Math.floor(Date.now() / 1000) - 100
  await deliver(s.app, signed(eventAt(s, 'customer.subscription.created', sub, t0)))

  const invoice = {
    id: 'in_test_failed_1', object: 'invoice', customer, amount_due: 4900, currency: 'usd', attempt_count: 1, status: 'open',
    parent: { type: 'subscription_details', subscription_details: { subscription: sub.id, metadata: {} } },
  }
  const failed = signed(eventAt(s, 'invoice.payment_failed', invoice, t0 + 10))
  const answers = await Promise.all([failed, failed, failed].map((d) => deliver(s.app, d)))
  assert.ok(answers.every((a) => a.statusCode === 200))
  const b = await billing(s)
  assert.equal(b.status, 'past_due')
  assert.equal(b.mode, 'paid')
  assert.equal(await s.app.billing.callRefusal(s.owner.workspaceId, 'web'), undefined, 'within the grace period calls go on')
  assert.equal(b.pastDueGraceEndsAt, new Date((t0 + 10 + 7 * 86400) * 1000).toISOString())

  await eventually(() => alerts.received.length > 0, 'the payment alert')
  await new Promise((r) => setTimeout(r, 300))
  assert.equal(alerts.received.length, 1, 'one alert for one failed payment delivered three times')
  assert.equal(alerts.received[0].type, 'billing_payment_failed')
  assert.equal(alerts.received[0].workspaceId, s.owner.workspaceId)
  assert.match(alerts.received[0].message, /in_test_failed_1/)

  await deliver(s.app, signed(eventAt(s, 'invoice.paid', { ...invoice, id: 'in_test_failed_1', status: 'paid' }, t0 + 20)))
  const paid = await billing(s)
  assert.equal(paid.status, 'active')
  assert.equal(paid.pastDueGraceEndsAt, null)
})

test('past_due beyond the grace period refuses new calls like an exhausted trial (402 payment_past_due)', async (t) => {
  const s = await setup(t, { BILLING_PAST_DUE_GRACE_DAYS: '0' })
  const customer = s.stripe.state.addCustomer().id as string
  const sub = s.stripe.state.addSubscription({ customer, price: 'price_pro_old_plan', metadata: { workspaceId: s.owner.workspaceId } })
  await deliver(s.app, signed(s.stripe.state.makeEvent('customer.subscription.updated', { ...sub, status: 'past_due' })))
  const b = await billing(s)
  assert.equal(b.mode, 'paid')
  assert.equal(b.status, 'past_due')
  const refusal = await s.app.billing.callRefusal(s.owner.workspaceId, 'web')
  assert.equal(refusal?.status, 402)
  assert.equal(refusal?.code, 'payment_past_due')
})

test('portal: owner/admin only, one Stripe customer per workspace even when requests race; the old checkout route answers 410', async (t) => {
  const s = await setup(t)
  const answers = await Promise.all([portal(s), portal(s), portal(s)])
  assert.deepEqual(answers.map((a) => a.statusCode), [200, 200, 200], answers.map((a) => a.body).join('\n'))
  assert.match(answers[0].json().url, /^https:\/\/billing\.stripe\.com\//)
  assert.equal(s.stripe.state.customers.size, 1, 'one customer, however many requests raced')
  const customerId = [...s.stripe.state.customers.keys()][0]
  const portalReq = s.stripe.requests.find((r) => r.path === '/v1/billing_portal/sessions')!
  assert.equal(portalReq.form.customer, customerId)
  assert.equal(portalReq.form.return_url, RETURN_URL)

  // A member cannot; an API key cannot.
  const memberUser = await signup(s.app)
  const added = await s.app.inject({ method: 'POST', url: `/api/workspaces/${s.owner.workspaceId}/members`, headers: s.owner.headers, payload: { email: memberUser.email, role: 'member' } })
  assert.equal(added.statusCode, 201, added.body)
  const switched = await s.app.inject({ method: 'POST', url: '/api/auth/switch-workspace', headers: memberUser.headers, payload: { workspaceId: s.owner.workspaceId } })
  const member = { ...memberUser, headers: { authorization: `Bearer ${switched.json().token}` } }
  const refused = await portal(s, member)
  assert.equal(refused.statusCode, 403)
  assert.equal(refused.json().error.code, 'forbidden')
  assert.equal((await billing(s, member)).mode, 'trial', 'members can read billing')
  const cap = await s.app.inject({ method: 'PATCH', url: '/api/billing/settings', headers: member.headers, payload: { monthlySpendCapUsd: 5 } })
  assert.equal(cap.statusCode, 403)
  const key = await createApiKey(s.app, s.owner)
  assert.equal((await s.app.inject({ method: 'GET', url: '/api/billing', headers: key.headers })).statusCode, 403)
  assert.equal((await s.app.inject({ method: 'GET', url: '/api/billing' })).statusCode, 401)

  // The old plans' checkout is gone, and says where to go.
  const old = await s.app.inject({ method: 'POST', url: '/api/billing/checkout', headers: s.owner.headers, payload: { plan: 'pro' } })
  assert.equal(old.statusCode, 410)
  assert.equal(old.json().error.code, 'route_replaced')
  assert.match(old.json().error.message, /POST \/api\/billing\/upgrade/)
})

test('the portal without Stripe configured answers 503 naming the variable; a Stripe failure is 502', async (t) => {
  const s = await setup(t)
  const off = await setup(t, { STRIPE_SECRET_KEY: '' })
  const res = await portal(off)
  assert.equal(res.statusCode, 503)
  assert.deepEqual(res.json().error.details.missing, ['STRIPE_SECRET_KEY'])
  assert.equal((await billing(off)).mode, 'unmetered', 'reading billing needs no Stripe')

  s.stripe.failNext('/v1/customers', 1, { status: 500, shouldRetry: false })
  const failed = await portal(s)
  assert.equal(failed.statusCode, 502)
  assert.equal(failed.json().error.code, 'stripe_error')
  const ok = await portal(s)
  assert.equal(ok.statusCode, 200, 'the next attempt goes through')
  assert.equal(s.stripe.state.customers.size, 1)
})
