import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventually } from './helpers/eventually.js'
import { addRecipients, campaignAction, getCampaign, listRecipients, startCampaignApp } from './helpers/campaigns.js'
import { sipCallFailure } from './support/livekit-server.js'

const WEDNESDAY_10_NY = Date.parse('2026-01-14T15:00:00Z')
const MINUTE = 60_000
const setup = (t: { after: (fn: () => Promise<void>) => void }, campaign: Record<string, unknown> = {}) => startCampaignApp(t, { campaign, start: WEDNESDAY_10_NY })

test('a running campaign dials each recipient once with its variables, follows the calls to completion, then completes', async (t) => {
  const s = await setup(t, { variables: { plan: 'basic' } })
  await addRecipients(s.app, s.owner.headers, s.campaign.id, [
    { phone: '+14155550100', name: 'Ada', variables: { plan: 'gold' } },
    { phone: '+14155550101', name: 'Grace' },
  ])
  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'start')
  await eventually(async () => (await listRecipients(s.app, s.owner.headers, s.campaign.id)).every((r) => r.status === 'in_call'), 'both recipients in a call')

  const dials = s.livekit.calls('CreateSIPParticipant')
  assert.deepEqual(dials.map((d) => d.body.sipCallTo).sort(), ['+14155550100', '+14155550101'])
  const rows = await listRecipients(s.app, s.owner.headers, s.campaign.id)
  const ada = rows.find((r) => r.name === 'Ada')!
  assert.equal(ada.attempts, 1)
  assert.equal(ada.callIds.length, 1)
  const call = (await s.app.inject({ method: 'GET', url: `/api/calls/${ada.callIds[0]}`, headers: s.owner.headers })).json()
  assert.equal(call.to, '+14155550100')
  assert.equal(call.variables.campaignId, s.campaign.id)
  assert.equal(call.variables.recipientId, ada.id)
  const meta = JSON.parse(s.livekit.state.rooms.get(call.roomName)!.room.metadata)
  assert.equal(meta.prompt, 'Call Ada about the gold plan.')
  const grace = rows.find((r) => r.name === 'Grace')!
  const graceMeta = JSON.parse(s.livekit.state.rooms.get(`out-${grace.callIds[0]}`)!.room.metadata)
  assert.equal(graceMeta.prompt, 'Call Grace about the basic plan.', 'campaign variables are the defaults')

  for (const r of rows) assert.equal((await s.agentEnd(r.callIds[0])).statusCode, 200)
  await eventually(async () => (await getCampaign(s.app, s.owner.headers, s.campaign.id)).status === 'completed', 'campaign completed')
  const done = await getCampaign(s.app, s.owner.headers, s.campaign.id)
  assert.deepEqual(done.progress.byStatus, { completed: 2 })
  assert.deepEqual([done.progress.dials, done.progress.connected, done.progress.connectRate], [2, 2, 1])
  assert.equal(s.livekit.calls('CreateSIPParticipant').length, 2, 'nobody was dialled twice')

  const detail = (await s.app.inject({ method: 'GET', url: `/api/campaigns/${s.campaign.id}/recipients/${ada.id}`, headers: s.owner.headers })).json()
  assert.deepEqual(detail.attemptLog.map((a: { attempt: number; outcome: string; callId: string }) => [a.attempt, a.outcome, a.callId]), [[1, 'answered', ada.callIds[0]]])
})

test('busy and no answer are retried after the delay with exponential backoff, up to maxAttempts', async (t) => {
  const s = await setup(t, { maxAttempts: 3, retry: { on: ['busy', 'no_answer'], delayMinutes: 10, backoff: 'exponential' } })
  await addRecipients(s.app, s.owner.headers, s.campaign.id, [{ phone: '+14155550100' }])
  s.livekit.fail('CreateSIPParticipant', sipCallFailure(486), { times: 2 })
  s.livekit.fail('CreateSIPParticipant', sipCallFailure(480))
  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'start')
  const one = async () => (await listRecipients(s.app, s.owner.headers, s.campaign.id))[0]

  await eventually(async () => (await one()).lastOutcome === 'busy', 'first attempt busy')
  let r = await one()
  assert.deepEqual([r.status, r.attempts], ['queued', 1])
  assert.equal(Date.parse(r.nextAttemptAt!), WEDNESDAY_10_NY + 10 * MINUTE)

  s.clock.advance(9 * MINUTE)
  await s.app.campaignDispatcher.tick()
  assert.equal((await one()).attempts, 1, 'not before the delay')
  s.clock.advance(MINUTE)
  await eventually(async () => (await one()).attempts === 2 && (await one()).status === 'queued', 'second attempt busy')
  r = await one()
  assert.equal(Date.parse(r.nextAttemptAt!), WEDNESDAY_10_NY + 10 * MINUTE + 20 * MINUTE, 'the delay doubled')

  s.clock.advance(20 * MINUTE)
  await eventually(async () => (await one()).status === 'failed', 'third attempt: no answer, no attempts left')
  r = await one()
  assert.deepEqual([r.attempts, r.lastOutcome], [3, 'no_answer'])
  s.clock.advance(24 * 60 * MINUTE)
  await s.app.campaignDispatcher.tick()
  assert.equal(s.livekit.calls('CreateSIPParticipant').length + s.livekit.requests.filter((q) => q.method === 'CreateSIPParticipant' && q.status !== 200).length, 3, 'never past maxAttempts')
  assert.equal((await getCampaign(s.app, s.owner.headers, s.campaign.id)).status, 'completed')
})
