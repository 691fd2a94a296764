import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createAgent, signup } from './helpers/users.js'
import { provisionedNumber, startOutboundApp } from './helpers/outbound.js'
import { addRecipients, campaignAction, createCampaign, getCampaign, importCsv, listRecipients } from './helpers/campaigns.js'

async function setup(t: { after: (fn: () => Promise<void>) => void }) {
  const s = await startOutboundApp(t)
  const number = await provisionedNumber(s)
  const agent = await createAgent(s.app, s.owner.headers)
  const campaign = await createCampaign(s.app, s.owner.headers, { name: 'Renewals', agentId: agent.id, phoneNumberId: number.id, timezone: 'America/New_York', defaultCountry: 'US' })
  return { ...s, number, agent, campaign }
}

test('campaign CRUD: defaults, update, list, state changes, delete; other workspaces get 404', async (t) => {
  const s = await setup(t)
  const { app, owner } = s
  const c = s.campaign
  assert.equal(c.status, 'draft')
  assert.deepEqual(c.window, { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00' })
  assert.deepEqual([c.maxConcurrent, c.maxAttempts, c.retry.delayMinutes, c.retry.backoff], [10, 3, 60, 'fixed'])
  assert.deepEqual(c.progress, { total: 0, byStatus: {}, byOutcome: {}, dials: 0, connected: 0, connectRate: null, averageDurationS: null, costUsd: 0 })

  const patched = await app.inject({
    method: 'PATCH', url: `/api/campaigns/${c.id}`, headers: owner.headers,
    payload: { window: { days: ['sat', 'mon'], start: '10:30', end: '12:00' }, maxConcurrent: 3, retry: { on: ['busy', 'voicemail'], delayMinutes: 5, backoff: 'exponential' } },
  })
  assert.equal(patched.statusCode, 200, patched.body)
  assert.deepEqual(patched.json().window, { days: ['mon', 'sat'], start: '10:30', end: '12:00' })
  assert.deepEqual(patched.json().retry, { on: ['busy', 'voicemail'], delayMinutes: 5, backoff: 'exponential' })

  const badZone = await app.inject({ method: 'PATCH', url: `/api/campaigns/${c.id}`, headers: owner.headers, payload: { timezone: 'Mars/Olympus' } })
  assert.equal(badZone.json().error.code, 'invalid_timezone')
  const badDates = await app.inject({ method: 'PATCH', url: `/api/campaigns/${c.id}`, headers: owner.headers, payload: { startAt: '2030-01-02T00:00:00Z', endAt: '2030-01-01T00:00:00Z' } })
  assert.equal(badDates.json().error.code, 'invalid_schedule')
  const foreignAgent = await createAgent(app, (await signup(app)).headers)
  const stolen = await app.inject({ method: 'PATCH', url: `/api/campaigns/${c.id}`, headers: owner.headers, payload: { agentId: foreignAgent.id } })
  assert.equal(stolen.statusCode, 404, 'another workspace\'s agent')

  const second = await createCampaign(app, owner.headers, { name: 'Second', agentId: s.agent.id, phoneNumberId: s.number.id })
  const page1 = (await app.inject({ method: 'GET', url: '/api/campaigns?limit=1', headers: owner.headers })).json()
  assert.deepEqual(page1.items.map((x: { id: string }) => x.id), [second.id])
  const page2 = (await app.inject({ method: 'GET', url: `/api/campaigns?limit=1&cursor=${page1.nextCursor}`, headers: owner.headers })).json()
  assert.deepEqual(page2.items.map((x: { id: string }) => x.id), [c.id])

  assert.equal((await campaignAction(app, owner.headers, c.id, 'start')).status, 'running')
  const twice = await app.inject({ method: 'POST', url: `/api/campaigns/${c.id}/start`, headers: owner.headers })
  assert.equal(twice.statusCode, 409)
  assert.equal(twice.json().error.code, 'invalid_campaign_state')
  assert.equal((await app.inject({ method: 'DELETE', url: `/api/campaigns/${c.id}`, headers: owner.headers })).json().error.code, 'campaign_active')
  assert.equal((await campaignAction(app, owner.headers, c.id, 'pause')).status, 'paused')
  assert.equal((await campaignAction(app, owner.headers, c.id, 'resume')).status, 'running')
  assert.equal((await campaignAction(app, owner.headers, c.id, 'cancel')).status, 'canceled')
  const late = await app.inject({ method: 'PATCH', url: `/api/campaigns/${c.id}`, headers: owner.headers, payload: { name: 'x' } })
  assert.equal(late.json().error.code, 'campaign_finished')

  const other = await signup(app)
  for (const [method, url] of [['GET', `/api/campaigns/${c.id}`], ['PATCH', `/api/campaigns/${c.id}`], ['DELETE', `/api/campaigns/${c.id}`], ['POST', `/api/campaigns/${c.id}/start`],
    ['GET', `/api/campaigns/${c.id}/recipients`], ['POST', `/api/campaigns/${c.id}/recipients`]] as const) {
    const payload = method === 'PATCH' ? { name: 'mine' } : method === 'POST' && url.endsWith('recipients') ? { recipients: [{ phone: '+14155550100' }] } : undefined
    const res = await app.inject({ method, url, headers: other.headers, ...(payload ? { payload } : {}) })
    assert.equal(res.statusCode, 404, `${method} ${url}`)
    assert.equal(res.json().error.code, 'campaign_not_found')
  }
  assert.equal((await app.inject({ method: 'GET', url: '/api/campaigns', headers: other.headers })).json().items.length, 0)
  assert.equal((await app.inject({ method: 'DELETE', url: `/api/campaigns/${c.id}`, headers: owner.headers })).statusCode, 204)
  assert.equal((await app.inject({ method: 'GET', url: `/api/campaigns/${c.id}`, headers: owner.headers })).statusCode, 404)
})

test('JSON recipients: E.164 with the default country, duplicates merged, DNC marked, bad rows reported by row', async (t) => {
  const s = await setup(t)
  const { app, owner } = s
  await app.inject({ method: 'POST', url: '/api/dnc', headers: owner.headers, payload: { phone: '+14155550103' } })
  const report = await addRecipients(app, owner.headers, s.campaign.id, [
    { phone: '(415) 555-0100', name: 'Ada', variables: { plan: 'gold' } },
    { phone: '+1 415 555 0100', timezone: 'America/Los_Angeles', variables: { due: 'Friday' } },
    { phone: '555' },
    { phone: '+14155550101', timezone: 'Nowhere/Town' },
    { phone: '415.555.0103', name: 'Listed' },
    { phone: '+44 20 7946 0958', name: 'Grace', maxAttempts: 1 },
  ])
  assert.deepEqual([report.added, report.dnc, report.duplicates], [3, 1, 1])
  assert.deepEqual(report.rejected.map((r: { row: number; phone: string; reason: string }) => [r.row, r.phone]), [[3, '555'], [4, '+14155550101']])
  assert.match(report.rejected[1].reason, /time zone/)

  const rows = await listRecipients(app, owner.headers, s.campaign.id)
  const ada = rows.find((r) => r.phone === '+14155550100')!
  assert.deepEqual([ada.name, ada.timezone, ada.variables, ada.status], ['Ada', 'America/Los_Angeles', { plan: 'gold', due: 'Friday' }, 'queued'])
  assert.equal(rows.find((r) => r.phone === '+14155550103')!.status, 'dnc')
  assert.equal(rows.find((r) => r.phone === '+442079460958')!.name, 'Grace')

  // Adding the same numbers again merges them; nothing new.
  const again = await addRecipients(app, owner.headers, s.campaign.id, [{ phone: '+14155550100' }])
  assert.deepEqual([again.added, again.duplicates], [0, 1])
  assert.equal((await listRecipients(app, owner.headers, s.campaign.id, '&status=dnc')).length, 1)
  const progress = (await getCampaign(app, owner.headers, s.campaign.id)).progress
  assert.deepEqual([progress.total, progress.byStatus], [3, { queued: 2, dnc: 1 }])
})

test('CSV import: streamed, columns become variables, line numbers in the report; a malformed file adds nothing', async (t) => {
  const s = await setup(t)
  const { app, owner } = s
  const csv = [
    'Phone,Name,Timezone,plan,due_date',
    '+14155550100,Ada Lovelace,America/Los_Angeles,gold,2026-12-01',
    '"(415) 555-0101","Hopper, Grace",,silver,',
    'not a number,Nobody,,,',
    '',
    '415 555 0100,Ada again,,platinum,',
    '+14155550102,Zoned,Bad/Zone,,',
  ].join('\r\n')
  const res = await importCsv(app, owner.headers, s.campaign.id, csv)
  assert.equal(res.statusCode, 200, res.body)
  assert.deepEqual([res.json().added, res.json().duplicates], [2, 1])
  assert.deepEqual(res.json().rejected.map((r: { row: number }) => r.row), [4, 7], 'file lines, header is line 1')
  const rows = await listRecipients(app, owner.headers, s.campaign.id)
  const ada = rows.find((r) => r.phone === '+14155550100')!
  assert.deepEqual([ada.name, ada.timezone, ada.variables], ['Ada again', 'America/Los_Angeles', { plan: 'platinum', due_date: '2026-12-01' }])
  const grace = rows.find((r) => r.phone === '+14155550101')!
  assert.deepEqual([grace.name, grace.timezone, grace.variables], ['Hopper, Grace', null, { plan: 'silver' }])

  for (const [bad, why] of [
    ['phone,name\n+14155550110,A\n"+14155550111,B\n', /line/],
    ['phone,name\n+14155550110,A\n+14155550111,B,extra\n', /line 3/],
    ['name,plan\nA,gold\n', /phone/],
  ] as const) {
    const r = await importCsv(app, owner.headers, s.campaign.id, bad)
    assert.equal(r.statusCode, 400, r.body)
    assert.equal(r.json().error.code, 'invalid_csv')
    assert.match(r.json().error.message, why)
  }
  assert.equal((await listRecipients(app, owner.headers, s.campaign.id)).length, 2, 'nothing of the malformed files was added')
  const wrongType = await app.inject({ method: 'POST', url: `/api/campaigns/${s.campaign.id}/recipients/csv`, headers: { ...owner.headers, 'content-type': 'text/plain' }, payload: 'phone\n+14155550100' })
  assert.equal(wrongType.statusCode, 415)
})
