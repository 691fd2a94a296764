import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup, type TestUser } from './helpers/users.js'
import { startLiveKit, type LiveKitTestServer } from './helpers/livekit.js'
import { endedCall, pricedCall } from './helpers/billing.js'
import { eventually } from './helpers/eventually.js'
import { startTwilioServer, type TwilioTestServer } from './support/twilio-server.js'
import { startStripeServer } from './support/stripe-server.js'

// Trials: a dollar credit that calls draw down, then 402 for new web and outbound calls and the
// over-capacity fallback for inbound ones; phone calls and number purchase off unless configured;
// one call at a time (429 concurrency_limit).

const NUMBER = '+17073808675'
type Json = Record<string, any>

interface Setup {
  app: FastifyInstance
  livekit: LiveKitTestServer
  twilio: TwilioTestServer
  owner: TestUser
  agent: { id: string; name: string }
}

async function setup(t: { after: (fn: () => Promise<void>) => void }, env: Record<string, string> = {}): Promise<Setup> {
  const twilio = await startTwilioServer()
  t.after(() => twilio.close())
  const stripe = await startStripeServer()
  t.after(() => stripe.close())
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, {
    env: {
      ...twilio.env, ...lk.env, ...stripe.env, LIVEKIT_SIP_ENDPOINT: 'test123.sip.livekit.cloud', PUBLIC_API_BASE_URL: 'https://api.rapidcall.test',
      BASE_PRICE_USD_PER_MIN: '0.10', TRIAL_CREDIT_USD: '0.5', BILLING_FINALIZE_DELAY_S: '0', ...env,
    },
  })
  const owner = await signup(app)
  return { app, livekit: lk.server, twilio, owner, agent: await createAgent(app, owner.headers, { name: 'Front desk', promptPublished: 'Hello, front desk.' }) }
}

const status = async (s: Setup) => (await s.app.inject({ method: 'GET', url: '/api/billing', headers: s.owner.headers })).json() as Json
const webCall = (s: Setup) => s.app.inject({ method: 'POST', url: '/api/calls/web', headers: s.owner.headers, payload: { agentId: s.agent.id } })
const inboundStart = (s: Setup, roomName: string) =>
  s.app.inject({ method: 'POST', url: '/api/internal/telephony/inbound/start', headers: { 'x-agent-secret': TEST_AGENT_SECRET }, payload: { roomName, to: NUMBER, from: '+3710000000' } })

async function routedNumber(s: Setup) {
  s.twilio.state.addIncomingNumber(NUMBER)
  const created = await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: s.owner.headers, payload: { e164: NUMBER } })
  assert.equal(created.statusCode, 201, created.body)
  const patched = await s.app.inject({ method: 'PATCH', url: `/api/phone-numbers/${created.json().id}`, headers: s.owner.headers, payload: { inboundAgentId: s.agent.id } })
  assert.equal(patched.statusCode, 200, patched.body)
}

test('trial draw-down: calls spend the credit, then new web calls answer 402 trial_credit_exhausted and inbound calls get the fallback', async (t) => {
  const s = await setup(t, { TRIAL_ALLOW_PSTN: 'true', BILLING_ADMIN_TOKEN: 'admin-token-0123456789' })
  await routedNumber(s)
  const fresh = await status(s)
  assert.equal(fresh.mode, 'trial')
  assert.deepEqual(fresh.trial, { trialCreditUsd: 0.5, creditUsd: 0.5, approxMinutesRemaining: 5, allowPstn: true, allowNumberPurchase: false })

  // 3 minutes: $0.30 of the $0.50.
  const first = await pricedCall(s.app, s.owner.headers, await endedCall(s.app, { workspaceId: s.owner.workspaceId, agentId: s.agent.id, seconds: 180 }))
  assert.equal(first.cost.chargedTo, 'trial')
  let st = await status(s)
  assert.equal(st.trial.creditUsd, 0.2)
  assert.equal(st.trial.approxMinutesRemaining, 2)

  // Credit left: a web call starts (and the call in progress is never cut, whatever it costs).
  const live = await webCall(s)
  assert.equal(live.statusCode, 201, live.body)
  await s.app.inject({ method: 'POST', url: `/api/calls/${live.json().callId}/end`, headers: s.owner.headers })
  await pricedCall(s.app, s.owner.headers, live.json().callId)

  // Another 3 minutes: more than what was left; the credit shows 0, never below.
  await pricedCall(s.app, s.owner.headers, await endedCall(s.app, { workspaceId: s.owner.workspaceId, agentId: s.agent.id, seconds: 180 }))
  st = await status(s)
  assert.equal(st.trial.creditUsd, 0)
  assert.equal(st.trial.approxMinutesRemaining, 0)

  const refused = await webCall(s)
  assert.equal(refused.statusCode, 402)
  assert.equal(refused.json().error.code, 'trial_credit_exhausted')
  assert.deepEqual(refused.json().error.details, { trialCreditUsd: 0.5, creditUsd: 0 })
  assert.equal((await s.app.billing.callRefusal(s.owner.workspaceId, 'outbound'))?.code, 'trial_credit_exhausted')

  // The caller of a phone call hears the over-capacity fallback; the call is recorded as refused.
  const inbound = await inboundStart(s, 'call-in-broke')
  assert.equal(inbound.statusCode, 201, inbound.body)
  assert.equal(inbound.json().fallback, true)
  assert.match(inbound.json().prompt, /over capacity/)
  const calls = (await s.app.inject({ method: 'GET', url: '/api/calls?limit=20', headers: s.owner.headers })).json().items as Json[]
  assert.equal(calls.find((c) => c.id === inbound.json().callId)?.outcome, 'over_capacity')

  // Other workspaces were never affected.
  const other = await signup(s.app)
  const otherAgent = await createAgent(s.app, other.headers)
  assert.equal((await s.app.inject({ method: 'POST', url: '/api/calls/web', headers: other.headers, payload: { agentId: otherAgent.id } })).statusCode, 201)

  // An operator grants more credit: calls start again.
  const granted = await s.app.inject({
    method: 'PATCH', url: `/api/admin/workspaces/${s.owner.workspaceId}/billing`, headers: { 'x-admin-token': 'admin-token-0123456789' }, payload: { trialCreditUsd: 5 },
  })
  assert.equal(granted.statusCode, 200, granted.body)
  assert.equal(granted.json().trial.creditUsd, 4.4)
  assert.equal((await webCall(s)).statusCode, 201)
})

