import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { startLiveKit } from './helpers/livekit.js'

const P = '/legacy'
const agentHeaders = { 'x-agent-secret': TEST_AGENT_SECRET }

test('an agent whose base URL is the dashboard surface gets the contract\'s runtime answers, byte for byte', async (t) => {
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: lk.env })
  const reg = await app.inject({ method: 'POST', url: `${P}/api/auth/register`, payload: { name: 'Ada', email: 'ada@example.com', password: 'a long password' } })
  const headers = { authorization: `Bearer ${reg.json().token}` }
  const agent = (await app.inject({ method: 'POST', url: `${P}/api/agents`, headers, payload: { name: 'Desk', promptDraft: 'You answer the phone.' } })).json().agent
  const { callId } = (await app.inject({ method: 'POST', url: `${P}/api/agents/${agent.id}/start`, headers, payload: {} })).json()

  const config = `/api/internal/agents/config?agentId=${agent.id}`
  const viaCompat = await app.inject({ method: 'GET', url: `${P}${config}`, headers: agentHeaders })
  const viaContract = await app.inject({ method: 'GET', url: config, headers: agentHeaders })
  assert.equal(viaCompat.statusCode, 200, viaCompat.body)
  assert.equal(viaCompat.body, viaContract.body, 'the same config the contract answers')
  assert.equal(viaCompat.json().prompt.includes('You answer the phone.'), true)

  const transcript = [
    { speaker: 'Agent', role: 'agent', text: 'Hello, Desk here.' },
    { speaker: 'User', role: 'user', text: 'Hi!' },
  ]
  const sync = await app.inject({ method: 'POST', url: `${P}/api/internal/calls/${callId}/transcript`, headers: agentHeaders, payload: { transcript } })
  assert.deepEqual([sync.statusCode, sync.json()], [200, { ok: true, stored: true, entries: 2 }])
  const end = await app.inject({ method: 'POST', url: `${P}/api/internal/calls/${callId}/end`, headers: agentHeaders, payload: { outcome: 'agent_hangup' } })
  assert.deepEqual([end.statusCode, end.json()], [200, { ok: true, status: 'ended', outcome: 'agent_hangup' }])
  const after = await app.inject({ method: 'POST', url: `${P}/api/internal/calls/${callId}/transcript`, headers: agentHeaders, payload: { transcript } })
  assert.equal(after.statusCode, 200, 'the shutdown flush after the end still answers < 400')
  const stored = (await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers })).json()
  assert.deepEqual(stored.transcript.map((e: { role: string; text: string }) => [e.role, e.text]), [['agent', 'Hello, Desk here.'], ['user', 'Hi!']])
  assert.equal(stored.outcome, 'agent_hangup')

  const inbound = await app.inject({ method: 'POST', url: `${P}/api/internal/telephony/inbound/start`, headers: agentHeaders, payload: { roomName: 'call-_+15550001111_abc', to: '+15550001111', from: '' } })
  assert.equal(inbound.statusCode, 201, inbound.body)
  assert.equal(inbound.json().fallback, true, 'an unknown number gets the fallback config')

  // Errors are the contract's, which is what the agent reads, not the dashboard's sentences.
  const forged = await app.inject({ method: 'POST', url: `${P}/api/internal/calls/${callId}/end`, headers: { 'x-agent-secret': 'wrong' }, payload: {} })
  assert.equal(forged.statusCode, 401)
  assert.equal(typeof forged.json().error.code, 'string')
  const bad = await app.inject({ method: 'POST', url: `${P}/api/internal/calls/${callId}/transcript`, headers: agentHeaders, payload: { transcript: 'nope' } })
  assert.equal(bad.statusCode, 400)
  assert.equal(bad.json().error.code, 'validation_failed')
  const missing = await app.inject({ method: 'POST', url: `${P}/api/internal/calls/nosuchcall/end`, headers: agentHeaders, payload: {} })
  assert.deepEqual([missing.statusCode, missing.json().error.code], [404, 'call_not_found'])
  const huge = await app.inject({ method: 'POST', url: `${P}/api/internal/calls/${callId}/transcript`, headers: { ...agentHeaders, 'content-type': 'application/json' }, payload: JSON.stringify({ transcript: [{ role: 'user', text: 'x'.repeat(3 * 1024 * 1024) }] }) })
  assert.equal(huge.statusCode, 413)
  assert.equal(typeof huge.json().error.code, 'string')
})
