import { test } from 'node:test'
import assert from 'node:assert/strict'
import Stripe from 'stripe'
import type { FastifyInstance } from 'fastify'
import { startJsonReceiver } from './helpers/json-receiver.js'
import { eventually } from './helpers/eventually.js'
import { startTestApp } from './helpers/app.js'
import { createApiKey, signup, type TestUser } from './helpers/users.js'
import { startStripeServer, type StripeTestServer } from './support/stripe-server.js'

// Checkout, portal and signed Stripe webhooks, with the real `stripe` SDK against the Stripe test server.

const WHSEC = 'whsec_test_current_0123456789abcdef'
const WHSEC_PREVIOUS = 'whsec_test_previous_0123456789abcdef'
const PRICES = { STRIPE_PRICE_PRO: 'price_pro_test', STRIPE_PRICE_SCALE: 'price_scale_test', STRIPE_PRICE_MINUTES: 'price_minutes_test' }
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
    env: { ...stripe.env, STRIPE_WEBHOOK_SECRET: WHSEC, STRIPE_WEBHOOK_SECRET_PREVIOUS: WHSEC_PREVIOUS, ...PRICES, BILLING_RETURN_URL: RETURN_URL, ...env },
  })
  return { app, stripe, owner: await signup(app) }
}

/** An event body and its Stripe-Signature, signed as Stripe signs. */
function signed(event: Json, opts: { secret?: string; timestamp?: number } = {}) {
  const body = JSON.stringify(event)
  const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: opts.secret ?? WHSEC, timestamp: opts.timestamp })
  return { body, header }
}

const deliver = (app: FastifyInstance, d: { body: string; header?: string }) =>
  app.inject({
    method: 'POST',
    url: '/api/webhooks/stripe',
    headers: { 'content-type': 'application/json; charset=utf-8', ...(d.header ? { 'stripe-signature': d.header } : {}) },
    payload: d.body,
  })

const billing = async (s: Setup, user = s.owner) => {
  const res = await s.app.inject({ method: 'GET', url: '/api/billing', headers: user.headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json()
}

const checkout = (s: Setup, plan: string, user = s.owner) =>
  s.app.inject({ method: 'POST', url: '/api/billing/checkout', headers: user.headers, payload: { plan } })

/** An event at a chosen time (Stripe's own `created`, in seconds). */
const eventAt = (s: Setup, type: string, object: Json, created: number) => ({ ...s.stripe.state.makeEvent(type, object), created })

async function webhookEventCount(app: FastifyInstance) {
  const [{ n }] = await app.sql<{ n: number }[]>`select count(*)::int as n from webhook_events where source = 'stripe'`
  return n
}

test('a new workspace is on free with the free limits and no usage', async (t) => {
  const s = await setup(t)
  const b = await billing(s)
  assert.equal(b.plan, 'free')
  assert.equal(b.status, 'active')
  assert.equal(b.limitsPlan, 'free')
  assert.equal(b.currentPeriodEnd, null)
  assert.deepEqual(b.usage, { minutes: 0, costUsd: 0, activeCalls: 0 })
  assert.deepEqual(b.limits, { concurrentCalls: 1, monthlyMinutes: 60 })
  const firstOfMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1)).toISOString()
  assert.equal(b.currentPeriodStart, firstOfMonth, 'free workspaces count usage per UTC calendar month')
})

