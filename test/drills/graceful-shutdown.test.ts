/**
 * Drill 2: SIGTERM under load. Requests already in flight complete (one is held open mid-body while the
 * signal arrives), new ones are refused or answered 503, the process exits 0 and logs no error line.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import postgres from 'postgres'
import { freshDatabaseEnv } from '../helpers/database.js'
import { startApiProcess } from '../../bench/lib/api-process.js'
import { DRILL_AGENT_SECRET, DRILL_JWT_SECRET, insertCalls, metricsBody, signupOverHttp } from '../../bench/lib/fixtures.js'

const skip = process.env.TEST_DATABASE_URL ? false : 'drills run on real PostgreSQL only: set TEST_DATABASE_URL'
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Starts a metrics post, sends the first half of its body, and returns a function that sends the rest. */
function halfSentPost(port: number, callId: string, body: string) {
  const req = http.request({
    host: '127.0.0.1', port, method: 'POST', path: `/api/calls/${callId}/metrics`,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-agent-secret': DRILL_AGENT_SECRET },
  })
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
  })
  const half = Math.floor(body.length / 2)
  req.write(body.slice(0, half))
  return { finish: () => { req.end(body.slice(half)); return answer } }
}

test('SIGTERM under load: in-flight requests complete, new ones are refused or 503, exit 0, no error lines', { skip, timeout: 60_000 }, async (t) => {
  const db = await freshDatabaseEnv()
  t.after(db.drop)
  const api = await startApiProcess({ env: { ...db.env, JWT_SECRET: DRILL_JWT_SECRET, AGENT_SHARED_SECRET: DRILL_AGENT_SECRET } })
  t.after(() => api.stop())
  const { workspaceId } = await signupOverHttp(api.url)
  const callIds = await insertCalls(db.env.DATABASE_URL, workspaceId, 10)

  // Load: new connection per request, so "refused" is unambiguous once the listener is closed.
  const outcomes: { status: number; error?: string; startedAfterSignal: boolean; eventId: string }[] = []
  let signalled = false
  let stop = false
  let seq = 0
  const agent = new http.Agent({ keepAlive: false })
  const post = (callId: string, body: string) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1', port: api.port, method: 'POST', path: `/api/calls/${callId}/metrics`, agent,
        headers: { 'content-type': 'application/json', 'x-agent-secret': DRILL_AGENT_SECRET },
      }, (res) => { res.resume().on('end', () => resolve(res.statusCode ?? 0)) })
      req.on('error', reject)
      req.end(body)
    })
  const worker = async () => {
    while (!stop) {
      const n = seq++
      const startedAfterSignal = signalled
      const eventId = `g-${n}-0`
      try {
        outcomes.push({ status: await post(callIds[n % callIds.length], metricsBody([eventId, `g-${n}-1`])), startedAfterSignal, eventId })
      } catch (err) {
        outcomes.push({ status: 0, error: (err as NodeJS.ErrnoException).code ?? String(err), startedAfterSignal, eventId })
        await sleep(20)
      }
    }
  }
  const workers = Array.from({ length: 6 }, worker)
  const deadline = Date.now() + 20_000
  while (outcomes.filter((o) => o.status === 200).length < 100) {
    if (Date.now() > deadline) {
      stop = true
      throw new Error(`the load never got going: ${JSON.stringify(outcomes.slice(-3))}`)
    }
    await sleep(10)
  }

  const held = halfSentPost(api.port, callIds[0], metricsBody(['held-0', 'held-1']))
  await sleep(100)
  api.child.kill('SIGTERM')
  signalled = true
  await sleep(500)
  const heldAnswer = await held.finish()
  await sleep(300)
  stop = true
  await Promise.all(workers)
  const code = await api.exited

  assert.equal(heldAnswer.status, 200, `the request in flight when SIGTERM arrived completes (${heldAnswer.body})`)
  assert.deepEqual(JSON.parse(heldAnswer.body).call.id, callIds[0])
  assert.equal(code, 0, 'exit code 0')
  assert.ok(outcomes.some((o) => o.startedAfterSignal), 'the load went on after the signal')
  // A connection still in the listen backlog (or accepted, request not yet read) when the listener
  // closes is reset by the kernel/Node: the client learns nothing was done. That is a refusal, as
  // long as the request really was not processed: its events must not be stored.
  const sql = postgres(db.env.DATABASE_URL, { max: 1, onnotice: () => {} })
  t.after(() => sql.end())
  const stored = new Set((await sql<{ event_id: string }[]>`select event_id from call_metric_events`).map((r) => r.event_id))
  const reset = outcomes.filter((o) => o.error === 'ECONNRESET')
  assert.deepEqual(reset.filter((o) => stored.has(o.eventId)), [], 'no request was processed and then cut off (reset after doing the work)')
  const acceptable = (o: (typeof outcomes)[number]) => o.status === 200 || o.status === 503 || o.error === 'ECONNREFUSED' || o.error === 'ECONNRESET'
  assert.deepEqual(outcomes.filter((o) => !acceptable(o)), [], 'every request: answered, 503, refused or reset before it was read')
  assert.deepEqual(outcomes.filter((o) => o.status === 200 && !stored.has(o.eventId)), [], 'every 200 was stored')
  assert.ok(outcomes.some((o) => o.startedAfterSignal && (o.error === 'ECONNREFUSED' || o.status === 503)), 'new requests stop being accepted')
  assert.deepEqual(api.errorLines().map((l) => l.raw), [], 'no error-level log lines')
})
