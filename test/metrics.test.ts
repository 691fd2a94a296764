import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, createApiKey, signup } from './helpers/users.js'
import { newId } from '../src/platform/ids.js'
import { LLM_PRICES, STT_PRICES_PER_MINUTE, TTS_PRICES_PER_1K_CHARS } from '../plugins/metrics/prices.js'

const PREVIOUS_SECRET = 'agent-secret-previous-0123456789'

/** PostgreSQL's percentile_cont: linear interpolation between the two nearest ranks. */
function percentileCont(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b)
  const pos = p * (s.length - 1)
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return s[lo] + (pos - lo) * (s[hi] - s[lo])
}

async function newCall(app: FastifyInstance, workspaceId: string, extra: { agentId?: string; agentName?: string } = {}) {
  const row = await app.calls.insert({
    id: newId('call'), workspaceId, agentId: extra.agentId ?? null, agentName: extra.agentName ?? null,
    direction: 'web', status: 'active', roomName: null,
  })
  return row.id
}

const postMetrics = (app: FastifyInstance, callId: string, body: unknown, secret: string | null = TEST_AGENT_SECRET) =>
  app.inject({
    method: 'POST',
    url: `/api/calls/${callId}/metrics`,
    headers: secret === null ? {} : { 'x-agent-secret': secret },
    payload: body as object,
  })

const storedEvents = async (app: FastifyInstance, callId: string) =>
  Number((await app.sql<{ n: string }[]>`select count(*) as n from call_metric_events where call_id = ${callId}`)[0].n)

test('the Python agent\'s latency-only post is stored; secrets: current and previous accepted, wrong or missing refused', async (t) => {
  const { app } = await startTestApp(t, { env: { AGENT_SHARED_SECRET_PREVIOUS: PREVIOUS_SECRET } })
  const owner = await signup(app)
  const callId = await newCall(app, owner.workspaceId)
  // Verbatim what the existing agent posts: integers, snake_case, nothing else.
  const latency = { llm_ttft_ms_avg: 412, eou_transcription_ms_avg: 230, eou_end_ms_avg: 510, agent_turn_latency_ms_avg: 980 }

  const res = await postMetrics(app, callId, { latency })
  assert.equal(res.statusCode, 200, res.body)
  const { call } = res.json()
  assert.equal(call.id, callId)
  assert.deepEqual(call.metrics.latency, latency)
  assert.equal(call.metrics.tokensTotal, 0)
  assert.equal(call.metrics.costUsd, 0)
  assert.equal(call.metrics.latencyP50Ms, null, 'no events, no percentiles')

  const read = await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: owner.headers })
  assert.deepEqual(read.json().metrics.latency, latency, 'the dashboard sees what the agent posted')

  const later = { ...latency, agent_turn_latency_ms_avg: 1010 }
  assert.equal((await postMetrics(app, callId, { latency: later }, PREVIOUS_SECRET)).statusCode, 200, 'previous secret accepted while set')
  for (const secret of ['wrong-secret', '', null]) {
    const denied = await postMetrics(app, callId, { latency: { llm_ttft_ms_avg: 1 } }, secret)
    assert.equal(denied.statusCode, 401)
    assert.equal(denied.json().error.code, 'invalid_agent_secret')
  }
  const after = await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: owner.headers })
  assert.deepEqual(after.json().metrics.latency, later, 'refused posts changed nothing')
})

