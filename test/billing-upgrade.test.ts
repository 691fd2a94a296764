import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { startTestApp } from './helpers/app.js'
import { createApiKey, signup, type TestUser } from './helpers/users.js'
import { endedCall, pricedCall } from './helpers/billing.js'
import { eventually } from './helpers/eventually.js'
import { billingStatus, deliver, memberOf, post, RETURN_URL, seedCatalog, signed, stripeEnv, upgradeAndVerify } from './helpers/stripe.js'
import { startStripeServer, type StripeTestServer } from './support/stripe-server.js'

// Upgrading to pay as you go with the real `stripe` SDK against the strict Stripe test server:
// Checkout in subscription mode with the rate card's prices (found by lookup key), verify after
// the redirect or the webhook, ensure-subscription for the old plans' subscriptions, and the
// invoices (Stripe's preview, computed from the meter events the API reported, and the history).

type Json = Record<string, any>

interface Setup {
  app: FastifyInstance
  stripe: StripeTestServer
  owner: TestUser
  priceOf: Map<string, string>
}

async function setup(t: { after: (fn: () => Promise<void>) => void }, opts: { catalog?: boolean } = {}): Promise<Setup> {
  const stripe = await startStripeServer()
  t.after(() => stripe.close())
  const { app } = await startTestApp(t, { env: stripeEnv(stripe) })
  const priceOf = opts.catalog === false ? new Map<string, string>() : seedCatalog(stripe, app.billing.rateCard)
  return { app, stripe, priceOf, owner: await signup(app) }
}

const checkoutRequests = (s: Setup) => s.stripe.requests.filter((r) => r.method === 'POST' && r.path === '/v1/checkout/sessions')
const meteredPrices = (s: Setup) => s.app.billing.rateCard.meters.filter((m) => m.eventName).map((m) => s.priceOf.get(m.meter)!)

test('upgrade: a subscription Checkout with every metered price of the rate card; verify after the redirect makes the workspace paid', async (t) => {
  const s = await setup(t)
  const before = await post(s.app, s.owner, '/api/billing/verify-upgrade')
  assert.deepEqual(before.json(), { ok: false, status: 'no_completed_session' }, 'nothing to verify before any Checkout')

  const up = await post(s.app, s.owner, '/api/billing/upgrade')
  assert.equal(up.statusCode, 200, up.body)
  assert.match(up.json().url, /^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/)
  const [sent] = checkoutRequests(s)
  const customer = [...s.stripe.state.customers.keys()][0]
  assert.equal(sent.form.mode, 'subscription')
  assert.equal(sent.form.customer, customer)
  assert.equal(sent.form.client_reference_id, s.owner.workspaceId)
  assert.deepEqual(sent.form.subscription_data, { metadata: { workspaceId: s.owner.workspaceId } })
  assert.equal(sent.form.success_url, `${RETURN_URL}?upgrade=success`)
  assert.equal(sent.form.cancel_url, `${RETURN_URL}?upgrade=cancel`)
  // Metered prices carry no quantity (Stripe refuses one); no numbers yet, so no number fee.
  assert.deepEqual(sent.form.line_items, meteredPrices(s).map((price) => ({ price })))

  // The customer has not paid yet: still a trial.
  assert.deepEqual((await post(s.app, s.owner, '/api/billing/verify-upgrade')).json(), { ok: false, status: 'no_completed_session' })
  assert.equal((await billingStatus(s.app, s.owner)).mode, 'trial')

  const sessionId = /\/(cs_test_[A-Za-z0-9]+)$/.exec(up.json().url)![1]
  const { subscription } = s.stripe.state.completeCheckoutSession(sessionId)
  const verified = await post(s.app, s.owner, '/api/billing/verify-upgrade')
  assert.deepEqual(verified.json(), { ok: true, status: 'upgraded' })
  const paid = await billingStatus(s.app, s.owner)
  assert.equal(paid.mode, 'paid')
  assert.equal(paid.hasPaymentMethod, true)
  assert.deepEqual(paid.stripe, { customerId: customer, subscriptionId: subscription!.id })
  assert.equal(paid.concurrency.limit, 10)
  const item = (subscription!.items as Json).data[0]
  assert.equal(paid.period.start, new Date(item.current_period_start * 1000).toISOString())

  // Once paid: verify says so, a new upgrade opens no Checkout.
  assert.deepEqual((await post(s.app, s.owner, '/api/billing/verify-upgrade')).json(), { ok: true, status: 'already_paid' })
  assert.deepEqual((await post(s.app, s.owner, '/api/billing/upgrade')).json(), { alreadyPaid: true })
  assert.equal(checkoutRequests(s).length, 1)

  // Stripe's own webhooks arrive late: they change nothing.
  for (const type of ['checkout.session.completed', 'customer.subscription.created']) {
    const object = type === 'checkout.session.completed' ? s.stripe.state.checkoutSessions.get(sessionId)! : subscription!
    assert.equal((await deliver(s.app, signed(s.stripe.state.makeEvent(type, object)))).statusCode, 200)
  }
  assert.deepEqual(await billingStatus(s.app, s.owner), paid)
})

