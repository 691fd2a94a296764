/**
 * The rebuilt dashboard's path: each page of the existing dashboard (../shared/dashboard-api.md,
 * section 3's "Page(s)" column) gets its data and runs its actions through the generated TS client
 * only (`clients/typescript`), against the running API. Every field the page reads is asserted
 * under its contract name, with the value the test's own actions produced. The mapping page by
 * page is in clients/README.md ("Dashboard pages"); needs without a contract operation are named
 * there and in comments here. What the test plays besides the dashboard (the voice agent, LiveKit's
 * webhooks, Twilio's inventory, the S3 object egress writes) goes through those parties' own paths.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { sendLiveKitEvent, startLiveKit } from './helpers/livekit.js'
import { eventually } from './helpers/eventually.js'
import { TEST_SIP_ENDPOINT } from './helpers/telephony.js'
import { startOpenAIServer, openAIEnv, type ChatRequest } from './support/openai-server.js'
import { startS3Server } from './support/s3-server.js'
import { makePdf } from './support/pdf-writer.js'
import { startElevenLabsServer } from './support/tts-servers.js'
import { startStripeServer } from './support/stripe-server.js'
import { seedCatalog, stripeEnv } from './helpers/stripe.js'
import { startTwilioServer } from './support/twilio-server.js'
import { ManualClock } from '../src/platform/clock.js'
import { createRapidCallClient, unwrap, type RapidCallClient } from '../clients/typescript/index.js'

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'

type After = { after: (fn: () => Promise<void>) => void }
const PASSWORD = 'correct horse battery'
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/

/** The API listening, a user signed up through the client (Register), and the clients the pages and the voice agent use. */
async function openDashboard(t: After, env: Record<string, string> = {}, clock?: ManualClock) {
  const { app, url } = await startTestApp(t, { listen: true, env, clock })
  const anonymous = createRapidCallClient({ baseUrl: url })
  const email = `pages-${randomBytes(4).toString('hex')}@example.com`
  const session = await unwrap(anonymous.POST('/api/auth/signup', { body: { email, password: PASSWORD, name: 'Dana Dash', workspaceName: 'Dash co' } }))
  const api = createRapidCallClient({ baseUrl: url, token: session.token })
  // The voice agent's side of a call (transcript, metrics) through the same client, with its secret.
  const voiceAgent = createRapidCallClient({ baseUrl: url, agentSecret: TEST_AGENT_SECRET })
  return { app, url, anonymous, api, voiceAgent, session, email }
}

const createAgent = (api: RapidCallClient, name: string, promptDraft = 'You answer calls for Acme.') => unwrap(api.POST('/api/agents', { body: { name, promptDraft } }))

/**
 * AgentDetail's "Talk": a web call the browser joins (LiveKit's webhook, at `joinedAt` or now), with
 * the voice agent's usage. The page's "Exit" (endCall) is left to the caller.
 */
async function talk(d: Awaited<ReturnType<typeof openDashboard>>, agentId: string, usage = { prompt: 900, completion: 100, latencyMs: 640 }, joinedAt?: number) {
  const started = await unwrap(d.api.POST('/api/agents/{agentId}/start', { params: { path: { agentId } } }))
  const createdAt = joinedAt === undefined ? undefined : Math.floor(joinedAt / 1000)
  await sendLiveKitEvent(d.app, { event: 'participant_joined', room: { name: started.roomName }, participant: { identity: 'user-web' }, createdAt })
  await unwrap(d.voiceAgent.POST('/api/calls/{callId}/metrics', {
    params: { path: { callId: started.callId } },
    body: { usage: { llm_prompt_tokens: usage.prompt, llm_completion_tokens: usage.completion }, latency: { agent_turn_latency_ms_avg: usage.latencyMs } },
  }))
  return started
}

