import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup, type TestUser } from './helpers/users.js'
import { eventually } from './helpers/eventually.js'
import { startOpenAIServer, openAIEnv } from './support/openai-server.js'
import { newId } from '../src/platform/ids.js'

const agentHeaders = { 'x-agent-secret': TEST_AGENT_SECRET }

/** A call as the real agent reports it: one metrics post with latency averages only, then its end. */
async function reportedCall(app: FastifyInstance, owner: TestUser, agentId: string, turnMs: number) {
  const call = await app.calls.insert({ id: newId('call'), workspaceId: owner.workspaceId, agentId, agentName: 'Sales', direction: 'inbound', status: 'active', roomName: null })
  const latency = { agent_turn_latency_ms_avg: turnMs, eou_end_ms_avg: turnMs / 4, eou_transcription_ms_avg: turnMs / 8, llm_ttft_ms_avg: turnMs / 2 }
  assert.equal((await app.inject({ method: 'POST', url: `/api/calls/${call.id}/metrics`, headers: agentHeaders, payload: { latency } })).statusCode, 200)
  const transcript = [{ speaker: 'User', role: 'user', text: 'Hi' }]
  assert.equal((await app.inject({ method: 'POST', url: `/api/internal/calls/${call.id}/end`, headers: agentHeaders, payload: { outcome: 'agent_hangup', transcript } })).statusCode, 200)
  return call.id
}

test('analytics of calls reported the way the real agent reports them show latency, success and sentiment; days in the caller\'s time zone', async (t) => {
  const llm = await startOpenAIServer()
  t.after(() => llm.close())
  const { app } = await startTestApp(t, { env: openAIEnv(llm) })
  const owner = await signup(app)
  const agent = await createAgent(app, owner.headers)
  const first = await reportedCall(app, owner, agent.id, 800)
  const second = await reportedCall(app, owner, agent.id, 1200)
  const get = (url: string, who = owner) => app.inject({ method: 'GET', url, headers: who.headers })
  await eventually(async () => (await get('/api/analytics/usage')).json().totals.analyzedCalls === 2, 'both analyses')

  const totals = (await get('/api/analytics/usage')).json().totals
  assert.deepEqual(
    [totals.calls, totals.completedCalls, totals.latencyP50Ms, totals.latencyAvgMs, totals.eouEndMsAvg, totals.llmTtftMsAvg, totals.successRate, totals.sentiment],
    [2, 2, 1000, 1000, 250, 500, 1, { positive: 2, neutral: 0, negative: 0 }],
  )

  // 23:30 UTC on the 10th is the 11th in Tokyo; noon UTC on the 12th is 21:00 there.
  await app.sql`update calls set started_at = ${new Date('2026-03-10T23:30:00Z')} where id = ${first}`
  await app.sql`update calls set started_at = ${new Date('2026-03-12T12:00:00Z')} where id = ${second}`
  const range = 'since=2026-03-10T00:00:00Z&until=2026-03-13T00:00:00Z&groupBy=day'
  const series = async (tz?: string) =>
    (await get(`/api/analytics/usage?${range}${tz ? `&tz=${encodeURIComponent(tz)}` : ''}`)).json().groups.map((g: { key: string; calls: number }) => [g.key, g.calls])
  assert.deepEqual(await series(), [['2026-03-10', 1], ['2026-03-11', 0], ['2026-03-12', 1]], 'UTC by default, empty days with zeros')
  assert.deepEqual(await series('Asia/Tokyo'), [['2026-03-10', 0], ['2026-03-11', 1], ['2026-03-12', 1], ['2026-03-13', 0]])
  const bad = await get(`/api/analytics/usage?${range}&tz=Mars/Olympus`)
  assert.deepEqual([bad.statusCode, bad.json().error.code], [400, 'invalid_time_zone'])

  const a = (await get(`/api/agents/${agent.id}/analytics`)).json()
  assert.equal(a.latest.callId, second, 'the most recently ended call')
  assert.equal(a.latest.latencyMs, 1200)
  assert.equal(a.latest.latency.agent_turn_latency_ms_avg, 1200)
  assert.deepEqual([a.totals.calls, a.totals.successRate, a.totals.latencyAvgMs], [2, 1, 1000])
  const inRange = (await get(`/api/agents/${agent.id}/analytics?since=2026-03-12T00:00:00Z`)).json()
  assert.equal(inRange.totals.calls, 1)
  const stranger = await signup(app)
  const hidden = await get(`/api/agents/${agent.id}/analytics`, stranger)
  assert.deepEqual([hidden.statusCode, hidden.json().error.code], [404, 'agent_not_found'])
  assert.equal((await get('/api/analytics/usage', stranger)).json().totals.calls, 0)
})
