import { test } from 'node:test'
import assert from 'node:assert/strict'
import { TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup } from './helpers/users.js'
import { startOutboundApp } from './helpers/outbound.js'
import { eventually } from './helpers/eventually.js'
import { openAIEnv, sampleFromSchema, startOpenAIServer } from './support/openai-server.js'

const agentHeaders = { 'x-agent-secret': TEST_AGENT_SECRET }

/** How one call went: what the analysis LLM will judge, and the latency the agent reports. */
interface Outcome { sentiment: 'positive' | 'neutral' | 'negative'; successful: boolean; turnMs: number }

/** percentile_cont: linear interpolation between the closest ranks. */
function percentile(values: number[], p: number) {
  const s = [...values].sort((a, b) => a - b)
  const at = p * (s.length - 1)
  const lo = Math.floor(at)
  return s[lo] + (s[Math.ceil(at)] - s[lo]) * (at - lo)
}

/** What the dashboard's A/B tab should read for a set of calls, computed from how they went. */
function expected(outcomes: Outcome[]) {
  const ms = outcomes.map((o) => o.turnMs)
  const count = (s: Outcome['sentiment']) => outcomes.filter((o) => o.sentiment === s).length
  return {
    calls: outcomes.length,
    completedCalls: outcomes.length,
    analyzedCalls: outcomes.length,
    successRate: Math.round((outcomes.filter((o) => o.successful).length / outcomes.length) * 10_000) / 10_000,
    sentiment: { positive: count('positive'), neutral: count('neutral'), negative: count('negative') },
    latencyP50Ms: percentile(ms, 0.5),
    latencyP95Ms: percentile(ms, 0.95),
    latencyAvgMs: Math.round((ms.reduce((a, b) => a + b, 0) / ms.length) * 10) / 10,
  }
}
const picked = (g: Record<string, unknown>) =>
  Object.fromEntries(Object.keys(expected([{ sentiment: 'neutral', successful: true, turnMs: 1 }])).map((k) => [k, g[k]]))

