import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventually } from './helpers/eventually.js'
import { addRecipients, campaignAction, createCampaign, getCampaign, listRecipients, startCampaignApp } from './helpers/campaigns.js'

const WEDNESDAY_10_NY = Date.parse('2026-01-14T15:00:00Z')
const phones = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ phone: `+1415555${String(100 + from + i).padStart(4, '0')}`, name: `r${from + i}` }))
const count = (rows: { status: string }[], status: string) => rows.filter((r) => r.status === status).length
const live = (rows: { status: string }[]) => rows.filter((r) => r.status === 'dialing' || r.status === 'in_call').length

test('maxConcurrent holds; recipients added to a running campaign are dialled as slots free up', async (t) => {
  const s = await startCampaignApp(t, { start: WEDNESDAY_10_NY, campaign: { maxConcurrent: 2 } })
  await addRecipients(s.app, s.owner.headers, s.campaign.id, phones(3))
  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'start')
  await eventually(async () => count(await listRecipients(s.app, s.owner.headers, s.campaign.id), 'in_call') === 2, 'two in calls')
  for (let i = 0; i < 5; i++) await s.app.campaignDispatcher.tick()
  let rows = await listRecipients(s.app, s.owner.headers, s.campaign.id)
  assert.equal(live(rows), 2, 'never more than maxConcurrent')

  await addRecipients(s.app, s.owner.headers, s.campaign.id, phones(2, 3))
  await s.app.campaignDispatcher.tick()
  assert.equal(live(await listRecipients(s.app, s.owner.headers, s.campaign.id)), 2)

  // Each end frees one slot, which the next queued recipient takes, until all are done.
  for (let done = 0; done < 5; done++) {
    rows = await listRecipients(s.app, s.owner.headers, s.campaign.id)
    const inCall = rows.find((r) => r.status === 'in_call')!
    await s.agentEnd(inCall.callIds.at(-1)!)
    await eventually(async () => {
      const now = await listRecipients(s.app, s.owner.headers, s.campaign.id)
      return count(now, 'completed') === done + 1 && live(now) === Math.min(2, 5 - done - 1) && count(now, 'dialing') === 0
    }, `after ${done + 1} ends`)
  }
  await eventually(async () => (await getCampaign(s.app, s.owner.headers, s.campaign.id)).status === 'completed', 'completed')
  assert.equal(s.livekit.calls('CreateSIPParticipant').length, 5)
})

test('the workspace limit holds across campaigns: over it recipients wait, queued', async (t) => {
  const s = await startCampaignApp(t, { start: WEDNESDAY_10_NY, campaign: { maxConcurrent: 2 }, env: { CAMPAIGN_WORKSPACE_MAX_CONCURRENT: '3' } })
  const second = await createCampaign(s.app, s.owner.headers, { name: 'Second', agentId: s.agent.id, phoneNumberId: s.number.id, maxConcurrent: 2 })
  await addRecipients(s.app, s.owner.headers, s.campaign.id, phones(3))
  await addRecipients(s.app, s.owner.headers, second.id, phones(3, 10))
  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'start')
  await campaignAction(s.app, s.owner.headers, second.id, 'start')
  const all = async () => [...(await listRecipients(s.app, s.owner.headers, s.campaign.id)), ...(await listRecipients(s.app, s.owner.headers, second.id))]
  await eventually(async () => count(await all(), 'in_call') === 3, 'three calls')
  for (let i = 0; i < 5; i++) await s.app.campaignDispatcher.tick()
  const rows = await all()
  assert.equal(live(rows), 3, 'the workspace allows 3')
  assert.equal(count(rows, 'queued'), 3, 'the others wait, not refused')
  await s.agentEnd(rows.find((r) => r.status === 'in_call')!.callIds[0])
  await eventually(async () => count(await all(), 'completed') === 1 && count(await all(), 'in_call') === 3, 'the freed slot is used')
})

