import { test } from 'node:test'
import assert from 'node:assert/strict'
import twilioSdk from 'twilio'
import { startTelephonyApp, type TelephonyTestApp } from './helpers/telephony.js'
import { TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup } from './helpers/users.js'
import { sipCallFailure } from './support/livekit-server.js'
import { dialTwiml } from '../plugins/telephony/twilio-webhook.js'
import { newId } from '../src/platform/ids.js'

const FROM = '+17073808675'
const CALLEE = '+15551234567'
const PUBLIC_BASE = 'https://api.rapidcall.test'
const PREVIOUS_TOKEN = 'previous-twilio-auth-token-0001'

type Setup = TelephonyTestApp

const setup = (t: { after: (fn: () => Promise<void>) => void }): Promise<Setup> =>
  startTelephonyApp(t, { PUBLIC_API_BASE_URL: PUBLIC_BASE, TWILIO_AUTH_TOKEN_PREVIOUS: PREVIOUS_TOKEN }, { sipCarrier: true })

async function provisionedNumber(s: Setup, e164 = FROM) {
  s.twilio.state.addIncomingNumber(e164)
  const created = (await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: s.owner.headers, payload: { e164 } })).json()
  const res = await s.app.inject({ method: 'POST', url: `/api/phone-numbers/${created.id}/reprovision`, headers: s.owner.headers })
  assert.ok(res.json().steps.every((x: { ok: boolean }) => x.ok), res.body)
  return res.json().phoneNumber
}

const dial = (s: Setup, body: Record<string, unknown>, headers = s.owner.headers) =>
  s.app.inject({ method: 'POST', url: '/api/calls/outbound', headers, payload: body })
const agentPost = (s: Setup, url: string, payload: Record<string, unknown>) =>
  s.app.inject({ method: 'POST', url, headers: { 'x-agent-secret': TEST_AGENT_SECRET }, payload })
const getCall = async (s: Setup, id: string) => (await s.app.inject({ method: 'GET', url: `/api/calls/${id}`, headers: s.owner.headers })).json()

test('outbound call: room out-<callId> with metadata, agent dispatched, dialled from the number; outbound start; transfer', async (t) => {
  const s = await setup(t)
  const number = await provisionedNumber(s)
  const agent = await createAgent(s.app, s.owner.headers, { name: 'Caller', promptDraft: 'Remind {{name}} about {{when}}.', defaultDynamicVariables: { when: 'tomorrow' } })

  // Before the call exists the agent is told to wait.
  const early = await agentPost(s, '/api/internal/telephony/outbound/start', { roomName: 'out-call_nothing' })
  assert.equal(early.statusCode, 404)
  assert.equal(early.json().error.code, 'call_not_found')

  const res = await dial(s, { agentId: agent.id, to: CALLEE, phoneNumberId: number.id, variables: { name: 'Ada' } })
  assert.equal(res.statusCode, 201, res.body)
  const { callId, roomName, status, outcome } = res.json()
  assert.equal(roomName, `out-${callId}`)
  assert.equal(status, 'active')
  assert.equal(outcome, null)

  const meta = JSON.parse(s.livekit.state.rooms.get(roomName)!.room.metadata)
  assert.equal(meta.call.id, callId)
  assert.equal(meta.call.direction, 'outbound')
  assert.equal(meta.call.to, CALLEE)
  assert.equal(meta.prompt, 'Remind Ada about tomorrow.')
  const [dispatch] = [...s.livekit.state.dispatches.values()].filter((d) => d.room === roomName)
  assert.equal(dispatch.agentName, 'VoiceAgent')
  assert.equal(JSON.parse(dispatch.metadata).call.id, callId)
  const [sipReq] = s.livekit.calls('CreateSIPParticipant')
  assert.equal(sipReq.body.sipTrunkId, number.livekitOutboundTrunkId)
  assert.equal(sipReq.body.sipCallTo, CALLEE)
  assert.equal(sipReq.body.sipNumber, FROM)
  assert.equal(sipReq.body.roomName, roomName)
  assert.equal(sipReq.body.waitUntilAnswered, true)

  const call = await getCall(s, callId)
  assert.deepEqual([call.direction, call.status, call.from, call.to, call.agentId, call.variables], ['outbound', 'active', FROM, CALLEE, agent.id, { name: 'Ada' }])

  const cfg = await agentPost(s, '/api/internal/telephony/outbound/start', { roomName })
  assert.equal(cfg.statusCode, 200)
  assert.equal(cfg.json().callId, callId)
  assert.equal(cfg.json().prompt, 'Remind Ada about tomorrow.')
  assert.deepEqual(cfg.json().phoneNumber, { id: number.id, e164: FROM })

  // The agent transfers the callee to a bare number: sent as tel:.
  const transfer = await agentPost(s, `/api/internal/calls/${callId}/transfer`, { transferTo: '+15550001111' })
  assert.equal(transfer.statusCode, 200, transfer.body)
  assert.deepEqual(s.livekit.state.transfers.map((x) => [x.roomName, x.participantIdentity, x.transferTo]), [[roomName, `sip_${CALLEE}`, 'tel:+15550001111']])
  const transferred = await getCall(s, callId)
  assert.equal(transferred.metrics.transfer.to, 'tel:+15550001111')
  assert.equal(transferred.status, 'active', 'the outcome is left to the end of the call')

  // The phone leg has left the room: nothing more to transfer.
  const again = await agentPost(s, `/api/internal/calls/${callId}/transfer`, { transferTo: 'sip:desk@pbx.example.com' })
  assert.equal(again.statusCode, 409)
  assert.equal(again.json().error.code, 'no_sip_participant')
})

