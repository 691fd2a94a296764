import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventually } from './helpers/eventually.js'
import { addRecipients, campaignAction, getCampaign, listRecipients, startCampaignApp } from './helpers/campaigns.js'
import { openAIEnv, startOpenAIServer } from './support/openai-server.js'

const WEDNESDAY_10_NY = Date.parse('2026-01-14T15:00:00Z')
const MINUTE = 60_000
const verdict = (voicemail: boolean) => ({
  json: { summary: voicemail ? 'Reached a voicemail greeting.' : 'Talked to the customer.', sentiment: 'neutral', successful: !voicemail, voicemail, custom: {} },
})

test('an answered call the post-call analysis calls voicemail is retried per the campaign policy; the decision waits for the analysis', async (t) => {
  const llm = await startOpenAIServer()
  t.after(() => llm.close())
  // The first analysis hangs (until OPENAI_TIMEOUT_MS, then the job retries): meanwhile nothing is decided.
  llm.next({ hang: true }, verdict(true), verdict(false))
  const s = await startCampaignApp(t, {
    start: WEDNESDAY_10_NY,
    campaign: { maxAttempts: 3, retry: { on: ['voicemail'], delayMinutes: 30, backoff: 'fixed' } },
    env: { ...openAIEnv(llm), OPENAI_TIMEOUT_MS: '8000', ANALYSIS_RETRY_BASE_MS: '0' },
  })
  const one = async () => (await listRecipients(s.app, s.owner.headers, s.campaign.id))[0]
  await addRecipients(s.app, s.owner.headers, s.campaign.id, [{ phone: '+14155550100', name: 'Ada' }])
  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'start')
  await eventually(async () => (await one()).status === 'in_call', 'first call answered')
  await s.agentEnd((await one()).callIds[0])

  await eventually(() => llm.requestsFor('call_analysis').length === 1, 'the analysis asked the LLM')
  let r = await one()
  assert.deepEqual([r.status, r.attempts, r.nextAttemptAt], ['analyzing', 1, null], 'waiting for the analysis, not retried, not completed')
  for (let i = 0; i < 3; i++) await s.app.campaignDispatcher.tick()
  assert.equal(s.livekit.calls('CreateSIPParticipant').length, 1, 'not redialled while the analysis runs')
  assert.equal((await getCampaign(s.app, s.owner.headers, s.campaign.id)).status, 'running', 'an analyzing recipient keeps the campaign open')

  await eventually(async () => (await one()).status === 'queued', 'voicemail verdict: queued for a retry', 20_000)
  r = await one()
  assert.deepEqual([r.lastOutcome, r.attempts], ['voicemail', 1])
  assert.equal(Date.parse(r.nextAttemptAt!), WEDNESDAY_10_NY + 30 * MINUTE, 'the campaign\'s delay')

  s.clock.advance(29 * MINUTE)
  await s.app.campaignDispatcher.tick()
  assert.equal(s.livekit.calls('CreateSIPParticipant').length, 1, 'not before the delay')
  s.clock.advance(MINUTE)
  await eventually(async () => (await one()).status === 'in_call' && (await one()).attempts === 2, 'second attempt answered')
  await s.agentEnd((await one()).callIds[1])

  // The second analysis finds a person: the recipient is done.
  await eventually(async () => (await one()).status === 'completed', 'a person answered: completed', 20_000)
  const detail = (await s.app.inject({ method: 'GET', url: `/api/campaigns/${s.campaign.id}/recipients/${r.id}`, headers: s.owner.headers })).json()
  assert.deepEqual(detail.attemptLog.map((a: { outcome: string }) => a.outcome), ['voicemail', 'answered'])
  await eventually(async () => (await getCampaign(s.app, s.owner.headers, s.campaign.id)).status === 'completed', 'campaign completed')
  const done = await getCampaign(s.app, s.owner.headers, s.campaign.id)
  assert.deepEqual([done.progress.byOutcome, done.progress.dials], [{ answered: 1 }, 2])
})

test('a voicemail on the last attempt fails the recipient; a campaign that does not retry voicemail completes at the end without waiting', async (t) => {
  const llm = await startOpenAIServer()
  t.after(() => llm.close())
  llm.setDefault(verdict(true))
  const s = await startCampaignApp(t, {
    start: WEDNESDAY_10_NY,
    campaign: { maxAttempts: 1, retry: { on: ['voicemail', 'busy'], delayMinutes: 5, backoff: 'fixed' } },
    env: openAIEnv(llm),
  })
  const list = () => listRecipients(s.app, s.owner.headers, s.campaign.id)
  await addRecipients(s.app, s.owner.headers, s.campaign.id, [{ phone: '+14155550100' }])
  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'start')
  await eventually(async () => (await list())[0].status === 'in_call', 'answered')
  await s.agentEnd((await list())[0].callIds[0])
  await eventually(async () => (await list())[0].status === 'failed', 'voicemail, no attempts left: failed', 20_000)
  assert.equal((await list())[0].lastOutcome, 'voicemail')

  // Without voicemail in retry.on the end settles the recipient at once (the analysis changes nothing).
  const plain = await s.app.inject({ method: 'POST', url: '/api/campaigns', headers: s.owner.headers, payload: { name: 'Plain', agentId: s.agent.id, phoneNumberId: s.number.id, timezone: 'America/New_York' } })
  const c2 = plain.json()
  await addRecipients(s.app, s.owner.headers, c2.id, [{ phone: '+14155550101' }])
  await campaignAction(s.app, s.owner.headers, c2.id, 'start')
  const list2 = () => listRecipients(s.app, s.owner.headers, c2.id)
  await eventually(async () => (await list2())[0].status === 'in_call', 'answered')
  await s.agentEnd((await list2())[0].callIds[0])
  assert.deepEqual([(await list2())[0].status, (await list2())[0].lastOutcome], ['completed', 'answered'], 'settled in the end\'s transaction')
})
