import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventually } from './helpers/eventually.js'
import { sendLiveKitEvent } from './helpers/livekit.js'
import { createAgent } from './helpers/users.js'
import { addRecipients, campaignAction, createCampaign, listRecipients, startCampaignApp } from './helpers/campaigns.js'
import { startS3Server } from './support/s3-server.js'

const WEDNESDAY_10_NY = Date.parse('2026-01-14T15:00:00Z')

test('recordingEnabled of the campaign, or of the recipient, decides whether a campaign call is recorded (LiveKit egress), over the agent\'s settings.record', async (t) => {
  const s3 = await startS3Server()
  t.after(() => s3.close())
  const s = await startCampaignApp(t, { start: WEDNESDAY_10_NY, campaign: { recordingEnabled: true, maxConcurrent: 5 }, env: s3.env })
  // A second campaign without recording, with an agent that records every call of its own.
  const recorder = await createAgent(s.app, s.owner.headers, { name: 'Recorder', settings: { record: true } })
  const quiet = await createCampaign(s.app, s.owner.headers, { name: 'Quiet', agentId: recorder.id, phoneNumberId: s.number.id, timezone: 'America/New_York' })
  await addRecipients(s.app, s.owner.headers, s.campaign.id, [{ phone: '+14155550100', name: 'inherits' }, { phone: '+14155550101', name: 'opted out', recordingEnabled: false }])
  await addRecipients(s.app, s.owner.headers, quiet.id, [{ phone: '+14155550102', name: 'quiet' }, { phone: '+14155550103', name: 'opted in', recordingEnabled: true }])
  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'start')
  await campaignAction(s.app, s.owner.headers, quiet.id, 'start')
  const all = async () => [...(await listRecipients(s.app, s.owner.headers, s.campaign.id)), ...(await listRecipients(s.app, s.owner.headers, quiet.id))]
  await eventually(async () => (await all()).every((r) => r.status === 'in_call'), 'all four in calls')
  const room = (name: string) => all().then((rows) => `out-${rows.find((r) => r.name === name)!.callIds[0]}`)

  // LiveKit announces each room; the ones not to record first, so a wrong egress would come first too.
  for (const name of ['opted out', 'quiet', 'inherits', 'opted in']) {
    const res = await sendLiveKitEvent(s.app, { event: 'room_started', room: s.livekit.state.rooms.get(await room(name))!.room })
    assert.equal(res.statusCode, 200, res.body)
  }
  const egressRooms = () => s.livekit.calls('StartRoomCompositeEgress').map((r) => r.body.roomName as string)
  await eventually(async () => egressRooms().includes(await room('inherits')) && egressRooms().includes(await room('opted in')), 'the two recorded calls\' egress', 20_000)
  assert.deepEqual(egressRooms().sort(), [await room('inherits'), await room('opted in')].sort(), 'exactly the recorded ones')
  const recordingOf = async (name: string) => {
    const callId = (await room(name)).slice('out-'.length)
    return (await s.app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: s.owner.headers })).json().recording.status
  }
  assert.equal(await recordingOf('opted out'), 'none')
  assert.equal(await recordingOf('quiet'), 'none', 'the agent records, the campaign does not: not recorded')
})