test('checkout -> signed checkout.session.completed + customer.subscription.created -> pro; replays and concurrent duplicates change nothing; a tampered body is 400', async (t) => {
  const s = await setup(t)
  const res = await checkout(s, 'pro')
  assert.equal(res.statusCode, 200, res.body)
  assert.match(res.json().url, /^https:\/\/checkout\.stripe\.com\//)

  // What Stripe was asked for: one customer for the workspace, a subscription session with the plan and the metered price.
  assert.equal(s.stripe.state.customers.size, 1)
  const customer = [...s.stripe.state.customers.values()][0] as Json
  assert.equal(customer.metadata.workspaceId, s.owner.workspaceId)
  const sessionReq = s.stripe.requests.find((r) => r.path === '/v1/checkout/sessions' && r.method === 'POST')!
  assert.equal(sessionReq.form.mode, 'subscription')
  assert.equal(sessionReq.form.customer, customer.id)
  assert.equal(sessionReq.form.client_reference_id, s.owner.workspaceId)
  assert.deepEqual(sessionReq.form.line_items, [{ price: 'price_pro_test', quantity: '1' }, { price: 'price_minutes_test' }])
  assert.equal(sessionReq.form.success_url, `${RETURN_URL}?checkout=success`)
  assert.equal((await billing(s)).plan, 'free', 'nothing changes before Stripe reports the subscription')

  // The customer pays: Stripe completes the session and creates the subscription.
  const sessionId = [...s.stripe.state.checkoutSessions.keys()][0]
  const { session, subscription: sub } = s.stripe.state.completeCheckoutSession(sessionId)
  const subscription = sub as Json
  const completed = signed(s.stripe.state.makeEvent('checkout.session.completed', session))
  const created = signed(s.stripe.state.makeEvent('customer.subscription.created', subscription))

  // Each event delivered three times at once.
  const answers = await Promise.all([completed, completed, completed, created, created, created].map((d) => deliver(s.app, d)))
  assert.deepEqual(answers.map((a) => a.statusCode), [200, 200, 200, 200, 200, 200], answers.map((a) => a.body).join('\n'))
  assert.equal(answers.slice(0, 3).filter((a) => !a.json().duplicate).length, 1, 'one delivery of the session event applied')
  assert.equal(answers.slice(3).filter((a) => !a.json().duplicate).length, 1, 'one delivery of the subscription event applied')

  const pro = await billing(s)
  assert.equal(pro.plan, 'pro')
  assert.equal(pro.status, 'active')
  assert.equal(pro.limitsPlan, 'pro')
  assert.deepEqual(pro.limits, { concurrentCalls: 5, monthlyMinutes: 2000 })
  const periodEnd = subscription.items.data[0].current_period_end as number
  assert.equal(pro.currentPeriodEnd, new Date(periodEnd * 1000).toISOString())
  assert.equal(await webhookEventCount(s.app), 2)

  // Replayed three more times, concurrently: nothing changes.
  const replays = await Promise.all([completed, created, completed, created, completed, created].map((d) => deliver(s.app, d)))
  assert.ok(replays.every((r) => r.statusCode === 200 && r.json().duplicate === true))
  assert.deepEqual(await billing(s), pro)
  assert.equal(await webhookEventCount(s.app), 2)

  // A body changed after signing (here: the subscription canceled) is refused and changes nothing.
  const deleted = signed(s.stripe.state.makeEvent('customer.subscription.deleted', { ...subscription, status: 'canceled' }))
  const tampered = await deliver(s.app, { body: deleted.body.replace('"price_pro_test"', '"price_scale_test"'), header: deleted.header })
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

  // The untouched original is accepted: the workspace goes back to free.
  assert.equal((await deliver(s.app, deleted)).statusCode, 200)
  const canceled = await billing(s)
  assert.equal(canceled.plan, 'free')
  assert.equal(canceled.status, 'canceled')
  assert.equal(canceled.limitsPlan, 'free')
})

test('STRIPE_WEBHOOK_SECRET_PREVIOUS still verifies while rotating; without any webhook secret the route is 503', async (t) => {
  const s = await setup(t)
  const sub = s.stripe.state.addSubscription({ customer: s.stripe.state.addCustomer().id as string, price: 'price_scale_test', metadata: { workspaceId: s.owner.workspaceId } })
  const res = await deliver(s.app, signed(s.stripe.state.makeEvent('customer.subscription.created', sub), { secret: WHSEC_PREVIOUS }))
  assert.equal(res.statusCode, 200, res.body)
  assert.equal((await billing(s)).plan, 'scale')

  const bare = await setup(t, { STRIPE_WEBHOOK_SECRET: '', STRIPE_WEBHOOK_SECRET_PREVIOUS: '' })
  const off = await deliver(bare.app, signed(bare.stripe.state.makeEvent('customer.subscription.created', sub)))
  assert.equal(off.statusCode, 503)
  assert.equal(off.json().error.code, 'integration_not_configured')
  assert.deepEqual(off.json().error.details.missing, ['STRIPE_WEBHOOK_SECRET'])
})

test('subscription events apply in the order of their own times, not of arrival', async (t) => {
  const s = await setup(t)
  const customer = s.stripe.state.addCustomer().id as string
  const sub = s.stripe.state.addSubscription({ customer, price: 'price_pro_test', metadata: { workspaceId: s.owner.workspaceId } })
  const t0 = Math.floor(Date.now() / 1000) - 100

  // updated (past_due, later) arrives before created (active, earlier): the later state stays.
  assert.equal((await deliver(s.app, signed(eventAt(s, 'customer.subscription.updated', { ...sub, status: 'past_due' }, t0 + 20)))).statusCode, 200)
  assert.equal((await deliver(s.app, signed(eventAt(s, 'customer.subscription.created', sub, t0)))).statusCode, 200)
  let b = await billing(s)
  assert.equal(b.plan, 'pro')
  assert.equal(b.status, 'past_due', 'the older created event did not overwrite the newer past_due')

  // Same second: updated wins over created, deleted over updated.
  await deliver(s.app, signed(eventAt(s, 'customer.subscription.deleted', { ...sub, status: 'canceled' }, t0 + 30)))
  await deliver(s.app, signed(eventAt(s, 'customer.subscription.updated', { ...sub, status: 'active' }, t0 + 30)))
  await deliver(s.app, signed(eventAt(s, 'customer.subscription.updated', { ...sub, status: 'active' }, t0 + 25)))
  b = await billing(s)
  assert.equal(b.status, 'canceled', 'late updates of a deleted subscription do not revive it')
  assert.equal(b.plan, 'free')

  // A new subscription (created later) replaces the canceled one; a late event of the old one changes nothing.
  const next = s.stripe.state.addSubscription({ customer, price: 'price_scale_test', metadata: { workspaceId: s.owner.workspaceId } })
  next.created = (sub.created as number) + 60
  await deliver(s.app, signed(eventAt(s, 'customer.subscription.created', next, t0 + 60)))
  await deliver(s.app, signed(eventAt(s, 'customer.subscription.updated', { ...sub, status: 'canceled' }, t0 + 90)))
  b = await billing(s)
  assert.equal(b.plan, 'scale')
  assert.equal(b.status, 'active')
})

test('invoice.payment_failed -> past_due and one alert; the plan holds during the grace period; invoice.paid -> active', async (t) => {
  const alerts = await startJsonReceiver<Json>(t, '/alerts')
  const s = await setup(t, { ALERT_WEBHOOK_URL: alerts.url })
  const customer = s.stripe.state.addCustomer().id as string
  const sub = s.stripe.state.addSubscription({ customer, price: 'price_pro_test', metadata: { workspaceId: s.owner.workspaceId } })
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
  assert.equal(b.plan, 'pro')
  assert.equal(b.limitsPlan, 'pro', 'within the grace period the plan still applies')
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

test('past_due beyond the grace period is limited like free', async (t) => {
  const s = await setup(t, { BILLING_PAST_DUE_GRACE_DAYS: '0' })
  const customer = s.stripe.state.addCustomer().id as string
  const sub = s.stripe.state.addSubscription({ customer, price: 'price_pro_test', metadata: { workspaceId: s.owner.workspaceId } })
  await deliver(s.app, signed(s.stripe.state.makeEvent('customer.subscription.updated', { ...sub, status: 'past_due' })))
  const b = await billing(s)
  assert.equal(b.plan, 'pro')
  assert.equal(b.status, 'past_due')
  assert.equal(b.limitsPlan, 'free')
  assert.deepEqual(b.limits, { concurrentCalls: 1, monthlyMinutes: 60 })
})

test('checkout and portal: owner/admin only, one Stripe customer per workspace even when requests race, 409 while subscribed', async (t) => {
  const s = await setup(t)
  const [a, b, c] = await Promise.all([checkout(s, 'pro'), checkout(s, 'scale'), s.app.inject({ method: 'POST', url: '/api/billing/portal', headers: s.owner.headers })])
  assert.deepEqual([a.statusCode, b.statusCode, c.statusCode], [200, 200, 200], [a.body, b.body, c.body].join('\n'))
  assert.match(c.json().url, /^https:\/\/billing\.stripe\.com\//)
  assert.equal(s.stripe.state.customers.size, 1, 'one customer, however many requests raced')
  const customerId = [...s.stripe.state.customers.keys()][0]
  const portalReq = s.stripe.requests.find((r) => r.path === '/v1/billing_portal/sessions')!
  assert.equal(portalReq.form.customer, customerId)
  assert.equal(portalReq.form.return_url, RETURN_URL)
  const scaleReq = s.stripe.requests.filter((r) => r.path === '/v1/checkout/sessions').map((r) => (r.form.line_items as Json[])[0].price)
  assert.deepEqual(scaleReq.sort(), ['price_pro_test', 'price_scale_test'])

  // A member cannot; an API key cannot; bad plans are validation errors.
  const memberUser = await signup(s.app)
  const added = await s.app.inject({ method: 'POST', url: `/api/workspaces/${s.owner.workspaceId}/members`, headers: s.owner.headers, payload: { email: memberUser.email, role: 'member' } })
  assert.equal(added.statusCode, 201, added.body)
  const switched = await s.app.inject({ method: 'POST', url: '/api/auth/switch-workspace', headers: memberUser.headers, payload: { workspaceId: s.owner.workspaceId } })
  const member = { ...memberUser, headers: { authorization: `Bearer ${switched.json().token}` } }
  const refused = await checkout(s, 'pro', member)
  assert.equal(refused.statusCode, 403)
  assert.equal(refused.json().error.code, 'forbidden')
  assert.equal((await s.app.inject({ method: 'POST', url: '/api/billing/portal', headers: member.headers })).statusCode, 403)
  assert.equal((await billing(s, member)).plan, 'free', 'members can read billing')
  const key = await createApiKey(s.app, s.owner)
  assert.equal((await s.app.inject({ method: 'GET', url: '/api/billing', headers: key.headers })).statusCode, 403)
  for (const plan of ['free', 'gold', 42]) {
    const bad = await s.app.inject({ method: 'POST', url: '/api/billing/checkout', headers: s.owner.headers, payload: { plan } })
    assert.equal(bad.statusCode, 400)
    assert.equal(bad.json().error.code, 'validation_failed')
  }
  assert.equal((await s.app.inject({ method: 'GET', url: '/api/billing' })).statusCode, 401)

  // Subscribed: a second checkout would bill twice.
  const sub = s.stripe.state.addSubscription({ customer: customerId, price: 'price_pro_test' })
  await deliver(s.app, signed(s.stripe.state.makeEvent('customer.subscription.created', sub)))
  const again = await checkout(s, 'scale')
  assert.equal(again.statusCode, 409)
  assert.equal(again.json().error.code, 'already_subscribed')
  assert.equal(s.stripe.state.customers.size, 1)
})

test('billing routes without Stripe configured answer 503 naming the variable; a Stripe failure is 502', async (t) => {
  const s = await setup(t)
  const off = await setup(t, { STRIPE_SECRET_KEY: '', STRIPE_PRICE_SCALE: '' })
  const res = await checkout(off, 'pro')
  assert.equal(res.statusCode, 503)
  assert.deepEqual(res.json().error.details.missing, ['STRIPE_SECRET_KEY'])
  assert.equal((await off.app.inject({ method: 'GET', url: '/api/billing', headers: off.owner.headers })).statusCode, 200, 'reading billing needs no Stripe')

  const noScale = await setup(t, { STRIPE_PRICE_SCALE: '' })
  const scale = await checkout(noScale, 'scale')
  assert.equal(scale.statusCode, 503)
  assert.deepEqual(scale.json().error.details.missing, ['STRIPE_PRICE_SCALE'])

  s.stripe.failNext('/v1/customers', 1, { status: 500, shouldRetry: false })
  const failed = await checkout(s, 'pro')
  assert.equal(failed.statusCode, 502)
  assert.equal(failed.json().error.code, 'stripe_error')
  const ok = await checkout(s, 'pro')
  assert.equal(ok.statusCode, 200, 'the next attempt goes through')
  assert.equal(s.stripe.state.customers.size, 1)
})
