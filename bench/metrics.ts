/**
 * Throughput of the agent's metrics post: `POST /api/calls/:callId/metrics` with a latency snapshot and
 * 20 new events per request (unique ids, spread over a few hundred calls).
 *
 * The API runs in a child process (so the load generator does not share its event loop) on a fresh
 * schema of TEST_DATABASE_URL or DATABASE_URL, or on an in-memory PGlite when neither is set. autocannon
 * drives it for BENCH_SECONDS (10) with BENCH_CONNECTIONS (10). Prints req/s, latency p50/p99, errors and
 * non-2xx, and checks that every accepted event was stored once. Figures only; nothing is asserted.
 *
 *   npm run bench:metrics            (node --import tsx bench/metrics.ts)
 */
import { fork } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import postgres from 'postgres'
import { loadConfig } from '../src/config.js'
import { buildApp } from '../src/app.js'
import { newId } from '../src/platform/ids.js'

const AGENT_SECRET = 'bench-agent-secret-0123456789'
const CALLS = Number(process.env.BENCH_CALLS ?? 300)
const EVENTS_PER_POST = 20

type FromServer = { type: 'ready'; port: number; callIds: string[] } | { type: 'stored'; events: number; calls: number }

if (process.argv.includes('--server')) await runServer()
else await runBench()

/** The child: the API on a port, a workspace with CALLS calls, and a count of stored events on request. */
async function runServer() {
  const send = (m: FromServer) => process.send?.(m)
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', AGENT_SHARED_SECRET: AGENT_SECRET }, '0.0.0-bench')
  const app = await buildApp(config)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('no port')

  const signup = await app.inject({
    method: 'POST', url: '/api/auth/signup',
    payload: { email: `bench-${randomBytes(4).toString('hex')}@example.com`, password: 'bench password 123' },
  })
  if (signup.statusCode !== 201) throw new Error(`signup failed: ${signup.body}`)
  const workspaceId = signup.json().workspace.id as string
  const callIds: string[] = []
  for (let i = 0; i < CALLS; i++) {
    const row = await app.calls.insert({ id: newId('call'), workspaceId, agentId: null, agentName: null, direction: 'web', status: 'active', roomName: null })
    callIds.push(row.id)
  }

  process.on('message', async (m: { type: 'count' }) => {
    if (m.type !== 'count') return
    const [row] = await app.sql<{ events: string; calls: string }[]>`
      select (select count(*) from call_metric_events) as events,
             (select count(*) from calls where latency_p50_ms is not null) as calls`
    send({ type: 'stored', events: Number(row.events), calls: Number(row.calls) })
  })
  process.on('disconnect', () => void app.close().then(() => process.exit(0)))
  send({ type: 'ready', port: address.port, callIds })
}

/** A fresh schema on the real server, or nothing (the child then starts PGlite in memory). */
async function freshSchema(): Promise<{ env: Record<string, string>; label: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL
  if (!base) return { env: { PGLITE_DIR: 'memory://' }, label: 'PGlite (in memory)', drop: async () => {} }
  const schema = `bench_${process.pid}_${randomBytes(3).toString('hex')}`
  const admin = postgres(base, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create schema "${schema}"`)
  await admin.end()
  const url = new URL(base)
  url.searchParams.set('search_path', schema)
  return {
    env: { DATABASE_URL: url.toString() },
    label: `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname} (schema ${schema})`,
    async drop() {
      const sql = postgres(base, { max: 1, onnotice: () => {} })
      await sql.unsafe(`drop schema if exists "${schema}" cascade`)
      await sql.end()
    },
  }
}

async function runBench() {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10)
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)
  const db = await freshSchema()
  const env: Record<string, string | undefined> = { ...process.env, ...db.env }
  if (db.env.PGLITE_DIR) delete env.DATABASE_URL
  const child = fork(fileURLToPath(import.meta.url), ['--server'], { execArgv: ['--import', 'tsx'], env })
  const next = () => new Promise<FromServer>((resolve, reject) => {
    child.once('message', (m) => resolve(m as FromServer))
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })

  try {
    const ready = await next()
    if (ready.type !== 'ready') throw new Error('unexpected message')
    const { port, callIds } = ready
    let posts = 0
    const body = (n: number) =>
      JSON.stringify({
        latency: { llm_ttft_ms_avg: 412, eou_transcription_ms_avg: 230, eou_end_ms_avg: 510, agent_turn_latency_ms_avg: 980 },
        events: Array.from({ length: EVENTS_PER_POST }, (_, j) => ({
          id: `b${n}-${j}`,
          type: j % 4 === 3 ? 'llm' : 'turn',
          at: new Date().toISOString(),
          e2eLatencyMs: 500 + ((n * 31 + j * 17) % 900),
          llmTtftMs: 200 + (j % 300),
          promptTokens: 800 + j,
          completionTokens: 40 + j,
        })),
      })

    console.log(`metrics bench: ${db.label}; ${callIds.length} calls, ${EVENTS_PER_POST} events per post, ${connections} connections, ${seconds} s`)
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-agent-secret': AGENT_SECRET },
          // Every request gets its own call (round robin) and fresh event ids.
          setupRequest: (req) => {
            const n = posts++
            return { ...req, path: `/api/calls/${callIds[n % callIds.length]}/metrics`, body: body(n) }
          },
        },
      ],
    })

    child.send({ type: 'count' })
    const stored = await next()
    const ok = result['2xx']
    console.log(`requests/s  avg ${result.requests.average.toFixed(0)}  (min ${result.requests.min}, max ${result.requests.max})`)
    console.log(`events/s    avg ${(result.requests.average * EVENTS_PER_POST).toFixed(0)}`)
    console.log(`latency ms  p50 ${result.latency.p50}  p90 ${result.latency.p90}  p99 ${result.latency.p99}  max ${result.latency.max}`)
    console.log(`responses   2xx ${ok}  non-2xx ${result.non2xx}  errors ${result.errors}  timeouts ${result.timeouts}`)
    if (stored.type === 'stored') {
      // Requests still in flight when autocannon stops are stored but not counted: up to one per connection.
      const expected = ok * EVENTS_PER_POST
      const fits = stored.events % EVENTS_PER_POST === 0 && stored.events >= expected && stored.events <= expected + connections * EVENTS_PER_POST
      console.log(`stored      ${stored.events} events for ${ok} accepted posts x ${EVENTS_PER_POST} (${fits ? 'each once' : 'MISMATCH'}); ${stored.calls} calls with percentiles`)
    }
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.disconnect()
      await exited
    }
    await db.drop()
  }
}