test('upgrade via the webhooks alone (no verify); members and API keys may not upgrade, verify or ensure', async (t) => {
  const s = await setup(t)
  const member = await memberOf(s.app, s.owner, await signup(s.app))
  for (const url of ['/api/billing/upgrade', '/api/billing/verify-upgrade', '/api/billing/ensure-subscription']) {
    const res = await post(s.app, member, url)
    assert.equal(res.statusCode, 403, `${url}: ${res.body}`)
    assert.equal(res.json().error.code, 'forbidden')
  }
  const key = await createApiKey(s.app, s.owner)
  assert.equal((await post(s.app, key, '/api/billing/upgrade')).statusCode, 403)
  assert.equal((await s.app.inject({ method: 'POST', url: '/api/billing/upgrade' })).statusCode, 401)

  const up = await post(s.app, s.owner, '/api/billing/upgrade')
  const sessionId = /\/(cs_test_[A-Za-z0-9]+)$/.exec(up.json().url)![1]
  const { session, subscription } = s.stripe.state.completeCheckoutSession(sessionId)
  // As Stripe sends them: the session completed, then the subscription created.
  assert.equal((await deliver(s.app, signed(s.stripe.state.makeEvent('checkout.session.completed', session)))).statusCode, 200)
  assert.equal((await deliver(s.app, signed(s.stripe.state.makeEvent('customer.subscription.created', subscription!)))).statusCode, 200)
  const paid = await billingStatus(s.app, member)
  assert.equal(paid.mode, 'paid', 'members read the billing status')
  assert.equal(paid.stripe.subscriptionId, subscription!.id)
  assert.equal(paid.hasPaymentMethod, true)
})

test('a rate card Stripe does not match: upgrade answers 503 stripe_catalog_mismatch naming each line, and opens no Checkout', async (t) => {
  const s = await setup(t)
  const card = s.app.billing.rateCard
  // The telephony price says 2 cents instead of the card's 1.5; the upgrade minutes' price was never created.
  const telephony = s.stripe.state.billing.prices.get(s.priceOf.get('telephony_minutes')!)!
  telephony.unit_amount_decimal = '2'
  const upgrade = card.meters.find((m) => m.key === 'voice_model_upgrade_minutes')!
  s.stripe.state.billing.prices.get(s.priceOf.get(upgrade.meter)!)!.lookup_key = 'someone_elses_price'

  const res = await post(s.app, s.owner, '/api/billing/upgrade')
  assert.equal(res.statusCode, 503, res.body)
  assert.equal(res.json().error.code, 'stripe_catalog_mismatch')
  const problems: string[] = res.json().error.details.problems
  assert.equal(problems.length, 2, problems.join('\n'))
  assert.match(problems.find((p) => p.startsWith(upgrade.meter))!, new RegExp(`no active Stripe price with lookup key ${upgrade.lookupKey}`))
  assert.match(problems.find((p) => p.startsWith('telephony_minutes'))!, /is 2 cents per unit, the rate card says 1\.5/)
  assert.equal(checkoutRequests(s).length, 0)
  assert.equal(s.stripe.state.customers.size, 0, 'no customer is created for an upgrade that cannot start')
})

