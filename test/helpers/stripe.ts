import assert from 'node:assert/strict'
import Stripe from 'stripe'
import type { FastifyInstance } from 'fastify'
import type { RateCard } from '../../plugins/billing/rate-card.js'
import type { StripeTestServer } from '../support/stripe-server.js'
import type { TestUser } from './users.js'

type Json = Record<string, any>

export const WHSEC = 'whsec_test_current_0123456789abcdef'
export const RETURN_URL = 'https://app.rapidcall.test/billing'

/** A rate card with a price on every line (a model upgrade, telephony markup, token overage, a number fee). */
export const TEST_RATES = {
  BASE_PRICE_USD_PER_MIN: '0.10',
  LLM_SURCHARGE_JSON: '{"gpt-4.1":0.03}',
  DEFAULT_LLM_MODEL: 'gpt-5-mini',
  INCLUDED_TOKENS_PER_MIN: '1000',
  TOKEN_OVERAGE_USD_PER_1K: '0.004',
  TELEPHONY_USD_PER_MIN: '0.01',
  TELEPHONY_MARKUP_RATE: '0.5',
  PHONE_NUMBER_MONTHLY_FEE_USD: '1.15',
  BILLING_FINALIZE_DELAY_S: '0',
  BILLING_USAGE_RETRY_BASE_MS: '0',
}

/** The env of an app on the Stripe test server with webhooks, Checkout's return page and the test rate card. */
export const stripeEnv = (stripe: StripeTestServer, env: Record<string, string> = {}) => ({
  ...stripe.env, STRIPE_WEBHOOK_SECRET: WHSEC, BILLING_RETURN_URL: RETURN_URL, ...TEST_RATES, ...env,
})

/** Stripe keeps unit amounts in cents as a decimal string: 0.015 USD is "1.5". */
export const centsString = (usd: number) => String(Math.round(usd * 100 * 1e10) / 1e10)

/**
 * The rate card set up on Stripe as an operator would: a Billing Meter per metered line and a
 * monthly price with the card's lookup key (metered on that meter, or licensed for the number fee).
 * Returns the price id of each meter of the card.
 */
export function seedCatalog(stripe: StripeTestServer, card: RateCard): Map<string, string> {
  const priceOf = new Map<string, string>()
  for (const m of card.meters) {
    const meter = m.eventName ? stripe.state.billing.addMeter({ eventName: m.eventName, displayName: m.description }) : undefined
    const price = stripe.state.billing.addPrice({ lookupKey: m.lookupKey, unitAmountDecimal: centsString(m.unitUsd), meter: meter?.id as string | undefined, nickname: m.description })
    priceOf.set(m.meter, price.id as string)
  }
  return priceOf
}

/** An event body and its Stripe-Signature, signed as Stripe signs. */
export function signed(event: Json, opts: { secret?: string; timestamp?: number } = {}) {
  const body = JSON.stringify(event)
  const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: opts.secret ?? WHSEC, timestamp: opts.timestamp })
  return { body, header }
}

export const deliver = (app: FastifyInstance, d: { body: string; header?: string }) =>
  app.inject({
    method: 'POST',
    url: '/api/webhooks/stripe',
    headers: { 'content-type': 'application/json; charset=utf-8', ...(d.header ? { 'stripe-signature': d.header } : {}) },
    payload: d.body,
  })

export async function billingStatus(app: FastifyInstance, user: TestUser): Promise<Json> {
  const res = await app.inject({ method: 'GET', url: '/api/billing', headers: user.headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json()
}

export const post = (app: FastifyInstance, user: { headers: Record<string, string> }, url: string) => app.inject({ method: 'POST', url, headers: user.headers })

/** A second user, a member (or admin) of `owner`'s workspace, with a token for it. */
export async function memberOf(app: FastifyInstance, owner: TestUser, other: TestUser, role: 'member' | 'admin' = 'member'): Promise<TestUser> {
  const added = await app.inject({ method: 'POST', url: `/api/workspaces/${owner.workspaceId}/members`, headers: owner.headers, payload: { email: other.email, role } })
  assert.equal(added.statusCode, 201, added.body)
  const switched = await app.inject({ method: 'POST', url: '/api/auth/switch-workspace', headers: other.headers, payload: { workspaceId: owner.workspaceId } })
  assert.equal(switched.statusCode, 200, switched.body)
  return { ...other, workspaceId: owner.workspaceId, headers: { authorization: `Bearer ${switched.json().token}` } }
}

/** Upgrade as the dashboard does: POST upgrade, the customer pays on Checkout, POST verify-upgrade after the redirect. */
export async function upgradeAndVerify(app: FastifyInstance, stripe: StripeTestServer, owner: TestUser): Promise<{ sessionId: string; subscription: Json }> {
  const up = await post(app, owner, '/api/billing/upgrade')
  assert.equal(up.statusCode, 200, up.body)
  const sessionId = /\/(cs_test_[A-Za-z0-9]+)$/.exec(up.json().url)![1]
  const { subscription } = stripe.state.completeCheckoutSession(sessionId)
  const verified = await post(app, owner, '/api/billing/verify-upgrade')
  assert.deepEqual(verified.json(), { ok: true, status: 'upgraded' })
  return { sessionId, subscription: subscription! }
}
