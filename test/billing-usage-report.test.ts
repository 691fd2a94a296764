import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { loadConfig } from '../src/config.js'
import { buildApp } from '../src/app.js'
import { freshDatabaseEnv } from './helpers/database.js'
import { TEST_AGENT_SECRET, TEST_JWT_SECRET, TEST_SECRETS_KEY } from './helpers/app.js'
import { captureLogs } from './helpers/logs.js'
import { signup } from './helpers/users.js'
import { endedCall, pricedCall } from './helpers/billing.js'
import { eventually } from './helpers/eventually.js'
import { seedCatalog, stripeEnv, upgradeAndVerify } from './helpers/stripe.js'
import { startStripeServer } from './support/stripe-server.js'

// Usage reaches Stripe's meters exactly once per call and line, with two API instances on one
// database sharing the job queue, Stripe failing the first attempts (some before the event is
// recorded, some after it is recorded with the answer lost) and a duplicate report job.

type Json = Record<string, any>

test('two instances report each line of each paid call to its meter exactly once; failed first attempts are retried', async (t) => {
  const stripe = await startStripeServer()
  const db = await freshDatabaseEnv()
  const config = loadConfig({
    LOG_LEVEL: 'info', JWT_SECRET: TEST_JWT_SECRET, AGENT_SHARED_SECRET: TEST_AGENT_SECRET, SECRETS_KEY: TEST_SECRETS_KEY,
    JOBS_POLL_INTERVAL_MS: '50', ANALYSIS_DELAY_MS: '0', ...db.env, ...stripeEnv(stripe),
  }, '0.0.0-test')
  const logs = [captureLogs(), captureLogs()]
  const instances: FastifyInstance[] = []
  t.after(async () => {
    for (const app of instances) await app.close()
    await db.drop()
    await stripe.close()
  })
  for (const l of logs) {
    const app = await buildApp(config, { logger: { level: 'info', stream: l.stream } })
    instances.push(app)
    await app.ready()
  }
  const [a, b] = instances
  const priceOf = seedCatalog(stripe, a.billing.rateCard)
  assert.equal(priceOf.size, a.billing.rateCard.meters.length)
  const owner = await signup(a)
  const { subscription } = await upgradeAndVerify(a, stripe, owner)

  // The first three reports fail before Stripe records anything; the next two are recorded but their
  // answers are lost. No SDK retry (Stripe-Should-Retry: false): the job queue retries.
  stripe.failNext('/v1/billing/meter_events', 3, { status: 500, shouldRetry: false })
  stripe.failNext('/v1/billing/meter_events', 2, { status: 502, shouldRetry: false, applied: true })

  // Eight calls end, on one instance or the other: four web calls (base minutes only), four inbound
  // calls on gpt-4.1 over their included tokens (base, model upgrade, telephony, token overage).
  const ids: string[] = []
  for (let i = 0; i < 4; i++) {
    ids.push(await endedCall(i % 2 ? b : a, { workspaceId: owner.workspaceId, seconds: 60 + i, tokens: 500 }))
    ids.push(await endedCall(i % 2 ? a : b, { workspaceId: owner.workspaceId, seconds: 60 + i, tokens: 3000, direction: 'inbound', model: 'gpt-4.1' }))
  }
  const calls = await Promise.all(ids.map((id, i) => pricedCall(i % 2 ? a : b, owner.headers, id)))
  const lines = calls.flatMap((c) => c.cost.lines.map((l: Json) => ({ identifier: `${c.id}:${l.meter}`, value: String(l.quantity), meter: l.meter })))
  assert.equal(lines.length, 4 * 1 + 4 * 4)

  const unreported = async () => {
    const [{ n }] = await a.sql<{ n: number }[]>`select count(*)::int as n from billing_call_lines where reported_at is null or report_error is not null`
    return n
  }
  await eventually(async () => (await unreported()) === 0, 'every line marked reported')
  const card = a.billing.rateCard
  assert.deepEqual(
    stripe.state.meterEvents.map((e) => `${e.identifier} ${e.event_name} ${e.payload.value} ${e.payload.stripe_customer_id}`).sort(),
    lines.map((l) => `${l.identifier} ${card.meters.find((m) => m.meter === l.meter)!.eventName} ${l.value} ${subscription.customer}`).sort(),
    'one meter event per call and line, no more',
  )

  // The five failed attempts were each retried: the injected failures, then a success or the replay of the recorded one.
  const attempts = stripe.requests.filter((r) => r.path === '/v1/billing/meter_events')
  const failed = attempts.filter((r) => r.status! >= 500)
  assert.equal(failed.length, 5)
  for (const f of failed) {
    const later = attempts.filter((r) => r.form.identifier === f.form.identifier && r.status === 200)
    assert.equal(later.length, 1, `${f.form.identifier} succeeded once after its failure`)
  }
  assert.equal(attempts.filter((r) => r.replayed).length, 2, 'the two recorded-but-lost reports were answered from Stripe\'s idempotency replay')

  // A duplicate report job (as a second enqueue or a stale retry would make) sends nothing new.
  const again = lines[0]
  const [callId] = again.identifier.split(':')
  await b.jobs.enqueue(b.sql, 'billing.report-line', {
    callId, meter: again.meter, workspaceId: owner.workspaceId, customerId: subscription.customer, value: again.value,
    endedAt: Math.floor(new Date(calls.find((c) => c.id === callId)!.endedAt).getTime() / 1000),
  }, { singletonKey: 'duplicate-report' })
  await eventually(() => stripe.requests.filter((r) => r.path === '/v1/billing/meter_events' && r.form.identifier === again.identifier).length > 1, 'the duplicate ran')
  await eventually(async () => {
    const [{ state }] = await a.sql<{ state: string }[]>`select state from job where singleton_key = 'duplicate-report'`
    return state === 'completed'
  }, 'the duplicate job completed')
  assert.equal(stripe.state.meterEvents.length, lines.length, 'still one event per line')

  // Both instances share the work; each line is reported by one of them.
  const reportedBy = logs.map((l) => l.lines.filter((x) => x.msg === '[billing] usage reported to Stripe' || x.msg === '[billing] usage already reported to Stripe').map((x) => `${x.callId}:${x.meter}`))
  t.diagnostic(`reports logged by instance A: ${reportedBy[0].length}, by instance B: ${reportedBy[1].length}`)
  assert.equal(reportedBy[0].length + reportedBy[1].length, lines.length + 1)
})
