import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { eventually, pause } from './helpers/eventually.js'
import { startJsonReceiver } from './helpers/json-receiver.js'
import { createAgent, signup } from './helpers/users.js'
import { startLiveKit } from './helpers/livekit.js'
import { startTwilioServer } from './support/twilio-server.js'

/** Phone calls reach customers' webhooks too: call_started when inbound start answers, call_ended at the end. */
test('an inbound phone call posts call_started and call_ended to the workspace webhook', async (t) => {
  const { url: hook, received } = await startJsonReceiver<{ event: string; call: Record<string, unknown> }>(t, '/calls')
  const twilio = await startTwilioServer()
  t.after(() => twilio.close())
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: { ...twilio.env, ...lk.env, WEBHOOKS_ALLOW_INSECURE: 'true' } })
  const owner = await signup(app)
  assert.equal((await app.inject({ method: 'PATCH', url: `/api/workspaces/${owner.workspaceId}`, headers: owner.headers, payload: { webhookUrl: hook } })).statusCode, 200)
  const agent = await createAgent(app, owner.headers)
  twilio.state.addIncomingNumber('+17073808675')
  const number = (await app.inject({ method: 'POST', url: '/api/phone-numbers', headers: owner.headers, payload: { e164: '+17073808675' } })).json()
  assert.equal((await app.inject({ method: 'PATCH', url: `/api/phone-numbers/${number.id}`, headers: owner.headers, payload: { inboundAgentId: agent.id } })).statusCode, 200)

  const agentHeaders = { 'x-agent-secret': TEST_AGENT_SECRET }
  const started = await app.inject({ method: 'POST', url: '/api/internal/telephony/inbound/start', headers: agentHeaders, payload: { roomName: 'call-_+3710000000_abc', to: '+17073808675', from: '+3710000000' } })
  assert.equal(started.statusCode, 201, started.body)
  const { callId } = started.json()
  // A retry for the same room answers the same call and posts no second call_started.
  assert.equal((await app.inject({ method: 'POST', url: '/api/internal/telephony/inbound/start', headers: agentHeaders, payload: { roomName: 'call-_+3710000000_abc', to: '+17073808675', from: '+3710000000' } })).json().callId, callId)
  assert.equal((await app.inject({ method: 'POST', url: `/api/internal/calls/${callId}/end`, headers: agentHeaders, payload: { outcome: 'agent_hangup' } })).statusCode, 200)

  // call_analyzed too (the analysis is skipped here: no LLM configured).
  await eventually(() => received.length >= 3, 'call_started, call_ended and call_analyzed', 20_000, 50)
  // A little longer: a duplicate call_started would arrive now.
  await pause(300)
  assert.deepEqual(received.map((r) => r.event).sort(), ['call_analyzed', 'call_ended', 'call_started'])
  for (const r of received) {
    assert.equal(r.call.call_id, callId)
    assert.equal(r.call.call_type, 'phone_call')
    assert.equal(r.call.direction, 'inbound')
    assert.equal(r.call.from_number, '+3710000000')
    assert.equal(r.call.to_number, '+17073808675')
  }
})