test('Register, Login, Shell and Settings: sign up, a refused and an accepted login, the user and workspace the shell shows', async (t) => {
  const d = await openDashboard(t)
  assert.equal(d.session.user.email, d.email)
  const taken = await d.anonymous.POST('/api/auth/signup', { body: { email: d.email, password: PASSWORD } })
  assert.equal(taken.response.status, 409)
  assert.equal(taken.error?.error.code, 'email_taken', 'Register shows "Email already registered"')

  const wrong = await d.anonymous.POST('/api/auth/login', { body: { email: d.email, password: 'not the password' } })
  assert.equal(wrong.response.status, 401)
  assert.equal(wrong.error?.error.code, 'invalid_credentials', 'Login shows "Invalid email or password"')
  const login = await unwrap(d.anonymous.POST('/api/auth/login', { body: { email: d.email, password: PASSWORD } }))
  assert.equal(typeof login.token, 'string', 'Login stores the token')

  const shell = createRapidCallClient({ baseUrl: d.url, token: login.token })
  const me = await unwrap(shell.GET('/api/me'))
  assert.deepEqual([me.user.name, me.user.email], ['Dana Dash', d.email], 'profile menu')
  assert.deepEqual([me.workspace.name, me.workspace.id], ['Dash co', d.session.workspace.id], 'sidebar, header and Settings')
  // Logout has no contract operation: a JWT is stateless (revocation is issue 25); the page drops its token.
  const anonymous = await shell.GET('/api/me', { headers: { authorization: '' } })
  assert.equal(anonymous.response.status, 401, 'without a token the route guard sends the user to /login')
})

test('Agents: empty list, generate a prompt, create, list with the prompt state, delete', async (t) => {
  const llm = await startOpenAIServer()
  t.after(() => llm.close())
  const d = await openDashboard(t, openAIEnv(llm))
  assert.deepEqual((await unwrap(d.api.GET('/api/agents'))).items, [])

  llm.next({ json: { promptDraft: 'You are the front desk of Acme Dental.', welcomeMessage: 'Hi, Acme Dental.' } })
  const generated = await unwrap(d.api.POST('/api/agents/generate-prompt', { body: { templateId: 'receptionist', businessName: 'Acme Dental', tone: 'warm' } }))
  assert.equal(generated.promptDraft, 'You are the front desk of Acme Dental.')
  assert.match(llm.requests[0].text, /Acme Dental/, 'the questionnaire reached the LLM')

  const blank = await createAgent(d.api, 'Blank', '')
  const front = await createAgent(d.api, 'Acme front desk', generated.promptDraft)
  const listed = await unwrap(d.api.GET('/api/agents'))
  assert.deepEqual(listed.items.map((a) => [a.id, a.name, a.promptDraft, a.promptPublished ?? '']), [
    [front.id, 'Acme front desk', 'You are the front desk of Acme Dental.', ''],
    [blank.id, 'Blank', '', ''],
  ], 'newest first; "prompt set" / "not set" from promptDraft and promptPublished')

  const deleted = await d.api.DELETE('/api/agents/{agentId}', { params: { path: { agentId: blank.id } } })
  assert.equal(deleted.response.status, 204)
  assert.deepEqual((await unwrap(d.api.GET('/api/agents'))).items.map((a) => a.id), [front.id])
})

