/**
 * The Analytics, Phone Numbers, Outbound and Billing pages in a real browser: headless Chromium on
 * a second origin (listed in CLIENT_ORIGIN) sends their requests to the compatible surface as the
 * dashboard's `src/lib/api.ts` does, and the fields those pages read (../shared/dashboard-api.md)
 * are checked. The other pages are in dashboard-compat-browser.test.ts.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import { TEST_AGENT_SECRET } from './helpers/app.js'
import { eventually } from './helpers/eventually.js'
import { CALLER_ID, startOutboundApp } from './helpers/outbound.js'
import { seedCatalog, stripeEnv } from './helpers/stripe.js'
import { startStripeServer } from './support/stripe-server.js'
import { browserSkipReason, launchBrowser, servePages } from './support/browser.js'
import { dash, expectOk } from './support/dashboard-client.js'

test('analytics, phone numbers, outbound jobs and billing pages through the compatible surface in a real browser', { skip: browserSkipReason(), timeout: 180_000 }, async (t) => {
  const dashboard = await servePages(t)
  const stripe = await startStripeServer()
  t.after(() => stripe.close())
  const s = await startOutboundApp(t, { listen: true, env: { ...stripeEnv(stripe), TRIAL_ALLOW_PSTN: 'true', TRIAL_ALLOW_NUMBER_PURCHASE: 'true', CAMPAIGN_TICK_MS: '40', CLIENT_ORIGIN: dashboard.origin } })
  seedCatalog(stripe, s.app.billing.rateCard)
  const base = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}/legacy`
  const browser = await launchBrowser(t)
  const page = await dashboard.open(browser)

  const email = `pages-${randomBytes(4).toString('hex')}@example.com`
  const reg = expectOk(await dash(page, base, 'POST', '/api/auth/register', { name: 'Pages User', email, password: 'a long password' }), 201, 'register')
  await page.evaluate((token) => sessionStorage.setItem('auth_token', token), reg.token)
  const agent = expectOk(await dash(page, base, 'POST', '/api/agents', { name: 'Caller', promptDraft: 'Hello.' }), 201, 'create agent').agent

  // Phone Numbers: add, save the agents and a label, list.
  s.twilio.state.addIncomingNumber(CALLER_ID)
  const added = expectOk(await dash(page, base, 'POST', '/api/phone-numbers', { e164: CALLER_ID, label: 'Sales' }), 201, 'add number').phoneNumber
  const saved = expectOk(await dash(page, base, 'PUT', `/api/phone-numbers/${added.id}`, { label: 'Sales line', outboundAgentId: agent.id }), 200, 'save number').phoneNumber
  assert.deepEqual([saved.label, saved.outboundAgentId], ['Sales line', agent.id])
  expectOk(await dash(page, base, 'POST', `/api/phone-numbers/${added.id}/reprovision-outbound`, {}), 200, 'reprovision')
  const numbers = expectOk(await dash(page, base, 'GET', '/api/phone-numbers'), 200, 'list numbers').phoneNumbers
  assert.equal(numbers.length, 1)
  for (const k of ['id', 'e164', 'label', 'provider', 'status', 'inboundAgentId', 'outboundAgentId', 'allowedInboundCountries', 'allowedOutboundCountries', 'createdAt']) assert.ok(k in numbers[0], `phoneNumbers[].${k}`)
  assert.equal(numbers[0].status, 'active')
  assert.equal(numbers[0].livekitSipPassword, null, 'no SIP secret reaches the browser')

  // Outbound: call a lead from that number, list, read the log, cancel one, DNC another.
  const job = expectOk(await dash(page, base, 'POST', '/api/outbound/jobs', { agentId: agent.id, phoneE164: '+14155550100', recordingEnabled: false, metadata: { fromNumber: CALLER_ID } }), 201, 'create job').job
  assert.deepEqual([job.status, job.attempts, job.maxAttempts], ['queued', 0, 3])
  let jobs: Record<string, any>[] = []
  await eventually(async () => {
    jobs = expectOk(await dash(page, base, 'GET', '/api/outbound/jobs?limit=200'), 200, 'list jobs').jobs
    return jobs[0]?.status === 'in_call'
  }, 'the lead is in a call')
  for (const k of ['id', 'createdAt', 'phoneE164', 'status', 'attempts', 'maxAttempts', 'leadName', 'lastError', 'callId']) assert.ok(k in jobs[0], `jobs[].${k}`)
  assert.equal(s.livekit.calls('CreateSIPParticipant')[0].body.sipNumber, CALLER_ID)
  const ended = await s.app.inject({ method: 'POST', url: `/api/internal/calls/${jobs[0].callId}/end`, headers: { 'x-agent-secret': TEST_AGENT_SECRET }, payload: { outcome: 'agent_hangup' } })
  assert.equal(ended.statusCode, 200)
  const logs = expectOk(await dash(page, base, 'GET', `/api/outbound/jobs/${job.id}/logs`), 200, 'job logs').logs
  for (const l of logs) for (const k of ['id', 'createdAt', 'message']) assert.ok(k in l, `logs[].${k}`)
  assert.equal(logs[logs.length - 1].message, 'Job created')
  // Analytics (before any other job can dial): the range page and the agent's header line count the call.
  const now = Date.now()
  await eventually(async () => expectOk(await dash(page, base, 'GET', `/api/analytics?from=${now - 86_400_000}&to=${now + 60_000}`), 200, 'analytics').totals.callCount === 1, 'the call in analytics')
  const range = expectOk(await dash(page, base, 'GET', `/api/analytics?from=${now - 86_400_000}&to=${now + 60_000}`), 200, 'analytics')
  for (const k of ['callCount', 'completedCallCount', 'avgDurationSec', 'avgLatencyMs', 'totalTokens']) assert.ok(k in range.totals, `totals.${k}`)
  assert.equal(range.series.length, 1)
  const header = expectOk(await dash(page, base, 'GET', `/api/agents/${agent.id}/analytics`), 200, 'agent analytics')
  assert.equal(header.latest.callId, jobs[0].callId)

  const second = expectOk(await dash(page, base, 'POST', '/api/outbound/jobs', { agentId: agent.id, phoneE164: '+14155550101', metadata: {} }), 201, 'second job').job
  const canceled = expectOk(await dash(page, base, 'POST', `/api/outbound/jobs/${second.id}/cancel`), 200, 'cancel job').job
  assert.equal(canceled.status, 'canceled')
  const third = expectOk(await dash(page, base, 'POST', '/api/outbound/jobs', { agentId: agent.id, phoneE164: '+14155550102', metadata: {} }), 201, 'third job').job
  const dnc = expectOk(await dash(page, base, 'POST', `/api/outbound/jobs/${third.id}/dnc`, { reason: 'User requested DNC' }), 200, 'dnc job').job
  assert.deepEqual([dnc.status, dnc.dnc], ['canceled', true])

  // Billing: the plan widget, the usage lines, the invoices; then the upgrade's Checkout URL.
  const status = expectOk(await dash(page, base, 'GET', '/api/billing/status'), 200, 'billing status')
  assert.equal(status.mode, 'trial')
  for (const k of ['creditUsd', 'approxMinutesRemaining', 'allowPstn', 'allowNumberPurchase']) assert.ok(k in status.trial, `trial.${k}`)
  for (const k of ['baseUsdPerMin', 'includedTokensPerMin', 'tokenOverageUsdPer1K']) assert.equal(typeof status.pricing[k], 'number', `pricing.${k}`)
  const usage = expectOk(await dash(page, base, 'GET', '/api/billing/usage-summary'), 200, 'usage summary')
  assert.equal(typeof usage.totalUsd, 'number')
  for (const l of usage.lines) for (const k of ['key', 'description', 'unit', 'quantity', 'amountCents']) assert.ok(k in l, `lines[].${k}`)
  assert.deepEqual(expectOk(await dash(page, base, 'GET', '/api/billing/invoices'), 200, 'invoices'), { ok: true, upcoming: null, history: [] })
  const upgrade = expectOk(await dash(page, base, 'POST', '/api/billing/upgrade'), 200, 'upgrade')
  assert.match(upgrade.url, /^https:\/\/checkout\.stripe\.com\//)
})