test('older agents\' usage + models: snapshot tokens, cost from the price table, snapshots replaced key by key', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const callId = await newCall(app, owner.workspaceId)
  const usage = {
    llm_prompt_tokens: 12_000, llm_prompt_cached_tokens: 2_000, llm_completion_tokens: 3_000,
    tts_characters_count: 2_500, tts_audio_duration: 45.5, stt_audio_duration: 90, llm_model: 'gpt-4o-mini-2024-07-18',
    stt_model: 'nova-3', tts_model: 'eleven_flash_v2_5', vad_inference_count: 17, interrupted: true, extra: null,
  }
  const models = { llm: 'gpt-4o-mini', stt: 'nova-3', tts: 'eleven_flash_v2_5' }
  const telephony = { trunkNumber: '+15550001111', callerNumber: null, rateKey: 'us-local' }
  const res = await postMetrics(app, callId, { usage, models, telephony, normalized: { source: 'web', participantsCountAvg: 2 }, agentVersion: '0.9.1' })
  assert.equal(res.statusCode, 200, res.body)
  const m = res.json().call.metrics
  assert.deepEqual(m.usage, usage, 'keys the API does not know inside a snapshot are kept')
  assert.deepEqual(m.models, models)
  assert.deepEqual(m.telephony, telephony, 'nulls stay null')
  assert.equal(m.agentVersion, undefined, 'unknown top-level keys are accepted and ignored')
  assert.equal(m.promptTokens, 12_000)
  assert.equal(m.completionTokens, 3_000)
  assert.equal(m.tokensTotal, 15_000)
  const llm = LLM_PRICES['gpt-4o-mini']
  const expected =
    (10_000 * llm.prompt + 2_000 * llm.cachedPrompt + 3_000 * llm.completion) / 1e6 +
    2.5 * TTS_PRICES_PER_1K_CHARS.eleven_flash_v2_5 +
    1.5 * STT_PRICES_PER_MINUTE['nova-3']
  assert.equal(m.costUsd, Math.round(expected * 1e6) / 1e6)
  assert.ok(m.costUsd > 0)

  // A later snapshot replaces the stored one whole; the other snapshots stay.
  const next = await postMetrics(app, callId, { usage: { llm_prompt_tokens: 20_000, llm_completion_tokens: 5_000, llm_model: 'some-model-we-do-not-price' } })
  const n = next.json().call.metrics
  assert.deepEqual(n.usage, { llm_prompt_tokens: 20_000, llm_completion_tokens: 5_000, llm_model: 'some-model-we-do-not-price' })
  assert.deepEqual(n.models, models)
  assert.deepEqual(n.normalized, { source: 'web', participantsCountAvg: 2 })
  assert.equal(n.tokensTotal, 25_000)
  assert.equal(n.costUsd, 0, 'an unpriced model and no event costs: 0, not a guess')

  const nones = await postMetrics(app, callId, { usage: null, models: null, telephony: null, events: null })
  assert.equal(nones.statusCode, 200, nones.body)
  assert.deepEqual(nones.json(), next.json(), 'None from a Python agent reports nothing and erases nothing')
})

