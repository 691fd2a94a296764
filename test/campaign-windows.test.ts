import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventually } from './helpers/eventually.js'
import { addRecipients, campaignAction, listRecipients, startCampaignApp } from './helpers/campaigns.js'

const statusOf = async (s: Awaited<ReturnType<typeof startCampaignApp>>) =>
  Object.fromEntries((await listRecipients(s.app, s.owner.headers, s.campaign.id)).map((r) => [r.name, r.status]))

test('calling windows in each recipient\'s local time, across zones and the US DST change, weekdays only', async (t) => {
  // Monday 2026-03-09, the day after New York moved to EDT (UTC-4): 14:15Z is 10:15 there, past a 09:00-10:00
  // window (a fixed UTC-5 offset would say 09:15, inside it).
  const s = await startCampaignApp(t, {
    start: Date.parse('2026-03-09T14:15:00Z'),
    campaign: { window: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '10:00' } },
  })
  await addRecipients(s.app, s.owner.headers, s.campaign.id, [
    { phone: '+14155550100', name: 'newyork' },
    { phone: '+442079460958', name: 'london', timezone: 'Europe/London' },
    { phone: '+81312345678', name: 'tokyo', timezone: 'Asia/Tokyo' },
  ])
  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'start')
  const tick = () => s.app.campaignDispatcher.tick()
  await tick()
  assert.deepEqual(await statusOf(s), { newyork: 'queued', london: 'queued', tokyo: 'queued' }, '10:15 EDT, 14:15 GMT, 23:15 JST')

  s.clock.set(Date.parse('2026-03-10T00:15:00Z'))
  await tick()
  assert.notEqual((await statusOf(s)).tokyo, 'queued', 'Tuesday 09:15 in Tokyo')
  assert.equal((await statusOf(s)).london, 'queued')
  assert.equal((await statusOf(s)).newyork, 'queued')

  s.clock.set(Date.parse('2026-03-10T09:15:00Z'))
  await tick()
  assert.notEqual((await statusOf(s)).london, 'queued', '09:15 GMT (London changes on 29 March)')
  assert.equal((await statusOf(s)).newyork, 'queued', '05:15 in New York')

  s.clock.set(Date.parse('2026-03-10T13:15:00Z'))
  await tick()
  assert.notEqual((await statusOf(s)).newyork, 'queued', '09:15 EDT')

  // Saturday 09:15 EDT: a weekday-only window stays shut.
  s.clock.set(Date.parse('2026-03-14T13:15:00Z'))
  await addRecipients(s.app, s.owner.headers, s.campaign.id, [{ phone: '+14155550101', name: 'saturday' }])
  await tick()
  assert.equal((await statusOf(s)).saturday, 'queued')
  s.clock.set(Date.parse('2026-03-16T13:15:00Z'))
  await tick()
  assert.notEqual((await statusOf(s)).saturday, 'queued', 'Monday 09:15 EDT')
  await eventually(() => s.livekit.calls('CreateSIPParticipant').length === 4, 'the four dials')
  assert.deepEqual(s.livekit.calls('CreateSIPParticipant').map((d) => d.body.sipCallTo).sort(), ['+14155550100', '+14155550101', '+442079460958', '+81312345678'], 'each dialled once')
})

test('a window past midnight and a campaign that waits for startAt and skips who is left at endAt', async (t) => {
  const s = await startCampaignApp(t, {
    start: Date.parse('2026-01-14T03:30:00Z'), // Tuesday 22:30 in New York
    campaign: {
      window: { days: ['tue'], start: '22:00', end: '02:00' },
      startAt: '2026-01-14T03:45:00Z',
      endAt: '2026-01-14T05:00:00Z',
      maxConcurrent: 1,
    },
  })
  await addRecipients(s.app, s.owner.headers, s.campaign.id, [{ phone: '+14155550100', name: 'first' }, { phone: '+14155550101', name: 'second' }])
  assert.equal((await campaignAction(s.app, s.owner.headers, s.campaign.id, 'start')).status, 'scheduled')
  await s.app.campaignDispatcher.tick()
  assert.deepEqual(await statusOf(s), { first: 'queued', second: 'queued' }, 'before startAt')

  s.clock.set(Date.parse('2026-01-14T03:50:00Z'))
  await s.app.campaignDispatcher.tick()
  assert.equal((await listRecipients(s.app, s.owner.headers, s.campaign.id)).filter((r) => r.status !== 'queued').length, 1, 'maxConcurrent 1, 22:50 local')

  s.clock.set(Date.parse('2026-01-14T05:00:00Z'))
  await s.app.campaignDispatcher.tick()
  const c = (await s.app.inject({ method: 'GET', url: `/api/campaigns/${s.campaign.id}`, headers: s.owner.headers })).json()
  assert.equal(c.status, 'completed', 'endAt reached')
  assert.equal(Object.values(await statusOf(s)).filter((x) => x === 'skipped').length, 1, 'the recipient not yet called is skipped')
})
