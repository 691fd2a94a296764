import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp } from './helpers/app.js'
import { endedCall, pricedCall } from './helpers/billing.js'
import { startStripeServer } from './support/stripe-server.js'
import { seedCatalog, stripeEnv } from './helpers/stripe.js'
import { eventually } from './helpers/eventually.js'

// The Shell's plan widget and the Billing page, through the dashboard surface (dashboard-api.md 2.7).
const P = '/legacy'

async function register(app: import('fastify').FastifyInstance) {
  const res = await app.inject({ method: 'POST', url: `${P}/api/auth/register`, payload: { name: 'Ada', email: `b${Math.random().toString(36).slice(2, 9)}@example.com`, password: 'a long password' } })
  assert.equal(res.statusCode, 201, res.body)
  return { ...res.json(), headers: { authorization: `Bearer ${res.json().token}` } }
}

test('billing status and usage summary: a trial\'s credit and prices, then the period\'s lines in cents', async (t) => {
  const stripe = await startStripeServer()
  t.after(() => stripe.close())
  const { app } = await startTestApp(t, { env: { ...stripe.env, BASE_PRICE_USD_PER_MIN: '0.12', TRIAL_CREDIT_USD: '5', TOKEN_OVERAGE_USD_PER_1K: '0.004', BILLING_FINALIZE_DELAY_S: '0' } })
  const u = await register(app)

  const fresh = await app.inject({ method: 'GET', url: `${P}/api/billing/status`, headers: u.headers })
  assert.equal(fresh.statusCode, 200, fresh.body)
  const s = fresh.json()
  assert.equal(s.workspaceId, u.workspace.id)
  assert.deepEqual([s.mode, s.isTrial, s.isPaid, s.hasPaymentMethod], ['trial', true, false, false])
  assert.deepEqual(s.trial, { creditUsd: 5, approxMinutesRemaining: Math.floor(5 / 0.12), allowPstn: false, allowNumberPurchase: false })
  assert.equal(s.pricing.baseUsdPerMin, 0.12)
  assert.equal(s.pricing.tokenOverageUsdPer1K, 0.004)
  assert.equal(typeof s.pricing.includedTokensPerMin, 'number')
  assert.deepEqual(s.stripe, { customerId: null, subscriptionId: null })

  const callId = await endedCall(app, { workspaceId: u.workspace.id, seconds: 90 })
  const priced = await pricedCall(app, u.headers, callId)
  const after = (await app.inject({ method: 'GET', url: `${P}/api/billing/status`, headers: u.headers })).json()
  assert.equal(after.trial.creditUsd, Math.round((5 - priced.cost.totalUsd) * 100) / 100, 'the credit drawn down by the call, 2 decimals')

  const res = await app.inject({ method: 'GET', url: `${P}/api/billing/usage-summary`, headers: u.headers })
  assert.equal(res.statusCode, 200, res.body)
  const usage = res.json()
  const contract = (await app.inject({ method: 'GET', url: '/api/billing/usage', headers: u.headers })).json()
  assert.equal(usage.ok, true)
  assert.deepEqual([usage.periodStartMs, usage.periodEndMs], [Date.parse(contract.periodStart), Date.parse(contract.periodEnd)])
  const base = usage.lines.find((l: { key: string }) => l.key === 'voice_base_minutes')
  assert.ok(base, JSON.stringify(usage.lines))
  assert.equal(base.unit, 'min')
  assert.equal(base.quantity, 1.5)
  assert.equal(base.unitAmountCents, 12)
  assert.equal(base.amountCents, 18)
  assert.equal(usage.totalCents, usage.lines.reduce((sum: number, l: { amountCents: number }) => sum + l.amountCents, 0))
  assert.equal(usage.totalUsd, Math.round(contract.totalUsd * 100) / 100)

  assert.equal((await app.inject({ method: 'GET', url: `${P}/api/billing/status` })).statusCode, 401)
})

test('an instance without Stripe charges nothing: the pages show it as pay as you go, not a trial', async (t) => {
  const { app } = await startTestApp(t, { env: { STRIPE_SECRET_KEY: '' } })
  const u = await register(app)
  const s = (await app.inject({ method: 'GET', url: `${P}/api/billing/status`, headers: u.headers })).json()
  assert.deepEqual([s.mode, s.isTrial, s.isPaid, s.telephonyEnabled], ['paid', false, false, true])
})