test('100 events, half of them replayed: 100 stored once, percentiles of the first copies, same body twice changes nothing', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const callId = await newCall(app, owner.workspaceId)
  // 90 turns and 10 llm samples; only turns feed the call's latency percentiles.
  const events = Array.from({ length: 100 }, (_, i) => ({
    id: `turn-${i}`,
    type: i % 10 === 9 ? 'llm' : 'turn',
    at: new Date(Date.UTC(2025, 0, 1, 12, 0, i)).toISOString(),
    e2eLatencyMs: i % 10 === 9 ? 50_000 : 600 + ((i * 37) % 101) * 7,
    llmTtftMs: 300 + i,
    promptTokens: 100 + i,
    completionTokens: 20 + (i % 7),
    costUsd: (i + 1) / 10_000,
  }))
  const first = await postMetrics(app, callId, { events: events.slice(0, 50) })
  assert.equal(first.statusCode, 200, first.body)
  assert.equal(await storedEvents(app, callId), 50)

  // The agent re-sends the first half (with different figures: a replay must not overwrite) plus the new half.
  const replayed = events.slice(0, 50).map((e) => ({ ...e, e2eLatencyMs: 1, promptTokens: 999_999, costUsd: 5 }))
  const second = await postMetrics(app, callId, { latency: { agent_turn_latency_ms_avg: 980 }, events: [...replayed, ...events.slice(50)] })
  assert.equal(second.statusCode, 200, second.body)
  assert.equal(await storedEvents(app, callId), 100)

  const turns = events.filter((e) => e.type === 'turn').map((e) => e.e2eLatencyMs)
  const m = second.json().call.metrics
  assert.equal(m.latencyP50Ms, percentileCont(turns, 0.5))
  assert.equal(m.latencyP95Ms, percentileCont(turns, 0.95))
  assert.equal(m.promptTokens, events.reduce((s, e) => s + e.promptTokens, 0), 'no usage snapshot: tokens are the events\' sum')
  assert.equal(m.completionTokens, events.reduce((s, e) => s + e.completionTokens, 0))
  assert.equal(m.costUsd, events.reduce((s, e) => s + Math.round(e.costUsd * 1e6), 0) / 1e6, 'no priced snapshot: cost is the events\' sum')

  const again = await postMetrics(app, callId, { latency: { agent_turn_latency_ms_avg: 980 }, events: [...replayed, ...events.slice(50)] })
  assert.equal(again.statusCode, 200)
  assert.deepEqual(again.json(), second.json(), 'posting the same body twice changes nothing')
  assert.equal(await storedEvents(app, callId), 100)

  // A usage snapshot takes over the tokens: it is cumulative, events are not added to it.
  const withUsage = await postMetrics(app, callId, { usage: { llm_prompt_tokens: 7, llm_completion_tokens: 3 } })
  assert.equal(withUsage.json().call.metrics.tokensTotal, 10)
  assert.equal(withUsage.json().call.metrics.latencyP95Ms, percentileCont(turns, 0.95))
})

test('unknown call 404, wrong shapes and oversized posts 400, ended calls still take late events', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const callId = await newCall(app, owner.workspaceId)

  const unknown = await postMetrics(app, newId('call'), { latency: { llm_ttft_ms_avg: 1 } })
  assert.equal(unknown.statusCode, 404)
  assert.equal(unknown.json().error.code, 'call_not_found')

  const tooMany = Array.from({ length: 501 }, (_, i) => ({ id: `e${i}`, type: 'turn', e2eLatencyMs: 500 }))
  const bad: unknown[] = [
    { events: tooMany },
    [],
    { events: { id: 'e1', type: 'turn' } },
    { events: [{ id: 'e1', type: 'thinking' }] },
    { events: [{ type: 'turn', e2eLatencyMs: 10 }] },
    { events: [{ id: 'e1', type: 'turn', e2eLatencyMs: -5 }] },
    { events: [{ id: 'e1', type: 'turn', at: 'yesterday' }] },
    { events: [{ id: 'e1', type: 'turn', at: { when: 'now' } }] },
    { latency: 'fast' },
    { usage: { llm_prompt_tokens: 'many' } },
    { normalized: { source: 'carrier-pigeon' } },
    { telephony: { notes: 'x'.repeat(9000) } },
    { models: Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`k${i}`, `model-${i}-${'m'.repeat(20)}`])) },
  ]
  for (const body of bad) {
    const res = await postMetrics(app, callId, body)
    assert.equal(res.statusCode, 400, JSON.stringify(body).slice(0, 80))
    assert.equal(res.json().error.code, 'validation_failed')
  }
  assert.equal(await storedEvents(app, callId), 0, 'a refused post stores nothing')

  const exactly500 = tooMany.slice(0, 500)
  assert.equal((await postMetrics(app, callId, { events: exactly500 })).statusCode, 200)
  assert.equal(await storedEvents(app, callId), 500)

  await app.calls.end(callId, { outcome: 'agent_hangup' })
  const late = await postMetrics(app, callId, { events: [{ id: 'late-1', type: 'turn', e2eLatencyMs: 100_000, at: Date.now() / 1000, speechId: 'sp_1' }] })
  assert.equal(late.statusCode, 200, late.body)
  assert.equal(late.json().call.status, 'ended')
  assert.equal(await storedEvents(app, callId), 501)

  // Integer ids are the same event as their string form.
  assert.equal((await postMetrics(app, callId, { events: [{ id: 7, type: 'llm', llmTtftMs: 300 }] })).statusCode, 200)
  assert.equal((await postMetrics(app, callId, { events: [{ id: '7', type: 'llm', llmTtftMs: 300 }] })).statusCode, 200)
  assert.equal(await storedEvents(app, callId), 502)
  assert.equal(late.json().call.metrics.latencyP95Ms, percentileCont([...Array(500).fill(500), 100_000], 0.95))
})

