import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parse } from 'csv-parse/sync'
import { eventually } from './helpers/eventually.js'
import { startJsonReceiver } from './helpers/json-receiver.js'
import { signup } from './helpers/users.js'
import { addRecipients, campaignAction, getCampaign, listRecipients, startCampaignApp } from './helpers/campaigns.js'
import { sipCallFailure } from './support/livekit-server.js'
import { verifySignature } from '../plugins/call-webhooks/signing.js'

const WEDNESDAY_10_NY = Date.parse('2026-01-14T15:00:00Z')

test('campaign webhooks (started, each recipient completed, completed with progress) are signed and sent once; the results export lists every recipient with its outcome', async (t) => {
  const hooks = await startJsonReceiver<any>(t, '/hooks')
  const got = hooks.requests
  const s = await startCampaignApp(t, {
    start: WEDNESDAY_10_NY,
    campaign: { maxAttempts: 1, maxConcurrent: 1, variables: { plan: 'basic' } },
    env: { WEBHOOKS_ALLOW_INSECURE: 'true', WEBHOOK_RETRY_BASE_MS: '100' },
  })
  await s.app.inject({ method: 'PATCH', url: `/api/agents/${s.agent.id}`, headers: s.owner.headers, payload: { webhookUrl: hooks.url } })
  await addRecipients(s.app, s.owner.headers, s.campaign.id, [
    { phone: '+14155550100', name: '=HYPERLINK("x")', variables: { note: 'says "hi", twice' } },
    { phone: '+14155550101', name: 'Grace' },
  ])
  s.livekit.fail('CreateSIPParticipant', sipCallFailure(486))
  await campaignAction(s.app, s.owner.headers, s.campaign.id, 'start')
  const list = () => listRecipients(s.app, s.owner.headers, s.campaign.id)
  await eventually(async () => (await list()).some((r) => r.status === 'in_call') && (await list()).some((r) => r.status === 'failed'), 'one busy, one in a call')
  await s.agentEnd((await list()).find((r) => r.status === 'in_call')!.callIds[0])
  await eventually(async () => (await getCampaign(s.app, s.owner.headers, s.campaign.id)).status === 'completed', 'completed')

  const campaignEvents = () => got.filter((h) => h.body.event.startsWith('campaign_'))
  await eventually(() => campaignEvents().length === 4, 'four campaign webhooks')
  const events = campaignEvents().map((h) => h.body)
  assert.equal(events[0].event, 'campaign_started')
  assert.equal(events[0].campaign.id, s.campaign.id)
  assert.equal(events.at(-1).event, 'campaign_completed')
  assert.equal(events.at(-1).campaign.status, 'completed')
  assert.deepEqual(events.at(-1).campaign.progress.byStatus, { completed: 1, failed: 1 })
  const done = events.filter((e) => e.event === 'campaign_recipient_completed')
  assert.deepEqual(done.map((e) => [e.recipient.phone, e.recipient.status, e.recipient.lastOutcome]).sort(), [['+14155550100', 'failed', 'busy'], ['+14155550101', 'completed', 'answered']].sort((a, b) => a[0].localeCompare(b[0])))
  const secret = (await s.app.inject({ method: 'GET', url: `/api/workspaces/${s.owner.workspaceId}/webhook-secret`, headers: s.owner.headers })).json().secret
  for (const h of campaignEvents()) assert.ok(verifySignature(h.raw, String(h.headers['x-rapidcall-signature']), secret), `${h.body.event} is signed`)
  assert.equal(new Set(campaignEvents().map((h) => h.headers['x-rapidcall-event-id'])).size, 4, 'each event once')
  const deliveries = (await s.app.inject({ method: 'GET', url: '/api/webhooks/deliveries?event=campaign_completed', headers: s.owner.headers })).json()
  assert.deepEqual(deliveries.items.map((d: { event: string; callId: string | null }) => [d.event, d.callId]), [['campaign_completed', null]])

  // The export: a header, one line per recipient in the order added, quoting and formula-guarding free text.
  const res = await s.app.inject({ method: 'GET', url: `/api/campaigns/${s.campaign.id}/results`, headers: s.owner.headers })
  assert.equal(res.statusCode, 200, res.body)
  assert.match(String(res.headers['content-type']), /^text\/csv/)
  assert.match(String(res.headers['content-disposition']), /attachment; filename="campaign-.*-results\.csv"/)
  const rows = parse(res.body, { columns: true }) as Record<string, string>[]
  assert.deepEqual(rows.map((r) => [r.phone, r.status, r.attempts, r.last_outcome]), [['+14155550100', 'failed', '1', 'busy'], ['+14155550101', 'completed', '1', 'answered']])
  assert.equal(rows[0].name, `'=HYPERLINK("x")`, 'a formula is not run by a spreadsheet')
  assert.deepEqual(JSON.parse(rows[0].variables), { note: 'says "hi", twice' })
  const grace = (await list())[1]
  assert.equal(rows[1].call_ids, grace.callIds.join(' '))
  assert.equal(rows[1].recipient_id, grace.id)

  const stranger = await signup(s.app)
  const hidden = await s.app.inject({ method: 'GET', url: `/api/campaigns/${s.campaign.id}/results`, headers: stranger.headers })
  assert.deepEqual([hidden.statusCode, hidden.json().error.code], [404, 'campaign_not_found'])
})
