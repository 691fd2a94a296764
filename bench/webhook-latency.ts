/**
 * Call webhook latency: from the commit of the call change (the lifecycle call returns)
 * to the customer's receiver reading the request, over BENCH_EVENTS (1000) `call_started`
 * events arriving at BENCH_RATE (50) per second.
 *
 * Needs real PostgreSQL: TEST_DATABASE_URL or DATABASE_URL (a fresh schema per run, dropped
 * after). The API and the receiver share this process; the receiver answers 200 at once.
 * Runs once per job-queue poll interval in BENCH_POLL_MS (default "1000,100": the
 * JOBS_POLL_INTERVAL_MS default, then a tighter one). Prints median, p90, p99 and max,
 * and checks that every event arrived exactly once. Figures only; nothing is asserted.
 *
 *   npm run bench:webhooks            (node --import tsx bench/webhook-latency.ts)
 */
import http from 'node:http'
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import postgres from 'postgres'
import { loadConfig } from '../src/config.js'
import { buildApp } from '../src/app.js'
import { newId } from '../src/platform/ids.js'

const BASE = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000)
const RATE = Number(process.env.BENCH_RATE ?? 50)
const POLLS = (process.env.BENCH_POLL_MS ?? '1000,100').split(',').map(Number)

if (!BASE) {
  console.error('Set TEST_DATABASE_URL or DATABASE_URL to a PostgreSQL server (the figures are for real PostgreSQL).')
  process.exit(1)
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function run(pollMs: number) {
  const schema = `bench_wh_${randomBytes(4).toString('hex')}`
  const admin = postgres(BASE!, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create schema "${schema}"`)
  const url = new URL(BASE!)
  url.searchParams.set('search_path', schema)

  const committedAt = new Map<string, number>()
  const latencies: number[] = []
  const seen = new Map<string, number>()
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const at = performance.now()
      const callId = JSON.parse(Buffer.concat(chunks).toString()).call.call_id as string
      seen.set(callId, (seen.get(callId) ?? 0) + 1)
      const t0 = committedAt.get(callId)
      if (t0 !== undefined && seen.get(callId) === 1) latencies.push(at - t0)
      res.writeHead(200).end('ok')
    })
  })
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`

  const config = loadConfig({
    ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'warn', WEBHOOKS_ALLOW_INSECURE: 'true', JOBS_POLL_INTERVAL_MS: String(pollMs),
  }, '0.0.0-bench')
  const app = await buildApp(config)
  await app.ready()
  try {
    const signup = await app.inject({
      method: 'POST', url: '/api/auth/signup',
      payload: { email: `bench-${randomBytes(4).toString('hex')}@example.com`, password: 'bench password 123' },
    })
    const { token, workspace } = signup.json()
    const agent = await app.inject({ method: 'POST', url: '/api/agents', headers: { authorization: `Bearer ${token}` }, payload: { name: 'Bench', webhookUrl: hook } })
    const agentId = agent.json().id as string
    const ids: string[] = []
    for (let i = 0; i < EVENTS; i++) {
      const row = await app.calls.insert({ id: newId('call'), workspaceId: workspace.id, agentId, agentName: 'Bench', direction: 'web', status: 'created', roomName: null })
      ids.push(row.id)
    }

    // Open loop: events start on schedule whether or not earlier ones were delivered.
    const started = performance.now()
    const commits: Promise<void>[] = []
    for (let i = 0; i < EVENTS; i++) {
      const due = started + (i * 1000) / RATE
      const wait = due - performance.now()
      if (wait > 0) await sleep(wait)
      const id = ids[i]
      commits.push(app.callLifecycle.activate(id, new Date()).then(() => void committedAt.set(id, performance.now())))
    }
    await Promise.all(commits)
    const deadline = Date.now() + 120_000
    while (seen.size < EVENTS && Date.now() < deadline) await sleep(50)
    await sleep(Math.max(500, pollMs * 2)) // late duplicates would show up here
    const duplicates = [...seen.values()].filter((n) => n > 1).length
    const sorted = latencies.sort((a, b) => a - b)
    const f = (n: number) => `${n.toFixed(1)} ms`
    console.log(
      `poll ${String(pollMs).padStart(5)} ms | ${EVENTS} events at ${RATE}/s | delivered ${seen.size} (duplicates ${duplicates}) | ` +
        `commit -> receiver: median ${f(pct(sorted, 50))}, p90 ${f(pct(sorted, 90))}, p99 ${f(pct(sorted, 99))}, max ${f(sorted[sorted.length - 1])}`,
    )
  } finally {
    await app.close()
    await new Promise<void>((r) => receiver.close(() => r()))
    await admin.unsafe(`drop schema if exists "${schema}" cascade`)
    await admin.end()
  }
}

for (const pollMs of POLLS) await run(pollMs)
