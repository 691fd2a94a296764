import { test } from 'node:test'
import assert from 'node:assert/strict'
import { TEST_AGENT_SECRET } from './helpers/app.js'
import { eventually } from './helpers/eventually.js'
import { createAgent } from './helpers/users.js'
import { CALLER_ID, provisionedNumber, startOutboundApp } from './helpers/outbound.js'
import { sipCallFailure } from './support/livekit-server.js'
import { ManualClock } from '../src/platform/clock.js'

// The Outbound page (dashboard-api.md 2.6): single-lead jobs on the agent's always-open campaign.
const P = '/legacy'
type Job = Record<string, any>

test('outbound jobs: "Call" queues a lead that is dialled from the chosen number, listed, logged, and the campaign stays open', async (t) => {
  const clock = new ManualClock(Date.parse('2026-03-04T15:00:00Z'))
  const s = await startOutboundApp(t, { clock, env: { CAMPAIGN_TICK_MS: '40' } })
  const number = await provisionedNumber(s)
  const agent = await createAgent(s.app, s.owner.headers, { name: 'Closer', promptDraft: 'Call {{firstName}}.' })
  const h = s.owner.headers
  const list = async (q = '') => (await s.app.inject({ method: 'GET', url: `${P}/api/outbound/jobs?limit=200${q}`, headers: h })).json().jobs as Job[]

  const created = await s.app.inject({
    method: 'POST', url: `${P}/api/outbound/jobs`, headers: h,
    payload: { agentId: agent.id, phoneE164: '+14155550100', leadName: 'Ada', recordingEnabled: true, metadata: { fromNumber: number.e164, firstName: 'Ada' } },
  })
  assert.equal(created.statusCode, 201, created.body)
  const job = created.json().job
  assert.deepEqual([job.status, job.attempts, job.maxAttempts, job.leadName, job.phoneE164, job.agentId, job.recordingEnabled, job.lastError, job.callId], ['queued', 0, 3, 'Ada', '+14155550100', agent.id, true, '', null])
  assert.equal(typeof job.createdAt, 'number')

  await eventually(async () => (await list())[0]?.status === 'in_call', 'the lead is in a call')
  const [dial] = s.livekit.calls('CreateSIPParticipant')
  assert.equal(dial.body.sipCallTo, '+14155550100')
  assert.equal(dial.body.sipNumber, CALLER_ID, 'dialled from metadata.fromNumber')
  const [live] = await list()
  assert.equal(live.attempts, 1)
  assert.ok(live.callId)
  const meta = JSON.parse(s.livekit.state.rooms.get(`out-${live.callId}`)!.room.metadata)
  assert.equal(meta.prompt, 'Call Ada.', 'metadata values fill the prompt')
  const call = (await s.app.inject({ method: 'GET', url: `${P}/api/calls/${live.callId}`, headers: h })).json().call
  assert.equal(call.to, '+14155550100')

  const ended = await s.app.inject({ method: 'POST', url: `/api/internal/calls/${live.callId}/end`, headers: { 'x-agent-secret': TEST_AGENT_SECRET }, payload: { outcome: 'agent_hangup' } })
  assert.equal(ended.statusCode, 200)
  await eventually(async () => (await list())[0]?.status === 'completed', 'the job completed')
  const logs = (await s.app.inject({ method: 'GET', url: `${P}/api/outbound/jobs/${job.id}/logs`, headers: h })).json().logs
  assert.deepEqual(logs.map((l: Job) => l.message), ['Call completed (room finished)', 'Dialing via LiveKit SIP', 'Job created'], 'newest first')
  assert.ok(logs.every((l: Job) => l.jobId === job.id && typeof l.createdAt === 'number' && l.id))

  // A second lead of the same agent joins the same open campaign: it is dialled too.
  const second = (await s.app.inject({ method: 'POST', url: `${P}/api/outbound/jobs`, headers: h, payload: { agent_id: agent.id, to_number: '14155550101', maxAttempts: 1 } })).json().job
  assert.equal(second.phoneE164, '+14155550101')
  await eventually(async () => s.livekit.calls('CreateSIPParticipant').length === 2, 'the second lead dialled')
  const campaigns = (await s.app.inject({ method: 'GET', url: '/api/campaigns', headers: h })).json().items
  assert.equal(campaigns.length, 1, 'one always-open campaign per agent')
  assert.equal(campaigns[0].status, 'running')
  assert.deepEqual((await list()).map((j) => j.id), [second.id, job.id], 'newest first')
  assert.deepEqual((await list('&status=completed')).map((j) => j.id), [job.id])

  const unknownLogs = await s.app.inject({ method: 'GET', url: `${P}/api/outbound/jobs/nosuchjob/logs`, headers: h })
  assert.deepEqual([unknownLogs.statusCode, unknownLogs.json()], [200, { logs: [] }])
})