test('the Billing page\'s paid flow: upgrade, back from Checkout, fix setup, the next invoice and the history', async (t) => {
  const stripe = await startStripeServer()
  t.after(() => stripe.close())
  const { app } = await startTestApp(t, { env: stripeEnv(stripe, { BILLING_FINALIZE_DELAY_S: '0' }) })
  const priceOf = seedCatalog(stripe, app.billing.rateCard)
  const u = await register(app)
  const post = (path: string) => app.inject({ method: 'POST', url: `${P}${path}`, headers: u.headers })
  const get = (path: string) => app.inject({ method: 'GET', url: `${P}${path}`, headers: u.headers })

  const early = await get('/api/billing/upcoming-invoice')
  assert.deepEqual([early.statusCode, early.json().error], [402, 'Upgrade required'])
  assert.deepEqual((await post('/api/billing/ensure-subscription')).json().error, 'Upgrade required')
  assert.deepEqual((await get('/api/billing/invoices')).json(), { ok: true, upcoming: null, history: [] })
  assert.deepEqual((await post('/api/billing/verify-upgrade')).json(), { ok: false, status: 'no_completed_session' })

  const up = await post('/api/billing/upgrade')
  assert.equal(up.statusCode, 200, up.body)
  assert.equal(up.json().ok, true)
  const sessionId = /\/(cs_test_[A-Za-z0-9]+)$/.exec(up.json().url)![1]
  const { subscription } = stripe.state.completeCheckoutSession(sessionId)
  assert.deepEqual((await post('/api/billing/verify-upgrade')).json(), { ok: true, status: 'upgraded' }, 'the page shows "Upgrade complete!"')
  assert.deepEqual((await post('/api/billing/upgrade')).json(), { ok: true, alreadyPaid: true })
  const paid = (await get('/api/billing/status')).json()
  assert.deepEqual([paid.mode, paid.isPaid, paid.hasPaymentMethod, paid.stripe.subscriptionId], ['paid', true, true, subscription!.id])

  const fixed = await post('/api/billing/ensure-subscription')
  assert.equal(fixed.statusCode, 200, fixed.body)
  assert.deepEqual(fixed.json().workspace, { id: u.workspace.id, stripeCustomerId: paid.stripe.customerId, stripeSubscriptionId: subscription!.id, stripePhoneNumbersItemId: null })

  const callId = await endedCall(app, { workspaceId: u.workspace.id, seconds: 120 })
  await pricedCall(app, u.headers, callId)
  await eventually(() => stripe.state.meterEvents.length > 0, 'usage reported to Stripe')
  stripe.state.billing.addInvoice({
    customer: paid.stripe.customerId, subscription: subscription!.id as string, number: 'RC-0042', totalCents: 2500, periodStart: 1_760_000_000, periodEnd: 1_762_592_000,
    lines: [{ description: 'Base voice minutes', amountCents: 2500, price: priceOf.get('voice_base_minutes'), quantity: 250 }],
  })

  const inv = await get('/api/billing/invoices')
  assert.equal(inv.statusCode, 200, inv.body)
  const { upcoming, history } = inv.json()
  assert.equal(upcoming.status, 'gathering', 'the invoice still collecting usage')
  assert.ok(upcoming.totalCents > 0)
  assert.equal(typeof upcoming.periodToMs, 'number')
  assert.ok(upcoming.lines.every((l: { id: string; name: string; amountCents: number }) => l.id && typeof l.name === 'string' && Number.isInteger(l.amountCents)))
  assert.deepEqual(history.map((i: Record<string, unknown>) => [i.number, i.status, i.totalCents, i.currency]), [['RC-0042', 'paid', 2500, 'USD']])
  assert.equal(history[0].periodFromMs, 1_760_000_000_000)
  assert.equal(history[0].issuedAtMs, history[0].createdAtMs)
  assert.deepEqual(history[0].externalIds, { invoicing: history[0].id })
  assert.match(history[0].url, /^https:\/\/invoice\.stripe\.com\//)

  const preview = await get('/api/billing/upcoming-invoice')
  assert.equal(preview.statusCode, 200, preview.body)
  const p = preview.json()
  assert.equal(p.totalCents, upcoming.totalCents, '"Stripe upcoming invoice total" is the same preview')
  assert.equal(p.nextInvoiceCents, p.totalCents)
  assert.deepEqual(p.sums, { linesCents: p.lines.reduce((s: number, l: { amountCents: number }) => s + l.amountCents, 0), matchesTotal: true })
})
