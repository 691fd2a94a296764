import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startOutboundApp } from './helpers/outbound.js'

test('search, buy exactly the number found (provisioned at once), 409 number_unavailable when taken meanwhile, release on delete', async (t) => {
  const s = await startOutboundApp(t)
  const h = s.owner.headers
  const search = await s.app.inject({ method: 'GET', url: '/api/phone-numbers/available?country=US&type=local&areaCode=707&contains=0105&limit=5', headers: h })
  assert.equal(search.statusCode, 200, search.body)
  assert.deepEqual(search.json().numbers.map((n: { phoneNumber: string }) => n.phoneNumber), ['+17075550105'])
  assert.deepEqual(Object.keys(search.json().numbers[0]).sort(), ['capabilities', 'friendlyName', 'isoCountry', 'locality', 'phoneNumber', 'region'])
  const sent = s.twilio.requests.find((r) => r.path.includes('AvailablePhoneNumbers'))!
  assert.equal(sent.path.endsWith('/AvailablePhoneNumbers/US/Local.json'), true)
  assert.deepEqual([sent.query.AreaCode, sent.query.Contains, sent.query.VoiceEnabled], ['707', '0105', 'true'])
  const tollfree = await s.app.inject({ method: 'GET', url: '/api/phone-numbers/available?type=tollfree&limit=2', headers: h })
  assert.deepEqual(tollfree.json().numbers.map((n: { phoneNumber: string }) => n.phoneNumber), ['+18005550100', '+18005550101'])
  // No inventory for that country/type at Twilio: an empty list, not an error.
  assert.deepEqual((await s.app.inject({ method: 'GET', url: '/api/phone-numbers/available?country=GB&type=mobile', headers: h })).json(), { numbers: [] })

  const bought = await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: h, payload: { purchase: '+17075550105', label: 'Sales' } })
  assert.equal(bought.statusCode, 201, bought.body)
  const number = bought.json()
  assert.deepEqual([number.e164, number.label, number.source, number.status, number.statusReason], ['+17075550105', 'Sales', 'purchased', 'active', null])
  assert.ok(number.livekitOutboundTrunkId && number.onTrunk, 'bought numbers are provisioned: trunk, origination, LiveKit trunks, credential list')
  assert.ok(s.twilio.state.findIncomingNumber('+17075550105'))

  // Someone else bought it between the search and the click.
  s.twilio.state.addIncomingNumber('+17075550106')
  const race = await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: h, payload: { purchase: '+17075550106' } })
  assert.equal(race.statusCode, 409, race.body)
  assert.equal(race.json().error.code, 'number_unavailable')
  // Ours already: registered.
  assert.equal((await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: h, payload: { purchase: '+17075550105' } })).json().error.code, 'phone_number_exists')
  assert.equal((await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: h, payload: { purchase: '+17075550107', areaCode: '707' } })).statusCode, 400)

  // release=false keeps a bought number at Twilio; by default it is released.
  const second = (await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: h, payload: { purchase: '+17075550107' } })).json()
  assert.equal((await s.app.inject({ method: 'DELETE', url: `/api/phone-numbers/${second.id}?release=false`, headers: h })).statusCode, 204)
  assert.ok(s.twilio.state.findIncomingNumber('+17075550107'))
  assert.equal((await s.app.inject({ method: 'DELETE', url: `/api/phone-numbers/${number.id}`, headers: h })).statusCode, 204)
  assert.equal(s.twilio.state.findIncomingNumber('+17075550105'), undefined)
  // The workspace's last number: its LiveKit trunks and dispatch rule go with it.
  assert.deepEqual([s.livekit.state.inboundTrunks.size, s.livekit.state.outboundTrunks.size, s.livekit.state.dispatchRules.size], [0, 0, 0])
})
