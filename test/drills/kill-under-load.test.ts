/**
 * Drill 1: SIGKILL under load. A load generator posts metrics events with unique ids to the API in a
 * child process; the process is killed with SIGKILL mid-stream and started again on the same port; the
 * client retries every post that did not get a 2xx. Every acknowledged event must be stored, and no
 * event twice (the agent re-sends a failed batch exactly like this).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import postgres from 'postgres'
import { freshDatabaseEnv } from '../helpers/database.js'
import { startApiProcess, type ApiProcess } from '../../bench/lib/api-process.js'
import { DRILL_AGENT_SECRET, DRILL_JWT_SECRET, insertCalls, metricsBody, signupOverHttp } from '../../bench/lib/fixtures.js'

const skip = process.env.TEST_DATABASE_URL ? false : 'drills run on real PostgreSQL only: set TEST_DATABASE_URL'
const WORKERS = 8
const EVENTS_PER_POST = 5
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** Waits for a condition; a drill that stalls fails instead of hanging CI. */
async function until(what: string, cond: () => boolean, ms = 20_000) {
  const deadline = Date.now() + ms
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(10)
  }
}

test('kill -9 under load: every acknowledged metrics event is stored, none twice after retries', { skip, timeout: 90_000 }, async (t) => {
  const db = await freshDatabaseEnv()
  t.after(db.drop)
  const env = { ...db.env, JWT_SECRET: DRILL_JWT_SECRET, AGENT_SHARED_SECRET: DRILL_AGENT_SECRET, LOG_LEVEL: 'warn' }
  let api: ApiProcess = await startApiProcess({ env })
  t.after(() => api.stop())
  const { workspaceId } = await signupOverHttp(api.url)
  const callIds = await insertCalls(db.env.DATABASE_URL, workspaceId, 20)

  const acked = new Set<string>()
  const failed: { callId: string; ids: string[] }[] = []
  let seq = 0
  let stop = false
  let ackedAfterRestart = 0
  let restarted = false
  const post = async (callId: string, ids: string[]) => {
    const res = await fetch(`${api.url}/api/calls/${callId}/metrics`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-agent-secret': DRILL_AGENT_SECRET },
      body: metricsBody(ids),
      signal: AbortSignal.timeout(10_000),
    })
    await res.arrayBuffer()
    return res.status
  }
  const worker = async () => {
    while (!stop) {
      const n = seq++
      const callId = callIds[n % callIds.length]
      const ids = Array.from({ length: EVENTS_PER_POST }, (_, j) => `ev-${n}-${j}`)
      const status = await post(callId, ids).catch(() => 0)
      if (status >= 200 && status < 300) {
        for (const id of ids) acked.add(`${callId}/${id}`)
        if (restarted) ackedAfterRestart++
      } else {
        failed.push({ callId, ids })
        await sleep(100)
      }
    }
  }
  const workers = Array.from({ length: WORKERS }, worker)

  await until('300 accepted posts', () => acked.size >= 300 * EVENTS_PER_POST)
  api.child.kill('SIGKILL')
  assert.equal(await api.exited, 'SIGKILL')
  await sleep(300)
  api = await startApiProcess({ env, port: api.port })
  restarted = true
  try {
    await until('posts accepted after the restart', () => ackedAfterRestart >= 100)
  } finally {
    stop = true
  }
  await Promise.all(workers)

  assert.ok(failed.length > 0, 'the kill interrupted some posts')
  // The agent's behaviour: re-send a failed batch as it was until it is accepted.
  const queue = [...failed]
  const retried: number[] = []
  await Promise.all(Array.from({ length: WORKERS }, async () => {
    for (let batch = queue.pop(); batch; batch = queue.pop()) {
      let status = 0
      for (let attempt = 0; attempt < 5 && !(status >= 200 && status < 300); attempt++) status = await post(batch.callId, batch.ids).catch(() => 0)
      retried.push(status)
    }
  }))
  assert.deepEqual(retried.filter((s) => s < 200 || s >= 300), [], 'every retry accepted')

  const sql = postgres(db.env.DATABASE_URL, { max: 1, onnotice: () => {} })
  t.after(() => sql.end())
  const rows = await sql<{ call_id: string; event_id: string; n: number }[]>`
    select call_id, event_id, count(*)::int as n from call_metric_events group by call_id, event_id`
  const stored = new Map(rows.map((r) => [`${r.call_id}/${r.event_id}`, r.n]))
  const missing = [...acked].filter((k) => !stored.has(k))
  assert.deepEqual(missing, [], 'every event that got a 2xx is stored')
  assert.deepEqual(rows.filter((r) => r.n > 1), [], 'no event stored twice')
  const sent = new Set([...acked, ...failed.flatMap((b) => b.ids.map((id) => `${b.callId}/${id}`))])
  assert.equal(stored.size, sent.size, 'after the retries, exactly the events sent are stored')
})
