import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { startTestApp } from './helpers/app.js'
import { createAgent, signup, type TestUser } from './helpers/users.js'
import { endedCall, pricedCall } from './helpers/billing.js'

// A cost on every ended call, by the rate card, on an unmetered instance (no STRIPE_SECRET_KEY):
// costs are computed and shown, nothing is charged, only concurrency applies.

type Json = Record<string, any>

const RATES = {
  BASE_PRICE_USD_PER_MIN: '0.10',
  LLM_SURCHARGE_JSON: '{"gpt-4.1":0.03,"gpt-5":0.05}',
  DEFAULT_LLM_MODEL: 'gpt-5-mini',
  INCLUDED_TOKENS_PER_MIN: '1000',
  TOKEN_OVERAGE_USD_PER_1K: '0.004',
  TELEPHONY_USD_PER_MIN: '0.01',
  TELEPHONY_MARKUP_RATE: '0.5',
  BILLING_FINALIZE_DELAY_S: '0',
}

async function setup(t: { after: (fn: () => Promise<void>) => void }, env: Record<string, string> = {}) {
  const { app } = await startTestApp(t, { env: { ...RATES, ...env } })
  return { app, owner: await signup(app) }
}

const get = async (app: FastifyInstance, user: TestUser, url: string) => {
  const res = await app.inject({ method: 'GET', url, headers: user.headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json() as Json
}
const byKey = (lines: Json[]) => Object.fromEntries(lines.map((l) => [l.meter, l]))

test('cost lines: a web call, a PSTN call with an upgraded model, a call over its included tokens; in the list, analytics and the usage summary', async (t) => {
  const { app, owner } = await setup(t)
  const plain = await createAgent(app, owner.headers, { name: 'Plain' })
  const smart = await createAgent(app, owner.headers, { name: 'Smart', llmModel: 'gpt-4.1' })

  // 90 s browser call, default model, few tokens: the base minutes only.
  const web = await pricedCall(app, owner.headers, await endedCall(app, { workspaceId: owner.workspaceId, agentId: plain.id, seconds: 90, tokens: 500 }))
  assert.equal(web.cost.model, 'gpt-5-mini')
  assert.equal(web.cost.chargedTo, 'unmetered')
  assert.deepEqual(web.cost.lines, [
    { key: 'voice_base_minutes', meter: 'voice_base_minutes', description: 'Base voice minutes', quantity: 1.5, unit: 'min', unitUsd: 0.1, amountUsd: 0.15 },
  ])
  assert.equal(web.cost.totalUsd, 0.15)

  // 61 s inbound phone call with an agent on gpt-4.1: base, model upgrade, telephony at 0.01 x 1.5.
  const pstn = await pricedCall(app, owner.headers, await endedCall(app, { workspaceId: owner.workspaceId, agentId: smart.id, direction: 'inbound', seconds: 61 }))
  const minutes = Math.round((61 / 60) * 1e6) / 1e6
  assert.equal(pstn.cost.model, 'gpt-4.1')
  const p = byKey(pstn.cost.lines)
  assert.deepEqual(Object.keys(p).sort(), ['telephony_minutes', 'voice_base_minutes', 'voice_model_upgrade_minutes:gpt-4.1'])
  assert.equal(p.voice_base_minutes.quantity, minutes)
  assert.equal(p['voice_model_upgrade_minutes:gpt-4.1'].key, 'voice_model_upgrade_minutes')
  assert.equal(p['voice_model_upgrade_minutes:gpt-4.1'].amountUsd, Math.round(minutes * 0.03 * 1e6) / 1e6)
  assert.equal(p.telephony_minutes.unitUsd, 0.015)
  assert.equal(p.telephony_minutes.amountUsd, Math.round(minutes * 0.015 * 1e6) / 1e6)
  assert.equal(pstn.cost.totalUsd, Math.round(pstn.cost.lines.reduce((s: number, l: Json) => s + l.amountUsd, 0) * 1e6) / 1e6)

  // 2 minutes with 5,000 tokens and 1,000 included per minute: 3,000 over -> 3 x 0.004. The model the
  // agent reported (gpt-5, dated) wins over the agent's own.
  const heavy = await pricedCall(app, owner.headers, await endedCall(app, { workspaceId: owner.workspaceId, agentId: smart.id, seconds: 120, tokens: 5000, model: 'openai/gpt-5-2025-08-07' }))
  const h = byKey(heavy.cost.lines)
  assert.equal(heavy.cost.model, 'openai/gpt-5-2025-08-07')
  assert.deepEqual(h.llm_token_overage_1k, { key: 'llm_token_overage_1k', meter: 'llm_token_overage_1k', description: 'LLM token overage', quantity: 3, unit: '1k tokens', unitUsd: 0.004, amountUsd: 0.012 })
  assert.equal(h['voice_model_upgrade_minutes:gpt-5'].amountUsd, 0.1)
  assert.equal(heavy.cost.totalUsd, 0.312)

  // A call of an A/B variant that names its own model is priced by it (gpt-5 instead of the agent's gpt-4.1).
  const created = await app.inject({ method: 'POST', url: `/api/agents/${smart.id}/variants`, headers: owner.headers, payload: { name: 'Bigger', llmModel: 'gpt-5', trafficPercent: 50 } })
  assert.equal(created.statusCode, 201, created.body)
  const variant = await pricedCall(app, owner.headers, await endedCall(app, { workspaceId: owner.workspaceId, agentId: smart.id, variantId: created.json().id, seconds: 60 }))
  assert.equal(variant.cost.model, 'gpt-5')
  assert.equal(byKey(variant.cost.lines)['voice_model_upgrade_minutes:gpt-5'].amountUsd, 0.05)

  // A call nobody answered costs nothing, and says so.
  const missed = await pricedCall(app, owner.headers, await endedCall(app, { workspaceId: owner.workspaceId, seconds: 30, answered: false }))
  assert.deepEqual(missed.cost.lines, [])
  assert.equal(missed.cost.totalUsd, 0)

  // The list carries the same cost as the single read.
  const list = await get(app, owner, '/api/calls?limit=10')
  for (const c of [web, pstn, heavy]) assert.deepEqual(list.items.find((x: Json) => x.id === c.id).cost, c.cost)

  // Analytics and the usage summary both add up to the calls.
  const total = Math.round((web.cost.totalUsd + pstn.cost.totalUsd + heavy.cost.totalUsd + variant.cost.totalUsd) * 1e6) / 1e6
  const analytics = await get(app, owner, '/api/analytics/usage')
  assert.equal(Math.round(analytics.totals.billedUsd * 1e6) / 1e6, total)
  const usage = await get(app, owner, '/api/billing/usage')
  assert.equal(usage.mode, 'unmetered')
  assert.equal(usage.totalUsd, total)
  const base = usage.lines.find((l: Json) => l.meter === 'voice_base_minutes')
  assert.equal(base.calls, 4)
  assert.equal(base.quantity, Math.round((1.5 + minutes + 2 + 1) * 1e6) / 1e6)

  // Another workspace sees none of it.
  const other = await signup(app)
  assert.equal((await get(app, other, '/api/billing/usage')).totalUsd, 0)
  assert.equal((await app.inject({ method: 'GET', url: `/api/calls/${web.id}`, headers: other.headers })).statusCode, 404)
})

test('re-pricing a call is idempotent: the same lines, the counters move by the difference only', async (t) => {
  const { app, owner } = await setup(t)
  const id = await endedCall(app, { workspaceId: owner.workspaceId, seconds: 600 })
  const first = await pricedCall(app, owner.headers, id)
  const before = await get(app, owner, '/api/billing')
  // The pricing job again, twice, as a second instance or a retry would run it.
  for (let i = 0; i < 2; i++) await app.jobs.enqueue(app.sql, 'billing.price-call', { callId: id, final: true }, { singletonKey: `again-${i}` })
  await new Promise((r) => setTimeout(r, 500))
  const again = await pricedCall(app, owner.headers, id)
  assert.deepEqual(again.cost, first.cost)
  const after = await get(app, owner, '/api/billing')
  assert.equal(after.spend.spendUsd, before.spend.spendUsd)
  assert.equal(after.spend.spendUsd, 1)
  assert.equal((await get(app, owner, '/api/billing/usage')).totalUsd, 1)
})

test('unmetered: no credit or trial gate, only the concurrency limit (429 concurrency_limit with the limit and count); an operator changes it', async (t) => {
  const { app, owner } = await setup(t, { UNMETERED_CONCURRENCY: '2', BILLING_ADMIN_TOKEN: 'admin-token-0123456789' })
  const status = await get(app, owner, '/api/billing')
  assert.equal(status.mode, 'unmetered')
  assert.deepEqual(status.concurrency, { limit: 2, active: 0 })
  assert.equal(status.rateCard.baseUsdPerMin, 0.1)

  assert.deepEqual(await app.billing.concurrency(owner.workspaceId), { limit: 2, active: 0, available: 2 })
  assert.equal(await app.billing.callRefusal(owner.workspaceId, 'outbound'), undefined, 'phone calls are not a trial matter here')
  for (let i = 0; i < 2; i++) {
    await app.calls.insert({ id: `call_open_${i}`, workspaceId: owner.workspaceId, agentId: null, agentName: null, direction: 'web', status: 'active', roomName: `open-${i}` })
  }
  const refusal = await app.billing.callRefusal(owner.workspaceId, 'campaign')
  assert.equal(refusal?.status, 429)
  assert.equal(refusal?.code, 'concurrency_limit')
  assert.deepEqual(refusal?.details, { limit: 2, active: 2 })
  assert.deepEqual((await get(app, owner, '/api/billing')).concurrency, { limit: 2, active: 2 })

  const admin = (workspaceId: string, body: Json, token = 'admin-token-0123456789') =>
    app.inject({ method: 'PATCH', url: `/api/admin/workspaces/${workspaceId}/billing`, headers: { 'x-admin-token': token }, payload: body })
  assert.equal((await admin(owner.workspaceId, { concurrencyLimit: 5 }, 'wrong')).statusCode, 401)
  // A workspace's own owner cannot raise its limit: the operator token is required.
  const asOwner = await app.inject({ method: 'PATCH', url: `/api/admin/workspaces/${owner.workspaceId}/billing`, headers: owner.headers, payload: { concurrencyLimit: 5 } })
  assert.equal(asOwner.statusCode, 401)
  assert.equal((await admin('ws_missing', { concurrencyLimit: 5 })).statusCode, 404)
  const raised = await admin(owner.workspaceId, { concurrencyLimit: 3 })
  assert.equal(raised.statusCode, 200, raised.body)
  assert.deepEqual(raised.json().concurrency, { limit: 3, active: 2 })
  assert.equal(await app.billing.callRefusal(owner.workspaceId, 'web'), undefined)
  assert.equal((await admin(owner.workspaceId, { concurrencyLimit: null })).json().concurrency.limit, 2, 'null: back to the default')
})

test('admin routes without BILLING_ADMIN_TOKEN answer 503 naming it; an unmetered instance has no concurrency limit by default', async (t) => {
  const { app, owner } = await setup(t)
  assert.deepEqual(await app.billing.concurrency(owner.workspaceId), { limit: null, active: 0, available: null })
  const res = await app.inject({ method: 'PATCH', url: `/api/admin/workspaces/${owner.workspaceId}/billing`, headers: { 'x-admin-token': 'x' }, payload: {} })
  assert.equal(res.statusCode, 503)
  assert.deepEqual(res.json().error.details.missing, ['BILLING_ADMIN_TOKEN'])
})