test('a sip: transfer target is kept; web calls and unknown calls are refused', async (t) => {
  const s = await setup(t)
  const number = await provisionedNumber(s)
  const agent = await createAgent(s.app, s.owner.headers)
  const { callId, roomName } = (await dial(s, { agentId: agent.id, to: CALLEE, phoneNumberId: number.id })).json()
  const ok = await agentPost(s, `/api/internal/calls/${callId}/transfer`, { transferTo: 'sip:desk@pbx.example.com' })
  assert.equal(ok.statusCode, 200)
  assert.equal(s.livekit.state.transfers.at(-1)!.transferTo, '<sip:desk@pbx.example.com>')
  assert.equal(s.livekit.state.transfers.at(-1)!.roomName, roomName)

  const webId = newId('call')
  await s.app.calls.insert({ id: webId, workspaceId: s.owner.workspaceId, agentId: agent.id, agentName: agent.name, direction: 'web', status: 'active', roomName: `call-${agent.id}-abc` })
  const web = await agentPost(s, `/api/internal/calls/${webId}/transfer`, { transferTo: '+15550001111' })
  assert.equal(web.statusCode, 409)
  assert.equal(web.json().error.code, 'no_sip_participant')
  const unknown = await agentPost(s, '/api/internal/calls/call_unknown/transfer', { transferTo: '+15550001111' })
  assert.equal(unknown.statusCode, 404)
  assert.equal(unknown.json().error.code, 'call_not_found')
})

test('failed dials end the call with dial_busy, dial_no_answer or dial_failed', async (t) => {
  const s = await setup(t)
  const number = await provisionedNumber(s)
  const agent = await createAgent(s.app, s.owner.headers)
  for (const [sipStatus, expected] of [[486, 'dial_busy'], [600, 'dial_busy'], [480, 'dial_no_answer'], [408, 'dial_no_answer'], [403, 'dial_failed']] as const) {
    s.livekit.fail('CreateSIPParticipant', sipCallFailure(sipStatus))
    const res = await dial(s, { agentId: agent.id, to: CALLEE, phoneNumberId: number.id })
    assert.equal(res.statusCode, 201, res.body)
    assert.equal(res.json().outcome, expected, `SIP ${sipStatus}`)
    assert.equal(res.json().status, 'ended')
    const call = await getCall(s, res.json().callId)
    assert.equal(call.status, 'ended')
    assert.equal(call.outcome, expected)
    assert.equal(s.livekit.state.rooms.has(res.json().roomName), false, 'the room is closed so the agent leaves')
  }
})

