import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventually } from './helpers/eventually.js'
import { addRecipients, campaignAction, createCampaign, listRecipients, startCampaignApp } from './helpers/campaigns.js'

const WEDNESDAY_10_NY = Date.parse('2026-01-14T15:00:00Z')
const MINUTE = 60_000

test('recipients whose call ended unheard are reconciled by the periodic check: a lost end, a room gone, an analysis that never came; a long call is left alone', async (t) => {
  const s = await startCampaignApp(t, {
    start: WEDNESDAY_10_NY,
    campaign: { maxConcurrent: 5 },
    // The analysis job waits 10 real minutes: within the test it never runs, as if its event were lost.
    env: { CAMPAIGN_CALL_CHECK_MINUTES: '10', CAMPAIGN_ANALYSIS_WAIT_MINUTES: '30', ANALYSIS_DELAY_MS: '600000' },
  })
  const voicemail = await createCampaign(s.app, s.owner.headers, {
    name: 'Voicemail retried', agentId: s.agent.id, phoneNumberId: s.number.id, timezone: 'America/New_York',
    retry: { on: ['voicemail'], delayMinutes: 5, backoff: 'fixed' },
  })
  await addRecipients(s.app, s.owner.headers, s.campaign.id, ['lost end', 'room gone', 'long call'].map((name, i) => ({ phone: `+1415555010${i}`, name })))
  await addRecipients(s.app, s.owner.headers, voicemail.id, [{ phone: '+14155550110', name: 'no verdict' }])
  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'start')
  await campaignAction(s.app, s.owner.headers, voicemail.id, 'start')
  const all = async () => [...(await listRecipients(s.app, s.owner.headers, s.campaign.id)), ...(await listRecipients(s.app, s.owner.headers, voicemail.id))]
  const byName = async (name: string) => (await all()).find((r) => r.name === name)!
  await eventually(async () => (await all()).every((r) => r.status === 'in_call'), 'four calls up')
  const callOf = async (name: string) => (await byName(name)).callIds[0]
  const callStatus = async (name: string) => (await s.app.inject({ method: 'GET', url: `/api/calls/${await callOf(name)}`, headers: s.owner.headers })).json()

  // The end of one call is written without its event (an instance crashed mid-way); another's room closes and its webhook is lost.
  await s.app.calls.end(await callOf('lost end'), { outcome: 'agent_hangup' })
  assert.ok(s.livekit.state.rooms.delete(`out-${await callOf('room gone')}`))
  // The voicemail campaign's call ends normally and waits for an analysis that does not come.
  await s.agentEnd(await callOf('no verdict'))
  await eventually(async () => (await byName('no verdict')).status === 'analyzing', 'waiting for the analysis')

  s.clock.advance(9 * MINUTE)
  await s.app.campaignDispatcher.tick()
  assert.deepEqual(await Promise.all(['lost end', 'room gone', 'long call'].map(async (n) => (await byName(n)).status)), ['in_call', 'in_call', 'in_call'], 'not before the check period')

  s.clock.advance(MINUTE)
  await s.app.campaignDispatcher.tick()
  const lost = await byName('lost end')
  assert.deepEqual([lost.status, lost.lastOutcome], ['completed', 'answered'], 'the end already on the call is applied')
  const gone = await byName('room gone')
  assert.equal(gone.status, 'completed')
  const goneCall = await callStatus('room gone')
  assert.deepEqual([goneCall.status, goneCall.outcome], ['ended', 'stale_timeout'], 'the call is ended through the lifecycle')
  assert.equal((await byName('long call')).status, 'in_call', 'its room is still there: a long call')
  assert.equal((await callStatus('long call')).status, 'active')
  assert.equal((await byName('no verdict')).status, 'analyzing', 'the analysis wait is longer')

  s.clock.advance(20 * MINUTE)
  await s.app.campaignDispatcher.tick()
  const noVerdict = (await s.app.inject({ method: 'GET', url: `/api/campaigns/${voicemail.id}/recipients/${(await byName('no verdict')).id}`, headers: s.owner.headers })).json()
  assert.deepEqual([noVerdict.status, noVerdict.attempts], ['completed', 1], 'settled as answered, not redialled')
  assert.match(noVerdict.lastError, /No post-call analysis after 30 minutes/)
  assert.equal(s.livekit.calls('CreateSIPParticipant').length, 4, 'nobody dialled again')

  // The long call ends normally later: its recipient completes as usual.
  await s.agentEnd(await callOf('long call'))
  assert.equal((await byName('long call')).status, 'completed')
})
