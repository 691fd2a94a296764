import { after, test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import { connectDatabase, type Database, type Queryable, type Sql } from '../src/db/connect.js'
import { migrate } from '../src/db/migrate.js'
import { startEmbeddedPostgres } from '../src/db/pglite.js'
import { loadConfig } from '../src/config.js'
import { buildApp } from '../src/app.js'
import jobsPlugin from '../src/jobs/plugin.js'
import { createJobQueue, JobError, type JobLogger, type JobQueue, type JobQueueOptions } from '../src/jobs/queue.js'
import { enqueueAlert, parseRetryAfter, registerAlerts, type AlertPayload } from '../src/integrations/alerts.js'
import { freshDatabaseEnv, onRealPostgres } from './helpers/database.js'
import { TEST_JWT_SECRET } from './helpers/app.js'
import { eventually, pause } from './helpers/eventually.js'

// ---------------------------------------------------------------- helpers


interface LogLine {
  level: string
  obj: Record<string, unknown>
  msg: string
}
function captureLog(): { log: JobLogger; lines: LogLine[] } {
  const lines: LogLine[] = []
  const at = (level: string) => (obj: Record<string, unknown>, msg: string) => void lines.push({ level, obj, msg })
  return { log: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }, lines }
}

let embedded: ReturnType<typeof startEmbeddedPostgres> | undefined
after(async () => {
  await (await embedded)?.stop()
})

/**
 * One fresh database (a schema on the real server, or an in-memory PGlite served over
 * pglite-socket) that several postgres.js clients can open, like several API processes.
 * Queues are stopped before the clients close, and the clients before the database goes.
 */
async function testDatabase(t: TestContext) {
  let url: string
  let dispose: () => Promise<void>
  if (onRealPostgres()) {
    const fresh = await freshDatabaseEnv()
    url = fresh.env.DATABASE_URL
    dispose = fresh.drop
  } else {
    // One PGlite per file (its initdb takes seconds), emptied for every test.
    embedded ??= startEmbeddedPostgres('memory://', 40)
    url = (await embedded).url
    const admin = await connectDatabase({ url, ssl: false, poolMax: 1, pgliteDir: 'memory://' })
    await admin.sql.unsafe('drop schema public cascade; create schema public')
    await admin.close()
    dispose = async () => {}
  }
  const clients: Database[] = []
  const queues: JobQueue[] = []
  t.after(async () => {
    for (const q of queues) await q.stop()
    for (const c of clients) await c.close()
    await dispose()
  })
  const connect = async (): Promise<Sql> => {
    const db = await connectDatabase({ url, ssl: false, poolMax: 5, pgliteDir: 'memory://' })
    clients.push(db)
    return db.sql
  }
  const sql = await connect()
  await migrate(sql)
  return {
    sql,
    connect,
    queue(opts: Partial<JobQueueOptions> & { sql: Sql; log: JobLogger }) {
      const q = createJobQueue({ pollIntervalMs: 50, ...opts })
      queues.push(q)
      return q
    },
  }
}

