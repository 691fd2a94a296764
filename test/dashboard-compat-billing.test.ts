import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp } from './helpers/app.js'
import { endedCall, pricedCall } from './helpers/billing.js'
import { startStripeServer } from './support/stripe-server.js'

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
