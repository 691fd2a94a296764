import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { startTelephonyApp, type TelephonyTestApp } from './helpers/telephony.js'
import { TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup, type TestUser } from './helpers/users.js'
import { normaliseDialled, transferUri } from '../plugins/telephony/e164.js'

const NUMBER = '+17073808675'
const PREVIOUS_SECRET = 'agent-secret-previous-0123456789'

type Setup = TelephonyTestApp

const setup = (t: { after: (fn: () => Promise<void>) => void }): Promise<Setup> =>
  startTelephonyApp(t, { AGENT_SHARED_SECRET_PREVIOUS: PREVIOUS_SECRET })

async function importNumber(s: Setup, e164 = NUMBER, owner = s.owner) {
  s.twilio.state.addIncomingNumber(e164)
  const res = await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: owner.headers, payload: { e164 } })
  assert.equal(res.statusCode, 201, res.body)
  return res.json()
}

const start = (app: FastifyInstance, body: Record<string, unknown>, secret: string | null = TEST_AGENT_SECRET) =>
  app.inject({
    method: 'POST',
    url: '/api/internal/telephony/inbound/start',
    headers: { 'content-type': 'application/json', ...(secret !== null ? { 'x-agent-secret': secret } : {}) },
    payload: JSON.stringify(body),
  })

const receivedLines = (s: Setup) => s.logs.lines.filter((l) => l.msg === '[internal.telephony.inbound.start] request received')
const metadataOf = (s: Setup, room: string) => JSON.parse(s.livekit.state.rooms.get(room)!.room.metadata)

test("the seed's curl: 201 with the right secret, 401 with a wrong one, the log line both times (never the secret)", async (t) => {
  const s = await setup(t)
  const body = { roomName: 'test', to: '+17073808675', from: '+3710000000' }
  const ok = await start(s.app, body)
  assert.equal(ok.statusCode, 201, ok.body)
  assert.equal(receivedLines(s).length, 1)

  const wrong = await start(s.app, body, 'not-the-secret')
  assert.equal(wrong.statusCode, 401)
  assert.equal(wrong.json().error.code, 'invalid_agent_secret')
  assert.equal(receivedLines(s).length, 2)

  const missing = await start(s.app, body, null)
  assert.equal(missing.statusCode, 401)
  assert.equal(receivedLines(s).length, 3, 'a POST without any secret is logged too')
  assert.ok(!s.logs.raw.some((l) => l.includes('not-the-secret') || l.includes(TEST_AGENT_SECRET)), 'secrets never reach the log')

  const previous = await start(s.app, { ...body, roomName: 'test-previous' }, PREVIOUS_SECRET)
  assert.equal(previous.statusCode, 201, 'AGENT_SHARED_SECRET_PREVIOUS works while rotating')
})

test('an unknown number gets the fallback config, is recorded as unrouted, and a retry gets the same callId', async (t) => {
  const s = await setup(t)
  const first = await start(s.app, { roomName: 'call-+3710000000-aaaa', to: '+15550009999', from: '' })
  assert.equal(first.statusCode, 201)
  const cfg = first.json()
  assert.equal(cfg.fallback, true)
  assert.equal(cfg.agent.id, null)
  assert.equal(cfg.welcome.mode, 'agent', 'the agent speaks first: "user" would wait in silence')
  assert.ok(cfg.enabledTools.includes('end_call'), 'without end_call the agent never reports the end')
  assert.match(cfg.prompt, /This number is not configured for inbound calls/)
  assert.match(cfg.callId, /^call_[0-9A-Z]{26}$/)
  assert.deepEqual(cfg.toolConfigs, {})

  const retry = await start(s.app, { roomName: 'call-+3710000000-aaaa', to: '+15550009999', from: '' })
  assert.equal(retry.json().callId, cfg.callId)
  const unrouted = await s.app.telephony.recentUnrouted(10)
  assert.deepEqual(unrouted.map((u) => [u.id, u.to_number, u.room_name]), [[cfg.callId, '+15550009999', 'call-+3710000000-aaaa']])
})

