import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import type { InjectOptions } from 'fastify'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { signup } from './helpers/users.js'
import { startLiveKit } from './helpers/livekit.js'
import { startTwilioServer } from './support/twilio-server.js'

const CAL_KEY = 'cal_live_9f8e7d6c5b4a39281706'
const CRM_TOKEN = 'crm-token-5b4a39281706f8e7d6c'
const NUMBER = '+17073808675'

// Routes that exist to hand a secret to its owner: the agent-secret routes (the voice agent needs the
// tool secrets) and the webhook signing secret (the workspace owner verifies signatures with it).
const CARRIES_SECRETS = [/^\/api\/internal\/agents\/config/, /^\/api\/internal\/telephony\/(inbound|outbound)\/start$/, /\/webhook-secret(\/rotate)?$/]

test('no response of a dashboard or integrator route and no log line carries a stored secret; the database holds them encrypted; room metadata never has them', async (t) => {
  const twilio = await startTwilioServer()
  t.after(() => twilio.close())
  const lk = await startLiveKit(t)
  lk.server.connectSipCarrier(twilio.sipTermination)
  const logs: string[] = []
  const stream = new Writable({
    write(chunk, _enc, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  const { app } = await startTestApp(t, {
    env: { ...twilio.env, ...lk.env, LIVEKIT_SIP_ENDPOINT: 'test123.sip.livekit.cloud' },
    logger: { level: 'trace', stream },
  })
  const responses: { url: string; status: number; body: string }[] = []
  const call = async (opts: InjectOptions) => {
    const res = await app.inject(opts)
    responses.push({ url: String(opts.url).split('?')[0], status: res.statusCode, body: res.body })
    return res
  }
  const owner = await signup(app)
  const h = owner.headers
  const agentHeaders = { 'x-agent-secret': TEST_AGENT_SECRET }

  // An agent with tool secrets: the dashboard sees flags only, and saving what it read keeps them.
  const toolConfigs = { cal_com: { apiKey: CAL_KEY, eventTypeId: 42 }, crm: { token: CRM_TOKEN, baseUrl: 'https://crm.example' } }
  const created = await call({ method: 'POST', url: '/api/agents', headers: h, payload: { name: 'Booker', promptDraft: 'Book.', toolConfigs } })
  assert.equal(created.statusCode, 201, created.body)
  const agent = created.json()
  assert.deepEqual(agent.toolConfigs, { cal_com: { hasApiKey: true, eventTypeId: 42 }, crm: { hasToken: true, baseUrl: 'https://crm.example' } })
  const saved = await call({ method: 'PATCH', url: `/api/agents/${agent.id}`, headers: h, payload: { toolConfigs: { ...agent.toolConfigs, cal_com: { ...agent.toolConfigs.cal_com, eventTypeId: 43 } } } })
  assert.equal(saved.statusCode, 200, saved.body)
  assert.deepEqual(saved.json().toolConfigs.cal_com, { hasApiKey: true, eventTypeId: 43 })
  await call({ method: 'GET', url: `/api/agents/${agent.id}`, headers: h })
  await call({ method: 'GET', url: '/api/agents', headers: h })
  const runtime = await call({ method: 'GET', url: `/api/internal/agents/config?agentId=${agent.id}`, headers: agentHeaders })
  assert.deepEqual(runtime.json().toolConfigs, { cal_com: { apiKey: CAL_KEY, eventTypeId: 43 }, crm: { token: CRM_TOKEN, baseUrl: 'https://crm.example' } })

  // Telephony: SIP passwords (created, then rotated).
  twilio.state.addIncomingNumber(NUMBER)
  const number = (await call({ method: 'POST', url: '/api/phone-numbers', headers: h, payload: { e164: NUMBER, inboundAgentId: agent.id } })).json()
  await call({ method: 'POST', url: `/api/phone-numbers/${number.id}/reprovision`, headers: h, payload: {} })
  const firstPassword = [...lk.server.state.outboundTrunks.values()][0].authPassword
  await call({ method: 'POST', url: `/api/phone-numbers/${number.id}/reprovision`, headers: h, payload: { rotateCredentials: true } })
  const secondPassword = [...lk.server.state.outboundTrunks.values()][0].authPassword
  assert.notEqual(firstPassword, secondPassword)
  await call({ method: 'GET', url: '/api/phone-numbers', headers: h })
  await call({ method: 'GET', url: `/api/phone-numbers/${number.id}`, headers: h })
  await call({ method: 'GET', url: `/api/workspaces/${owner.workspaceId}/inbound-diagnostics`, headers: h })

  // Calls of every kind: inbound start answers the agent with its tool secrets, the room metadata has none.
  lk.server.addParticipant('call-+3710000000-leak', { identity: 'sip_+3710000000', kind: 'SIP' })
  const inbound = await call({ method: 'POST', url: '/api/internal/telephony/inbound/start', headers: agentHeaders, payload: { roomName: 'call-+3710000000-leak', to: NUMBER, from: '+3710000000' } })
  assert.equal(inbound.json().toolConfigs.cal_com.apiKey, CAL_KEY)
  const outbound = await call({ method: 'POST', url: '/api/calls/outbound', headers: h, payload: { agentId: agent.id, to: '+15551234567', phoneNumberId: number.id } })
  assert.equal(outbound.json().status, 'active', outbound.body)
  const outStart = await call({ method: 'POST', url: '/api/internal/telephony/outbound/start', headers: agentHeaders, payload: { roomName: outbound.json().roomName } })
  assert.equal(outStart.json().toolConfigs.crm.token, CRM_TOKEN)
  const web = await call({ method: 'POST', url: `/api/agents/${agent.id}/start`, headers: h, payload: {} })
  assert.ok(web.statusCode < 300, web.body)
  await call({ method: 'GET', url: '/api/calls', headers: h })
  for (const c of (await call({ method: 'GET', url: '/api/calls', headers: h })).json().items) await call({ method: 'GET', url: `/api/calls/${c.id}`, headers: h })

  // Webhook signing secrets (current and previous).
  const secret1 = (await call({ method: 'GET', url: `/api/workspaces/${owner.workspaceId}/webhook-secret`, headers: h })).json().secret
  const secret2 = (await call({ method: 'POST', url: `/api/workspaces/${owner.workspaceId}/webhook-secret/rotate`, headers: h, payload: {} })).json().secret
  assert.ok(secret1 && secret2 && secret1 !== secret2)

  const secrets = [CAL_KEY, CRM_TOKEN, firstPassword, secondPassword, secret1, secret2]

  // 1. Responses: only the routes that exist to carry a secret do.
  const checked = responses.filter((r) => !CARRIES_SECRETS.some((re) => re.test(r.url)))
  assert.ok(checked.length >= 15, `${checked.length} responses checked`)
  for (const r of checked) for (const s of secrets) assert.ok(!r.body.includes(s), `${r.url} (${r.status}) carries a stored secret`)

  // 2. Log lines, at trace level, of everything above.
  assert.ok(logs.length > 50)
  for (const line of logs) for (const s of secrets) assert.ok(!line.includes(s), `a log line carries a stored secret: ${line.slice(0, 300)}`)

  // 3. LiveKit room metadata (a web caller's browser reads it).
  assert.ok(lk.server.state.rooms.size >= 3)
  for (const [name, r] of lk.server.state.rooms) {
    for (const s of [CAL_KEY, CRM_TOKEN]) assert.ok(!r.room.metadata.includes(s), `room ${name} metadata carries a tool secret`)
    if (r.room.metadata) assert.ok(r.room.metadata.includes('"hasApiKey":true'), `room ${name} metadata shows the flag`)
  }

  // 4. At rest: nothing in plain text.
  const dump = JSON.stringify([
    await app.sql`select tool_configs from agents`,
    await app.sql`select * from telephony_workspaces`,
    await app.sql`select * from webhook_secrets`,
  ])
  for (const s of secrets) assert.ok(!dump.includes(s), 'a secret is stored in plain text')
  assert.ok(dump.includes('enc:v1:'))
})
