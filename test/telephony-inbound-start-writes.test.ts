/**
 * What inbound start writes besides the answer: the auto-recording of an agent that records every
 * call, a call_started event that survives a crash, and start/answer times from one clock.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import postgres from 'postgres'
import type { FastifyInstance } from 'fastify'
import { startTestApp, TEST_AGENT_SECRET, TEST_JWT_SECRET, TEST_SECRETS_KEY } from './helpers/app.js'
import { freshDatabaseEnv, onRealPostgres } from './helpers/database.js'
import { eventually, pause } from './helpers/eventually.js'
import { createAgent, signup, type TestUser } from './helpers/users.js'
import { sendLiveKitEvent, startLiveKit } from './helpers/livekit.js'
import { startTwilioServer } from './support/twilio-server.js'
import { startS3Server } from './support/s3-server.js'
import { startApiProcess, type ApiProcess } from '../bench/lib/api-process.js'
import { ManualClock } from '../src/platform/clock.js'

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'

const NUMBER = '+17073808675'
const agentHeaders = { 'content-type': 'application/json', 'x-agent-secret': TEST_AGENT_SECRET }

type After = { after: (fn: () => Promise<void>) => void }
type Inject = (o: { method: 'GET' | 'POST' | 'PATCH'; url: string; headers?: Record<string, string>; payload?: Record<string, unknown> }) => Promise<{ statusCode: number; body: string; json(): any }>

/** A number routed to a new agent (created with `agentBody`), through the API as a dashboard does it. */
async function routedNumber(inject: Inject, headers: Record<string, string>, twilio: Awaited<ReturnType<typeof startTwilioServer>>, agentBody: Record<string, unknown> = {}) {
  const agent = await inject({ method: 'POST', url: '/api/agents', headers, payload: { name: 'Inbound agent', promptDraft: 'Hello.', ...agentBody } })
  assert.equal(agent.statusCode, 201, agent.body)
  twilio.state.addIncomingNumber(NUMBER)
  const number = await inject({ method: 'POST', url: '/api/phone-numbers', headers, payload: { e164: NUMBER } })
  assert.equal(number.statusCode, 201, number.body)
  const routed = await inject({ method: 'PATCH', url: `/api/phone-numbers/${number.json().id}`, headers, payload: { inboundAgentId: agent.json().id } })
  assert.equal(routed.statusCode, 200, routed.body)
  return { agent: agent.json(), numberId: number.json().id as string }
}

async function twilioServer(t: After) {
  const twilio = await startTwilioServer()
  t.after(() => twilio.close())
  return twilio
}

const inboundStart = (app: FastifyInstance, roomName: string) =>
  app.inject({ method: 'POST', url: '/api/internal/telephony/inbound/start', headers: agentHeaders, payload: { roomName, to: NUMBER, from: '+3710000000' } })

test('an agent that records every call records its inbound phone calls (room_started came before the call row)', async (t) => {
  const twilio = await twilioServer(t)
  const lk = await startLiveKit(t)
  const s3 = await startS3Server()
  t.after(() => s3.close())
  const { app } = await startTestApp(t, { env: { ...twilio.env, ...lk.env, ...s3.env } })
  const owner: TestUser = await signup(app)
  const { numberId } = await routedNumber((o) => app.inject(o), owner.headers, twilio, { settings: { record: true } })

  // LiveKit's order for a phone call: the SIP participant's room starts, then the agent asks for its config.
  const roomName = 'call-_+3710000000_rec'
  await app.integrations.livekit!.rooms.createRoom({ name: roomName })
  assert.equal((await sendLiveKitEvent(app, { event: 'room_started', room: { name: roomName } })).statusCode, 200)
  assert.equal(lk.server.calls('StartRoomCompositeEgress').length, 0, 'no call row yet: room_started had nothing to record')

  const res = await inboundStart(app, roomName)
  assert.equal(res.statusCode, 201, res.body)
  await eventually(() => lk.server.calls('StartRoomCompositeEgress').some((c) => c.body.roomName === roomName), 'the egress of the inbound call', 10_000)
  await eventually(async () => (await app.inject({ method: 'GET', url: `/api/calls/${res.json().callId}`, headers: owner.headers })).json().recording?.status === 'recording', 'the call shows its recording', 10_000)

  // An agent without `record` is not recorded.
  const quiet = await createAgent(app, owner.headers, { name: 'Quiet' })
  await app.inject({ method: 'PATCH', url: `/api/phone-numbers/${numberId}`, headers: owner.headers, payload: { inboundAgentId: quiet.id } })
  await app.integrations.livekit!.rooms.createRoom({ name: 'call-_+3710000000_quiet' })
  assert.equal((await inboundStart(app, 'call-_+3710000000_quiet')).statusCode, 201)
  await pause(500)
  assert.ok(!lk.server.calls('StartRoomCompositeEgress').some((c) => c.body.roomName === 'call-_+3710000000_quiet'))
})

