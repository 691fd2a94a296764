import { test } from 'node:test'
import assert from 'node:assert/strict'
import { HttpError } from '../src/platform/http-error.js'
import { eventually } from './helpers/eventually.js'
import { createAgent, signup } from './helpers/users.js'
import { addRecipients, campaignAction, getCampaign, listRecipients, startCampaignApp } from './helpers/campaigns.js'

const WEDNESDAY_10_NY = Date.parse('2026-01-14T15:00:00Z')
const SATURDAY_3AM_UTC = Date.parse('2026-01-17T03:00:00Z')

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (err) {
    assert.ok(err instanceof HttpError, String(err))
    return `${err.statusCode} ${err.code}`
  }
  assert.fail('expected an HttpError')
}

test('a keepOpen campaign stays running when its recipients are done, and a number added again later is dialled again', async (t) => {
  const s = await startCampaignApp(t, { start: WEDNESDAY_10_NY, campaign: { keepOpen: true } })
  assert.equal(s.campaign.keepOpen, true)
  const list = () => listRecipients(s.app, s.owner.headers, s.campaign.id)
  await addRecipients(s.app, s.owner.headers, s.campaign.id, [{ phone: '+14155550100', name: 'Ada' }])
  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'start')
  await eventually(async () => (await list())[0]?.status === 'in_call', 'first call up')

  // The same number while its recipient is live: merged, not a second call at once.
  const merged = await addRecipients(s.app, s.owner.headers, s.campaign.id, [{ phone: '+14155550100' }])
  assert.deepEqual([merged.added, merged.duplicates], [0, 1])

  await s.agentEnd((await list())[0].callIds[0])
  await eventually(async () => (await list())[0].status === 'completed', 'recipient completed')
  for (let i = 0; i < 3; i++) await s.app.campaignDispatcher.tick()
  const idle = await getCampaign(s.app, s.owner.headers, s.campaign.id)
  assert.equal(idle.status, 'running', 'nothing left to dial, and still open')
  assert.equal(idle.completedAt, null)

  // Later, the same number again (a new outbound job) and a new one: both dialled.
  const again = await addRecipients(s.app, s.owner.headers, s.campaign.id, [{ phone: '+14155550100', name: 'Ada again' }, { phone: '+14155550101' }])
  assert.deepEqual([again.added, again.duplicates], [2, 0])
  await eventually(async () => (await list()).filter((r) => r.status === 'in_call').length === 2, 'both new recipients in calls')
  assert.deepEqual(s.livekit.calls('CreateSIPParticipant').map((d) => d.body.sipCallTo).sort(), ['+14155550100', '+14155550100', '+14155550101'])

  // Turned off, it completes like any other campaign once drained.
  const patched = await s.app.inject({ method: 'PATCH', url: `/api/campaigns/${s.campaign.id}`, headers: s.owner.headers, payload: { keepOpen: false } })
  assert.equal(patched.json().keepOpen, false)
  for (const r of (await list()).filter((x) => x.status === 'in_call')) await s.agentEnd(r.callIds[0])
  await eventually(async () => (await getCampaign(s.app, s.owner.headers, s.campaign.id)).status === 'completed', 'completed once keepOpen is off')
})

