import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startOutboundApp, provisionedNumber } from './helpers/outbound.js'
import { createAgent } from './helpers/users.js'
import { startStripeServer } from './support/stripe-server.js'

const CALLEE = '+15551234567'

test('an outbound call without agentId is made by the from-number\'s outboundAgentId; none set: 422 and nothing dialled', async (t) => {
  const s = await startOutboundApp(t)
  const h = s.owner.headers
  const number = await provisionedNumber(s)
  const named = await createAgent(s.app, h, { name: 'Named', promptPublished: 'I was named.' })
  const fallback = await createAgent(s.app, h, { name: 'Number default', promptPublished: 'I am the number\'s default.' })

  const none = await s.app.inject({ method: 'POST', url: '/api/calls/outbound', headers: h, payload: { to: CALLEE, phoneNumberId: number.id } })
  assert.equal(none.statusCode, 422, none.body)
  assert.equal(none.json().error.code, 'outbound_agent_required')
  assert.equal(s.livekit.calls('CreateSIPParticipant').length, 0, 'nothing dialled without an agent')

  const patched = await s.app.inject({ method: 'PATCH', url: `/api/phone-numbers/${number.id}`, headers: h, payload: { outboundAgentId: fallback.id } })
  assert.equal(patched.statusCode, 200, patched.body)
  const byDefault = await s.app.inject({ method: 'POST', url: '/api/calls/outbound', headers: h, payload: { to: CALLEE, phoneNumberId: number.id } })
  assert.equal(byDefault.statusCode, 201, byDefault.body)
  const call = (await s.app.inject({ method: 'GET', url: `/api/calls/${byDefault.json().callId}`, headers: h })).json()
  assert.equal(call.agentId, fallback.id)
  assert.equal(JSON.parse(s.livekit.state.rooms.get(byDefault.json().roomName)!.room.metadata).prompt, 'I am the number\'s default.')

  // An agentId in the body still wins over the number's default.
  const explicit = await s.app.inject({ method: 'POST', url: '/api/calls/outbound', headers: h, payload: { agentId: named.id, to: CALLEE, phoneNumberId: number.id } })
  assert.equal(explicit.statusCode, 201, explicit.body)
  assert.equal((await s.app.inject({ method: 'GET', url: `/api/calls/${explicit.json().callId}`, headers: h })).json().agentId, named.id)
})

test('buying a number asks billing first: a trial workspace gets 402 and Twilio is never asked to search or buy', async (t) => {
  const stripe = await startStripeServer()
  t.after(() => stripe.close())
  const s = await startOutboundApp(t, { env: stripe.env })
  const h = s.owner.headers
  for (const payload of [{ purchase: '+17075550105' }, { areaCode: '707' }]) {
    const res = await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: h, payload })
    assert.equal(res.statusCode, 402, res.body)
    assert.equal(res.json().error.code, 'trial_number_purchase_not_allowed')
  }
  assert.deepEqual(s.twilio.requests.filter((r) => /IncomingPhoneNumbers|AvailablePhoneNumbers/.test(r.path)).map((r) => `${r.method} ${r.path}`), [])
  assert.equal(s.twilio.state.findIncomingNumber('+17075550105'), undefined)
  assert.deepEqual((await s.app.inject({ method: 'GET', url: '/api/phone-numbers', headers: h })).json().items, [])

  // Importing a number the account already owns is not a purchase; a trial that may buy numbers buys.
  s.twilio.state.addIncomingNumber('+17073808675')
  assert.equal((await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: h, payload: { e164: '+17073808675' } })).statusCode, 201)
  const allowed = await startOutboundApp(t, { env: { ...stripe.env, TRIAL_ALLOW_NUMBER_PURCHASE: 'true' } })
  const bought = await allowed.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: allowed.owner.headers, payload: { purchase: '+17075550105' } })
  assert.equal(bought.statusCode, 201, bought.body)
  assert.ok(allowed.twilio.state.findIncomingNumber('+17075550105'))
})