test('a number of the workspace without an inbound agent: fallback, and the call shows in the workspace', async (t) => {
  const s = await setup(t)
  const number = await importNumber(s)
  s.livekit.addParticipant('call-x-1', { identity: 'caller', kind: 'SIP' })
  const res = await start(s.app, { roomName: 'call-x-1', to: NUMBER, from: '+3710000000' })
  assert.equal(res.statusCode, 201)
  assert.equal(res.json().fallback, true)
  assert.equal(res.json().workspaceId, s.owner.workspaceId)
  assert.deepEqual(res.json().phoneNumber, { id: number.id, e164: NUMBER })
  const calls = (await s.app.inject({ method: 'GET', url: '/api/calls', headers: s.owner.headers })).json().items
  assert.deepEqual(calls.map((c: Record<string, unknown>) => [c.id, c.direction, c.status, c.to, c.from, c.agentId]), [[res.json().callId, 'inbound', 'active', NUMBER, '+3710000000', null]])
  assert.equal(metadataOf(s, 'call-x-1').fallback, true)
})

test('inbound start routes every form of `to` to the agent, writes the room metadata before answering, and is idempotent per room', async (t) => {
  const s = await setup(t)
  const number = await importNumber(s)
  const agent = await createAgent(s.app, s.owner.headers, {
    name: 'Front desk',
    promptDraft: 'draft',
    promptPublished: 'Hello from {{business}}',
    defaultDynamicVariables: { business: 'Acme' },
    maxCallSeconds: 420,
    backgroundAudio: { preset: 'office' },
    callSettings: { interruptible: true },
  })
  await s.app.inject({ method: 'PATCH', url: `/api/phone-numbers/${number.id}`, headers: s.owner.headers, payload: { inboundAgentId: agent.id } })

  const forms = ['+17073808675', '17073808675', 'sip:+17073808675@25f6q0vix3k.sip.livekit.cloud;transport=tls', 'tel:+1-707-380-8675', '<sip:17073808675@host>']
  const ids = new Set<string>()
  for (const [i, to] of forms.entries()) {
    const room = `call-+3710000000-${i}`
    s.livekit.addParticipant(room, { identity: 'caller', kind: 'SIP' })
    const res = await start(s.app, { roomName: room, to, from: '+3710000000' })
    assert.equal(res.statusCode, 201, `${to}: ${res.body}`)
    const cfg = res.json()
    assert.equal(cfg.agent.id, agent.id, to)
    assert.equal(cfg.prompt, 'Hello from Acme', 'phone calls run the published prompt with variables filled')
    // Metadata is already in the room when the answer arrives.
    const meta = metadataOf(s, room)
    assert.equal(meta.call.id, cfg.callId)
    assert.equal(meta.call.direction, 'inbound')
    assert.equal(meta.maxCallSeconds, 420)
    assert.deepEqual(meta.backgroundAudio, { preset: 'office' })
    assert.deepEqual(meta.callOptions, { interruptible: true })
    ids.add(cfg.callId)
  }
  assert.equal(ids.size, forms.length)

  // The agent retries: same call, one row, metadata still naming it.
  const again = await start(s.app, { roomName: 'call-+3710000000-0', to: NUMBER, from: '+3710000000' })
  assert.equal(again.statusCode, 201)
  const firstId = metadataOf(s, 'call-+3710000000-0').call.id
  assert.equal(again.json().callId, firstId)
  const calls = (await s.app.inject({ method: 'GET', url: '/api/calls?limit=50', headers: s.owner.headers })).json().items
  assert.equal(calls.length, forms.length)
  assert.ok(s.logs.lines.some((l) => l.msg === '[internal.telephony.inbound.start] answered' && l.agentId === agent.id))
})

