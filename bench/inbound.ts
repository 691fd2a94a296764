/**
 * Inbound start under load: the route the caller waits on in silence.
 *
 * Starts the app on a port against real PostgreSQL (TEST_DATABASE_URL; a fresh schema, dropped
 * afterwards; PGlite when unset, with a warning) and the LiveKit test server, with one workspace
 * and one number routed to an agent. Every request uses a new roomName (a new call row and a
 * metadata write to a room that exists, as after LiveKit's dispatch). Two runs:
 *   1. as fast as 10 connections go, 10 s;
 *   2. a fixed 1,000 req/s, 10 s (the target: p99 < 10 ms).
 * Prints req/s, p50, p99 and errors. Logs are serialised at `info` as in production but discarded.
 * The app runs in a child process of its own; autocannon and the LiveKit test server share the parent.
 *
 *   TEST_DATABASE_URL=postgres://rapidcall:rapidcall@127.0.0.1:5432/rapidcall_test npm run bench:inbound
 *   (flags: --duration 10 --connections 10 --rate 1000; env: BENCH_LOG_LEVEL=warn to leave logging out,
 *   BENCH_CPU_PROF=<dir> to write a CPU profile of the API process)
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { Writable } from 'node:stream'
import autocannon from 'autocannon'
import { Room } from '@livekit/protocol'
import { loadConfig } from '../src/config.js'
import { buildApp } from '../src/app.js'
import { freshDatabaseEnv } from '../test/helpers/database.js'
import { startLiveKitServer } from '../test/support/livekit-server.js'

const SECRET = 'bench-agent-secret-0123456789'
const NUMBER = '+17073808675'
const ROOMS = 120_000

type FromServer = { type: 'listening'; url: string; workspaceId: string } | { type: 'count'; calls: number; logBytes: number; cpuMs: number }

if (process.argv.includes('--server')) await runServer()
else await runBench()

/** The child: the API alone on its event loop, one workspace with one number routed to an agent. */
async function runServer() {
  const send = (m: FromServer) => process.send?.(m)
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info', AGENT_SHARED_SECRET: SECRET, JWT_SECRET: 'bench-jwt-secret-that-is-long-enough-0123456789' })
  let logBytes = 0
  const discard = new Writable({ write(chunk, _enc, done) { logBytes += chunk.length; done() } })
  const app = await buildApp(config, { logger: { level: config.logLevel, stream: discard } })
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  const signup = await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: 'bench@example.com', password: 'bench-password' } })
  const { token, workspace } = signup.json()
  const agent = (await app.inject({ method: 'POST', url: '/api/agents', headers: { authorization: `Bearer ${token}` }, payload: { name: 'Bench', promptDraft: 'Hello' } })).json()
  await app.telephony.insert(workspace.id, { e164: NUMBER, twilioSid: null, inboundAgentId: agent.id })
  // CPU the API spends under load, independent of how busy the rest of the machine is.
  const cpuAtStart = process.cpuUsage()
  process.on('message', async (m: { type: string }) => {
    if (m.type === 'count') {
      const [{ count }] = await app.sql<{ count: number }[]>`select count(*)::int as count from calls where workspace_id = ${workspace.id}`
      const cpu = process.cpuUsage(cpuAtStart)
      send({ type: 'count', calls: count, logBytes, cpuMs: (cpu.user + cpu.system) / 1000 })
    } else if (m.type === 'close') {
      await app.close()
      process.exit(0)
    }
  })
  send({ type: 'listening', url, workspaceId: workspace.id })
}

async function runBench() {
  const { values } = parseArgs({
    options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, rate: { type: 'string', default: '1000' } },
  })
  const duration = Number(values.duration)
  const connections = Number(values.connections)
  const rate = Number(values.rate)
  if (!process.env.TEST_DATABASE_URL) process.stderr.write('TEST_DATABASE_URL is not set: running on embedded PGlite, not real PostgreSQL\n')
  const db = await freshDatabaseEnv()
  const livekit = await startLiveKitServer({ apiKey: 'APIbench', apiSecret: 'bench-livekit-secret-0123456789abcdef' })
  // Rooms exist before inbound start (LiveKit made them when the call came in).
  for (let i = 0; i < ROOMS; i++) {
    const name = `call-+3710000000-${i}`
    livekit.state.rooms.set(name, { room: new Room({ sid: `RM_${i}`, name }), participants: new Map() })
  }
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--server'], {
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
    env: { ...process.env, ...db.env, LIVEKIT_URL: livekit.wsUrl, LIVEKIT_API_KEY: livekit.apiKey, LIVEKIT_API_SECRET: livekit.apiSecret, LIVEKIT_SIP_ENDPOINT: 'bench.sip.livekit.cloud' },
  })
  const next = () => new Promise<FromServer>((resolve) => child.once('message', (m) => resolve(m as FromServer)))
  const ready = await next()
  if (ready.type !== 'listening') throw new Error('server did not start')

  let roomSeq = 0
  const run = (overallRate?: number) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      autocannon({
        url: ready.url,
        connections,
        duration,
        ...(overallRate ? { overallRate } : {}),
        requests: [{
          method: 'POST',
          path: '/api/internal/telephony/inbound/start',
          headers: { 'content-type': 'application/json', 'x-agent-secret': SECRET },
          setupRequest: (req) => ({ ...req, body: JSON.stringify({ roomName: `call-+3710000000-${roomSeq++ % ROOMS}`, to: NUMBER, from: '+3710000000' }) }),
        }],
      }, (err, result) => (err ? reject(err) : resolve(result)))
    })
  const report = (title: string, r: autocannon.Result) => {
    process.stdout.write(`${title.padEnd(20)} req/s avg ${r.requests.average.toFixed(0).padStart(6)}  p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(r.latency.p99).padStart(4)} ms  max ${r.latency.max} ms  ` +
      `requests ${r.requests.total}  errors ${r.errors}  timeouts ${r.timeouts}  non-2xx ${r.non2xx}\n`)
  }

  try {
    process.stdout.write(`inbound start on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, ${connections} connections, ${duration} s per run\n`)
    report('max throughput', await run())
    report(`fixed ${rate} req/s`, await run(rate))
    child.send({ type: 'count' })
    const counted = await next()
    if (counted.type === 'count') {
      process.stdout.write(`calls recorded: ${counted.calls}; room metadata writes: ${livekit.calls('UpdateRoomMetadata').length}; requests sent: ${roomSeq}; log bytes: ${counted.logBytes}\n`)
      process.stdout.write(`API process CPU: ${(counted.cpuMs / roomSeq).toFixed(2)} ms per request (${(1000 / (counted.cpuMs / roomSeq)).toFixed(0)} req/s per core at most)\n`)
    }
  } finally {
    child.send({ type: 'close' })
    await new Promise((resolve) => child.once('exit', resolve))
    await livekit.close()
    await db.drop()
  }
}