test('ensure-subscription: an old plan\'s subscription gets the metered prices and the number fee for its numbers; again, nothing changes', async (t) => {
  const s = await setup(t)
  // Trial: nothing to ensure.
  const trial = await post(s.app, s.owner, '/api/billing/ensure-subscription')
  assert.equal(trial.statusCode, 402)
  assert.equal(trial.json().error.code, 'upgrade_required')

  // A workspace on the old Pro plan: its subscription has one item, the old plan's price.
  const customer = s.stripe.state.addCustomer({ metadata: { workspaceId: s.owner.workspaceId } }).id as string
  const old = s.stripe.state.addSubscription({ customer, price: 'price_pro_old_plan', metadata: { workspaceId: s.owner.workspaceId } })
  assert.equal((await deliver(s.app, signed(s.stripe.state.makeEvent('customer.subscription.created', old)))).statusCode, 200)
  for (const e164 of ['+14155550101', '+14155550102']) await s.app.telephony.insert(s.owner.workspaceId, { e164, twilioSid: null, inboundAgentId: null })

  const res = await post(s.app, s.owner, '/api/billing/ensure-subscription')
  assert.equal(res.statusCode, 200, res.body)
  assert.equal(res.json().mode, 'paid')
  assert.equal(res.json().stripe.subscriptionId, old.id, 'the old subscription is kept, not replaced')
  const items = (s.stripe.state.subscriptions.get(old.id as string)!.items as Json).data as Json[]
  const byPrice = new Map(items.map((i) => [i.price.id, i]))
  for (const price of meteredPrices(s)) assert.ok(byPrice.has(price), `metered price ${price} added`)
  assert.equal(byPrice.get(s.priceOf.get('phone_numbers')!)!.quantity, 2, 'the number fee counts the workspace\'s numbers')
  assert.ok(byPrice.has('price_pro_old_plan'), 'the old plan item stays (the customer\'s portal cancels it)')

  const writes = () => s.stripe.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/v1/subscription')).length
  const before = writes()
  assert.equal((await post(s.app, s.owner, '/api/billing/ensure-subscription')).statusCode, 200)
  assert.equal(writes(), before, 'a second call writes nothing to Stripe')

  // One number released: the fee's quantity follows.
  const [first] = await s.app.telephony.all(s.owner.workspaceId)
  await s.app.telephony.remove(s.owner.workspaceId, first.id)
  assert.equal((await post(s.app, s.owner, '/api/billing/ensure-subscription')).statusCode, 200)
  assert.equal(byPrice.get(s.priceOf.get('phone_numbers')!)!.quantity, 1)
})

