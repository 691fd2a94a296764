import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp } from './helpers/app.js'
import { signup } from './helpers/users.js'

test('a listed call is the same JSON as the call read alone (minus the transcript), whatever its shape', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const ws = owner.workspaceId
  await app.sql`
    insert into calls (id, workspace_id, agent_id, agent_name, direction, status, outcome, from_number, to_number, room_name,
      started_at, answered_at, ended_at, duration_s, variables, recording, metrics, prompt_tokens, completion_tokens, cost_usd,
      latency_p50_ms, latency_p95_ms)
    values
      ('call_shape1', ${ws}, null, null, 'web', 'created', null, null, null, null,
        '2026-01-02T03:04:05.678Z', null, null, null, '{}', null, '{}', 0, 0, 0, null, null),
      ('call_shape2', ${ws}, null, 'Front desk', 'inbound', 'ended', 'agent_hangup', '+15550001111', '+17073808675', 'call-room-2',
        '2026-01-02T03:05:00.001Z', '2026-01-02T03:05:01.123456Z', '2026-01-02T03:09:59.999999Z', 299,
        ${app.sql.json({ customer: 'Ada', n: 3, nested: { a: [1, 2] } })},
        ${app.sql.json({ status: 'ready', egressId: 'EG_1', sizeBytes: 123456, durationS: 299.5 })},
        ${app.sql.json({ usage: { llm_prompt_tokens: 1200 }, latency: { agent_turn_latency_ms_avg: 950.25 }, transfer: { to: 'tel:+1555' } })},
        1200, 80, 0.123457, 612.5, 1034.75),
      ('call_shape3', ${ws}, null, 'Sales', 'outbound', 'failed', 'dial_busy', '+17073808675', '+15550002222', 'out-call_shape3',
        '2026-01-02T03:06:00Z', null, '2026-01-02T03:06:10Z', 0, '{}',
        ${app.sql.json({ status: 'failed', error: 'egress aborted' })}, '{}', 0, 0, 99999999.999999, null, null),
      ('call_shape4', ${ws}, null, null, 'inbound', 'active', null, null, '+17073808675', 'call-room-4',
        '2026-01-02T03:07:00Z', '2026-01-02T03:07:00Z', null, null, '{}', ${app.sql.json({ status: 'recording', egressId: 'EG_4' })},
        '[]', 7, 3, 0.000001, 1e-3, 2.5e6)`
  const list = await app.inject({ method: 'GET', url: '/api/calls?limit=10', headers: owner.headers })
  assert.equal(list.statusCode, 200)
  assert.match(String(list.headers['content-type']), /^application\/json/)
  const { items, nextCursor } = list.json()
  assert.deepEqual(items.map((c: { id: string }) => c.id), ['call_shape4', 'call_shape3', 'call_shape2', 'call_shape1'])
  assert.equal(nextCursor, null)
  for (const item of items) {
    const one = await app.inject({ method: 'GET', url: `/api/calls/${item.id}`, headers: owner.headers })
    const { transcript, ...alone } = one.json()
    assert.deepEqual(transcript, [])
    assert.deepEqual(item, alone, item.id)
  }

  // Pages follow each other without gaps or repeats.
  const first = (await app.inject({ method: 'GET', url: '/api/calls?limit=3', headers: owner.headers })).json()
  assert.equal(first.items.length, 3)
  const second = (await app.inject({ method: 'GET', url: `/api/calls?limit=3&cursor=${first.nextCursor}`, headers: owner.headers })).json()
  assert.deepEqual([...first.items, ...second.items].map((c: { id: string }) => c.id), items.map((c: { id: string }) => c.id))
  assert.equal(second.nextCursor, null)
})
