/**
 * Drill 3: the database goes away under load. A TCP proxy sits between the API (in a child process)
 * and PostgreSQL; it is cut for a few seconds while clients list calls and post metrics. Every request
 * must answer quickly (200, or 503 `database_unavailable`, never a hang or a 500), /health must say
 * degraded, and once the proxy is restored the same process serves again without a restart.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import net from 'node:net'
import { connectDatabase } from '../../src/db/connect.js'
import { isDatabaseUnavailable } from '../../src/db/errors.js'
import { freshDatabaseEnv } from '../helpers/database.js'
import { startTcpProxy } from '../helpers/tcp-proxy.js'
import { startApiProcess } from '../../bench/lib/api-process.js'
import { DRILL_AGENT_SECRET, DRILL_JWT_SECRET, insertCalls, metricsBody, signupOverHttp } from '../../bench/lib/fixtures.js'

const skip = process.env.TEST_DATABASE_URL ? false : 'drills run on real PostgreSQL only: set TEST_DATABASE_URL'
const OUTAGE_MS = 4_000
// Longest acceptable answer during the outage: postgres.js gives up connecting after connect_timeout (5 s).
const ANSWER_WITHIN_MS = 7_000
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

interface Outcome { phase: 'before' | 'outage' | 'after'; status: number; code?: string; ms: number; what: string }

test('database outage: quick 503 database_unavailable, /health degraded, recovery without restart', { skip, timeout: 60_000 }, async (t) => {
  const db = await freshDatabaseEnv()
  t.after(db.drop)
  const direct = new URL(db.env.DATABASE_URL)
  const proxy = await startTcpProxy(direct.hostname, Number(direct.port || 5432))
  t.after(proxy.close)
  const viaProxy = new URL(direct)
  viaProxy.port = String(proxy.port)
  const api = await startApiProcess({ env: { DATABASE_URL: viaProxy.toString(), JWT_SECRET: DRILL_JWT_SECRET, AGENT_SHARED_SECRET: DRILL_AGENT_SECRET, LOG_LEVEL: 'warn' } })
  t.after(() => api.stop())
  const user = await signupOverHttp(api.url)
  const callIds = await insertCalls(db.env.DATABASE_URL, user.workspaceId, 10)

  let phase: Outcome['phase'] = 'before'
  let stop = false
  let seq = 0
  const outcomes: Outcome[] = []
  const timed = async (what: string, run: () => Promise<Response>) => {
    const started = performance.now()
    const at = phase
    try {
      const res = await run()
      const body = (await res.json().catch(() => ({}))) as { error?: { code?: string } }
      outcomes.push({ phase: at, status: res.status, code: body.error?.code, ms: performance.now() - started, what })
    } catch (err) {
      outcomes.push({ phase: at, status: 0, code: String((err as Error).cause ?? err), ms: performance.now() - started, what })
    }
  }
  const worker = async (i: number) => {
    while (!stop) {
      const n = seq++
      if (i % 2) {
        await timed('list', () => fetch(`${api.url}/api/calls?limit=20`, { headers: user.headers, signal: AbortSignal.timeout(20_000) }))
      } else {
        await timed('metrics', () => fetch(`${api.url}/api/calls/${callIds[n % callIds.length]}/metrics`, {
          method: 'POST', headers: { 'content-type': 'application/json', 'x-agent-secret': DRILL_AGENT_SECRET },
          body: metricsBody([`o-${n}`]), signal: AbortSignal.timeout(20_000),
        }))
      }
      await sleep(20)
    }
  }
  const health = async () => {
    const res = await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(20_000) })
    return { status: res.status, body: (await res.json()) as { status: string; db: string } }
  }

  const workers = Array.from({ length: 6 }, (_, i) => worker(i))
  await sleep(1_000)
  proxy.cut()
  phase = 'outage'
  await sleep(1_500)
  const healthDuring = await health().catch((err: Error) => ({ status: 0, body: { status: String(err.cause ?? err), db: '' } }))
  await sleep(OUTAGE_MS - 1_500)
  proxy.restore()
  phase = 'after'
  let recovered = false
  for (const deadline = Date.now() + 15_000; Date.now() < deadline && !recovered; await sleep(200)) {
    const recent = outcomes.filter((o) => o.phase === 'after').slice(-6)
    recovered = recent.length === 6 && recent.every((o) => o.status === 200)
  }
  const healthAfter = await health().catch((err: Error) => ({ status: 0, body: { status: String(err.cause ?? err), db: '' } }))
  stop = true
  await Promise.all(workers)

  // postgres.js 3.4.9 can throw from a setImmediate when a connection drops mid-transaction (its ROLLBACK
  // is written to a socket it has already nulled): an uncaught TypeError that takes the process down.
  // Upstream: porsager/postgres#1154, #1208 (fix proposed in #1209 + #1215, not released). Until a release
  // carries it, the drill reports that crash as a known failure instead of failing CI at random.
  const upstreamCrash = api.child.exitCode !== null && api.logs.some((l) => l.raw.includes("reading 'write'") && l.raw.includes('nextWrite'))
  if (upstreamCrash) {
    t.todo('the API crashed on postgres.js#1208 (write to a null socket after a connection drop inside a transaction)')
    return
  }
  assert.deepEqual(healthDuring, { status: 503, body: { ...healthDuring.body, status: 'degraded', db: 'down' } }, '/health says degraded during the outage')
  assert.deepEqual(healthAfter, { status: 200, body: { ...healthAfter.body, status: 'ok', db: 'ok' } }, '/health ok again after it')
  assert.ok(recovered, 'requests succeed again without restarting the API')
  const outage = outcomes.filter((o) => o.phase === 'outage')
  assert.ok(outage.some((o) => o.status === 503 && o.code === 'database_unavailable'), 'the outage shows as 503 database_unavailable')
  const wrong = outcomes.filter((o) => !(o.status === 200 || (o.status === 503 && o.code === 'database_unavailable')))
  assert.deepEqual(wrong, [], 'every answer is 200 or 503 database_unavailable (no 500, no dropped connection)')
  const slow = outcomes.filter((o) => o.ms > ANSWER_WITHIN_MS)
  assert.deepEqual(slow, [], `no request hangs beyond ${ANSWER_WITHIN_MS / 1000} s`)
  assert.equal(api.child.exitCode, null, 'the same process served throughout')
})

// Runs everywhere (no PostgreSQL needed): the failure mode the outage drill found. Before the fix,
// postgres.js reconnected in a loop against a server that accepts and closes, and the query never settled.
test('a server that accepts and closes at once: queries fail as database unavailable instead of waiting', { timeout: 20_000 }, async (t) => {
  let accepted = 0
  const server = net.createServer((socket) => {
    accepted++
    socket.destroy()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const { port } = server.address() as net.AddressInfo
  const db = await connectDatabase({ url: `postgres://u:p@127.0.0.1:${port}/db`, ssl: false, poolMax: 2, pgliteDir: 'memory://' })
  t.after(() => db.close())
  const results = await Promise.allSettled(Array.from({ length: 5 }, () => db.sql`select 1`))
  for (const r of results) {
    assert.equal(r.status, 'rejected')
    assert.ok(isDatabaseUnavailable((r as PromiseRejectedResult).reason), `maps to 503 database_unavailable: ${(r as PromiseRejectedResult).reason}`)
  }
  assert.ok(accepted < 50, `postgres.js backs off instead of reconnecting in a loop (${accepted} connections)`)
})
