import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup } from './helpers/users.js'
import { startLiveKit } from './helpers/livekit.js'

// Requests schemathesis (scripts/run-schemathesis.sh) found answering 500; each must be a 4xx.

test('a NUL character (\\u0000) in JSON text is a 400, not a 500 from the database', async (t) => {
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: lk.env })
  const u = await signup(app)
  const agent = await createAgent(app, u.headers)

  const patch = await app.inject({
    method: 'PATCH', url: `/api/agents/${agent.id}`, headers: { ...u.headers, 'content-type': 'application/json' },
    payload: '{"defaultDynamicVariables": {"a\\u0000b": "x"}}',
  })
  assert.equal(patch.statusCode, 400, patch.body)
  assert.equal(patch.json().error.code, 'validation_failed')
  const name = await app.inject({
    method: 'PATCH', url: `/api/agents/${agent.id}`, headers: { ...u.headers, 'content-type': 'application/json' },
    payload: '{"name": "nul\\u0000name"}',
  })
  assert.equal(name.statusCode, 400, name.body)
  const unchanged = await app.inject({ method: 'GET', url: `/api/agents/${agent.id}`, headers: u.headers })
  assert.equal(unchanged.json().name, agent.name)

  const web = await app.inject({ method: 'POST', url: '/api/calls/web', headers: u.headers, payload: { agentId: agent.id } })
  const { callId } = web.json()
  const metrics = await app.inject({
    method: 'POST', url: `/api/calls/${callId}/metrics`, headers: { 'x-agent-secret': TEST_AGENT_SECRET, 'content-type': 'application/json' },
    payload: '{"usage": {"stt_model": "W\\u0000W"}}',
  })
  assert.equal(metrics.statusCode, 400, metrics.body)
  assert.equal(metrics.json().error.code, 'validation_failed')

  // An escaped backslash before "u0000" is ordinary text, and NUL-free bodies still work.
  const literal = await app.inject({
    method: 'PATCH', url: `/api/agents/${agent.id}`, headers: { ...u.headers, 'content-type': 'application/json' },
    payload: '{"name": "slash\\\\u0000"}',
  })
  assert.equal(literal.statusCode, 200, literal.body)
  assert.equal(literal.json().name, 'slash\\u0000')
})