test('pause, resume and cancel mid-run; DNC at dial time; cancelling one recipient hangs up its call', async (t) => {
  const s = await startCampaignApp(t, { start: WEDNESDAY_10_NY, campaign: { maxConcurrent: 1 } })
  await addRecipients(s.app, s.owner.headers, s.campaign.id, phones(4))
  const list = () => listRecipients(s.app, s.owner.headers, s.campaign.id)
  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'start')
  await eventually(async () => count(await list(), 'in_call') === 1, 'first call')

  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'pause')
  await s.agentEnd((await list()).find((r) => r.status === 'in_call')!.callIds[0])
  await eventually(async () => count(await list(), 'completed') === 1, 'the call in progress ended normally')
  for (let i = 0; i < 3; i++) await s.app.campaignDispatcher.tick()
  assert.equal(live(await list()), 0, 'paused: nothing new dialled')

  // r1 goes on the list while it waits: when its turn comes it is marked dnc, never dialled.
  await s.app.inject({ method: 'POST', url: '/api/dnc', headers: s.owner.headers, payload: { phone: '+14155550101' } })
  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'resume')
  await eventually(async () => (await list()).find((r) => r.name === 'r1')!.status === 'dnc', 'r1 refused at dial time')
  assert.ok(!s.livekit.calls('CreateSIPParticipant').some((d) => d.body.sipCallTo === '+14155550101'))
  await eventually(async () => (await list()).find((r) => r.name === 'r2')!.status === 'in_call', 'r2 dialled next')

  // Cancelling r2 alone ends its live call (the room is deleted, hanging up the phone leg).
  const r2 = (await list()).find((r) => r.name === 'r2')!
  const res = await s.app.inject({ method: 'POST', url: `/api/campaigns/${s.campaign.id}/recipients/${r2.id}/cancel`, headers: s.owner.headers })
  assert.equal(res.statusCode, 200, res.body)
  assert.equal(res.json().status, 'canceled')
  assert.equal(s.livekit.state.rooms.has(`out-${r2.callIds[0]}`), false)
  const call = (await s.app.inject({ method: 'GET', url: `/api/calls/${r2.callIds[0]}`, headers: s.owner.headers })).json()
  assert.equal(call.status, 'ended')
  const again = await s.app.inject({ method: 'POST', url: `/api/campaigns/${s.campaign.id}/recipients/${r2.id}/cancel`, headers: s.owner.headers })
  assert.equal(again.json().error.code, 'recipient_finished')

  await eventually(async () => (await list()).find((r) => r.name === 'r3')!.status === 'in_call', 'r3 takes the slot')
  const canceled = await campaignAction(s.app, s.owner.headers, s.campaign.id, 'cancel')
  assert.equal(canceled.status, 'canceled')
  assert.equal((await list()).find((r) => r.name === 'r3')!.status, 'in_call', 'a call in progress goes on')
  await s.agentEnd((await list()).find((r) => r.name === 'r3')!.callIds[0])
  await eventually(async () => (await list()).find((r) => r.name === 'r3')!.status === 'completed', 'r3 completed')
  assert.deepEqual((await list()).map((r) => r.status), ['completed', 'dnc', 'canceled', 'completed'])
  assert.equal((await getCampaign(s.app, s.owner.headers, s.campaign.id)).status, 'canceled')

  // The dashboard's DNC action on a recipient lists the number for the whole workspace.
  const r0 = (await list())[0]
  const dnc = await s.app.inject({ method: 'POST', url: `/api/campaigns/${s.campaign.id}/recipients/${r0.id}/dnc`, headers: s.owner.headers, payload: { reason: 'User requested DNC' } })
  assert.equal(dnc.statusCode, 200, dnc.body)
  const entry = (await s.app.inject({ method: 'GET', url: `/api/dnc/${r0.phone}`, headers: s.owner.headers })).json()
  assert.deepEqual([entry.source, entry.reason], ['campaign', 'User requested DNC'])
})