test('AgentDetail: open, save draft, publish, auto-eval, variants, folder picker, voice preview, Talk and the header metrics', async (t) => {
  const lk = await startLiveKit(t)
  const el = await startElevenLabsServer('sk_test_el_pages')
  t.after(() => el.close())
  el.voices.add('voice123')
  const d = await openDashboard(t, { ...lk.env, ELEVENLABS_API_KEY: 'sk_test_el_pages', ELEVENLABS_BASE_URL: el.url })
  const folder = await unwrap(d.api.POST('/api/kb/folders', { body: { name: 'FAQ' } }))
  assert.deepEqual((await unwrap(d.api.GET('/api/kb/folders'))).items.map((f) => [f.id, f.name]), [[folder.id, 'FAQ']], 'the folder picker')
  const agent = await createAgent(d.api, 'Detail', '')
  const path = { agentId: agent.id }

  const save = {
    promptDraft: 'You are the detail agent.', llmModel: 'gpt-4.1', knowledgeFolderIds: [folder.id], maxCallSeconds: 300,
    welcome: { mode: 'agent' as const, aiMessageMode: 'custom' as const, aiMessageText: 'Hi from Detail', aiDelaySeconds: 1 },
    voice: { provider: 'elevenlabs', model: 'eleven_flash_v2_5', voiceId: 'voice123' },
    backgroundAudio: { preset: 'office' as const, ambientVolume: 0.5, thinkingVolume: 0.3 },
  }
  await unwrap(d.api.PATCH('/api/agents/{agentId}', { params: { path }, body: save }))
  const opened = await unwrap(d.api.GET('/api/agents/{agentId}', { params: { path } }))
  assert.deepEqual(
    [opened.name, opened.promptDraft, opened.promptPublished ?? '', opened.llmModel, opened.knowledgeFolderIds, opened.maxCallSeconds, opened.autoEvalEnabled],
    ['Detail', 'You are the detail agent.', '', 'gpt-4.1', [folder.id], 300, false],
  )
  assert.deepEqual([opened.welcome.mode, opened.welcome.aiMessageMode, opened.welcome.aiMessageText, opened.welcome.aiDelaySeconds], ['agent', 'custom', 'Hi from Detail', 1])
  assert.deepEqual([opened.voice.provider, opened.voice.model, opened.voice.voiceId], ['elevenlabs', 'eleven_flash_v2_5', 'voice123'])
  assert.deepEqual(opened.backgroundAudio, { preset: 'office', ambientVolume: 0.5, thinkingVolume: 0.3 })

  const published = await unwrap(d.api.POST('/api/agents/{agentId}/publish', { params: { path } }))
  assert.equal(published.promptPublished, 'You are the detail agent.')
  assert.match(published.publishedAt ?? '', ISO)
  assert.equal((await unwrap(d.api.PATCH('/api/agents/{agentId}', { params: { path }, body: { autoEvalEnabled: true } }))).autoEvalEnabled, true)

  // A/B tab: create, toggle, delete.
  const variant = await unwrap(d.api.POST('/api/agents/{agentId}/variants', { params: { path }, body: { name: 'Short', prompt: 'Be brief.', trafficPercent: 40 } }))
  const toggled = await unwrap(d.api.PATCH('/api/agents/{agentId}/variants/{variantId}', { params: { path: { ...path, variantId: variant.id } }, body: { enabled: false } }))
  const variants = await unwrap(d.api.GET('/api/agents/{agentId}/variants', { params: { path } }))
  assert.deepEqual(variants.items.map((v) => [v.id, v.name, v.prompt, v.trafficPercent, v.enabled]), [[toggled.id, 'Short', 'Be brief.', 40, false]])
  assert.equal((await d.api.DELETE('/api/agents/{agentId}/variants/{variantId}', { params: { path: { ...path, variantId: variant.id } } })).response.status, 204)
  assert.deepEqual((await unwrap(d.api.GET('/api/agents/{agentId}/variants', { params: { path } }))).items, [])

  // Voice tab: the preview is audio the page plays from a Blob.
  const preview = await d.api.POST('/api/tts/preview', { body: { provider: 'elevenlabs', voiceId: 'voice123', text: 'Hello from Detail.' }, parseAs: 'arrayBuffer' })
  assert.equal(preview.response.status, 200)
  assert.equal(preview.response.headers.get('content-type'), 'audio/mpeg')
  assert.ok((preview.data as unknown as ArrayBuffer).byteLength > 0)

  // Talk, then Exit; the header line shows the latest call's tokens and latency.
  const started = await talk(d, agent.id)
  assert.equal(started.livekitUrl, lk.env.LIVEKIT_URL)
  assert.match(started.roomName, new RegExp(`^call-${agent.id}-`))
  assert.ok(started.token.length > 20)
  assert.equal(lk.server.calls('CreateRoom')[0]?.body.name, started.roomName)
  assert.equal((await unwrap(d.api.POST('/api/calls/{callId}/end', { params: { path: { callId: started.callId } } }))).status, 'ended')
  const header = await unwrap(d.api.GET('/api/agents/{agentId}/analytics', { params: { path } }))
  assert.deepEqual([header.latest?.callId, header.latest?.tokensTotal, header.latest?.latencyMs], [started.callId, 1000, 640])
})