test('startedAt and answeredAt of an inbound call are the same instant, from the app clock', async (t) => {
  const twilio = await twilioServer(t)
  const clock = new ManualClock(new Date('2026-03-02T10:00:00.123Z'))
  const { app } = await startTestApp(t, { env: twilio.env, clock })
  const owner = await signup(app)
  await routedNumber((o) => app.inject(o), owner.headers, twilio)
  for (const room of ['call-_a', 'call-_b', 'call-_c']) {
    const res = await inboundStart(app, room)
    assert.equal(res.statusCode, 201, res.body)
    const call = (await app.inject({ method: 'GET', url: `/api/calls/${res.json().callId}`, headers: owner.headers })).json()
    assert.equal(call.startedAt, clock.now().toISOString(), 'started at the app clock')
    assert.equal(call.answeredAt, call.startedAt, 'answered at the same instant, never before it')
    clock.advance(1500)
  }
})

/**
 * The crash: the API process is SIGKILLed after the call row is written and while call_started's
 * outbox row is being written (a trigger holds that insert in the database). After a restart the
 * agent retries the start for the same room, as it does when its request failed. Exactly one
 * call_started must exist for the call: the row and its event commit together or not at all.
 */
test('SIGKILL between the call insert and its call_started event: after the agent retries, the call has its call_started', { skip: onRealPostgres() ? false : 'needs real PostgreSQL (TEST_DATABASE_URL): a child process and a trigger', timeout: 300_000 }, async (t) => {
  const twilio = await twilioServer(t)
  const db = await freshDatabaseEnv()
  t.after(db.drop)
  const sql = postgres(db.env.DATABASE_URL, { max: 2, onnotice: () => {} })
  t.after(() => sql.end())
  const env = {
    ...db.env, ...twilio.env, JWT_SECRET: TEST_JWT_SECRET, AGENT_SHARED_SECRET: TEST_AGENT_SECRET, SECRETS_KEY: TEST_SECRETS_KEY,
    WEBHOOKS_ALLOW_INSECURE: 'true', LOG_LEVEL: 'warn',
  }
  let api: ApiProcess = await startApiProcess({ env, startTimeoutMs: 120_000 })
  t.after(() => api.stop())
  const inject: Inject = async (o) => {
    const res = await fetch(`${api.url}${o.url}`, {
      method: o.method, headers: { ...(o.payload ? { 'content-type': 'application/json' } : {}), ...o.headers }, body: o.payload ? JSON.stringify(o.payload) : undefined,
    })
    const body = await res.text()
    return { statusCode: res.status, body, json: () => JSON.parse(body) }
  }
  const signedUp = await inject({ method: 'POST', url: '/api/auth/signup', payload: { email: 'kill@example.com', password: 'correct horse battery staple' } })
  const { token, workspace } = signedUp.json()
  const headers = { authorization: `Bearer ${token}` }
  // Deliveries go nowhere reachable; this test reads the outbox rows themselves.
  assert.equal((await inject({ method: 'PATCH', url: `/api/workspaces/${workspace.id}`, headers, payload: { webhookUrl: 'http://127.0.0.1:9/hooks' } })).statusCode, 200)
  await routedNumber(inject, headers, twilio)

  await sql`create function stall_outbox() returns trigger language plpgsql as $$ begin perform pg_sleep(60); return new; end $$`
  await sql`create trigger stall_outbox before insert on webhook_deliveries for each row execute function stall_outbox()`

  const roomName = 'call-_+3710000000_kill'
  const body = JSON.stringify({ roomName, to: NUMBER, from: '+3710000000' })
  const first = fetch(`${api.url}/api/internal/telephony/inbound/start`, { method: 'POST', headers: agentHeaders, body }).catch(() => undefined)
  const stalled = () => sql<{ pid: number }[]>`
    select pid from pg_stat_activity where wait_event = 'PgSleep' and query ilike '%insert into webhook_deliveries%' and datname = current_database()`
  await eventually(async () => (await stalled()).length === 1, 'the call_started outbox insert, held by the trigger', 20_000)

  api.child.kill('SIGKILL')
  assert.equal(await api.exited, 'SIGKILL')
  await first
  // PostgreSQL ends a dead client's session the next time it talks to it; end it now rather than after the sleep.
  for (const { pid } of await stalled()) await sql`select pg_terminate_backend(${pid})`
  await eventually(async () => (await stalled()).length === 0, 'the killed session gone', 10_000)
  await sql`drop trigger stall_outbox on webhook_deliveries`

  const callsOfRoom = () => sql<{ id: string }[]>`select id from calls where room_name = ${roomName}`
  const startedEvents = (callId: string) => sql`select id from webhook_deliveries where call_id = ${callId} and event = 'call_started'`
  const before = await callsOfRoom()
  if (before.length) {
    assert.equal((await startedEvents(before[0].id)).length, 1, 'a call row that survived the crash must have its call_started')
  }

  api = await startApiProcess({ env, port: api.port, startTimeoutMs: 120_000 })
  const retry = await fetch(`${api.url}/api/internal/telephony/inbound/start`, { method: 'POST', headers: agentHeaders, body })
  assert.equal(retry.status, 201, await retry.clone().text())
  const { callId } = (await retry.json()) as { callId: string }
  assert.deepEqual((await callsOfRoom()).map((r) => r.id), [callId])
  assert.equal((await startedEvents(callId)).length, 1, 'exactly one call_started for the call, after the crash and the retry')
})