test('outbound refuses bad numbers, foreign numbers and unprovisioned numbers', async (t) => {
  const s = await setup(t)
  const agent = await createAgent(s.app, s.owner.headers)
  s.twilio.state.addIncomingNumber(FROM)
  const unprovisioned = (await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: s.owner.headers, payload: { e164: FROM } })).json()

  const notYet = await dial(s, { agentId: agent.id, to: CALLEE, phoneNumberId: unprovisioned.id })
  assert.equal(notYet.statusCode, 409)
  assert.equal(notYet.json().error.code, 'number_not_provisioned')

  const bad = await dial(s, { agentId: agent.id, to: '5551234567', phoneNumberId: unprovisioned.id })
  assert.equal(bad.statusCode, 400)
  assert.equal(bad.json().error.code, 'validation_failed')

  const other = await signup(s.app)
  const otherAgent = await createAgent(s.app, other.headers)
  const foreign = await dial(s, { agentId: otherAgent.id, to: CALLEE, phoneNumberId: unprovisioned.id }, other.headers)
  assert.equal(foreign.statusCode, 404)
  const foreignAgent = await dial(s, { agentId: otherAgent.id, to: CALLEE, phoneNumberId: unprovisioned.id })
  assert.equal(foreignAgent.statusCode, 404)
  assert.equal(s.livekit.calls('CreateSIPParticipant').length, 0)
})

test('Twilio inbound webhook: signed with the current or previous token -> TwiML Dial; bad signature -> 403; unknown number -> Say + Hangup', async (t) => {
  const s = await setup(t)
  await provisionedNumber(s)
  const path = '/api/webhooks/twilio/inbound'
  const params = { CallSid: 'CA0123', AccountSid: s.twilio.accountSid, From: '+3710000000', To: FROM, CallStatus: 'ringing', Direction: 'inbound' }
  const post = (p: Record<string, string>, signature: string) =>
    s.app.inject({
      method: 'POST', url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      payload: new URLSearchParams(p).toString(),
    })

  const good = await post(params, twilioSdk.getExpectedTwilioSignature(s.twilio.authToken, `${PUBLIC_BASE}${path}`, params))
  assert.equal(good.statusCode, 200, good.body)
  assert.match(good.headers['content-type'] as string, /^text\/xml/)
  assert.equal(good.body, '<?xml version="1.0" encoding="UTF-8"?><Response><Dial><Sip>sip:+17073808675@test123.sip.livekit.cloud;transport=tls</Sip></Dial></Response>')
  assert.ok(s.logs.messages.includes('[twilio-inbound] dial'))

  const previous = await post(params, twilioSdk.getExpectedTwilioSignature(PREVIOUS_TOKEN, `${PUBLIC_BASE}${path}`, params))
  assert.equal(previous.statusCode, 200, 'TWILIO_AUTH_TOKEN_PREVIOUS is accepted while rotating')

  const forged = await post(params, twilioSdk.getExpectedTwilioSignature('some-other-token', `${PUBLIC_BASE}${path}`, params))
  assert.equal(forged.statusCode, 403)
  assert.equal(forged.json().error.code, 'invalid_signature')
  const tampered = await post({ ...params, To: '+15550000000' }, twilioSdk.getExpectedTwilioSignature(s.twilio.authToken, `${PUBLIC_BASE}${path}`, params))
  assert.equal(tampered.statusCode, 403, 'the signature covers the parameters')
  const wrongUrl = await post(params, twilioSdk.getExpectedTwilioSignature(s.twilio.authToken, `http://localhost${path}`, params))
  assert.equal(wrongUrl.statusCode, 403, 'the signature covers PUBLIC_API_BASE_URL + path')

  const unknown = { ...params, To: '+15550009999' }
  const say = await post(unknown, twilioSdk.getExpectedTwilioSignature(s.twilio.authToken, `${PUBLIC_BASE}${path}`, unknown))
  assert.equal(say.statusCode, 200)
  assert.match(say.body, /<Response><Say>This number is not configured for inbound calls\.[^<]*<\/Say><Hangup\/><\/Response>$/)
})

test('TwiML escapes what it interpolates', () => {
  assert.equal(dialTwiml('+1<&>', 'h.example'), '<?xml version="1.0" encoding="UTF-8"?><Response><Dial><Sip>sip:+1&lt;&amp;&gt;@h.example;transport=tls</Sip></Dial></Response>')
})
