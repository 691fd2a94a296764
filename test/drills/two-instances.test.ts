/**
 * Drill 4: two API processes, one empty database. Both boot at once (migrations and the job queue's
 * schema must not race), then the same LiveKit, Stripe and Twilio webhooks reach both concurrently, as
 * a retrying provider behind a load balancer delivers them. Each effect happens once: the call ends
 * once, the customer's `call_ended` webhook (a queued job) is delivered once, the Stripe event is
 * applied once, and Twilio's answer is the same bridge from both with nothing written.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import postgres from 'postgres'
import Stripe from 'stripe'
import twilio from 'twilio'
import { freshDatabaseEnv } from '../helpers/database.js'
import { startLiveKitServer } from '../support/livekit-server.js'
import { liveKitWebhookRequest } from '../support/livekit-webhook.js'
import { startApiProcess } from '../../bench/lib/api-process.js'
import { DRILL_AGENT_SECRET, DRILL_JWT_SECRET, signupOverHttp } from '../../bench/lib/fixtures.js'

const skip = process.env.TEST_DATABASE_URL ? false : 'drills run on real PostgreSQL only: set TEST_DATABASE_URL'
const STRIPE_WHSEC = 'whsec_drill_0123456789abcdef'
const TWILIO_TOKEN = 'drill-twilio-auth-token-0123456789'
const PUBLIC_BASE = 'https://api.drill.example'
const NUMBER = '+17073808675'
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

test('two instances on one empty database: concurrent boot, each webhook effect exactly once', { skip, timeout: 90_000 }, async (t) => {
  const db = await freshDatabaseEnv()
  t.after(db.drop)
  const livekit = await startLiveKitServer({ apiKey: 'APIdrill', apiSecret: 'drill-livekit-secret-0123456789abcdef' })
  t.after(() => livekit.close())
  // The customer's webhook endpoint: counts deliveries per event id.
  const deliveries: { event: string; eventId: string }[] = []
  const receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c)).on('end', () => {
      deliveries.push({ event: JSON.parse(body).event, eventId: String(req.headers['x-rapidcall-event-id']) })
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  t.after(() => new Promise<void>((resolve) => receiver.close(() => resolve())))
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks`

  const env = {
    ...db.env, JWT_SECRET: DRILL_JWT_SECRET, AGENT_SHARED_SECRET: DRILL_AGENT_SECRET, LOG_LEVEL: 'warn', JOBS_POLL_INTERVAL_MS: '100',
    LIVEKIT_URL: livekit.wsUrl, LIVEKIT_API_KEY: livekit.apiKey, LIVEKIT_API_SECRET: livekit.apiSecret, LIVEKIT_SIP_ENDPOINT: 'drill.sip.livekit.cloud',
    STRIPE_WEBHOOK_SECRET: STRIPE_WHSEC, TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`, TWILIO_AUTH_TOKEN: TWILIO_TOKEN, PUBLIC_API_BASE_URL: PUBLIC_BASE,
    WEBHOOKS_ALLOW_INSECURE: 'true',
  }
  // Both at once on an empty schema.
  const [a, b] = await Promise.all([startApiProcess({ env }), startApiProcess({ env })])
  t.after(() => a.stop())
  t.after(() => b.stop())
  const sql = postgres(db.env.DATABASE_URL, { max: 2, onnotice: () => {} })
  t.after(() => sql.end())
  const [{ n: migrations }] = await sql<{ n: number }[]>`select count(*)::int as n from schema_migrations`
  const [{ n: distinct }] = await sql<{ n: number }[]>`select count(distinct version)::int as n from schema_migrations`
  assert.ok(migrations > 0 && migrations === distinct, 'each migration applied once')

  const user = await signupOverHttp(a.url)
  const agentRes = await fetch(`${b.url}/api/agents`, {
    method: 'POST', headers: { ...user.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Drill', promptDraft: 'Hello', webhookUrl: receiverUrl }),
  })
  assert.equal(agentRes.status, 201, await agentRes.clone().text())
  const agent = (await agentRes.json()) as { id: string }
  await sql`insert into phone_numbers (id, workspace_id, e164, inbound_agent_id, on_trunk, status) values ('pn_drill', ${user.workspaceId}, ${NUMBER}, ${agent.id}, false, 'active')`
  const roomName = 'call-+15550001111-drill1'
  await sql`insert into calls (id, workspace_id, agent_id, agent_name, direction, status, room_name, to_number, answered_at)
            values ('call_drill_two', ${user.workspaceId}, ${agent.id}, 'Drill', 'inbound', 'active', ${roomName}, ${NUMBER}, now())`

  // LiveKit: the same room_finished (same event id) to both instances at once.
  const lk = await liveKitWebhookRequest({ apiKey: livekit.apiKey, apiSecret: livekit.apiSecret, event: 'room_finished', room: { name: roomName, sid: 'RM_drill' } })
  const lkAnswers = await Promise.all([a, b].map((api) => fetch(`${api.url}/api/webhooks/livekit`, { method: 'POST', headers: lk.headers, body: lk.body })))
  assert.deepEqual(lkAnswers.map((r) => r.status), [200, 200])
  const [call] = await sql<{ status: string; outcome: string }[]>`select status, outcome from calls where id = 'call_drill_two'`
  assert.deepEqual({ ...call }, { status: 'ended', outcome: 'completed' })
  const [{ n: lkEvents }] = await sql<{ n: number }[]>`select count(*)::int as n from webhook_events where source = 'livekit'`
  assert.equal(lkEvents, 1, 'the LiveKit event is recorded once')

  // Stripe: the same signed event to both at once.
  const stripeBody = JSON.stringify({ id: 'evt_drill_1', object: 'event', type: 'invoice.payment_failed', created: Math.floor(Date.now() / 1000), data: { object: { id: 'in_drill', object: 'invoice', customer: 'cus_drill' } } })
  const stripeHeaders = { 'content-type': 'application/json', 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: stripeBody, secret: STRIPE_WHSEC }) }
  const stripeAnswers = await Promise.all([a, b].map((api) => fetch(`${api.url}/api/webhooks/stripe`, { method: 'POST', headers: stripeHeaders, body: stripeBody })))
  assert.deepEqual(stripeAnswers.map((r) => r.status), [200, 200])
  const stripeBodies = (await Promise.all(stripeAnswers.map((r) => r.json()))) as { ok: boolean; duplicate?: boolean }[]
  assert.equal(stripeBodies.filter((x) => !x.duplicate).length, 1, 'one instance applied the event, the other saw a duplicate')
  const [{ n: stripeEvents }] = await sql<{ n: number }[]>`select count(*)::int as n from webhook_events where source = 'stripe'`
  assert.equal(stripeEvents, 1)

  // Twilio: stateless; both answer the same bridge and neither writes a call.
  const params = { CallSid: 'CAdrill', From: '+15550001111', To: NUMBER, AccountSid: env.TWILIO_ACCOUNT_SID }
  const signature = twilio.getExpectedTwilioSignature(TWILIO_TOKEN, `${PUBLIC_BASE}/api/webhooks/twilio/inbound`, params)
  const [{ n: callsBefore }] = await sql<{ n: number }[]>`select count(*)::int as n from calls`
  const twiml = await Promise.all([a, b].map(async (api) => {
    const res = await fetch(`${api.url}/api/webhooks/twilio/inbound`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body: new URLSearchParams(params).toString(),
    })
    return { status: res.status, body: await res.text() }
  }))
  assert.deepEqual(twiml.map((x) => x.status), [200, 200])
  assert.equal(twiml[0].body, twiml[1].body)
  assert.match(twiml[0].body, /<Dial><Sip>sip:\+17073808675@drill\.sip\.livekit\.cloud;transport=tls<\/Sip><\/Dial>/)
  const [{ n: callsAfter }] = await sql<{ n: number }[]>`select count(*)::int as n from calls`
  assert.equal(callsAfter, callsBefore)

  // The queued job: call_ended reaches the customer once, though both instances poll the queue.
  for (const deadline = Date.now() + 20_000; Date.now() < deadline && !deliveries.some((d) => d.event === 'call_ended'); ) await sleep(100)
  await sleep(1_500)
  const ended = deliveries.filter((d) => d.event === 'call_ended')
  assert.equal(ended.length, 1, `call_ended delivered once (got ${JSON.stringify(deliveries)})`)
  assert.deepEqual(a.errorLines().concat(b.errorLines()).map((l) => l.raw), [], 'no error lines on either instance')
})
