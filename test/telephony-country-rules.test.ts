import { test } from 'node:test'
import assert from 'node:assert/strict'
import { TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup } from './helpers/users.js'
import { provisionedNumber, startOutboundApp, type OutboundSetup } from './helpers/outbound.js'
import { CALLER_BLOCKED_PROMPT } from '../plugins/telephony/country-rules.js'

const US_CALLEE = '+12025550143'
const GB_CALLEE = '+442071838750'
const LV_CALLER = '+37120000000'

const patch = (s: OutboundSetup, id: string, payload: Record<string, unknown>, headers = s.owner.headers) =>
  s.app.inject({ method: 'PATCH', url: `/api/phone-numbers/${id}`, headers, payload })

test('PATCH takes any of label, agents, country lists and allowWithheldCallers; bad codes and foreign agents are refused', async (t) => {
  const s = await startOutboundApp(t)
  const number = await provisionedNumber(s)
  const agent = await createAgent(s.app, s.owner.headers, { name: 'Sales' })

  const fresh = (await s.app.inject({ method: 'GET', url: `/api/phone-numbers/${number.id}`, headers: s.owner.headers })).json()
  assert.deepEqual(
    { label: fresh.label, source: fresh.source, outboundAgentId: fresh.outboundAgentId, inbound: fresh.allowedInboundCountries, outbound: fresh.allowedOutboundCountries, withheld: fresh.allowWithheldCallers, statusReason: fresh.statusReason },
    { label: '', source: 'imported', outboundAgentId: null, inbound: [], outbound: [], withheld: true, statusReason: null },
  )

  const res = await patch(s, number.id, { label: 'Main line', outboundAgentId: agent.id, allowedOutboundCountries: ['us', 'CA'], allowWithheldCallers: false })
  assert.equal(res.statusCode, 200, res.body)
  assert.equal(res.json().label, 'Main line')
  assert.equal(res.json().outboundAgentId, agent.id)
  assert.deepEqual(res.json().allowedOutboundCountries, ['CA', 'US'])
  assert.equal(res.json().allowWithheldCallers, false)
  // Only what is sent changes.
  const label = await patch(s, number.id, { label: 'Renamed' })
  assert.deepEqual([label.json().label, label.json().outboundAgentId, label.json().allowedOutboundCountries], ['Renamed', agent.id, ['CA', 'US']])
  assert.equal((await patch(s, number.id, { outboundAgentId: null })).json().outboundAgentId, null)

  const bad = await patch(s, number.id, { allowedInboundCountries: ['US', 'XX'] })
  assert.equal(bad.statusCode, 400)
  assert.equal(bad.json().error.code, 'validation_failed')
  assert.match(bad.json().error.message, /XX/)
  assert.equal((await patch(s, number.id, { allowedInboundCountries: ['USA'] })).statusCode, 400)
  assert.equal((await patch(s, number.id, {})).statusCode, 400)

  const other = await signup(s.app)
  const foreign = await createAgent(s.app, other.headers, { name: 'Theirs' })
  assert.equal((await patch(s, number.id, { outboundAgentId: foreign.id })).statusCode, 404)
  assert.equal((await patch(s, number.id, { label: 'x' }, other.headers)).statusCode, 404)
})

test('an outbound call outside allowedOutboundCountries is refused with 422 destination_not_allowed before anything is dialled; checkOutboundDestination says the same', async (t) => {
  const s = await startOutboundApp(t)
  const number = await provisionedNumber(s)
  const agent = await createAgent(s.app, s.owner.headers, { name: 'Caller' })
  const dial = (to: string) => s.app.inject({ method: 'POST', url: '/api/calls/outbound', headers: s.owner.headers, payload: { agentId: agent.id, to, phoneNumberId: number.id } })

  // Empty list: everywhere.
  assert.equal((await dial(GB_CALLEE)).json().status, 'active')
  assert.deepEqual(await s.app.telephony.checkOutboundDestination(number.id, GB_CALLEE), { allowed: true, country: 'GB' })

  await patch(s, number.id, { allowedOutboundCountries: ['US'] })
  const dialsBefore = s.livekit.calls('CreateSIPParticipant').length
  const refused = await dial(GB_CALLEE)
  assert.equal(refused.statusCode, 422, refused.body)
  assert.equal(refused.json().error.code, 'destination_not_allowed')
  assert.deepEqual(refused.json().error.details, { country: 'GB', allowedOutboundCountries: ['US'] })
  assert.equal(s.livekit.calls('CreateSIPParticipant').length, dialsBefore, 'nobody was dialled')
  assert.equal((await dial(US_CALLEE)).json().status, 'active')

  assert.deepEqual(await s.app.telephony.checkOutboundDestination(number.id, GB_CALLEE), { allowed: false, country: 'GB', reason: 'destination_not_allowed' })
  assert.deepEqual(await s.app.telephony.checkOutboundDestination(number.id, US_CALLEE), { allowed: true, country: 'US' })
  // A number with no known country never satisfies a list that names countries.
  assert.equal((await s.app.telephony.checkOutboundDestination(number.id, '+15551234567')).allowed, false)
  assert.equal((await s.app.telephony.checkOutboundDestination('pn_missing', US_CALLEE)).reason, 'phone_number_not_found')
})

test('inbound callers outside allowedInboundCountries, and withheld callers when allowWithheldCallers is false, get the blocked fallback and the call is recorded as caller_country_blocked', async (t) => {
  const s = await startOutboundApp(t)
  const number = await provisionedNumber(s)
  const agent = await createAgent(s.app, s.owner.headers, { name: 'Reception', promptDraft: 'Welcome.' })
  await patch(s, number.id, { inboundAgentId: agent.id, allowedInboundCountries: ['US', 'GB'] })
  let n = 0
  const start = async (from: string) => {
    const roomName = `call-${from || 'anon'}-${n++}`
    s.livekit.addParticipant(roomName, { identity: `sip_${from}`, kind: 'SIP' })
    const res = await s.app.inject({ method: 'POST', url: '/api/internal/telephony/inbound/start', headers: { 'x-agent-secret': TEST_AGENT_SECRET }, payload: { roomName, to: number.e164, from } })
    assert.equal(res.statusCode, 201, res.body)
    const call = (await s.app.inject({ method: 'GET', url: `/api/calls/${res.json().callId}`, headers: s.owner.headers })).json()
    return { config: res.json(), call }
  }

  const us = await start(US_CALLEE)
  assert.equal(us.config.agent.id, agent.id)
  assert.equal(us.config.fallback, undefined)

  const lv = await start(LV_CALLER)
  assert.equal(lv.config.fallback, true)
  assert.equal(lv.config.prompt, CALLER_BLOCKED_PROMPT)
  assert.equal(lv.call.outcome, 'caller_country_blocked')
  assert.equal(lv.call.from, LV_CALLER)

  // Withheld: allowed by default, refused once the number says so ('' or what carriers send).
  assert.equal((await start('')).config.agent.id, agent.id)
  await patch(s, number.id, { allowWithheldCallers: false })
  for (const from of ['', 'anonymous']) {
    const withheld = await start(from)
    assert.equal(withheld.config.prompt, CALLER_BLOCKED_PROMPT)
    assert.equal(withheld.call.outcome, 'caller_country_blocked')
  }

  // An empty list lets every country in again.
  await patch(s, number.id, { allowedInboundCountries: [] })
  assert.equal((await start(LV_CALLER)).config.agent.id, agent.id)
})
