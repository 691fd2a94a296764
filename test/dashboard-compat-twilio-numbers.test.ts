import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startOutboundApp } from './helpers/outbound.js'

// The Buy dialog of the Phone Numbers page (dashboard-api.md 2.9, #58-60) through the compatible surface.
const P = '/legacy'

test('buy dialog: "Twilio ready", search, buy a found number provisioned; another workspace is refused', async (t) => {
  const s = await startOutboundApp(t)
  const reg = await s.app.inject({ method: 'POST', url: `${P}/api/auth/register`, payload: { name: 'Ada', email: 'ada@example.com', password: 'a long password' } })
  const h = { authorization: `Bearer ${reg.json().token}` }
  const ws = reg.json().workspace.id

  const ready = await s.app.inject({ method: 'POST', url: `${P}/api/workspaces/${ws}/twilio/subaccount`, headers: h, payload: {} })
  assert.equal(ready.statusCode, 200, ready.body)
  assert.deepEqual([ready.json().workspace.id, ready.json().created], [ws, false])

  const search = await s.app.inject({ method: 'GET', url: `${P}/api/workspaces/${ws}/twilio/available-numbers?country=us&type=local&contains=0105&limit=20`, headers: h })
  assert.equal(search.statusCode, 200, search.body)
  const found = search.json().numbers
  assert.ok(found.length > 0 && found.every((n: { phoneNumber: string }) => n.phoneNumber.includes('0105')), search.body)
  const pick = found[0].phoneNumber as string
  for (const k of ['phoneNumber', 'locality', 'region']) assert.ok(k in found[0], `numbers[].${k}`)
  const sent = s.twilio.requests.find((r) => r.path.includes('AvailablePhoneNumbers'))!
  assert.ok(sent.path.endsWith('/AvailablePhoneNumbers/US/Local.json'))
  const tollfree = await s.app.inject({ method: 'GET', url: `${P}/api/workspaces/${ws}/twilio/available-numbers?type=tollfree&limit=1`, headers: h })
  assert.deepEqual(tollfree.json().numbers.map((n: { phoneNumber: string }) => n.phoneNumber), ['+18005550100'])

  const bought = await s.app.inject({ method: 'POST', url: `${P}/api/workspaces/${ws}/twilio/buy-number`, headers: h, payload: { phoneNumber: found[0].phoneNumber, label: 'Sales' } })
  assert.equal(bought.statusCode, 201, bought.body)
  const b = bought.json()
  assert.deepEqual([b.phoneNumber.e164, b.phoneNumber.label, b.phoneNumber.status, b.provisioned, b.provisionErrors], [pick, 'Sales', 'active', true, undefined])
  assert.equal(b.purchased.phoneNumber, pick)
  assert.equal(b.purchased.sid, b.phoneNumber.twilioNumberSid)
  assert.match(b.purchased.sid, /^PN/)
  assert.ok(s.twilio.state.findIncomingNumber(pick), 'bought at Twilio')
  const listed = (await s.app.inject({ method: 'GET', url: `${P}/api/phone-numbers`, headers: h })).json().phoneNumbers
  assert.deepEqual(listed.map((n: { e164: string }) => n.e164), [pick])
  assert.equal(b.phoneNumber.livekitSipPassword, null)

  // Taken meanwhile: the contract's 409 in the page's words.
  s.twilio.state.addIncomingNumber('+17075550106')
  const race = await s.app.inject({ method: 'POST', url: `${P}/api/workspaces/${ws}/twilio/buy-number`, headers: h, payload: { phoneNumber: '+17075550106' } })
  assert.equal(race.statusCode, 409)
  assert.equal(typeof race.json().error, 'string')

  const other = await s.app.inject({ method: 'POST', url: `${P}/api/auth/register`, payload: { name: 'Eve', email: 'eve@example.com', password: 'a long password' } })
  const eve = { authorization: `Bearer ${other.json().token}` }
  for (const [method, path] of [['POST', 'subaccount'], ['GET', 'available-numbers'], ['POST', 'buy-number']] as const) {
    const res = await s.app.inject({ method, url: `${P}/api/workspaces/${ws}/twilio/${path}`, headers: eve, ...(method === 'POST' ? { payload: { phoneNumber: '+17075550107' } } : {}) })
    assert.deepEqual([res.statusCode, res.json().error], [403, 'Forbidden'], path)
  }
  assert.equal(s.twilio.state.findIncomingNumber('+17075550107'), undefined, 'nothing bought for the other workspace')
})
