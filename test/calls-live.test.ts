import { test } from 'node:test'
import assert from 'node:assert/strict'
import { TokenVerifier } from 'livekit-server-sdk'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, createApiKey, signup } from './helpers/users.js'
import { LK_KEY, LK_SECRET, sendLiveKitEvent, startLiveKit } from './helpers/livekit.js'

const agentHeaders = { 'x-agent-secret': TEST_AGENT_SECRET }

test('web call: room with metadata, agent dispatched, browser token for that room only', async (t) => {
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: lk.env })
  const u = await signup(app)
  const agent = await createAgent(app, u.headers, {
    name: 'Web tester', promptDraft: 'Draft for {{who}}', promptPublished: 'Published', defaultDynamicVariables: { who: 'tester' },
    enabledTools: ['end_call'], maxCallSeconds: 300, callSettings: { interruptions: true }, backgroundAudio: { preset: 'office', ambientVolume: 0.5 },
  })
  const res = await app.inject({ method: 'POST', url: '/api/calls/web', headers: u.headers, payload: { agentId: agent.id } })
  assert.equal(res.statusCode, 201, res.body)
  const { callId, roomName, token, livekitUrl } = res.json()
  assert.equal(livekitUrl, lk.env.LIVEKIT_URL)
  assert.match(roomName, new RegExp(`^call-${agent.id}-[A-Za-z0-9]{6}$`))
  // The existing agent recovers the agent id by splitting the room name on '-'.
  assert.equal(roomName.split('-')[1], agent.id)

  const [created] = lk.server.calls('CreateRoom')
  assert.equal(created.body.name, roomName)
  assert.deepEqual(created.grants?.video?.roomCreate, true)
  const meta = JSON.parse(created.body.metadata)
  assert.deepEqual(meta.call, { id: callId, to: null, from: null, direction: 'web' })
  assert.equal(meta.agent.id, agent.id)
  assert.equal(meta.agent.prompt, 'Draft for tester', 'web calls use the draft, variables filled')
  assert.deepEqual(meta.agent.toolConfigs, {})
  assert.equal(meta.maxCallSeconds, 300)
  assert.deepEqual(meta.callOptions, { interruptions: true })
  assert.deepEqual(meta.backgroundAudio, { preset: 'office', ambientVolume: 0.5 })

  const [dispatch] = lk.server.calls('CreateDispatch')
  assert.equal(dispatch.body.agentName, 'VoiceAgent')
  assert.equal(dispatch.body.room, roomName)
  assert.equal(dispatch.body.metadata, created.body.metadata)

  const claims = await new TokenVerifier(LK_KEY, LK_SECRET).verify(token)
  assert.equal(claims.video?.room, roomName)
  assert.equal(claims.video?.roomJoin, true)
  assert.equal(claims.video?.roomCreate, undefined)
  assert.equal(claims.sub, `user-${u.userId}`)
  const ttl = (claims.exp as number) - (claims.nbf as number ?? Math.floor(Date.now() / 1000))
  assert.ok(ttl > 3500 && ttl <= 3600, `ttl ${ttl}`)

  const call = (await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: u.headers })).json()
  assert.equal(call.status, 'created')
  assert.equal(call.direction, 'web')
  assert.equal(call.roomName, roomName)

  // The existing dashboard's route does the same.
  const alias = await app.inject({ method: 'POST', url: `/api/agents/${agent.id}/start`, headers: u.headers })
  assert.equal(alias.statusCode, 201)
  const key = await createApiKey(app, u)
  const byKey = await app.inject({ method: 'POST', url: '/api/calls/web', headers: key.headers, payload: { agentId: agent.id } })
  assert.equal(byKey.statusCode, 201)
  assert.equal((await new TokenVerifier(LK_KEY, LK_SECRET).verify(byKey.json().token)).sub, `key-${key.id}`)
})

test('web call: LiveKit failure marks the call failed and answers 502 livekit_error', async (t) => {
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: lk.env })
  const u = await signup(app)
  const agent = await createAgent(app, u.headers)
  lk.server.fail('CreateDispatch', { code: 'internal', msg: 'dispatch service down', status: 500 })
  const res = await app.inject({ method: 'POST', url: '/api/calls/web', headers: u.headers, payload: { agentId: agent.id } })
  assert.equal(res.statusCode, 502)
  assert.equal(res.json().error.code, 'livekit_error')
  const callId = res.json().error.details.callId
  const call = (await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: u.headers })).json()
  assert.equal(call.status, 'failed')
  assert.equal(call.outcome, 'livekit_error')
})