test('a burst of concurrent starts (written in shared batches): each room its own call and agent, a repeated room one call, workspaces never crossed', async (t) => {
  const s = await setup(t)
  const other = await signup(s.app)
  const OTHER_NUMBER = '+17073808676'
  const routes = [] as { e164: string; owner: TestUser; agentId: string }[]
  for (const [e164, owner] of [[NUMBER, s.owner], [OTHER_NUMBER, other]] as const) {
    const number = await importNumber(s, e164, owner)
    const agent = await createAgent(s.app, owner.headers, { name: `Agent of ${e164}` })
    await s.app.inject({ method: 'PATCH', url: `/api/phone-numbers/${number.id}`, headers: owner.headers, payload: { inboundAgentId: agent.id } })
    routes.push({ e164, owner, agentId: agent.id })
  }
  const rooms = Array.from({ length: 40 }, (_, i) => ({ room: `call-burst-${i}`, route: routes[i % 2] }))
  for (const { room } of rooms) s.livekit.addParticipant(room, { identity: 'caller', kind: 'SIP' })
  // Every room started twice at once (the agent's retry racing its first attempt), plus unknown numbers.
  const requests = [
    ...rooms.flatMap(({ room, route }) => [start(s.app, { roomName: room, to: route.e164 }), start(s.app, { roomName: room, to: route.e164 })]),
    ...Array.from({ length: 5 }, (_, i) => start(s.app, { roomName: `call-burst-unknown-${i}`, to: '+15550000000' })),
  ]
  const answers = (await Promise.all(requests)).map((r) => {
    assert.equal(r.statusCode, 201, r.body)
    return r.json()
  })
  for (const [i, { room, route }] of rooms.entries()) {
    const [a, b] = [answers[2 * i], answers[2 * i + 1]]
    assert.equal(a.callId, b.callId, `${room}: both starts answer with the same call`)
    assert.equal(a.agent.id, route.agentId, `${room}: the dialled number's own agent`)
    assert.equal(metadataOf(s, room).call.id, a.callId)
  }
  assert.equal(new Set(answers.slice(0, 80).map((a) => a.callId)).size, 40)
  for (const a of answers.slice(80)) assert.equal(a.fallback, true)
  for (const route of routes) {
    const items = (await s.app.inject({ method: 'GET', url: '/api/calls?limit=100', headers: route.owner.headers })).json().items
    assert.equal(items.length, 20, 'one call per room, in its own workspace only')
    assert.ok(items.every((c: { agentId: string; to: string }) => c.agentId === route.agentId && c.to === route.e164))
  }
})

test('a LiveKit failure writing the metadata is logged and the agent still gets its 201', async (t) => {
  const s = await setup(t)
  await importNumber(s)
  // No such room at LiveKit: UpdateRoomMetadata answers not_found.
  const res = await start(s.app, { roomName: 'call-missing-room', to: NUMBER })
  assert.equal(res.statusCode, 201)
  assert.ok(res.json().callId)
  assert.ok(s.logs.lines.some((l) => String(l.msg).includes('room metadata not written') && l.roomName === 'call-missing-room'))
})

test('bad bodies are 400, never 500', async (t) => {
  const s = await setup(t)
  assert.equal((await start(s.app, { to: NUMBER })).statusCode, 400)
  assert.equal((await start(s.app, { roomName: 'r', to: { number: NUMBER } })).json().error.code, 'validation_failed')
  assert.equal((await start(s.app, { roomName: '', to: NUMBER })).json().error.code, 'validation_failed')
  const garbage = await start(s.app, { roomName: 'r2', to: 'not a number' })
  assert.equal(garbage.statusCode, 201, 'an unreadable number is an unknown number, answered with the fallback')
  assert.equal(garbage.json().fallback, true)
})

test('deleting an agent a number routes to answers 409 agent_in_use until the number is reassigned', async (t) => {
  const s = await setup(t)
  const number = await importNumber(s)
  const agent = await createAgent(s.app, s.owner.headers)
  await s.app.inject({ method: 'PATCH', url: `/api/phone-numbers/${number.id}`, headers: s.owner.headers, payload: { inboundAgentId: agent.id } })
  const refused = await s.app.inject({ method: 'DELETE', url: `/api/agents/${agent.id}`, headers: s.owner.headers })
  assert.equal(refused.statusCode, 409)
  assert.equal(refused.json().error.code, 'agent_in_use')
  assert.deepEqual(refused.json().error.details.numbers, [NUMBER])
  await s.app.inject({ method: 'PATCH', url: `/api/phone-numbers/${number.id}`, headers: s.owner.headers, payload: { inboundAgentId: null } })
  assert.equal((await s.app.inject({ method: 'DELETE', url: `/api/agents/${agent.id}`, headers: s.owner.headers })).statusCode, 204)
})

