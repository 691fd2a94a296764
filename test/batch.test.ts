import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp } from './helpers/app.js'
import { signup } from './helpers/users.js'
import { createBatcher } from '../src/db/batch.js'
import { insertCallsOnce, type NewCall } from '../plugins/calls/store.js'

const call = (id: string, workspaceId: string): NewCall => ({
  id, workspaceId, agentId: null, agentName: null, direction: 'inbound', status: 'active', roomName: `room-${id}`,
})

test('group commit: concurrent inserts share statements, and one bad row fails only its own caller', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const batches: number[] = []
  const insert = createBatcher(async (calls: NewCall[]) => {
    batches.push(calls.length)
    return insertCallsOnce(app.sql, calls, new Date())
  }, { concurrency: 1, maxBatch: 8 })

  const ids = Array.from({ length: 20 }, (_, i) => `call_batch${String(i).padStart(3, '0')}`)
  // A call of a workspace that does not exist violates the foreign key: its batch fails as a whole,
  // then each of that batch's calls is retried alone.
  const outcomes = await Promise.allSettled(ids.map((id, i) => insert(call(id, i === 5 ? 'ws_missing' : owner.workspaceId))))

  assert.equal(outcomes[5].status, 'rejected')
  assert.match(String((outcomes[5] as PromiseRejectedResult).reason), /foreign key/)
  for (const [i, o] of outcomes.entries()) {
    if (i === 5) continue
    assert.equal(o.status, 'fulfilled', `call ${i}`)
    assert.equal((o as PromiseFulfilledResult<{ row: { id: string }; created: boolean }>).value.row.id, ids[i])
  }
  assert.ok(batches.length < ids.length, `fewer statements than calls (batches ${batches.join(',')})`)
  assert.ok(Math.max(...batches) <= 8, 'no batch above maxBatch')
  const stored = await app.sql<{ id: string }[]>`select id from calls where id = any(${ids}) order by id`
  assert.deepEqual(stored.map((r) => r.id), ids.filter((_, i) => i !== 5))
})
