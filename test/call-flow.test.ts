import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup } from './helpers/users.js'
import { sendLiveKitEvent, startLiveKit } from './helpers/livekit.js'

function percentileCont(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b)
  const pos = (s.length - 1) * p
  const lo = Math.floor(pos)
  return s[lo] + (s[Math.ceil(pos)] - s[lo]) * (pos - lo)
}

/**
 * The whole life of a web call over the real HTTP port, as the dashboard, LiveKit and the
 * existing Python agent drive it (issue 13's "Done when").
 */
test('web call end to end: webhooks, metrics with replays, three transcript syncs, agent end, room_finished, analytics', async (t) => {
  const lk = await startLiveKit(t)
  const { app, url } = await startTestApp(t, { env: lk.env, listen: true })
  const u = await signup(app)
  const agent = await createAgent(app, u.headers, { name: 'Flow agent' })
  const http = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: res.status, body: await res.json() }
  }
  const agentSecret = { 'x-agent-secret': TEST_AGENT_SECRET }

  const started = await http('POST', '/api/calls/web', { agentId: agent.id }, u.headers)
  assert.equal(started.status, 201)
  const { callId, roomName } = started.body
  const room = { name: roomName, sid: 'RM_flow' }
  const t0 = Math.floor(Date.now() / 1000)
  assert.equal((await sendLiveKitEvent(app, { event: 'room_started', room, createdAt: t0 })).statusCode, 200)
  assert.equal((await sendLiveKitEvent(app, { event: 'participant_joined', room, participant: { identity: `user-${u.userId}` }, createdAt: t0 + 1 })).statusCode, 200)

  // Latency snapshot exactly as the existing agent sends it (integers), then 100 turn events, half replayed.
  const latency = { llm_ttft_ms_avg: 412, eou_transcription_ms_avg: 230, eou_end_ms_avg: 510, agent_turn_latency_ms_avg: 980 }
  assert.equal((await http('POST', `/api/calls/${callId}/metrics`, { latency }, agentSecret)).status, 200)
  const events = Array.from({ length: 100 }, (_, i) => ({ id: `turn-${i}`, type: 'turn', e2eLatencyMs: 500 + ((i * 37) % 900), promptTokens: 10, completionTokens: 5 }))
  assert.equal((await http('POST', `/api/calls/${callId}/metrics`, { events: events.slice(0, 50) }, agentSecret)).status, 200)
  assert.equal((await http('POST', `/api/calls/${callId}/metrics`, { events: events.slice(25, 100) }, agentSecret)).status, 200)
  assert.equal((await http('POST', `/api/calls/${callId}/metrics`, { usage: { llm_prompt_tokens: 1200, llm_completion_tokens: 300 } }, agentSecret)).status, 200)

  const lines = [
    { speaker: 'Agent', role: 'agent', text: 'Hello, thanks for calling.' },
    { speaker: 'User', role: 'user', text: 'Hi, I would like to book.' },
    { kind: 'tool_invocation', toolCallId: 't1', toolName: 'book', input: { when: 'tomorrow' } },
    { kind: 'tool_result', toolCallId: 't1', toolName: 'book', result: { ok: true } },
    { speaker: 'Agent', role: 'agent', text: 'Booked for tomorrow.' },
  ]
  for (const n of [2, 4, 5]) {
    const res = await http('POST', `/api/internal/calls/${callId}/transcript`, { transcript: lines.slice(0, n) }, agentSecret)
    assert.equal(res.status, 200)
  }
  const ended = await http('POST', `/api/internal/calls/${callId}/end`, { outcome: 'agent_hangup' }, agentSecret)
  assert.equal(ended.status, 200)
  assert.equal((await sendLiveKitEvent(app, { event: 'room_finished', room, createdAt: t0 + 90 })).statusCode, 200)

  const call = (await http('GET', `/api/calls/${callId}`, undefined, u.headers)).body
  assert.equal(call.status, 'ended')
  assert.equal(call.outcome, 'agent_hangup')
  assert.ok(call.durationS >= 0 && call.durationS < 120, `duration ${call.durationS}`)
  assert.deepEqual(call.transcript, lines, 'exactly one copy of the transcript')
  assert.deepEqual(call.metrics.latency, latency)
  assert.equal(call.metrics.tokensTotal, 1500, 'token totals from the usage snapshot')
  const e2e = events.map((e) => e.e2eLatencyMs)
  assert.ok(Math.abs(call.metrics.latencyP50Ms - percentileCont(e2e, 0.5)) < 1e-6)
  assert.ok(Math.abs(call.metrics.latencyP95Ms - percentileCont(e2e, 0.95)) < 1e-6)

  const usage = (await http('GET', '/api/analytics/usage?groupBy=agent', undefined, u.headers)).body
  const group = usage.groups.find((g: { key: string }) => g.key === agent.id)
  assert.equal(group.calls, 1)
  assert.equal(group.promptTokens, 1200)
  assert.equal(group.completionTokens, 300)
  assert.ok(Math.abs(group.latencyP50Ms - percentileCont(e2e, 0.5)) < 1e-6)
  assert.equal(usage.totals.calls, 1)
})