test('CallHistory and CallDetail: list, open with transcript and recording, play it (Range), evaluations, labels, export', async (t) => {
  const lk = await startLiveKit(t)
  const s3 = await startS3Server()
  t.after(() => s3.close())
  const llm = await startOpenAIServer()
  t.after(() => llm.close())
  const d = await openDashboard(t, { ...lk.env, ...s3.env, ...openAIEnv(llm) })
  const agent = await createAgent(d.api, 'History')
  const started = await talk(d, agent.id)
  const callId = started.callId
  const path = { callId }
  const recording = await unwrap(d.api.POST('/api/calls/{callId}/recording/start', { params: { path } }))
  const transcript = [{ speaker: 'agent', role: 'agent', text: 'Acme, how can I help?' }, { speaker: 'user', role: 'user', text: 'Is the shop open on Sunday?' }]
  await unwrap(d.voiceAgent.POST('/api/internal/calls/{callId}/transcript', { params: { path }, body: { transcript } }))
  await unwrap(d.api.POST('/api/calls/{callId}/end', { params: { path } }))
  // Egress wrote the file to S3 and LiveKit reports it finished.
  const audio = randomBytes(6000)
  await s3.putObject(`calls/${callId}.mp3`, audio)
  await sendLiveKitEvent(d.app, { event: 'egress_ended', egressInfo: lk.server.endEgress(recording.recording.egressId!, { size: audio.length, durationSeconds: 4 }) })

  const history = await unwrap(d.api.GET('/api/calls'))
  assert.deepEqual(history.items.map((c) => [c.id, c.agentName, c.direction, c.to, c.outcome]), [[callId, 'History', 'web', null, 'dashboard_hangup']], '"Exit" ended it')
  assert.match(history.items[0].startedAt, ISO)
  assert.equal(history.nextCursor, null, 'one page: the list is cursor-paged, not the whole history')

  const call = await unwrap(d.api.GET('/api/calls/{callId}', { params: { path } }))
  assert.equal(call.roomName, started.roomName)
  assert.match(call.endedAt ?? '', ISO)
  assert.equal(typeof call.durationS, 'number')
  assert.deepEqual(call.transcript?.map((e) => [e.speaker, e.role, e.text]), transcript.map((e) => [e.speaker, e.role, e.text]))
  assert.deepEqual([call.recording.status, call.recording.egressId], ['ready', recording.recording.egressId])
  const { url } = await unwrap(d.api.GET('/api/calls/{callId}/recording/url', { params: { path } }))
  const media = await fetch(url, { headers: { range: 'bytes=0-99' } })
  assert.equal(media.status, 206, 'the <audio> element plays the presigned URL with Range, without credentials')
  assert.deepEqual(Buffer.from(await media.arrayBuffer()), audio.subarray(0, 100))

  const manual = await unwrap(d.api.POST('/api/calls/{callId}/evaluations', { params: { path }, body: { score: 80, notes: 'Good greeting' } }))
  const rubric = { score: 64, summary: 'Answered, never gave the hours.', strengths: ['Quick greeting'], issues: ['No hours'], suggestedFixes: ['Say the hours'], nextTests: ['Ask about Sunday'] }
  llm.when((r: ChatRequest) => r.schemaName === 'call_evaluation', { json: rubric })
  const auto = (await unwrap(d.api.POST('/api/calls/{callId}/auto-evaluate', { params: { path } }))).evaluation
  assert.deepEqual([auto.source, auto.score, auto.notes, auto.details.summary, auto.details.issues], ['auto', 64, rubric.summary, rubric.summary, ['No hours']])
  const evaluations = await unwrap(d.api.GET('/api/calls/{callId}/evaluations', { params: { path } }))
  assert.deepEqual(evaluations.evaluations.map((e) => [e.id, e.score, e.source]), [[auto.id, 64, 'auto'], [manual.evaluation.id, 80, 'manual']], 'newest first')

  await unwrap(d.api.POST('/api/calls/{callId}/labels', { params: { path }, body: { label: 'follow-up' } }))
  await unwrap(d.api.POST('/api/calls/{callId}/labels', { params: { path }, body: { label: 'vip' } }))
  await unwrap(d.api.DELETE('/api/calls/{callId}/labels', { params: { path }, body: { label: 'vip' } }))
  assert.deepEqual((await unwrap(d.api.GET('/api/calls/{callId}/labels', { params: { path } }))).labels.map((l) => l.label), ['follow-up'])

  const exported = await unwrap(d.api.GET('/api/calls/{callId}/export', { params: { path } }))
  if (typeof exported === 'string') assert.fail('"Export JSON" answers JSON by default')
  assert.deepEqual([exported.call.id, exported.call.transcript?.length, exported.labels.map((l) => l.label)], [callId, 2, ['follow-up']])
})

