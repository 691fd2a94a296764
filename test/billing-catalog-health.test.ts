import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { startTestApp, TEST_AGENT_SECRET, TEST_JWT_SECRET, TEST_SECRETS_KEY } from './helpers/app.js'
import { freshDatabaseEnv } from './helpers/database.js'
import { seedCatalog, stripeEnv } from './helpers/stripe.js'
import { startStripeServer, type StripeTestServer } from './support/stripe-server.js'

// The rate card is the one source of prices: /health and `npm run doctor -- --billing` report a
// Stripe catalog that does not match it (a price missing by lookup key, another amount).

const run = promisify(execFile)

/** Stripe's catalog as the card wants it, then broken: telephony at 2 cents (card: 1.5), the number fee's price gone. */
function brokenCatalog(stripe: StripeTestServer, card: Parameters<typeof seedCatalog>[1]) {
  const priceOf = seedCatalog(stripe, card)
  stripe.state.billing.prices.get(priceOf.get('telephony_minutes')!)!.unit_amount_decimal = '2'
  stripe.state.billing.prices.get(priceOf.get('phone_numbers')!)!.active = false
}

const health = async (app: Awaited<ReturnType<typeof startTestApp>>['app']) => {
  const res = await app.inject({ method: 'GET', url: '/health' })
  assert.equal(res.statusCode, 200, res.body)
  return res.json()
}

test('/health: `stripeCatalog` ok when Stripe\'s prices match the card, `mismatch` naming each line when not; nothing without Stripe', async (t) => {
  const good = await startStripeServer()
  t.after(() => good.close())
  const { app } = await startTestApp(t, { env: stripeEnv(good) })
  seedCatalog(good, app.billing.rateCard)
  const ok = await health(app)
  assert.equal(ok.status, 'ok')
  assert.deepEqual(ok.stripeCatalog, { status: 'ok', problems: [] })

  const bad = await startStripeServer()
  t.after(() => bad.close())
  const { app: broken } = await startTestApp(t, { env: stripeEnv(bad) })
  brokenCatalog(bad, broken.billing.rateCard)
  const res = await broken.inject({ method: 'GET', url: '/health' })
  const body = res.json()
  assert.equal(body.status, 'ok', 'a price mismatch does not take the instance out of the load balancer')
  assert.equal(body.stripeCatalog.status, 'mismatch')
  assert.equal(body.stripeCatalog.problems.length, 2, body.stripeCatalog.problems.join('\n'))
  assert.match(body.stripeCatalog.problems.find((p: string) => p.startsWith('telephony_minutes')), /2 cents per unit, the rate card says 1\.5/)
  assert.match(body.stripeCatalog.problems.find((p: string) => p.startsWith('phone_numbers')), /no active Stripe price with lookup key rapidcall_phone_numbers/)
  assert.doesNotMatch(res.body, new RegExp(bad.secretKey))

  // Stripe down: `unavailable`, and the health answer still comes.
  bad.failNext('/v1/prices', 5, { status: 500, shouldRetry: false })
  const { app: cut } = await startTestApp(t, { env: stripeEnv(bad) })
  const down = await health(cut)
  assert.equal(down.stripeCatalog.status, 'unavailable')
  assert.match(down.stripeCatalog.problems[0], /could not be read/)

  const { app: unmetered } = await startTestApp(t, { env: { STRIPE_SECRET_KEY: '' } })
  assert.equal((await health(unmetered)).stripeCatalog, undefined)
})

test('npm run doctor -- --billing lists the lines Stripe does not match and exits 1', async (t) => {
  const stripe = await startStripeServer()
  t.after(() => stripe.close())
  // The card the doctor's process reads is the one of this environment: build it here the same way.
  const { app } = await startTestApp(t, { env: stripeEnv(stripe) })
  brokenCatalog(stripe, app.billing.rateCard)
  const db = await freshDatabaseEnv()
  t.after(db.drop)
  const env = {
    PATH: process.env.PATH, LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, AGENT_SHARED_SECRET: TEST_AGENT_SECRET, SECRETS_KEY: TEST_SECRETS_KEY,
    ...db.env, ...stripeEnv(stripe),
  }
  const failed = await run(process.execPath, ['--import', 'tsx', 'src/cli/doctor.ts', '--billing'], { env, timeout: 120_000 }).then(
    () => assert.fail('the doctor exits 1 on a mismatch'),
    (err: { code: number; stdout: string }) => err,
  )
  assert.equal(failed.code, 1)
  assert.match(failed.stdout, /Stripe catalog: ✗ mismatch/)
  assert.match(failed.stdout, /✗ telephony_minutes: Stripe price price_\w+ is 2 cents per unit, the rate card says 1\.5/)
  assert.match(failed.stdout, /✗ phone_numbers: no active Stripe price/)
  assert.doesNotMatch(failed.stdout, new RegExp(stripe.secretKey))
})