test('usage analytics agree with the calls, group by agent and day, honour since/until, and stay inside the workspace', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const key = await createApiKey(app, owner)
  const agent = await createAgent(app, owner.headers, { name: 'Receptionist' })
  const samples: Record<string, number[]> = {}

  const plan = [
    { agent: true, durationS: 90, latencies: [400, 500, 900], tokens: [1000, 200] },
    { agent: true, durationS: 30, latencies: [700, 1300], tokens: [500, 50] },
    { agent: false, durationS: 150, latencies: [650], tokens: [0, 0] },
    { agent: false, durationS: null, latencies: [], tokens: [10, 1] },
  ]
  for (const [i, p] of plan.entries()) {
    const callId = await newCall(app, owner.workspaceId, p.agent ? { agentId: agent.id, agentName: agent.name } : {})
    const group = p.agent ? agent.id : 'none'
    samples[group] = [...(samples[group] ?? []), ...p.latencies]
    const body = {
      usage: { llm_prompt_tokens: p.tokens[0], llm_prompt_cached_tokens: Math.floor(p.tokens[0] / 4), llm_completion_tokens: p.tokens[1], tts_characters_count: 1000 * (i + 1), stt_audio_duration: 12.5 * (i + 1), tts_model: 'tts-1' },
      events: p.latencies.map((ms, j) => ({ id: `t${j}`, type: 'turn', e2eLatencyMs: ms })),
    }
    assert.equal((await postMetrics(app, callId, body)).statusCode, 200)
    if (p.durationS !== null) {
      const startedAt = (await app.calls.findById(callId))!.started_at
      await app.calls.end(callId, { outcome: 'agent_hangup', at: new Date(startedAt.getTime() + p.durationS * 1000) })
    }
  }

  const calls = (await app.inject({ method: 'GET', url: '/api/calls?limit=200', headers: owner.headers })).json().items
  assert.equal(calls.length, 4)
  const sum = (xs: { metrics: Record<string, number> }[], k: string) => xs.reduce((s, c) => s + c.metrics[k], 0)
  const minutes = (xs: { durationS: number | null }[]) => Math.round((xs.reduce((s, c) => s + (c.durationS ?? 0), 0) / 60) * 1000) / 1000
  const all = Object.values(samples).flat()

  const report = await app.inject({ method: 'GET', url: '/api/analytics/usage?groupBy=agent', headers: owner.headers })
  assert.equal(report.statusCode, 200, report.body)
  const r = report.json()
  const { calls: n, minutes: m, costUsd, promptTokens, completionTokens, latencyP50Ms, latencyP95Ms } = r.totals
  assert.deepEqual({ calls: n, minutes: m, costUsd, promptTokens, completionTokens, latencyP50Ms, latencyP95Ms }, {
    calls: 4,
    minutes: minutes(calls),
    costUsd: Math.round(sum(calls, 'costUsd') * 1e6) / 1e6,
    promptTokens: sum(calls, 'promptTokens'),
    completionTokens: sum(calls, 'completionTokens'),
    latencyP50Ms: percentileCont(all, 0.5),
    latencyP95Ms: percentileCont(all, 0.95),
  })
  assert.equal(r.totals.minutes, 4.5)
  assert.deepEqual([r.totals.cachedPromptTokens, r.totals.ttsCharacters, r.totals.sttAudioS], [250 + 125 + 0 + 2, 10_000, 125], 'usage snapshots summed')
  assert.ok(r.totals.costUsd > 0)
  assert.deepEqual(r.groups.map((g: { key: string | null }) => g.key), [agent.id, null])
  const byAgent = r.groups[0]
  const agentCalls = calls.filter((c: { agentId: string | null }) => c.agentId === agent.id)
  assert.equal(byAgent.agentName, 'Receptionist')
  assert.equal(byAgent.calls, 2)
  assert.equal(byAgent.minutes, minutes(agentCalls))
  assert.equal(byAgent.promptTokens, 1500)
  assert.equal(byAgent.latencyP50Ms, percentileCont(samples[agent.id], 0.5))
  assert.equal(byAgent.latencyP95Ms, percentileCont(samples[agent.id], 0.95))
  assert.equal(r.groups[1].calls, 2)
  assert.equal(r.groups[1].latencyP95Ms, percentileCont(samples.none, 0.95))

  const byDay = (await app.inject({ method: 'GET', url: '/api/analytics/usage?groupBy=day', headers: key.headers })).json()
  const days = [...new Set(calls.map((c: { startedAt: string }) => c.startedAt.slice(0, 10)))]
  assert.deepEqual(byDay.groups.map((g: { key: string }) => g.key), days, 'API keys see the same report, by UTC day')
  assert.deepEqual(byDay.totals, r.totals)

  const totalsOnly = (await app.inject({ method: 'GET', url: '/api/analytics/usage', headers: owner.headers })).json()
  assert.deepEqual(totalsOnly.groups, [])
  assert.deepEqual(totalsOnly.totals, r.totals)

  const before = new Date(Date.parse(calls[calls.length - 1].startedAt) - 60_000).toISOString()
  const empty = (await app.inject({ method: 'GET', url: `/api/analytics/usage?until=${before}&groupBy=agent`, headers: owner.headers })).json()
  assert.deepEqual(empty.groups, [])
  assert.deepEqual(
    [empty.totals.calls, empty.totals.minutes, empty.totals.costUsd, empty.totals.promptTokens, empty.totals.latencyP50Ms, empty.totals.successRate],
    [0, 0, 0, 0, null, null],
  )
  const since = (await app.inject({ method: 'GET', url: `/api/analytics/usage?since=${before}`, headers: owner.headers })).json()
  assert.equal(since.totals.calls, 4)

  const stranger = await signup(app)
  const theirs = await app.inject({ method: 'GET', url: '/api/analytics/usage?groupBy=agent', headers: stranger.headers })
  assert.equal(theirs.statusCode, 200)
  assert.deepEqual(theirs.json().groups, [])
  assert.equal(theirs.json().totals.calls, 0)
  assert.equal(theirs.json().totals.latencyP50Ms, null)

  assert.equal((await app.inject({ method: 'GET', url: '/api/analytics/usage' })).statusCode, 401)
  const badGroup = await app.inject({ method: 'GET', url: '/api/analytics/usage?groupBy=week', headers: owner.headers })
  assert.equal(badGroup.statusCode, 400)
})

test('concurrent posts for one call: the summary ends up over every stored event', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const callId = await newCall(app, owner.workspaceId)
  const batches = Array.from({ length: 10 }, (_, b) =>
    Array.from({ length: 10 }, (_, j) => ({ id: `c${b}-${j}`, type: 'turn', e2eLatencyMs: 300 + ((b * 13 + j * 29) % 97) * 11, promptTokens: b + j })),
  )
  const results = await Promise.all(batches.map((events) => postMetrics(app, callId, { events })))
  assert.deepEqual(results.map((r) => r.statusCode), Array(10).fill(200))
  const all = batches.flat()
  const m = (await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: owner.headers })).json().metrics
  assert.equal(m.latencyP50Ms, percentileCont(all.map((e) => e.e2eLatencyMs), 0.5))
  assert.equal(m.latencyP95Ms, percentileCont(all.map((e) => e.e2eLatencyMs), 0.95))
  assert.equal(m.promptTokens, all.reduce((s, e) => s + e.promptTokens, 0))
})