test('Analytics: totals and the calls-per-day series for a date range', async (t) => {
  const lk = await startLiveKit(t)
  const d = await openDashboard(t, lk.env)
  const agent = await createAgent(d.api, 'Counted')
  // One call at a time on the free plan: each ends before the next starts.
  for (const usage of [{ prompt: 800, completion: 200, latencyMs: 500 }, { prompt: 1500, completion: 500, latencyMs: 700 }]) {
    const { callId } = await talk(d, agent.id, usage)
    await unwrap(d.api.POST('/api/calls/{callId}/end', { params: { path: { callId } } }))
  }
  const day = new Date().toISOString().slice(0, 10)
  const since = `${day}T00:00:00.000Z`
  const until = new Date(Date.parse(since) + 86_400_000).toISOString()
  const report = await unwrap(d.api.GET('/api/analytics/usage', { params: { query: { since, until, groupBy: 'day' } } }))
  assert.deepEqual([report.totals.calls, report.totals.completedCalls, report.totals.promptTokens + report.totals.completionTokens], [2, 2, 3000])
  assert.equal(report.totals.latencyAvgMs, 600)
  assert.equal(typeof report.totals.avgDurationS, 'number')
  assert.deepEqual(report.groups.map((g) => [g.key, g.calls]), [[day, 2]], 'the chart: x = day, y = calls')
  const yesterday = await unwrap(d.api.GET('/api/analytics/usage', { params: { query: { since: new Date(Date.parse(since) - 86_400_000).toISOString(), until: since, groupBy: 'day' } } }))
  const dayBefore = new Date(Date.parse(since) - 86_400_000).toISOString().slice(0, 10)
  assert.deepEqual([yesterday.totals.calls, yesterday.groups.map((g) => [g.key, g.calls])], [0, [[dayBefore, 0]]], 'a day without calls is zero-filled')
})

test('Outbound: a campaign with a caller id, recipients queued, one cancelled, one on the DNC list, one dialled', async (t) => {
  const twilio = await startTwilioServer()
  t.after(() => twilio.close())
  const lk = await startLiveKit(t)
  lk.server.connectSipCarrier(twilio.sipTermination)
  // A Wednesday 10:00 in New York: inside the campaign's default calling window.
  const clock = new ManualClock(Date.parse('2026-01-14T15:00:00Z'))
  const d = await openDashboard(t, { ...twilio.env, ...lk.env, LIVEKIT_SIP_ENDPOINT: TEST_SIP_ENDPOINT, CAMPAIGN_TICK_MS: '40' }, clock)
  twilio.state.addIncomingNumber('+17073808675')
  const number = await unwrap(d.api.POST('/api/phone-numbers', { body: { e164: '+17073808675' } }))
  await unwrap(d.api.POST('/api/phone-numbers/{id}/reprovision', { params: { path: { id: number.id } }, body: {} }))
  const agent = await createAgent(d.api, 'Caller', 'Call {{name}} about the renewal.')
  // The page's dropdowns: agents and the active numbers.
  assert.deepEqual((await unwrap(d.api.GET('/api/agents'))).items.map((a) => [a.id, a.name]), [[agent.id, 'Caller']])
  assert.deepEqual((await unwrap(d.api.GET('/api/phone-numbers'))).items.map((n) => [n.e164, n.status]), [['+17073808675', 'active']])

  const campaign = await unwrap(d.api.POST('/api/campaigns', { body: { name: 'Renewals', agentId: agent.id, phoneNumberId: number.id, timezone: 'America/New_York' } }))
  const campaignPath = { campaignId: campaign.id }
  const added = await unwrap(d.api.POST('/api/campaigns/{campaignId}/recipients', {
    params: { path: campaignPath },
    body: { recipients: [{ phone: '+14155550100', name: 'Ada' }, { phone: '+14155550101', name: 'Grace' }, { phone: '+14155550102', name: 'Linus' }] },
  }))
  assert.equal(added.added, 3)
  const byName = async () => new Map((await unwrap(d.api.GET('/api/campaigns/{campaignId}/recipients', { params: { path: campaignPath } }))).items.map((r) => [r.name, r]))
  const queued = await byName()
  assert.deepEqual([...queued.values()].map((r) => [r.status, r.attempts, r.lastError]), [['queued', 0, null], ['queued', 0, null], ['queued', 0, null]])
  assert.match(queued.get('Ada')!.createdAt, ISO)

  const grace = await unwrap(d.api.POST('/api/campaigns/{campaignId}/recipients/{recipientId}/cancel', { params: { path: { ...campaignPath, recipientId: queued.get('Grace')!.id } } }))
  assert.equal(grace.status, 'canceled')
  const linus = await unwrap(d.api.POST('/api/campaigns/{campaignId}/recipients/{recipientId}/dnc', { params: { path: { ...campaignPath, recipientId: queued.get('Linus')!.id } }, body: { reason: 'User requested DNC' } }))
  assert.equal(linus.status, 'dnc')
  // Unlike the old per-job flag, the number is on the workspace's do-not-call list.
  assert.equal((await unwrap(d.api.GET('/api/dnc/{phone}', { params: { path: { phone: '+14155550102' } } }))).reason, 'User requested DNC')

  await unwrap(d.api.POST('/api/campaigns/{campaignId}/start', { params: { path: campaignPath } }))
  await eventually(async () => (await byName()).get('Ada')!.status === 'in_call', 'Ada dialled and answered')
  const after = await byName()
  const ada = after.get('Ada')!
  assert.deepEqual([ada.attempts, ada.callIds.length], [1, 1])
  assert.deepEqual([after.get('Grace')!.status, after.get('Linus')!.status], ['canceled', 'dnc'], 'neither was dialled')
  assert.deepEqual(lk.server.calls('CreateSIPParticipant').map((c) => c.body.sipCallTo), ['+14155550100'])
  // "Open call" goes to the call the recipient got.
  const call = await unwrap(d.api.GET('/api/calls/{callId}', { params: { path: { callId: ada.callIds[0] } } }))
  assert.deepEqual([call.direction, call.to], ['outbound', '+14155550100'])
  // Not covered: the job log (GET /api/outbound/jobs/:id/logs). The contract's recipient detail
  // (getCampaignRecipient, `attemptLog`) is the nearest; there is no free-text log per recipient.
})