test('without LiveKit config, web calls answer 503 integration_not_configured naming the variables', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const agent = await createAgent(app, u.headers)
  const res = await app.inject({ method: 'POST', url: '/api/calls/web', headers: u.headers, payload: { agentId: agent.id } })
  assert.equal(res.statusCode, 503)
  assert.equal(res.json().error.code, 'integration_not_configured')
  assert.deepEqual(res.json().error.details.missing, ['LIVEKIT_URL', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET'])
})

test('lifecycle from signed webhooks: created -> active -> ended; replays and late events change nothing; forged -> 401', async (t) => {
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: lk.env })
  const u = await signup(app)
  const agent = await createAgent(app, u.headers)
  const { callId, roomName } = (await app.inject({ method: 'POST', url: '/api/calls/web', headers: u.headers, payload: { agentId: agent.id } })).json()
  const t0 = Math.floor(Date.now() / 1000)
  const room = { name: roomName, sid: 'RM_test' }
  const get = async () => (await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: u.headers })).json()

  assert.equal((await sendLiveKitEvent(app, { event: 'room_started', room, createdAt: t0 })).statusCode, 200)
  assert.equal((await sendLiveKitEvent(app, { event: 'participant_joined', room, participant: { identity: 'agent-1', kind: 4 }, createdAt: t0 + 1 })).statusCode, 200)
  assert.equal((await get()).status, 'created', 'the agent joining alone does not make the call active')
  const joined = await sendLiveKitEvent(app, { event: 'participant_joined', room, participant: { identity: `user-${u.userId}` }, id: 'EV_join', createdAt: t0 + 2 })
  assert.equal(joined.statusCode, 200)
  assert.equal((await get()).status, 'active')

  const forged = await sendLiveKitEvent(app, { event: 'room_finished', room, createdAt: t0 + 3 }, 'not-the-livekit-secret-xxxxxxxxxxxx')
  assert.equal(forged.statusCode, 401)
  assert.equal((await get()).status, 'active')
  const unsigned = await app.inject({ method: 'POST', url: '/api/webhooks/livekit', headers: { 'content-type': 'application/webhook+json' }, payload: '{"event":"room_finished"}' })
  assert.equal(unsigned.statusCode, 401)

  assert.equal((await sendLiveKitEvent(app, { event: 'participant_left', room, participant: { identity: `user-${u.userId}` }, createdAt: t0 + 65 })).statusCode, 200)
  const ended = await get()
  assert.equal(ended.status, 'ended')
  assert.equal(ended.outcome, 'user_hangup')
  assert.equal(ended.durationS, 63)

  const replay = await sendLiveKitEvent(app, { event: 'participant_joined', room, participant: { identity: `user-${u.userId}` }, id: 'EV_join', createdAt: t0 + 2 })
  assert.equal(replay.json().duplicate, true)
  await sendLiveKitEvent(app, { event: 'room_started', room, createdAt: t0 + 70 })
  await sendLiveKitEvent(app, { event: 'room_finished', room, createdAt: t0 + 80 })
  const after = await get()
  assert.equal(after.status, 'ended')
  assert.equal(after.outcome, 'user_hangup', 'a late room_finished does not overwrite the outcome')
  assert.equal(after.endedAt, ended.endedAt)

  const unknownRoom = await sendLiveKitEvent(app, { event: 'room_finished', room: { name: 'call-nobody-abcdef' } })
  assert.equal(unknownRoom.statusCode, 200)
})