test('app.campaigns: one open campaign per workspace and agent, recipients added, listed, read and cancelled through the surface; other workspaces see nothing', async (t) => {
  const s = await startCampaignApp(t, { start: SATURDAY_3AM_UTC })
  const ws = s.owner.workspaceId
  const api = s.app.campaigns

  // Two instances asking at once get one campaign; the caller id defaults to the workspace's number.
  const [a, b] = await Promise.all([api.ensureOpenCampaign(ws, s.agent.id), api.ensureOpenCampaign(ws, s.agent.id)])
  assert.equal(a.id, b.id)
  assert.deepEqual([a.status, a.keepOpen, a.agentId, a.phoneNumberId], ['running', true, s.agent.id, s.number.id])
  assert.equal((await api.ensureOpenCampaign(ws, s.agent.id, s.number.id)).id, a.id)
  const otherAgent = await createAgent(s.app, s.owner.headers)
  assert.notEqual((await api.ensureOpenCampaign(ws, otherAgent.id)).id, a.id, 'one per agent')

  // Saturday 03:00 UTC: outside any weekday-office window, and the open campaign dials anyway.
  const added = await api.addRecipients(ws, a.id, [
    { phone: '(415) 555-0100', name: 'Ada', variables: { plan: 'gold' }, phoneNumberId: s.number.id, maxAttempts: 2 },
    { phone: 'not a number' },
  ], { defaultCountry: 'US' })
  assert.deepEqual([added.added, added.rejected.map((r) => r.row)], [1, [2]])
  assert.equal(added.recipients.length, 1)
  const ada = added.recipients[0]
  assert.deepEqual([ada.phone, ada.campaignId, ada.maxAttempts], ['+14155550100', a.id, 2])
  await eventually(async () => (await api.getRecipient(ws, ada.id))?.status === 'in_call', 'dialled')
  const dial = s.livekit.calls('CreateSIPParticipant')[0]
  assert.equal(dial.body.sipCallTo, '+14155550100')

  const listed = await api.listRecipients(ws, { keepOpen: true })
  assert.deepEqual(listed.map((r) => [r.id, r.agentId, r.status]), [[ada.id, s.agent.id, 'in_call']])
  assert.deepEqual(await api.listRecipients(ws, { keepOpen: false }), [])
  const detail = (await api.getRecipient(ws, ada.id))!
  assert.deepEqual(detail.attemptLog.map((x) => [x.attempt, x.callId, x.outcome]), [[1, detail.callIds[0], null]])

  // Cancel hangs up the live call; a second cancel is refused.
  const canceled = await api.cancelRecipient(ws, ada.id)
  assert.equal(canceled.status, 'canceled')
  assert.equal(s.livekit.state.rooms.has(`out-${detail.callIds[0]}`), false, 'the room is gone')
  assert.equal((await s.app.inject({ method: 'GET', url: `/api/calls/${detail.callIds[0]}`, headers: s.owner.headers })).json().status, 'ended')
  assert.equal(await codeOf(api.cancelRecipient(ws, ada.id)), '409 recipient_finished')
  assert.equal((await getCampaign(s.app, s.owner.headers, a.id)).status, 'running', 'still open')

  // DNC through the surface lists the number for the workspace.
  const second = (await api.addRecipients(ws, a.id, [{ phone: '+14155550102' }])).recipients[0]
  const dnc = await api.markRecipientDnc(ws, second.id, 'User requested DNC')
  assert.equal(dnc.status, 'dnc')
  assert.equal((await s.app.inject({ method: 'GET', url: '/api/dnc/+14155550102', headers: s.owner.headers })).statusCode, 200)

  // Input outside the schema, and other workspaces' resources.
  assert.equal(await codeOf(api.addRecipients(ws, a.id, [{ phone: '+14155550103', maxAttempts: 99 }])), '400 validation_failed')
  const stranger = await signup(s.app)
  assert.equal(await codeOf(api.ensureOpenCampaign(stranger.workspaceId, s.agent.id)), '404 agent_not_found')
  const theirAgent = await createAgent(s.app, stranger.headers)
  assert.equal(await codeOf(api.ensureOpenCampaign(stranger.workspaceId, theirAgent.id)), '404 phone_number_not_found')
  assert.equal(await codeOf(api.ensureOpenCampaign(ws, s.agent.id, 'pn_missing')), '404 phone_number_not_found')
  assert.equal(await codeOf(api.addRecipients(stranger.workspaceId, a.id, [{ phone: '+14155550104' }])), '404 campaign_not_found')
  assert.equal(await api.getRecipient(stranger.workspaceId, ada.id), undefined)
  assert.equal(await codeOf(api.cancelRecipient(stranger.workspaceId, second.id)), '404 recipient_not_found')
  assert.deepEqual(await api.listRecipients(stranger.workspaceId), [])

  // A canceled open campaign is replaced by a new one on the next ensure.
  await campaignAction(s.app, s.owner.headers, a.id, 'cancel')
  assert.equal(await codeOf(api.addRecipients(ws, a.id, [{ phone: '+14155550105' }])), '409 campaign_finished')
  const next = await api.ensureOpenCampaign(ws, s.agent.id)
  assert.notEqual(next.id, a.id)
})