test('outbound jobs: cancel and DNC, the old error sentences, other workspaces see nothing', async (t) => {
  const clock = new ManualClock(Date.parse('2026-03-04T15:00:00Z'))
  const s = await startOutboundApp(t, { clock, env: { CAMPAIGN_TICK_MS: '40' } })
  await provisionedNumber(s)
  const agent = await createAgent(s.app, s.owner.headers, { name: 'Closer', promptDraft: 'Hi.' })
  const h = s.owner.headers
  const post = (url: string, payload: unknown = {}) => s.app.inject({ method: 'POST', url: `${P}${url}`, headers: h, payload: payload as object })

  assert.deepEqual((await post('/api/outbound/jobs', { phoneE164: '+14155550100' })).json().error, 'agent_id or agentId is required')
  assert.deepEqual((await post('/api/outbound/jobs', { agentId: agent.id })).json().error, 'to_number or phoneE164 is required')
  const bad = await post('/api/outbound/jobs', { agentId: agent.id, phoneE164: '0123456' })
  assert.deepEqual([bad.statusCode, bad.json().error], [400, 'to_number / phoneE164 must be in E.164 format'])
  const noAgent = await post('/api/outbound/jobs', { agentId: 'agt_missing', phoneE164: '+14155550100' })
  assert.deepEqual([noAgent.statusCode, noAgent.json().error], [404, 'Agent not found'])

  // Every dial fails busy: the job waits for its retry, then is canceled.
  s.livekit.fail('CreateSIPParticipant', sipCallFailure(486), { times: 10 })
  const job = (await post('/api/outbound/jobs', { agentId: agent.id, phoneE164: '+14155550100' })).json().job
  const one = async () => (await s.app.inject({ method: 'GET', url: `${P}/api/outbound/jobs`, headers: h })).json().jobs.find((j: Job) => j.id === job.id)
  await eventually(async () => (await one()).attempts === 1 && (await one()).status === 'queued', 'the first attempt failed busy')
  const logs = (await s.app.inject({ method: 'GET', url: `${P}/api/outbound/jobs/${job.id}/logs`, headers: h })).json().logs
  assert.equal(logs[0].message, 'Call failed, will retry')
  assert.equal(logs[0].level, 'warn')
  const canceled = await post(`/api/outbound/jobs/${job.id}/cancel`)
  assert.equal(canceled.statusCode, 200, canceled.body)
  assert.deepEqual([canceled.json().job.status, canceled.json().job.lastError], ['canceled', 'Canceled by user'])
  assert.equal((await post(`/api/outbound/jobs/${job.id}/cancel`)).json().job.status, 'canceled', 'cancelling again answers the job')

  const other = await post('/api/outbound/jobs', { agentId: agent.id, phoneE164: '+14155550199' })
  const dnc = await post(`/api/outbound/jobs/${other.json().job.id}/dnc`, { reason: 'User requested DNC' })
  assert.equal(dnc.statusCode, 200, dnc.body)
  assert.deepEqual([dnc.json().job.status, dnc.json().job.dnc], ['canceled', true])
  const listed = await s.app.inject({ method: 'GET', url: '/api/dnc/%2B14155550199', headers: h })
  assert.equal(listed.statusCode, 200, 'the number is on the workspace\'s do-not-call list')

  assert.deepEqual([(await post('/api/outbound/jobs/nosuchjob/cancel')).statusCode, (await post('/api/outbound/jobs/nosuchjob/cancel')).json().error], [404, 'Job not found'])
  const stranger = await s.app.inject({ method: 'POST', url: `${P}/api/auth/register`, payload: { name: 'Eve', email: 'eve@example.com', password: 'a long password' } })
  const eve = { authorization: `Bearer ${stranger.json().token}` }
  assert.deepEqual((await s.app.inject({ method: 'GET', url: `${P}/api/outbound/jobs`, headers: eve })).json(), { jobs: [] })
  assert.equal((await s.app.inject({ method: 'POST', url: `${P}/api/outbound/jobs/${job.id}/cancel`, headers: eve })).statusCode, 404)
  assert.equal((await s.app.inject({ method: 'GET', url: `${P}/api/outbound/jobs` })).statusCode, 401)
})