test('phone numbers: import, buy, conflicts, validation and workspace scoping', async (t) => {
  const s = await setup(t)
  const other = await signup(s.app)
  const mine = await importNumber(s)
  assert.equal(mine.provider, 'twilio')
  assert.match(mine.id, /^pn_[0-9A-Z]{26}$/)
  assert.ok(mine.twilioSid.startsWith('PN'))

  const post = (body: unknown, user = s.owner) => s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: user.headers, payload: body as object })
  const dup = await post({ e164: NUMBER }, other)
  assert.equal(dup.statusCode, 409)
  assert.equal(dup.json().error.code, 'phone_number_exists')
  const notOwned = await post({ e164: '+14155550000' })
  assert.equal(notOwned.statusCode, 404)
  assert.equal(notOwned.json().error.code, 'twilio_number_not_found')
  assert.equal((await post({ e164: '7073808675' })).statusCode, 400)
  assert.equal((await post({})).json().error.code, 'validation_failed')
  assert.equal((await post({ e164: NUMBER, areaCode: '707' })).statusCode, 400)

  const bought = await post({ areaCode: '707' })
  assert.equal(bought.statusCode, 201, bought.body)
  assert.match(bought.json().e164, /^\+1707555\d{4}$/)
  assert.ok(s.twilio.state.findIncomingNumber(bought.json().e164), 'bought at Twilio')
  s.twilio.state.exhaustAreaCode('808')
  const none = await post({ areaCode: '808' })
  assert.equal(none.statusCode, 409)
  assert.equal(none.json().error.code, 'no_numbers_available')

  const list = (await s.app.inject({ method: 'GET', url: '/api/phone-numbers', headers: s.owner.headers })).json()
  assert.deepEqual(list.items.map((n: { e164: string }) => n.e164), [bought.json().e164, NUMBER])
  assert.deepEqual((await s.app.inject({ method: 'GET', url: '/api/phone-numbers', headers: other.headers })).json().items, [])

  // Another workspace's number is 404 everywhere, and its agents cannot be assigned.
  for (const [method, url, payload] of [
    ['GET', `/api/phone-numbers/${mine.id}`, undefined],
    ['PATCH', `/api/phone-numbers/${mine.id}`, { inboundAgentId: null }],
    ['DELETE', `/api/phone-numbers/${mine.id}`, undefined],
    ['POST', `/api/phone-numbers/${mine.id}/reprovision`, undefined],
  ] as const) {
    const res = await s.app.inject({ method, url, headers: other.headers, payload })
    assert.equal(res.statusCode, 404, `${method} ${url}`)
  }
  const foreignAgent = await createAgent(s.app, other.headers)
  const assign = await s.app.inject({ method: 'PATCH', url: `/api/phone-numbers/${mine.id}`, headers: s.owner.headers, payload: { inboundAgentId: foreignAgent.id } })
  assert.equal(assign.statusCode, 404)

  const removed = await s.app.inject({ method: 'DELETE', url: `/api/phone-numbers/${mine.id}`, headers: s.owner.headers })
  assert.equal(removed.statusCode, 204)
  assert.ok(s.twilio.state.findIncomingNumber(NUMBER), 'an imported number stays in the Twilio account')
  const released = await s.app.inject({ method: 'DELETE', url: `/api/phone-numbers/${bought.json().id}`, headers: s.owner.headers })
  assert.equal(released.statusCode, 204)
  assert.equal(s.twilio.state.findIncomingNumber(bought.json().e164), undefined)
})

test('dialled-number and transfer-target normalisation', () => {
  assert.equal(normaliseDialled('+17073808675'), '+17073808675')
  assert.equal(normaliseDialled('17073808675'), '+17073808675')
  assert.equal(normaliseDialled('sip:+17073808675@x.sip.livekit.cloud;transport=tls'), '+17073808675')
  assert.equal(normaliseDialled('tel:+1 (707) 380-8675'), '+17073808675')
  assert.equal(normaliseDialled('0037120000000'), '+37120000000')
  assert.equal(normaliseDialled(''), null)
  assert.equal(normaliseDialled('sip:reception@pbx.example.com'), null)
  assert.equal(transferUri('+15551234567'), 'tel:+15551234567')
  assert.equal(transferUri('sip:desk@pbx.example.com'), 'sip:desk@pbx.example.com')
  assert.equal(transferUri('tel:+15551234567'), 'tel:+15551234567')
})
