import { test } from 'node:test'
import assert from 'node:assert/strict'
import Stripe from 'stripe'
import type { FastifyInstance } from 'fastify'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup, type TestUser } from './helpers/users.js'
import { startLiveKit, type LiveKitTestServer } from './helpers/livekit.js'
import { startTwilioServer, type TwilioTestServer } from './support/twilio-server.js'
import { startStripeServer, type StripeTestServer } from './support/stripe-server.js'
import { newId } from '../src/platform/ids.js'

// Plan limits on new calls: 402 for web and outbound, the over-capacity fallback for inbound.

const WHSEC = 'whsec_test_limits_0123456789abcdef'
const NUMBER = '+17073808675'
const CALLEE = '+15551234567'

interface Setup {
  app: FastifyInstance
  livekit: LiveKitTestServer
  twilio: TwilioTestServer
  stripe: StripeTestServer
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
      ...twilio.env, ...lk.env, ...stripe.env,
      LIVEKIT_SIP_ENDPOINT: 'test123.sip.livekit.cloud', PUBLIC_API_BASE_URL: 'https://api.rapidcall.test',
      STRIPE_WEBHOOK_SECRET: WHSEC, STRIPE_PRICE_PRO: 'price_pro_test',
      ...env,
    },
  })
  const owner = await signup(app)
  return { app, livekit: lk.server, twilio, stripe, owner, agent: await createAgent(app, owner.headers, { name: 'Front desk', promptPublished: 'Hello, front desk.' }) }
}

const webCall = (s: Setup) => s.app.inject({ method: 'POST', url: '/api/calls/web', headers: s.owner.headers, payload: { agentId: s.agent.id } })
const hangUp = (s: Setup, callId: string) => s.app.inject({ method: 'POST', url: `/api/calls/${callId}/end`, headers: s.owner.headers })
const inboundStart = (s: Setup, roomName: string) =>
  s.app.inject({ method: 'POST', url: '/api/internal/telephony/inbound/start', headers: { 'x-agent-secret': TEST_AGENT_SECRET }, payload: { roomName, to: NUMBER, from: '+3710000000' } })
const billing = async (s: Setup) => (await s.app.inject({ method: 'GET', url: '/api/billing', headers: s.owner.headers })).json()
const callList = async (s: Setup) => (await s.app.inject({ method: 'GET', url: '/api/calls?limit=100', headers: s.owner.headers })).json().items as Record<string, any>[]

/** Signed customer.subscription.* as Stripe sends it. */
async function subscription(s: Setup, type: string, status = 'active') {
  const customer = s.stripe.state.addCustomer().id as string
  const sub = s.stripe.state.addSubscription({ customer, price: 'price_pro_test', status, metadata: { workspaceId: s.owner.workspaceId } })
  const body = JSON.stringify(s.stripe.state.makeEvent(type, sub))
  const res = await s.app.inject({
    method: 'POST', url: '/api/webhooks/stripe', payload: body,
    headers: { 'content-type': 'application/json', 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret: WHSEC }) },
  })
  assert.equal(res.statusCode, 200, res.body)
}

/** Uses up `minutes` of the period with one call answered that long ago, ended now. */
async function usedMinutes(s: Setup, minutes: number) {
  const id = newId('call')
  await s.app.calls.insert({ id, workspaceId: s.owner.workspaceId, agentId: null, agentName: null, direction: 'web', status: 'created', roomName: `call-used-${id}` })
  await s.app.calls.markActive(id, new Date(Date.now() - minutes * 60_000 + 1000))
  await s.app.callLifecycle.end(id, { outcome: 'agent_hangup' })
}

async function importNumber(s: Setup, opts: { inboundAgent?: boolean; provision?: boolean } = {}) {
  s.twilio.state.addIncomingNumber(NUMBER)
  const created = await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: s.owner.headers, payload: { e164: NUMBER } })
  assert.equal(created.statusCode, 201, created.body)
  const number = created.json()
  if (opts.inboundAgent) {
    await s.app.inject({ method: 'PATCH', url: `/api/phone-numbers/${number.id}`, headers: s.owner.headers, payload: { inboundAgentId: s.agent.id } })
  }
  if (opts.provision) {
    const res = await s.app.inject({ method: 'POST', url: `/api/phone-numbers/${number.id}/reprovision`, headers: s.owner.headers })
    assert.ok(res.json().steps.every((x: { ok: boolean }) => x.ok), res.body)
  }
  return number
}

