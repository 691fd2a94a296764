import { test } from 'node:test'
import assert from 'node:assert/strict'
import Stripe from 'stripe'
import type { FastifyInstance } from 'fastify'
import { startJsonReceiver } from './helpers/json-receiver.js'
import { eventually } from './helpers/eventually.js'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { signup, type TestUser } from './helpers/users.js'
import { startStripeServer, type StripeTestServer } from './support/stripe-server.js'
import { createStripe } from '../src/integrations/stripe.js'
import { newId } from '../src/platform/ids.js'

// Metered minutes: ended calls -> Billing Meter events at the Stripe test server, through the job queue.

const WHSEC = 'whsec_test_usage_0123456789abcdef'
const METER = '/v1/billing/meter_events'

type Json = Record<string, any>

interface Setup {
  app: FastifyInstance
  stripe: StripeTestServer
  owner: TestUser
  alerts: Json[]
}

async function setup(t: { after: (fn: () => Promise<void>) => void }): Promise<Setup> {
  const stripe = await startStripeServer()
  t.after(() => stripe.close())
  const alerts = await startJsonReceiver<Json>(t, '/alerts')
  const { app } = await startTestApp(t, {
    env: {
      ...stripe.env, STRIPE_WEBHOOK_SECRET: WHSEC, STRIPE_PRICE_PRO: 'price_pro_test', STRIPE_PRICE_MINUTES: 'price_minutes_test',
      ALERT_WEBHOOK_URL: alerts.url,
      // The smallest backoff the queue has (whole seconds): a failed report is retried about a second later.
      BILLING_USAGE_RETRY_BASE_MS: '1000',
    },
  })
  return { app, stripe, owner: await signup(app), alerts: alerts.received }
}

/** Puts the workspace on Pro the way Stripe does: a signed customer.subscription.created. */
async function subscribe(s: Setup): Promise<string> {
  const customer = s.stripe.state.addCustomer().id as string
  const sub = s.stripe.state.addSubscription({ customer, price: 'price_pro_test', metadata: { workspaceId: s.owner.workspaceId } })
  const body = JSON.stringify(s.stripe.state.makeEvent('customer.subscription.created', sub))
  const res = await s.app.inject({
    method: 'POST', url: '/api/webhooks/stripe', payload: body,
    headers: { 'content-type': 'application/json', 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret: WHSEC }) },
  })
  assert.equal(res.statusCode, 200, res.body)
  return customer
}

/** A call answered `seconds` ago, ended now by the agent (as the Python agent does). */
async function endedCall(s: Setup, seconds: number, id = newId('call')) {
  await s.app.calls.insert({ id, workspaceId: s.owner.workspaceId, agentId: null, agentName: null, direction: 'web', status: 'created', roomName: `call-usage-${id}` })
  await s.app.calls.markActive(id, new Date(Date.now() - seconds * 1000))
  const res = await endByAgent(s, id)
  assert.equal(res.statusCode, 200, res.body)
  return id
}

const endByAgent = (s: Setup, id: string) =>
  s.app.inject({ method: 'POST', url: `/api/internal/calls/${id}/end`, headers: { 'x-agent-secret': TEST_AGENT_SECRET }, payload: { outcome: 'agent_hangup' } })

async function usageRows(app: FastifyInstance) {
  return app.sql<{ call_id: string; minutes: number; reported_at: Date | null; report_error: string | null }[]>`
    select call_id, minutes, reported_at, report_error from billing_usage order by created_at`
}

const billingOf = async (s: Setup) => (await s.app.inject({ method: 'GET', url: '/api/billing', headers: s.owner.headers })).json()