/** A local alert webhook: records every request; `answer(n)` picks the status of the n-th (1-based). */
async function startReceiver(t: TestContext, answer: (n: number) => number | { status: number; headers?: Record<string, string>; delayMs?: number } = () => 200) {
  const received: AlertPayload[] = []
  const requests: { headers: http.IncomingHttpHeaders; body: string; at: number }[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      requests.push({ headers: req.headers, body, at: Date.now() })
      const a = answer(requests.length)
      const { status, headers = {}, delayMs = 0 } = typeof a === 'number' ? { status: a } : a
      setTimeout(() => {
        if (status < 300) received.push(JSON.parse(body) as AlertPayload)
        res.writeHead(status, headers).end(status < 300 ? 'ok' : 'nope')
      }, delayMs)
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  t.after(() => new Promise<void>((r) => server.close(() => r())))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/alerts?token=secret`, received, requests }
}

const alert = (message: string) => ({ type: 'egress_failed', severity: 'critical' as const, workspaceId: 'ws_1', callId: 'call_1', message })

async function insertWorkspace(tx: Queryable, id: string) {
  await tx`insert into workspaces (id, name) values (${id}, ${'Workspace ' + id})`
}

// ---------------------------------------------------------------- tests

test('an alert enqueued in a rolled-back transaction is never sent; a committed one is sent exactly once', async (t) => {
  const db = await testDatabase(t)
  const receiver = await startReceiver(t)
  const { log } = captureLog()
  const jobs = db.queue({ sql: db.sql, log })
  await registerAlerts(jobs, { url: receiver.url, log, backoffBaseMs: 1000 })
  await jobs.start()

  await assert.rejects(
    db.sql.begin(async (tx) => {
      await insertWorkspace(tx, 'ws_rolled_back')
      await enqueueAlert(jobs, tx, alert('rolled back'))
      throw new Error('the change fails')
    }),
    /the change fails/,
  )
  const at = new Date('2025-01-02T03:04:05.678Z')
  const id = await db.sql.begin(async (tx) => {
    await insertWorkspace(tx, 'ws_committed')
    return enqueueAlert(jobs, tx, { ...alert('committed'), at })
  })
  assert.ok(id)

  await eventually(() => receiver.received.length >= 1, 'the committed alert')
  await pause(400) // several polls: nothing else may arrive
  assert.deepEqual(receiver.received, [
    { type: 'egress_failed', severity: 'critical', workspaceId: 'ws_1', callId: 'call_1', message: 'committed', at: at.toISOString() },
  ])
  assert.equal(receiver.requests.length, 1)
  assert.equal(receiver.requests[0].headers['content-type'], 'application/json')
  assert.deepEqual((await db.sql`select id from workspaces order by id`).map((r) => r.id), ['ws_committed'])
})

test('a 500 is retried with backoff and the alert is delivered on the next attempt', async (t) => {
  const db = await testDatabase(t)
  const receiver = await startReceiver(t, (n) => (n === 1 ? 500 : 200))
  const { log, lines } = captureLog()
  const jobs = db.queue({ sql: db.sql, log })
  await registerAlerts(jobs, { url: receiver.url, log, backoffBaseMs: 1000 })
  await jobs.start()

  await enqueueAlert(jobs, db.sql, alert('flaky receiver'))
  await eventually(() => receiver.received.length === 1, 'delivery after a retry')
  await pause(300)
  assert.equal(receiver.requests.length, 2, 'one failed attempt, one delivery')
  assert.equal(receiver.received[0].message, 'flaky receiver')
  // Exponential backoff with jitter: the first retry waits between 1 and 2 base delays.
  const gap = receiver.requests[1].at - receiver.requests[0].at
  assert.ok(gap >= 900, `retry waited ${gap} ms`)
  const warn = lines.find((l) => l.level === 'warn' && l.msg === 'Job failed, will retry')
  assert.equal(warn?.obj.error, 'Alert webhook answered 500')
  assert.equal(warn?.obj.attempt, 1)
  assert.deepEqual(await jobs.failed(), [])
})

test('a 429 with Retry-After is retried after the delay the receiver asked for, not the backoff', async (t) => {
  const db = await testDatabase(t)
  const receiver = await startReceiver(t, (n) => (n === 1 ? { status: 429, headers: { 'retry-after': '1' } } : 200))
  const { log } = captureLog()
  const jobs = db.queue({ sql: db.sql, log })
  // A one-minute backoff would not deliver within the test: Retry-After must win.
  await registerAlerts(jobs, { url: receiver.url, log, backoffBaseMs: 60_000 })
  await jobs.start()

  await enqueueAlert(jobs, db.sql, alert('rate limited'))
  await eventually(() => receiver.received.length === 1, 'delivery after Retry-After')
  assert.equal(receiver.requests.length, 2)
  assert.ok(receiver.requests[1].at - receiver.requests[0].at >= 900)
})

test('a handler can set its own retry delay with retryAfterMs', async (t) => {
  const db = await testDatabase(t)
  const { log } = captureLog()
  const jobs = db.queue({ sql: db.sql, log })
  const attempts: number[] = []
  await jobs.work<{ n: number }>('test.retry-after', async (job) => {
    attempts.push(job.attempt)
    if (job.attempt === 1) throw new JobError('busy', { retryAfterMs: 100 })
  })
  await jobs.start()
  await jobs.enqueue(db.sql, 'test.retry-after', { n: 1 }, { backoffBaseMs: 3_600_000, maxAttempts: 3 })
  await eventually(() => attempts.length === 2, 'the second attempt')
  assert.deepEqual(attempts, [1, 2])
})

test('two queue instances on two clients deliver each of 20 alerts exactly once', async (t) => {
  const db = await testDatabase(t)
  const receiver = await startReceiver(t, () => ({ status: 200, delayMs: 20 }))
  const a = captureLog()
  const b = captureLog()
  const first = db.queue({ sql: db.sql, log: a.log, concurrency: 3 })
  const second = db.queue({ sql: await db.connect(), log: b.log, concurrency: 3 })
  await registerAlerts(first, { url: receiver.url, log: a.log })
  await registerAlerts(second, { url: receiver.url, log: b.log })
  await Promise.all([first.start(), second.start()]) // both install the tables at once

  const messages = Array.from({ length: 20 }, (_, i) => `alert ${i}`)
  await Promise.all(messages.map((m, i) => enqueueAlert(i % 2 ? first : second, db.sql, alert(m))))
  await eventually(() => receiver.received.length >= 20, '20 deliveries')
  await pause(500)
  assert.equal(receiver.requests.length, 20)
  assert.deepEqual(receiver.received.map((r) => r.message).sort(), [...messages].sort())
  const delivered = (lines: LogLine[]) => lines.filter((l) => l.msg === 'Alert delivered').length
  assert.equal(delivered(a.lines) + delivered(b.lines), 20)
})

test('a job enqueued before a stop is delivered by the next queue instance', async (t) => {
  const db = await testDatabase(t)
  const receiver = await startReceiver(t)
  const { log } = captureLog()
  // The first instance polls only at start, so it stops before it sees the job.
  const before = db.queue({ sql: db.sql, log, pollIntervalMs: 60_000 })
  await registerAlerts(before, { url: receiver.url, log })
  await before.start()
  await pause(100)
  await enqueueAlert(before, db.sql, alert('survives restart'))
  await before.stop()
  await pause(200)
  assert.equal(receiver.requests.length, 0)

  const after = db.queue({ sql: await db.connect(), log })
  await registerAlerts(after, { url: receiver.url, log })
  await after.start()
  await eventually(() => receiver.received.length === 1, 'delivery by the new instance')
  assert.equal(receiver.received[0].message, 'survives restart')
})

test('a job that always fails is dead after maxAttempts, kept, listed by failed() and logged at error', async (t) => {
  const db = await testDatabase(t)
  const { log, lines } = captureLog()
  const jobs = db.queue({ sql: db.sql, log })
  let runs = 0
  await jobs.work('test.always-fails', async () => {
    runs++
    throw new Error(`boom ${runs}`)
  })
  await jobs.work('test.ok', async () => {})
  await jobs.start()
  const id = await jobs.enqueue(db.sql, 'test.always-fails', { what: 'doomed' }, { maxAttempts: 3, backoffBaseMs: 0 })

  await eventually(async () => (await jobs.failed()).length === 1, 'the dead job')
  await pause(300)
  assert.equal(runs, 3)
  const [dead] = await jobs.failed('test.always-fails')
  assert.equal(dead.id, id)
  assert.equal(dead.name, 'test.always-fails')
  assert.deepEqual(dead.data, { what: 'doomed' })
  assert.equal(dead.attempts, 3)
  assert.equal(dead.error, 'boom 3')
  assert.ok(dead.failedAt instanceof Date)
  assert.deepEqual(await jobs.failed('test.ok'), [])
  const error = lines.filter((l) => l.level === 'error')
  assert.equal(error.length, 1)
  assert.equal(error[0].msg, 'Job dead: no more attempts')
  assert.equal(error[0].obj.jobId, id)
})

test('a 4xx other than 408/429 is not retried: the alert is dead at once', async (t) => {
  const db = await testDatabase(t)
  const receiver = await startReceiver(t, () => 404)
  const { log } = captureLog()
  const jobs = db.queue({ sql: db.sql, log })
  await registerAlerts(jobs, { url: receiver.url, log, backoffBaseMs: 0 })
  await jobs.start()
  await enqueueAlert(jobs, db.sql, alert('wrong url'))
  await eventually(async () => (await jobs.failed()).length === 1, 'the dead alert')
  await pause(300)
  assert.equal(receiver.requests.length, 1)
  const [dead] = await jobs.failed('alert.send')
  assert.equal(dead.attempts, 1)
  assert.equal(dead.error, 'Alert webhook answered 404')
})

test('an unreachable receiver is retried as a network error; a dedupe key sends one alert', async (t) => {
  const db = await testDatabase(t)
  const receiver = await startReceiver(t)
  const { log, lines } = captureLog()
  const jobs = db.queue({ sql: db.sql, log })
  let calls = 0
  // The first attempt fails like a refused connection, later ones reach the receiver.
  const flakyFetch: typeof fetch = async (input, init) => {
    if (++calls === 1) throw new TypeError('fetch failed')
    return fetch(input, init)
  }
  await registerAlerts(jobs, { url: receiver.url, log, fetch: flakyFetch, backoffBaseMs: 0 })
  await jobs.start()
  const first = await enqueueAlert(jobs, db.sql, alert('once'), { dedupeKey: 'egress:EG_1' })
  const again = await db.sql.begin((tx) => enqueueAlert(jobs, tx, alert('once again'), { dedupeKey: 'egress:EG_1' }))
  assert.ok(first)
  assert.equal(again, null)
  await eventually(() => receiver.received.length === 1, 'the delivery')
  await pause(300)
  assert.equal(calls, 2)
  assert.deepEqual(receiver.received.map((r) => r.message), ['once'])
  assert.match(String(lines.find((l) => l.level === 'warn')?.obj.error), /unreachable: fetch failed/)
})

test('without ALERT_WEBHOOK_URL alerts are logged at warn and not queued', async (t) => {
  const db = await testDatabase(t)
  const { log, lines } = captureLog()
  const jobs = db.queue({ sql: db.sql, log })
  await registerAlerts(jobs, { url: undefined, log })
  await jobs.start()
  assert.equal(await enqueueAlert(jobs, db.sql, alert('nobody listens')), null)
  const line = lines.find((l) => l.msg.startsWith('Alert (not sent'))
  assert.equal(line?.level, 'warn')
  assert.equal((line?.obj.alert as AlertPayload).message, 'nobody listens')
  await assert.rejects(jobs.enqueue(db.sql, 'alert.send', {}), /No worker registered/)
})

test('Retry-After accepts seconds and HTTP dates', () => {
  assert.equal(parseRetryAfter('3'), 3000)
  assert.equal(parseRetryAfter(new Date(10_000).toUTCString(), 4000), 6000)
  assert.equal(parseRetryAfter('soon'), undefined)
  assert.equal(parseRetryAfter(null), undefined)
  assert.equal(parseRetryAfter('999999'), 3_600_000)
})

test('the plugin starts on ready and, on close, lets the job in flight finish before the database closes', async (t) => {
  const fresh = await freshDatabaseEnv()
  const logs: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(l))
      done()
    },
  })
  const receiver = await startReceiver(t, () => ({ status: 200, delayMs: 400 }))
  const env = { LOG_LEVEL: 'debug', JWT_SECRET: TEST_JWT_SECRET, JOBS_POLL_INTERVAL_MS: '50', ...fresh.env, ALERT_WEBHOOK_URL: receiver.url }
  const app = await buildApp(loadConfig(env, '0.0.0-test'), { logger: { level: 'debug', stream } })
  t.after(async () => {
    await app.close()
    await fresh.drop()
  })
  if (!app.hasDecorator('jobs')) {
    // src/app.ts registers the queue and the alert job itself once it is wired.
    await app.register(jobsPlugin, { pollIntervalMs: 50 })
    await registerAlerts(app.jobs, { url: receiver.url, log: app.log })
  }
  await app.ready()

  await app.sql.begin((tx) => enqueueAlert(app.jobs, tx, alert('in flight at shutdown')))
  await eventually(() => receiver.requests.length === 1, 'the alert request')
  await app.close() // the receiver is still holding its answer
  assert.equal(receiver.received.length, 1, 'the in-flight delivery finished before close returned')
  const messages = logs.map((l) => l.msg)
  assert.ok(messages.includes('Job queue started'))
  assert.ok(messages.includes('Alert delivered'))
  assert.ok(messages.includes('Job done'), 'completion recorded while the database was still open')
  assert.deepEqual(logs.filter((l) => (l.level as number) >= 50), [])
  assert.ok(messages.indexOf('Job queue stopped') > messages.indexOf('Job done'))
})

test('a job type that hangs holds at most its own slots and is failed at its timeout (signal aborted); other types keep running', async (t) => {
  const db = await testDatabase(t)
  const { log } = captureLog()
  const queue = db.queue({ sql: db.sql, log, concurrency: 3 })
  let hanging = 0
  let maxHanging = 0
  const aborted: string[] = []
  // Never answers by itself, like a receiver that accepts and says nothing: only the signal ends it.
  await queue.work<{ n: number }>('drill.hang', (job) => new Promise<void>((_, reject) => {
    maxHanging = Math.max(maxHanging, ++hanging)
    job.signal.addEventListener('abort', () => {
      hanging--
      aborted.push(String(job.data.n))
      reject(job.signal.reason)
    })
  }), { concurrency: 2, timeoutMs: 400 })
  const quick: number[] = []
  await queue.work<{ n: number }>('drill.quick', async (job) => void quick.push(job.data.n))
  await queue.start()
  for (let n = 0; n < 4; n++) await queue.enqueue(db.sql, 'drill.hang', { n }, { maxAttempts: 1 })
  await eventually(() => hanging === 2, 'two hanging runs')
  for (let n = 0; n < 5; n++) await queue.enqueue(db.sql, 'drill.quick', { n })
  await eventually(() => quick.length === 5, 'the other type runs while two of three slots hang')
  await eventually(async () => (await queue.failed('drill.hang')).length === 4, 'every hanging run failed at its timeout')
  assert.equal(maxHanging, 2, 'the hanging type never held more than its cap')
  assert.deepEqual(aborted.sort(), ['0', '1', '2', '3'], 'each run saw its signal aborted')
  assert.ok((await queue.failed('drill.hang')).every((d) => d.error === 'timed out after 400 ms'))
})