test('web calls: the free plan allows one at a time (402 with the limit and usage), Pro allows more', async (t) => {
  const s = await setup(t)
  const first = await webCall(s)
  assert.equal(first.statusCode, 201, first.body)

  const refused = await webCall(s)
  assert.equal(refused.statusCode, 402)
  assert.equal(refused.json().error.code, 'plan_limit_reached')
  assert.deepEqual(refused.json().error.details, { plan: 'free', limit: 'concurrentCalls', allowed: 1, usage: 1 })
  assert.match(refused.json().error.message, /Free plan allows 1 concurrent call/)
  assert.equal((await callList(s)).length, 1, 'a refused call creates nothing')
  assert.equal(s.livekit.state.rooms.size, 1, 'and no LiveKit room')
  assert.equal((await billing(s)).usage.activeCalls, 1)

  // The first call ends: the slot is free again.
  assert.equal((await hangUp(s, first.json().callId)).statusCode, 200)
  const second = await webCall(s)
  assert.equal(second.statusCode, 201)

  // On Pro, five at once.
  await subscription(s, 'customer.subscription.created')
  for (let i = 0; i < 4; i++) assert.equal((await webCall(s)).statusCode, 201, `call ${i + 2} of 5`)
  const sixth = await webCall(s)
  assert.equal(sixth.statusCode, 402)
  assert.deepEqual(sixth.json().error.details, { plan: 'pro', limit: 'concurrentCalls', allowed: 5, usage: 5 })
  // The existing dashboard's route is limited the same way.
  const legacy = await s.app.inject({ method: 'POST', url: `/api/agents/${s.agent.id}/start`, headers: s.owner.headers })
  assert.equal(legacy.statusCode, 402)
})

test('web calls: the monthly minutes run out -> 402 monthlyMinutes; other workspaces are not affected', async (t) => {
  const s = await setup(t)
  await usedMinutes(s, 59)
  assert.equal((await billing(s)).usage.minutes, 59)
  const ok = await webCall(s)
  assert.equal(ok.statusCode, 201, 'one minute left')
  await hangUp(s, ok.json().callId)
  await usedMinutes(s, 1)

  const refused = await webCall(s)
  assert.equal(refused.statusCode, 402)
  assert.deepEqual(refused.json().error.details, { plan: 'free', limit: 'monthlyMinutes', allowed: 60, usage: 60 })

  const other = await signup(s.app)
  const otherAgent = await createAgent(s.app, other.headers)
  const theirs = await s.app.inject({ method: 'POST', url: '/api/calls/web', headers: other.headers, payload: { agentId: otherAgent.id } })
  assert.equal(theirs.statusCode, 201, 'limits are per workspace')
})

test('past_due within the grace period keeps Pro limits; beyond it the workspace is limited like free', async (t) => {
  const grace = await setup(t)
  await subscription(grace, 'customer.subscription.updated', 'past_due')
  assert.equal((await webCall(grace)).statusCode, 201)
  assert.equal((await webCall(grace)).statusCode, 201, 'still Pro during the grace period')

  const over = await setup(t, { BILLING_PAST_DUE_GRACE_DAYS: '0' })
  await subscription(over, 'customer.subscription.updated', 'past_due')
  assert.equal((await webCall(over)).statusCode, 201)
  const refused = await webCall(over)
  assert.equal(refused.statusCode, 402)
  assert.deepEqual(refused.json().error.details, { plan: 'free', limit: 'concurrentCalls', allowed: 1, usage: 1 })
})