test('analytics by variant: an A/B comparison of calls, success rate, sentiment and latency per variant, from calls made and analysed end to end', async (t) => {
  const llm = await startOpenAIServer()
  t.after(() => llm.close())
  const s = await startOutboundApp(t, { env: openAIEnv(llm) })
  const { app, owner } = s
  const agent = await createAgent(app, owner.headers, { promptDraft: 'Book appointments.' })
  const other = await createAgent(app, owner.headers, { name: 'Other agent' })

  // The analysis LLM judges each call by the reference its transcript carries.
  const outcomes = new Map<string, Outcome>()
  llm.when((r) => r.schemaName === 'call_analysis', (r) => {
    const ref = [...outcomes.keys()].find((k) => r.text.includes(k))
    assert.ok(ref, 'every analysed call is one the test made')
    const o = outcomes.get(ref)!
    const base = sampleFromSchema(r.body.response_format!.json_schema!.schema) as Record<string, unknown>
    return { json: { ...base, sentiment: o.sentiment, successful: o.successful } }
  })

  let n = 0
  /** A web call of `agentId` as the real agent makes it: started, latency averages reported once, ended with its transcript. */
  async function call(agentId: string, o: Outcome) {
    const ref = `ref-${++n}-${Math.random().toString(36).slice(2, 8)}`
    outcomes.set(ref, o)
    const started = await app.inject({ method: 'POST', url: '/api/calls/web', headers: owner.headers, payload: { agentId } })
    assert.equal(started.statusCode, 201, started.body)
    const id = started.json().callId as string
    const m = await app.inject({ method: 'POST', url: `/api/calls/${id}/metrics`, headers: agentHeaders, payload: { latency: { agent_turn_latency_ms_avg: o.turnMs } } })
    assert.equal(m.statusCode, 200, m.body)
    const transcript = [{ speaker: 'User', role: 'user', text: `I'd like a slot on Friday, booking ${ref}` }, { speaker: 'Agent', role: 'assistant', text: 'Done.' }]
    const end = await app.inject({ method: 'POST', url: `/api/internal/calls/${id}/end`, headers: agentHeaders, payload: { outcome: 'user_hangup', transcript } })
    assert.equal(end.statusCode, 200, end.body)
    return (await app.inject({ method: 'GET', url: `/api/calls/${id}`, headers: owner.headers })).json().variantId as string | null
  }
  const variant = async (body: Record<string, unknown>) => {
    const res = await app.inject({ method: 'POST', url: `/api/agents/${agent.id}/variants`, headers: owner.headers, payload: body })
    assert.equal(res.statusCode, 201, res.body)
    return res.json().id as string
  }
  const disable = (id: string) => app.inject({ method: 'PATCH', url: `/api/agents/${agent.id}/variants/${id}`, headers: owner.headers, payload: { enabled: false } })

  // Each phase sends all of the agent's traffic one way, so every group gets calls.
  const byGroup = new Map<string | null, Outcome[]>()
  async function phase(group: string | null, list: Outcome[]) {
    for (const o of list) {
      assert.equal(await call(agent.id, o), group, 'the call ran what takes all the traffic')
      byGroup.set(group, [...(byGroup.get(group) ?? []), o])
    }
  }
  const a = await variant({ name: 'Short', prompt: 'Keep answers under two sentences.', trafficPercent: 100 })
  await phase(a, [
    { sentiment: 'positive', successful: true, turnMs: 700 },
    { sentiment: 'positive', successful: true, turnMs: 900 },
    { sentiment: 'neutral', successful: false, turnMs: 800 },
  ])
  await disable(a)
  const b = await variant({ name: 'Formal', promptMode: 'replace', prompt: 'Speak formally and confirm every detail twice.', trafficPercent: 100 })
  await phase(b, [
    { sentiment: 'negative', successful: false, turnMs: 1500 },
    { sentiment: 'neutral', successful: true, turnMs: 1300 },
  ])
  await disable(b)
  await phase(null, [
    { sentiment: 'negative', successful: false, turnMs: 1100 },
    { sentiment: 'positive', successful: true, turnMs: 1000 },
    { sentiment: 'neutral', successful: false, turnMs: 1200 },
  ])
  const otherOutcome: Outcome = { sentiment: 'positive', successful: true, turnMs: 300 }
  await call(other.id, otherOutcome)

  const get = (url: string, who = owner) => app.inject({ method: 'GET', url, headers: who.headers })
  await eventually(async () => (await get('/api/analytics/usage')).json().totals.analyzedCalls === 9, 'every call analysed')

  const res = await get(`/api/analytics/usage?groupBy=variant&agentId=${agent.id}`)
  assert.equal(res.statusCode, 200, res.body)
  const report = res.json()
  assert.equal(report.groupBy, 'variant')
  const groups = new Map<string | null, Record<string, unknown>>(report.groups.map((g: { key: string | null }) => [g.key, g]))
  assert.deepEqual([...groups.keys()].sort(), [a, b, null].sort(), 'one group per variant and one for the agent itself')
  for (const [key, list] of byGroup) assert.deepEqual(picked(groups.get(key)!), expected(list), `group ${key ?? 'base'}`)
  const all = [...byGroup.values()].flat()
  assert.deepEqual(picked(report.totals), expected(all), 'totals are the agent\'s calls only')
  // What the comparison shows: Short succeeds most (2 of 3) and answers fastest.
  const rate = (k: string | null) => groups.get(k)!.successRate as number
  assert.ok(rate(a) > rate(null) && rate(a) > rate(b))
  assert.ok((groups.get(a)!.latencyAvgMs as number) < (groups.get(b)!.latencyAvgMs as number))

  // Without agentId the other agent's call falls in the null group (no variant).
  const workspace = (await get('/api/analytics/usage?groupBy=variant')).json()
  const nulls = workspace.groups.find((g: { key: string | null }) => g.key === null)
  assert.deepEqual(picked(nulls), expected([...byGroup.get(null)!, otherOutcome]))

  const stranger = await signup(app)
  const hidden = (await get(`/api/analytics/usage?groupBy=variant&agentId=${agent.id}`, stranger)).json()
  assert.deepEqual([hidden.groups, hidden.totals.calls], [[], 0], 'another workspace sees nothing of the agent')
  const badId = await get('/api/analytics/usage?groupBy=variant&agentId=not%20an%20id')
  assert.equal(badId.statusCode, 400)
})