test('Billing: the plan widget and billing page read the trial status and this month\'s usage; the portal link', async (t) => {
  const lk = await startLiveKit(t)
  const stripe = await startStripeServer()
  t.after(() => stripe.close())
  const d = await openDashboard(t, { ...lk.env, ...stripeEnv(stripe, { BASE_PRICE_USD_PER_MIN: '0.10', TRIAL_CREDIT_USD: '5', BILLING_FINALIZE_DELAY_S: '0' }) })
  seedCatalog(stripe, d.app.billing.rateCard)
  const fresh = await unwrap(d.api.GET('/api/billing'))
  assert.equal(fresh.mode, 'trial', 'Shell: "Free plan"')
  assert.deepEqual(fresh.trial, { trialCreditUsd: 5, creditUsd: 5, approxMinutesRemaining: 50, allowPstn: false, allowNumberPurchase: false })
  assert.equal(fresh.stripe.subscriptionId, null, 'no subscription yet')

  const agent = await createAgent(d.api, 'Billed')
  // The browser joined a minute and a half ago (LiveKit's event time).
  const { callId } = await talk(d, agent.id, undefined, Date.now() - 90_000)
  await unwrap(d.api.POST('/api/calls/{callId}/end', { params: { path: { callId } } }))
  await eventually(async () => (await unwrap(d.api.GET('/api/calls/{callId}', { params: { path: { callId } } }))).cost?.final === true, 'the call priced')
  const priced = await unwrap(d.api.GET('/api/calls/{callId}', { params: { path: { callId } } }))
  const usage = await unwrap(d.api.GET('/api/billing/usage'))
  const base = usage.lines.find((l) => l.key === 'voice_base_minutes')
  assert.ok(base, 'a base-minutes line')
  assert.ok(priced.durationS! >= 90, `${priced.durationS} s on the line`)
  const minutes = Math.round((priced.durationS! / 60) * 1e6) / 1e6
  assert.deepEqual([base.calls, base.quantity, base.unitUsd, base.amountUsd], [1, minutes, 0.1, Math.round(minutes * 0.1 * 1e6) / 1e6])
  assert.ok(base.description && base.unit, 'the usage tab shows description and unit')
  assert.equal(usage.totalUsd, priced.cost!.totalUsd, '"This month so far"')
  const after = await unwrap(d.api.GET('/api/billing'))
  assert.equal(after.trial.creditUsd, Math.round((5 - priced.cost!.totalUsd) * 1e6) / 1e6, 'the trial credit drew down by the call')

  const portal = await unwrap(d.api.POST('/api/billing/portal'))
  assert.match(portal.url, /^https?:\/\//, 'a Stripe-hosted page the browser goes to')

  // "Upgrade to paid": Stripe Checkout, then back on the page with ?upgrade=success.
  assert.deepEqual(await unwrap(d.api.GET('/api/billing/invoices')), { upcoming: null, history: [] }, 'no Stripe customer yet')
  assert.deepEqual(await unwrap(d.api.POST('/api/billing/verify-upgrade')), { ok: false, status: 'no_completed_session' })
  const upgrade = await unwrap(d.api.POST('/api/billing/upgrade'))
  const sessionId = /\/(cs_test_[A-Za-z0-9]+)$/.exec(upgrade.url ?? '')?.[1]
  assert.ok(sessionId, `a Checkout page: ${upgrade.url}`)
  const { subscription } = stripe.state.completeCheckoutSession(sessionId)
  assert.deepEqual(await unwrap(d.api.POST('/api/billing/verify-upgrade')), { ok: true, status: 'upgraded' }, '"Upgrade complete!"')
  const paid = await unwrap(d.api.GET('/api/billing'))
  assert.deepEqual([paid.mode, paid.hasPaymentMethod, paid.stripe.subscriptionId], ['paid', true, subscription!.id], 'Shell: "Pay as you go"')
  assert.equal((await unwrap(d.api.POST('/api/billing/ensure-subscription'))).stripe.subscriptionId, subscription!.id, '"Fix Stripe setup" keeps it')
  const invoices = await unwrap(d.api.GET('/api/billing/invoices'))
  assert.deepEqual(invoices.history, [], 'nothing invoiced yet')
})

test('KB: folders, a note, a PDF upload, the documents list, delete a document and a folder', async (t) => {
  const s3 = await startS3Server()
  t.after(() => s3.close())
  const d = await openDashboard(t, s3.env)
  const folder = await unwrap(d.api.POST('/api/kb/folders', { body: { name: 'Help center' } }))
  assert.deepEqual((await unwrap(d.api.GET('/api/kb/folders'))).items.map((f) => [f.id, f.name]), [[folder.id, 'Help center']])
  const folderPath = { folderId: folder.id }

  const note = await unwrap(d.api.POST('/api/kb/folders/{folderId}/text', { params: { path: folderPath }, body: { title: 'Note', contentText: 'We are open 9 to 5 on weekdays.' } }))
  assert.deepEqual([note.kind, note.title, note.sizeBytes, note.sourceFilename], ['text', 'Note', null, null])
  const pdf = makePdf([{ lines: ['Returns policy', 'Items can be returned within thirty days.'] }])
  const uploaded = await unwrap(d.api.POST('/api/kb/folders/{folderId}/pdf', {
    params: { path: folderPath, query: { wait: true } },
    body: { file: 'returns.pdf', title: 'returns.pdf' },
    bodySerializer: () => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'returns.pdf')
      form.append('title', 'returns.pdf')
      return form
    },
  }))
  assert.deepEqual([uploaded.kind, uploaded.status, uploaded.sourceFilename, uploaded.sizeBytes], ['pdf', 'ready', 'returns.pdf', pdf.length])
  assert.match(uploaded.contentText ?? '', /thirty days/)

  const docs = await unwrap(d.api.GET('/api/kb/folders/{folderId}/docs', { params: { path: folderPath } }))
  assert.deepEqual(docs.items.map((x) => [x.id, x.kind, x.title, x.sourceFilename, x.sizeBytes]), [[uploaded.id, 'pdf', 'returns.pdf', 'returns.pdf', pdf.length], [note.id, 'text', 'Note', null, null]])
  assert.match(docs.items[1].contentPreview ?? '', /open 9 to 5/, 'the first characters the page shows')
  assert.match(docs.items[0].createdAt, ISO)

  assert.equal((await d.api.DELETE('/api/kb/docs/{documentId}', { params: { path: { documentId: uploaded.id } } })).response.status, 204)
  assert.deepEqual((await unwrap(d.api.GET('/api/kb/folders/{folderId}/docs', { params: { path: folderPath } }))).items.map((x) => x.id), [note.id])
  // The old page's delete removed the folder's documents too: `recursive` asks for that.
  assert.equal((await d.api.DELETE('/api/kb/folders/{folderId}', { params: { path: folderPath, query: { recursive: true } } })).response.status, 204)
  assert.deepEqual((await unwrap(d.api.GET('/api/kb/folders'))).items, [])
})