test('outbound calls beyond the plan answer 402 and dial nobody', async (t) => {
  const s = await setup(t)
  const number = await importNumber(s, { provision: true })
  const busy = await webCall(s)
  assert.equal(busy.statusCode, 201)

  const refused = await s.app.inject({ method: 'POST', url: '/api/calls/outbound', headers: s.owner.headers, payload: { agentId: s.agent.id, to: CALLEE, phoneNumberId: number.id } })
  assert.equal(refused.statusCode, 402)
  assert.equal(refused.json().error.code, 'plan_limit_reached')
  assert.deepEqual(refused.json().error.details, { plan: 'free', limit: 'concurrentCalls', allowed: 1, usage: 1 })
  assert.equal(s.livekit.calls('CreateSIPParticipant').length, 0, 'nobody was dialled')
  assert.equal((await callList(s)).filter((c) => c.direction === 'outbound').length, 0)

  await hangUp(s, busy.json().callId)
  const dialled = await s.app.inject({ method: 'POST', url: '/api/calls/outbound', headers: s.owner.headers, payload: { agentId: s.agent.id, to: CALLEE, phoneNumberId: number.id } })
  assert.equal(dialled.statusCode, 201, dialled.body)
  assert.equal(s.livekit.calls('CreateSIPParticipant').length, 1)
})

test('inbound start over the limit: the over-capacity fallback, the refused call recorded (and not billed); a retry of an accepted call keeps its agent', async (t) => {
  const s = await setup(t)
  await importNumber(s, { inboundAgent: true })

  // The one free slot: an inbound call the agent answers. The agent retries inbound start for the same room.
  const accepted = await inboundStart(s, 'call-in-1')
  assert.equal(accepted.statusCode, 201, accepted.body)
  assert.equal(accepted.json().agent.id, s.agent.id)
  const retry = await inboundStart(s, 'call-in-1')
  assert.equal(retry.json().callId, accepted.json().callId)
  assert.equal(retry.json().agent.id, s.agent.id, 'the call in its own room does not count against itself')
  assert.equal(retry.json().fallback, undefined)

  // A second caller while the slot is taken.
  const refused = await inboundStart(s, 'call-in-2')
  assert.equal(refused.statusCode, 201)
  const cfg = refused.json()
  assert.equal(cfg.fallback, true)
  assert.equal(cfg.agent.id, null)
  assert.match(cfg.prompt, /over capacity/)
  assert.equal(cfg.welcome.mode, 'agent', 'the fallback speaks first')
  assert.ok(cfg.enabledTools.includes('end_call'), 'and can end the call')
  assert.equal(cfg.workspaceId, s.owner.workspaceId)
  const again = await inboundStart(s, 'call-in-2')
  assert.equal(again.json().callId, cfg.callId, 'a retry gets the same refused call')

  const calls = await callList(s)
  const row = calls.find((c) => c.id === cfg.callId)!
  assert.equal(row.direction, 'inbound')
  assert.equal(row.outcome, 'over_capacity', 'the refused call is in the call list')
  assert.equal((await billing(s)).usage.activeCalls, 1, 'refused calls do not hold a slot')

  // The refused call ends (the fallback agent hangs up after its sentence): nothing is billed for it.
  const end = await s.app.inject({ method: 'POST', url: `/api/internal/calls/${cfg.callId}/end`, headers: { 'x-agent-secret': TEST_AGENT_SECRET }, payload: { outcome: 'agent_hangup' } })
  assert.equal(end.statusCode, 200)
  assert.equal((await billing(s)).usage.minutes, 0)

  // The first call ends: the next caller reaches the agent.
  await s.app.inject({ method: 'POST', url: `/api/internal/calls/${accepted.json().callId}/end`, headers: { 'x-agent-secret': TEST_AGENT_SECRET }, payload: {} })
  const next = await inboundStart(s, 'call-in-3')
  assert.equal(next.json().agent.id, s.agent.id)
  assert.equal(next.json().fallback, undefined)
})

test('inbound start when the monthly minutes are used up: the over-capacity fallback', async (t) => {
  const s = await setup(t)
  await importNumber(s, { inboundAgent: true })
  await usedMinutes(s, 60)
  const res = await inboundStart(s, 'call-in-minutes')
  assert.equal(res.statusCode, 201)
  assert.equal(res.json().fallback, true)
  assert.match(res.json().prompt, /over capacity/)
})