test('three ended calls produce exactly three meter events with the right minutes, also when the first report attempt fails', async (t) => {
  const s = await setup(t)
  const customer = await subscribe(s)
  // The first report is answered 500 without Stripe-Should-Retry, so the SDK gives up and the job retries it.
  s.stripe.failNext(METER, 1, { status: 500, shouldRetry: false })

  const ids = [await endedCall(s, 30), await endedCall(s, 90), await endedCall(s, 150)]
  // The agent's end is retried (and the room_finished webhook ends it too): nothing more to bill.
  assert.equal((await endByAgent(s, ids[0])).statusCode, 200)

  // Waits on the Stripe server's memory: polling the embedded database would add to the queue's own traffic.
  await eventually(() => s.stripe.requests.filter((r) => r.path === METER && r.status).length >= 4, 'four report attempts')
  await eventually(async () => (await usageRows(s.app)).every((r) => r.reported_at), 'every call marked reported', 20_000, 250)

  const events = s.stripe.state.meterEvents
  assert.equal(events.length, 3, 'exactly one meter event per call')
  assert.deepEqual(
    events.map((e) => [e.identifier, e.payload.value, e.payload.stripe_customer_id, e.event_name]).sort(),
    [[ids[0], '1', customer, 'rapidcall_minutes'], [ids[1], '2', customer, 'rapidcall_minutes'], [ids[2], '3', customer, 'rapidcall_minutes']].sort(),
    'minutes rounded up per call, the call id as the identifier',
  )
  const attempts = s.stripe.requests.filter((r) => r.path === METER)
  assert.equal(attempts.filter((r) => r.status === 500).length, 1, 'one attempt failed')
  assert.equal(attempts.filter((r) => r.status === 200).length, 3)
  assert.ok(attempts.every((r) => r.idempotencyKey?.startsWith('rapidcall-usage-')), 'every report carries an Idempotency-Key')
  assert.deepEqual(await s.app.jobs.failed('billing.report-usage'), [])
  assert.equal(s.alerts.length, 0)
  assert.equal((await billingOf(s)).usage.minutes, 6)
})

test('a call Stripe already has (an earlier attempt whose answer was lost) is not billed twice', async (t) => {
  const s = await setup(t)
  const customer = await subscribe(s)
  const id = newId('call')
  const sdk = createStripe({ secretKey: s.stripe.secretKey, webhookSecrets: [], apiBaseUrl: s.stripe.url }, { maxNetworkRetries: 0 })!
  await sdk.billing.meterEvents.create({ event_name: 'rapidcall_minutes', identifier: id, payload: { stripe_customer_id: customer, value: '2' } })

  await endedCall(s, 100, id)
  await eventually(() => s.stripe.requests.some((r) => r.path === METER && r.status), 'the report attempt')
  await eventually(async () => (await usageRows(s.app))[0]?.reported_at !== null, 'the report settled', 20_000, 250)
  assert.equal(s.stripe.state.meterEvents.length, 1)
  assert.deepEqual(await s.app.jobs.failed('billing.report-usage'), [])
  assert.equal(s.alerts.length, 0)
})

test('a report Stripe refuses is given up at once and posts one alert; the minutes still count toward the limits', async (t) => {
  const s = await setup(t)
  await subscribe(s)
  s.stripe.failNext(METER, 1, { status: 400 })
  const id = await endedCall(s, 61)

  await eventually(() => s.alerts.length > 0, 'the alert')
  const [alert] = s.alerts
  assert.equal(alert.type, 'billing_usage_report_failed')
  assert.equal(alert.severity, 'critical')
  assert.equal(alert.callId, id)
  assert.equal(alert.workspaceId, s.owner.workspaceId)
  assert.match(alert.message, /2 minute\(s\)/)
  const dead = await s.app.jobs.failed('billing.report-usage')
  assert.equal(dead.length, 1)
  assert.equal(dead[0].attempts, 1, 'a 400 is not retried')
  assert.equal(s.stripe.state.meterEvents.length, 0)
  const [row] = await usageRows(s.app)
  assert.equal(row.reported_at, null)
  assert.match(row.report_error ?? '', /400/)
  assert.equal((await billingOf(s)).usage.minutes, 2)
})

test('free workspaces, failed calls and calls nobody answered report nothing to Stripe', async (t) => {
  const s = await setup(t)
  await endedCall(s, 125)
  // Never answered: a web room nobody joined, closed by LiveKit.
  const unanswered = newId('call')
  await s.app.calls.insert({ id: unanswered, workspaceId: s.owner.workspaceId, agentId: null, agentName: null, direction: 'web', status: 'created', roomName: `call-usage-${unanswered}` })
  await endByAgent(s, unanswered)
  // Failed: LiveKit refused the room.
  const failed = newId('call')
  await s.app.calls.insert({ id: failed, workspaceId: s.owner.workspaceId, agentId: null, agentName: null, direction: 'web', status: 'created', roomName: `call-usage-${failed}` })
  await s.app.calls.markActive(failed, new Date(Date.now() - 120_000))
  await s.app.callLifecycle.end(failed, { outcome: 'livekit_error', status: 'failed', failureReason: 'LiveKit: down' })

  await new Promise((r) => setTimeout(r, 300))
  assert.equal(s.stripe.requests.filter((r) => r.path === METER).length, 0)
  assert.deepEqual((await usageRows(s.app)).map((r) => r.minutes), [3], 'only the answered, ended call counts')
  assert.equal((await billingOf(s)).usage.minutes, 3)
})