test('trial: phone calls and number purchase are off unless configured; one call at a time (429 concurrency_limit)', async (t) => {
  const s = await setup(t)
  await routedNumber(s)
  const st = await status(s)
  assert.equal(st.trial.allowPstn, false)
  const outbound = await s.app.billing.callRefusal(s.owner.workspaceId, 'outbound')
  assert.equal(outbound?.status, 402)
  assert.equal(outbound?.code, 'trial_pstn_not_allowed')
  const purchase = await s.app.billing.numberPurchaseRefusal(s.owner.workspaceId)
  assert.equal(purchase?.status, 402)
  assert.equal(purchase?.code, 'trial_number_purchase_not_allowed')
  await assert.rejects(s.app.billing.enforceNumberPurchase(s.owner.workspaceId), (e: Json) => e.statusCode === 402 && e.code === 'trial_number_purchase_not_allowed')
  const inbound = await inboundStart(s, 'call-in-trial')
  assert.equal(inbound.json().fallback, true, 'a trial\'s phone calls get the fallback')

  // One call at a time: the second web call is 429 with the limit and the count, and creates nothing.
  const first = await webCall(s)
  assert.equal(first.statusCode, 201, first.body)
  const second = await webCall(s)
  assert.equal(second.statusCode, 429)
  assert.equal(second.json().error.code, 'concurrency_limit')
  assert.deepEqual(second.json().error.details, { limit: 1, active: 1 })
  assert.equal(s.livekit.state.rooms.size, 1, 'no room for the refused call')
  await s.app.inject({ method: 'POST', url: `/api/calls/${first.json().callId}/end`, headers: s.owner.headers })
  assert.equal((await webCall(s)).statusCode, 201, 'the slot is free again')

  const open = await setup(t, { TRIAL_ALLOW_PSTN: 'true', TRIAL_ALLOW_NUMBER_PURCHASE: 'true' })
  assert.equal(await open.app.billing.callRefusal(open.owner.workspaceId, 'outbound'), undefined)
  assert.equal(await open.app.billing.numberPurchaseRefusal(open.owner.workspaceId), undefined)
  await routedNumber(open)
  const answered = await inboundStart(open, 'call-in-allowed')
  assert.equal(answered.json().agent.id, open.agent.id)
  assert.equal((await status(open)).trial.allowNumberPurchase, true)
})

test('inbound calls count toward the concurrency limit; a retry of an accepted call keeps its agent', async (t) => {
  const s = await setup(t, { TRIAL_ALLOW_PSTN: 'true' })
  await routedNumber(s)
  const accepted = await inboundStart(s, 'call-in-1')
  assert.equal(accepted.json().agent.id, s.agent.id)
  const retry = await inboundStart(s, 'call-in-1')
  assert.equal(retry.json().callId, accepted.json().callId)
  assert.equal(retry.json().agent.id, s.agent.id, 'the call in its own room does not count against itself')
  const refused = await inboundStart(s, 'call-in-2')
  assert.equal(refused.json().fallback, true)
  assert.equal((await webCall(s)).statusCode, 429, 'the inbound call holds the one slot')
  assert.deepEqual((await status(s)).concurrency, { limit: 1, active: 1 }, 'refused calls do not hold a slot')
  // The refused call ends: nothing is charged for it.
  await s.app.inject({ method: 'POST', url: `/api/internal/calls/${refused.json().callId}/end`, headers: { 'x-agent-secret': TEST_AGENT_SECRET }, payload: { outcome: 'agent_hangup' } })
  const cost = await pricedCall(s.app, s.owner.headers, refused.json().callId)
  assert.equal(cost.cost.totalUsd, 0)
  await eventually(async () => (await status(s)).trial.creditUsd === 0.5, 'credit untouched')
})
