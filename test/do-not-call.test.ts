import { test } from 'node:test'
import assert from 'node:assert/strict'
import { TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup } from './helpers/users.js'
import { provisionedNumber, startOutboundApp } from './helpers/outbound.js'

const CALLEE = '+14155550100'

test('do-not-call list: add in any notation, list, look up, remove; other workspaces see nothing', async (t) => {
  const { app, owner } = await startOutboundApp(t)
  const post = (payload: object, headers = owner.headers) => app.inject({ method: 'POST', url: '/api/dnc', headers, payload })

  const added = await post({ phone: '(415) 555-0100', reason: 'asked by email', defaultCountry: 'US' })
  assert.equal(added.statusCode, 201, added.body)
  assert.equal(added.json().phone, CALLEE)
  assert.equal(added.json().source, 'api')
  const again = await post({ phone: '+1 415 555 0100' })
  assert.equal(again.statusCode, 200, 'already listed: the existing entry')
  assert.equal(again.json().reason, 'asked by email')

  const national = await post({ phone: '415 555 0101' })
  assert.equal(national.statusCode, 400)
  assert.equal(national.json().error.code, 'invalid_phone', 'no country code and no default country')
  assert.equal((await post({ phone: 'call me maybe' })).json().error.code, 'invalid_phone')

  await post({ phone: '+442079460958' })
  const list = (await app.inject({ method: 'GET', url: '/api/dnc?limit=1', headers: owner.headers })).json()
  assert.equal(list.items.length, 1)
  const rest = (await app.inject({ method: 'GET', url: `/api/dnc?limit=5&cursor=${list.nextCursor}`, headers: owner.headers })).json()
  assert.deepEqual([...list.items, ...rest.items].map((e: { phone: string }) => e.phone).sort(), ['+14155550100', '+442079460958'])
  const filtered = (await app.inject({ method: 'GET', url: '/api/dnc?phone=%2B44', headers: owner.headers })).json()
  assert.deepEqual(filtered.items.map((e: { phone: string }) => e.phone), ['+442079460958'])

  const other = await signup(app)
  assert.equal((await app.inject({ method: 'GET', url: '/api/dnc', headers: other.headers })).json().items.length, 0)
  const foreign = await app.inject({ method: 'GET', url: `/api/dnc/${encodeURIComponent(CALLEE)}`, headers: other.headers })
  assert.equal(foreign.statusCode, 404)
  assert.equal(foreign.json().error.code, 'dnc_entry_not_found')
  assert.equal((await app.inject({ method: 'DELETE', url: `/api/dnc/${CALLEE}`, headers: other.headers })).statusCode, 404)

  assert.equal((await app.inject({ method: 'GET', url: `/api/dnc/${CALLEE}`, headers: owner.headers })).json().reason, 'asked by email')
  assert.equal((await app.inject({ method: 'DELETE', url: `/api/dnc/%2B14155550100`, headers: owner.headers })).statusCode, 204)
  assert.equal((await app.inject({ method: 'GET', url: `/api/dnc/${CALLEE}`, headers: owner.headers })).statusCode, 404)
})

test('bulk import: rows that cannot be read are reported by row, the rest are added once', async (t) => {
  const { app, owner } = await startOutboundApp(t)
  await app.inject({ method: 'POST', url: '/api/dnc', headers: owner.headers, payload: { phone: '+14155550102' } })
  const res = await app.inject({
    method: 'POST', url: '/api/dnc/import', headers: owner.headers,
    payload: {
      defaultCountry: 'US',
      entries: [
        { phone: '415-555-0100', reason: 'complaint' },
        { phone: 'nope' },
        { phone: '+1 (415) 555-0100' },
        { phone: '+14155550102' },
        { phone: '+44 20 7946 0958' },
        { phone: '12' },
      ],
    },
  })
  assert.equal(res.statusCode, 200, res.body)
  assert.equal(res.json().added, 2)
  assert.equal(res.json().alreadyListed, 1)
  assert.deepEqual(res.json().rejected.map((r: { row: number; phone: string }) => [r.row, r.phone]), [[2, 'nope'], [6, '12']])
  const entry = (await app.inject({ method: 'GET', url: '/api/dnc/+14155550100', headers: owner.headers })).json()
  assert.deepEqual([entry.reason, entry.source], ['complaint', 'import'])
})

test('outbound calls to a listed number answer 409 number_on_dnc; the agent ending with dnc_requested lists the callee', async (t) => {
  const s = await startOutboundApp(t)
  const number = await provisionedNumber(s)
  const agent = await createAgent(s.app, s.owner.headers)
  const dial = (to: string) => s.app.inject({ method: 'POST', url: '/api/calls/outbound', headers: s.owner.headers, payload: { agentId: agent.id, to, phoneNumberId: number.id } })

  await s.app.inject({ method: 'POST', url: '/api/dnc', headers: s.owner.headers, payload: { phone: CALLEE } })
  const refused = await dial(CALLEE)
  assert.equal(refused.statusCode, 409, refused.body)
  assert.equal(refused.json().error.code, 'number_on_dnc')
  assert.equal(s.livekit.calls('CreateSIPParticipant').length, 0, 'nothing was dialled')

  // Another workspace's list does not apply here, and this one's does not apply there.
  const other = '+14155550199'
  const answered = await dial(other)
  assert.equal(answered.statusCode, 201, answered.body)
  const end = await s.app.inject({
    method: 'POST', url: `/api/internal/calls/${answered.json().callId}/end`,
    headers: { 'x-agent-secret': TEST_AGENT_SECRET }, payload: { outcome: 'dnc_requested' },
  })
  assert.equal(end.statusCode, 200, end.body)
  const listed = (await s.app.inject({ method: 'GET', url: `/api/dnc/${other}`, headers: s.owner.headers })).json()
  assert.equal(listed.source, 'agent')
  assert.match(listed.reason, new RegExp(answered.json().callId))
  assert.equal((await dial(other)).json().error.code, 'number_on_dnc')
  assert.equal(s.livekit.calls('CreateSIPParticipant').length, 1)
})