test('invoices: the upcoming one is Stripe\'s preview of the reported usage and equals the usage summary; the history; members read, others see nothing', async (t) => {
  const s = await setup(t)
  const none = await s.app.inject({ method: 'GET', url: '/api/billing/invoices', headers: s.owner.headers })
  assert.deepEqual(none.json(), { upcoming: null, history: [] }, 'no Stripe customer yet: no invoices')

  const { subscription } = await upgradeAndVerify(s.app, s.stripe, s.owner)
  const customer = subscription.customer as string
  const ids = [
    await endedCall(s.app, { workspaceId: s.owner.workspaceId, seconds: 90, tokens: 500 }),
    await endedCall(s.app, { workspaceId: s.owner.workspaceId, seconds: 61, direction: 'inbound', model: 'gpt-4.1' }),
    await endedCall(s.app, { workspaceId: s.owner.workspaceId, seconds: 120, tokens: 5000 }),
  ]
  const calls = await Promise.all(ids.map((id) => pricedCall(s.app, s.owner.headers, id)))
  const lines = calls.flatMap((c) => c.cost.lines.map((l: Json) => ({ callId: c.id, ...l })))
  assert.ok(calls.every((c) => c.cost.chargedTo === 'paid'))
  // Every line of every call reaches its meter once, identified by call and meter.
  await eventually(() => s.stripe.state.meterEvents.length >= lines.length, 'usage reported')
  const card = s.app.billing.rateCard
  assert.deepEqual(
    s.stripe.state.meterEvents.map((e) => `${e.identifier} ${e.event_name} ${e.payload.value} ${e.payload.stripe_customer_id}`).sort(),
    lines.map((l) => `${l.callId}:${l.meter} ${card.meters.find((m) => m.meter === l.meter)!.eventName} ${l.quantity} ${customer}`).sort(),
  )

  s.stripe.state.billing.addInvoice({
    customer, subscription: subscription.id as string, number: 'RC-0001', totalCents: 1234, periodStart: 1_760_000_000, periodEnd: 1_762_592_000,
    lines: [{ description: 'Base voice minutes', amountCents: 1234, price: s.priceOf.get('voice_base_minutes'), quantity: 123.4 }],
  })
  const member = await memberOf(s.app, s.owner, await signup(s.app))
  const res = await s.app.inject({ method: 'GET', url: '/api/billing/invoices', headers: member.headers })
  assert.equal(res.statusCode, 200, res.body)
  const { upcoming, history } = res.json()
  const usage = (await s.app.inject({ method: 'GET', url: '/api/billing/usage', headers: s.owner.headers })).json()
  assert.equal(upcoming.status, 'upcoming')
  assert.equal(upcoming.id, null)
  // Per meter, Stripe's amount (its quantity x unit price, rounded to the cent) is the summary's amount rounded.
  for (const u of usage.lines) {
    const line = upcoming.lines.find((l: Json) => l.meter === u.meter)
    assert.ok(line, `the preview has a line for ${u.meter}`)
    assert.equal(line.quantity, u.quantity, u.meter)
    assert.equal(line.amountUsd, Math.round(u.amountUsd * 100) / 100, u.meter)
  }
  const metered = upcoming.lines.filter((l: Json) => l.meter && l.meter !== 'phone_numbers')
  assert.equal(metered.length, card.meters.length - 1, 'every metered price is on the subscription')
  assert.equal(Math.round(upcoming.totalUsd * 100), Math.round(upcoming.lines.reduce((s: number, l: Json) => s + l.amountUsd, 0) * 100))
  assert.ok(upcoming.totalUsd > 0)
  assert.deepEqual(history.map((i: Json) => [i.number, i.status, i.totalUsd, i.lines[0].meter]), [['RC-0001', 'paid', 12.34, 'voice_base_minutes']])
  assert.match(history[0].hostedInvoiceUrl, /^https:\/\/invoice\.stripe\.com\//)
  assert.equal(history[0].periodStart, new Date(1_760_000_000_000).toISOString())

  // Another workspace sees none of it.
  const other = await signup(s.app)
  assert.deepEqual((await s.app.inject({ method: 'GET', url: '/api/billing/invoices', headers: other.headers })).json(), { upcoming: null, history: [] })
  assert.equal((await s.app.inject({ method: 'GET', url: '/api/billing/invoices' })).statusCode, 401)
})

test('without STRIPE_SECRET_KEY the Stripe routes answer 503 naming it; a Stripe failure during the upgrade is 502', async (t) => {
  const s = await setup(t)
  const { app: off } = await startTestApp(t, { env: { STRIPE_SECRET_KEY: '' } })
  const offOwner = await signup(off)
  for (const [method, url] of [['POST', '/api/billing/upgrade'], ['POST', '/api/billing/verify-upgrade'], ['POST', '/api/billing/ensure-subscription'], ['GET', '/api/billing/invoices']] as const) {
    const res = await off.inject({ method, url, headers: offOwner.headers })
    assert.equal(res.statusCode, 503, `${url}: ${res.body}`)
    assert.deepEqual(res.json().error.details.missing, ['STRIPE_SECRET_KEY'])
  }
  s.stripe.failNext('/v1/checkout/sessions', 1, { status: 500, shouldRetry: false })
  const failed = await post(s.app, s.owner, '/api/billing/upgrade')
  assert.equal(failed.statusCode, 502, failed.body)
  assert.equal(failed.json().error.code, 'stripe_error')
  assert.doesNotMatch(failed.body, new RegExp(s.stripe.secretKey), 'the secret key is never in an answer')
  assert.equal((await post(s.app, s.owner, '/api/billing/upgrade')).statusCode, 200, 'the next attempt goes through')
})