test('agent runtime: config, transcript syncs (replace, never truncate), end with agent_hangup, sync after end', async (t) => {
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: { ...lk.env, AGENT_SHARED_SECRET_PREVIOUS: 'the-previous-agent-secret' }, logger: process.env.DEBUG_LOGS ? { level: 'error' } : false })
  const u = await signup(app)
  const agent = await createAgent(app, u.headers, { promptDraft: 'Hi', toolConfigs: undefined })
  const { callId, roomName } = (await app.inject({ method: 'POST', url: '/api/calls/web', headers: u.headers, payload: { agentId: agent.id } })).json()

  // Verbatim: GET /api/internal/agents/config?agentId=... must answer exactly 200.
  const config = await app.inject({ method: 'GET', url: `/api/internal/agents/config?agentId=${agent.id}`, headers: agentHeaders })
  assert.equal(config.statusCode, 200)
  assert.equal(config.json().agent.id, agent.id)
  assert.deepEqual(config.json().toolConfigs, {})
  assert.equal(config.json().prompt, 'Hi')
  const prev = await app.inject({ method: 'GET', url: `/api/internal/agents/config?agentId=${agent.id}`, headers: { 'x-agent-secret': 'the-previous-agent-secret' } })
  assert.equal(prev.statusCode, 200, 'the previous secret works while set')
  for (const headers of [{}, { 'x-agent-secret': 'wrong' }, { 'x-agent-secret': TEST_AGENT_SECRET + 'x' }]) {
    const res = await app.inject({ method: 'GET', url: `/api/internal/agents/config?agentId=${agent.id}`, headers })
    assert.equal(res.statusCode, 401)
    assert.equal(res.json().error.code, 'invalid_agent_secret')
  }
  assert.equal((await app.inject({ method: 'GET', url: '/api/internal/agents/config?agentId=agt_missing', headers: agentHeaders })).statusCode, 404)

  const entries = [
    { speaker: 'Agent', role: 'agent', text: 'Hello! How can I help?' },
    { speaker: 'User', role: 'user', text: 'I need an appointment' },
    { kind: 'tool_invocation', toolCallId: 'tc_1', toolName: 'book', input: { day: 'monday' } },
    { kind: 'tool_result', toolCallId: 'tc_1', toolName: 'book', result: { ok: true } },
    { speaker: 'Agent', role: 'assistant', text: 'Booked.', confidence: 0.9 },
    { speaker: 'System', role: 'narrator', text: 'odd roles are kept' },
  ]
  const sync = (list: unknown[]) => app.inject({ method: 'POST', url: `/api/internal/calls/${callId}/transcript`, headers: agentHeaders, payload: { transcript: list } })
  assert.equal((await sync(entries.slice(0, 2))).statusCode, 200)
  assert.equal((await sync(entries.slice(0, 4))).statusCode, 200)
  assert.equal((await sync(entries)).statusCode, 200)
  const late = await sync(entries.slice(0, 3))
  assert.equal(late.statusCode, 200, 'a late, shorter sync is accepted (the agent would only log a failure)')
  assert.equal(late.json().stored, false)
  let call = (await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: u.headers })).json()
  assert.deepEqual(call.transcript, entries, 'one copy, in order, extra keys and roles as sent')

  const end = await app.inject({ method: 'POST', url: `/api/internal/calls/${callId}/end`, headers: agentHeaders, payload: { outcome: 'agent_hangup' } })
  assert.equal(end.statusCode, 200)
  assert.equal(end.json().outcome, 'agent_hangup')
  assert.ok(lk.server.calls('DeleteRoom').some((r) => r.body.room === roomName), 'the room is deleted')
  const again = await app.inject({ method: 'POST', url: `/api/internal/calls/${callId}/end`, headers: agentHeaders, payload: { outcome: 'something_else' } })
  assert.equal(again.statusCode, 200)
  assert.equal(again.json().outcome, 'agent_hangup', 'idempotent')

  // Shutdown flush after the end still lands (< 400).
  const flushed = [...entries, { speaker: 'User', role: 'user', text: 'bye' }]
  assert.equal((await sync(flushed)).statusCode, 200)
  call = (await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: u.headers })).json()
  assert.equal(call.transcript.length, flushed.length)
  assert.equal(call.status, 'ended')

  assert.equal((await app.inject({ method: 'POST', url: '/api/internal/calls/call_nope/transcript', headers: agentHeaders, payload: { transcript: [] } })).statusCode, 404)
  const huge = { transcript: Array.from({ length: 3000 }, (_, i) => ({ speaker: 'User', role: 'user', text: 'x'.repeat(1000) + i })) }
  const tooBig = await app.inject({ method: 'POST', url: `/api/internal/calls/${callId}/transcript`, headers: agentHeaders, payload: huge })
  assert.equal(tooBig.statusCode, 413)
  assert.equal(tooBig.json().error.code, 'payload_too_large')
})

test('dashboard end: deletes the room, marks ended, idempotent; another workspace gets 404', async (t) => {
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: lk.env })
  const u = await signup(app)
  const other = await signup(app)
  const agent = await createAgent(app, u.headers)
  const { callId, roomName } = (await app.inject({ method: 'POST', url: '/api/calls/web', headers: u.headers, payload: { agentId: agent.id } })).json()
  assert.equal((await app.inject({ method: 'POST', url: `/api/calls/${callId}/end`, headers: other.headers })).statusCode, 404)
  const res = await app.inject({ method: 'POST', url: `/api/calls/${callId}/end`, headers: u.headers })
  assert.equal(res.statusCode, 200)
  assert.equal(res.json().status, 'ended')
  assert.equal(res.json().outcome, 'dashboard_hangup')
  assert.ok(lk.server.calls('DeleteRoom').some((r) => r.body.room === roomName))
  const again = await app.inject({ method: 'POST', url: `/api/calls/${callId}/end`, headers: u.headers })
  assert.equal(again.json().endedAt, res.json().endedAt)
})