test('Phone: search and buy, add an owned number, route it to agents, countries, reprovision, inbound check, delete', async (t) => {
  const twilio = await startTwilioServer()
  t.after(() => twilio.close())
  const lk = await startLiveKit(t)
  const d = await openDashboard(t, { ...twilio.env, ...lk.env, LIVEKIT_SIP_ENDPOINT: TEST_SIP_ENDPOINT })
  const me = await unwrap(d.api.GET('/api/me'))
  const agent = await createAgent(d.api, 'Reception')
  assert.deepEqual((await unwrap(d.api.GET('/api/phone-numbers'))).items, [])

  // Buy: the old page first ensured a Twilio subaccount (#58); the contract has none (numbers live
  // on the platform's account), so search and buy are the whole flow.
  const found = await unwrap(d.api.GET('/api/phone-numbers/available', { params: { query: { country: 'US', type: 'local', contains: '0105', limit: 20 } } }))
  const [offer] = found.numbers
  assert.match(offer.phoneNumber, /^\+1\d*0105$/)
  assert.ok('locality' in offer && 'region' in offer, 'the result rows show locality and region')
  const bought = await unwrap(d.api.POST('/api/phone-numbers', { body: { purchase: offer.phoneNumber, label: 'Sales' } }))
  assert.deepEqual([bought.e164, bought.label, bought.provider, bought.source, bought.status], [offer.phoneNumber, 'Sales', 'twilio', 'purchased', 'active'], 'purchased and provisioned')

  // "Add (manual)": a number the account already owns.
  twilio.state.addIncomingNumber('+17073808675')
  const owned = await unwrap(d.api.POST('/api/phone-numbers', { body: { e164: '+17073808675', label: 'Front desk' } }))
  const id = owned.id
  const saved = await unwrap(d.api.PATCH('/api/phone-numbers/{id}', {
    params: { path: { id } },
    body: { label: 'Main line', inboundAgentId: agent.id, outboundAgentId: agent.id, allowedInboundCountries: ['CA', 'US'], allowedOutboundCountries: ['US'] },
  }))
  assert.deepEqual([saved.label, saved.inboundAgentId, saved.outboundAgentId, saved.allowedInboundCountries, saved.allowedOutboundCountries], ['Main line', agent.id, agent.id, ['CA', 'US'], ['US']])
  const reprovisioned = await unwrap(d.api.POST('/api/phone-numbers/{id}/reprovision', { params: { path: { id } }, body: {} }))
  assert.ok(reprovisioned.steps.every((s) => s.ok), JSON.stringify(reprovisioned.steps))
  assert.equal(reprovisioned.phoneNumber.status, 'active', '"Reprovisioned successfully"')

  const listed = await unwrap(d.api.GET('/api/phone-numbers'))
  assert.deepEqual(listed.items.map((n) => [n.id, n.e164, n.status, n.inboundAgentId]).sort(), [[bought.id, offer.phoneNumber, 'active', null], [id, '+17073808675', 'active', agent.id]].sort())

  const check = await unwrap(d.api.GET('/api/workspaces/{workspaceId}/inbound-diagnostics', { params: { path: { workspaceId: me.workspace.id } } }))
  assert.equal(check.LIVEKIT_SIP_ENDPOINT, TEST_SIP_ENDPOINT)
  assert.ok(check.twilioTrunkSid, 'a Twilio trunk')
  assert.ok(check.expectedOriginationSipUrl && check.originationUrls.includes(check.expectedOriginationSipUrl), '"Inbound setup OK"')

  assert.equal((await d.api.DELETE('/api/phone-numbers/{id}', { params: { path: { id: bought.id } } })).response.status, 204)
  assert.equal(twilio.state.findIncomingNumber(offer.phoneNumber), undefined, 'a bought number is released')
  assert.deepEqual((await unwrap(d.api.GET('/api/phone-numbers'))).items.map((n) => n.id), [id])
})
