/**
 * Live-call capacity: N concurrent simulated calls with the Python agent's cadence, ramped in steps.
 *
 * One call: inbound start + LiveKit `room_started` and `participant_joined`; the whole transcript
 * every 5 s (one more entry every 5-8 s: turns of 60-200 characters, tool calls with JSON); metrics
 * (`latency`) at 20 s and at shutdown (half the calls also send `usage` and an `events` batch); the
 * agent's end `{outcome}` (half of them with the final transcript), one more transcript flush after
 * it, and `room_finished`. Calls last 1-10 minutes and join at a random point of their life with
 * the transcript they would have by then, so a step is in steady state at once; a finished call is
 * replaced by a new one. A few syncs are followed by a late retry of an older, shorter list.
 *
 * The API runs in a child process of its own (src/server's buildApp on a fresh schema of
 * TEST_DATABASE_URL; PGlite when unset, without PostgreSQL figures); the simulator (Node's fetch,
 * which is undici) and the LiveKit test server share this process. With `--target peer` the API
 * child still migrates the schema and creates the workspaces, agents and numbers, then the plain
 * Express + pg peer (bench/peers/express/server.js: the naive transcript route that deletes and
 * re-inserts every entry on every sync) is forked on the same schema and receives all the traffic;
 * its process is the one measured as "server" CPU and RSS, its pool's backends count as ours in
 * PostgreSQL CPU, and the end-of-run check reads what it stored through the API. The peer replaces
 * the transcript with whatever list arrives, so a late retry of an older list is stored (until the
 * next sync); for it the check compares with the list it acknowledged last, and the summary counts
 * those regressions. Per step it prints requests/s, p50/p99 per route, errors, CPU of the server
 * under test and of PostgreSQL (from /proc: the API or peer child, our backends and the cluster's
 * background processes), the server's RSS, and database growth per simulated
 * call-minute (calls + transcript tables, and WAL from pg_current_wal_lsn; WAL is cluster-wide, so
 * other work on the same server counts too). Capacity = the largest N whose every route has
 * p99 < 50 ms with zero errors and zero lost writes. At the end every call's stored transcript is
 * compared with the last list it sent, and every ended call must be `ended` with its outcome.
 *
 *   TEST_DATABASE_URL=postgres://rapidcall:rapidcall@127.0.0.1:5432/rapidcall_test npm run bench:calls -- --steps 250,500,1000
 *   flags (or env): --steps (BENCH_STEPS, default 250,500,1000,2000,5000,10000), --step-seconds (BENCH_STEP_SECONDS, 60),
 *   --warmup (BENCH_WARMUP_SECONDS, 10), --time-scale (BENCH_TIME_SCALE, 1: every interval and duration multiplied),
 *   --pool (DATABASE_POOL_MAX, 10; the peer's PG_POOL_MAX too), --target api|peer (BENCH_TARGET, api: which server gets the traffic),
 *   --keep-going (run every step even after one fails), --progress (a line every 10 s);
 *   BENCH_APP_ROOT=<checkout> runs another checkout's API (the before/after comparison), BENCH_LOG_LEVEL (info),
 *   BENCH_CPU_PROF=<dir> (CPU profile of the API process).
 */
import { fork, execFileSync, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs, isDeepStrictEqual } from 'node:util'
import { Writable } from 'node:stream'
import { performance, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import postgres from 'postgres'
import { ParticipantInfo_Kind } from '@livekit/protocol'
import { freshDatabaseEnv } from '../test/helpers/database.js'
import { Pool } from 'undici'
import { startLiveKitProcess } from './lib/livekit-process.js'
import { liveKitWebhookRequest, type WebhookEventInput } from '../test/support/livekit-webhook.js'

const SECRET = 'bench-agent-secret-0123456789'
/** Calls per workspace at most: below the Scale plan's 25 concurrent calls, as real customers would be. */
const CALLS_PER_WORKSPACE = 20
const LK = { apiKey: 'APIbench', apiSecret: 'bench-livekit-secret-0123456789abcdef' }
/** application_name of our PostgreSQL backends (API or peer): per run, so a concurrent run's backends are not counted as ours. */
const APP_NAME = `rapidcall-live-bench-${process.pid}`
const P99_LIMIT_MS = 50
const ROUTES = ['inbound start', 'livekit webhook', 'transcript', 'metrics', 'end'] as const
type Route = (typeof ROUTES)[number]
export type BenchTarget = 'api' | 'peer'
const PEER = fileURLToPath(new URL('./peers/express/server.js', import.meta.url))
const OUTCOMES = ['agent_hangup', 'agent_hangup', 'agent_hangup', 'user_hangup', 'transferred', 'voicemail']

export interface LiveCallsOptions {
  steps: number[]
  stepSeconds: number
  warmupSeconds: number
  /** Multiplies every interval and duration (1 = the agent's real cadence). */
  timeScale: number
  poolMax: number
  /** Share of syncs followed by a late retry of an older list. */
  lateRetryRate: number
  keepGoing: boolean
  progress: boolean
  /** Which server gets the simulated traffic: the API (default) or the plain Express + pg peer. */
  target?: BenchTarget
  appRoot?: string
  logLevel: string
  print: (line: string) => void
}

export interface StepResult {
  calls: number
  seconds: number
  requests: number
  rps: number
  routes: Record<string, { count: number; p50: number; p99: number; errors: number }>
  errors: number
  errorSamples: string[]
  lostWrites: number
  /** CPU and RSS of the process under test: the API child, or the peer with `target: 'peer'`. */
  apiCpuPct: number | null
  pgCpuPct: number | null
  apiRssMb: number
  callMinutes: number
  tableBytesPerCallMinute: number | null
  walBytesPerCallMinute: number | null
  simulatorLagP99Ms: number
  /** The API's event-loop delay and GC pauses during the step (not measured for the peer). */
  apiLoop?: ApiLoop
  ok: boolean
}

export interface LiveCallsResult {
  target: BenchTarget
  database: string
  poolMax: number
  steps: StepResult[]
  capacity: number | null
  check: { calls: number; ended: number; transcriptMismatches: string[]; statusMismatches: string[] }
  syncs: number
  /** Late retries of an older, shorter list sent; the API ignores them (staleRetries), the peer stores them (lateRetriesStored). */
  lateRetries: number
  staleRetries: number
  lateRetriesStored: number
  metricsPosts: number
}

// ---------------------------------------------------------------- the API child

interface BenchWorkspace { id: string; token: string; number: string }
type FromServer = { type: 'listening'; url: string; workspaces: BenchWorkspace[] } | { type: 'closed' } | ({ type: 'loop' } & ApiLoop)
interface ApiLoop { delayP99Ms: number; delayMaxMs: number; gcMs: number; gcMaxMs: number }

async function runServer() {
  const root = process.env.BENCH_APP_ROOT ?? path.resolve(fileURLToPath(new URL('..', import.meta.url)))
  const { loadConfig } = await import(pathToFileURL(path.join(root, 'src/config.ts')).href)
  const { buildApp } = await import(pathToFileURL(path.join(root, 'src/app.ts')).href)
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info', AGENT_SHARED_SECRET: SECRET, JWT_SECRET: 'bench-jwt-secret-that-is-long-enough-0123456789' })
  // Logs are serialised as in production, then dropped.
  const discard = new Writable({ write(_chunk, _enc, done) { done() } })
  const app = await buildApp(config, { logger: { level: config.logLevel, stream: discard } })
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  // Many customers, each below its plan's concurrent-call limit, each with a number routed to an agent.
  const signup = await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: 'live-calls@example.com', password: 'bench-password' } })
  const owner = signup.json()
  const hasBilling = (await app.sql`select to_regclass('billing_accounts') as t`)[0].t !== null
  const workspaces: BenchWorkspace[] = []
  const count = Number(process.env.BENCH_WORKSPACES ?? 1)
  for (let i = 0; i < count; i++) {
    const auth = { authorization: `Bearer ${owner.token}` }
    const id = i === 0 ? owner.workspace.id : (await app.inject({ method: 'POST', url: '/api/workspaces', headers: auth, payload: { name: `Bench ${i}` } })).json().id
    const token = i === 0 ? owner.token : (await app.inject({ method: 'POST', url: '/api/auth/switch-workspace', headers: auth, payload: { workspaceId: id } })).json().token
    const agent = (await app.inject({ method: 'POST', url: '/api/agents', headers: { authorization: `Bearer ${token}` }, payload: { name: 'Bench', promptDraft: 'Hello' } })).json()
    const number = `+1707${String(1_000_000 + i).padStart(7, '0')}`
    await app.telephony.insert(id, { e164: number, twilioSid: null, inboundAgentId: agent.id })
    if (hasBilling) await app.sql`insert into billing_accounts (workspace_id, plan) values (${id}, 'paid') on conflict (workspace_id) do update set plan = 'paid'`
    workspaces.push({ id, token, number })
  }
  // What the API's own event loop went through during a step: its delay and garbage collection.
  const loop = monitorEventLoopDelay({ resolution: 5 })
  loop.enable()
  let gcMs = 0
  let gcMaxMs = 0
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { gcMs += e.duration; gcMaxMs = Math.max(gcMaxMs, e.duration) }
  }).observe({ entryTypes: ['gc'] })
  process.on('message', async (m: { type: string }) => {
    if (m.type === 'loop-reset') { loop.reset(); gcMs = 0; gcMaxMs = 0; return }
    if (m.type === 'loop') {
      process.send?.({ type: 'loop', delayP99Ms: loop.percentile(99) / 1e6, delayMaxMs: loop.max / 1e6, gcMs, gcMaxMs } satisfies FromServer)
      return
    }
    if (m.type !== 'close') return
    await app.close()
    process.send?.({ type: 'closed' } satisfies FromServer)
    process.exit(0)
  })
  process.send?.({ type: 'listening', url, workspaces } satisfies FromServer)
}

// ---------------------------------------------------------------- the peer child

/** Forks the Express + pg peer on the API's schema; it answers `{type:'listening', port}` over IPC. */
async function startPeer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(PEER, [], { env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { type?: string; port?: number }) => (m.type === 'listening' && m.port ? resolve(m.port) : reject(new Error(`peer said ${JSON.stringify(m)}`))))
    child.once('exit', (code) => reject(new Error(`the peer exited with ${code} before listening`)))
  })
  return { child, url: `http://127.0.0.1:${port}` }
}

/** The peer closes its server and pool and exits when the IPC channel goes. */
async function stopPeer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  if (child.connected) child.disconnect()
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  await exited
  clearTimeout(timer)
}

// ---------------------------------------------------------------- /proc and PostgreSQL figures

const CLK_TCK = (() => {
  try { return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100 } catch { return 100 }
})()

/** CPU seconds (user + system) and RSS bytes of a process; undefined when it is gone. */
function procStat(pid: number): { cpuS: number; rss: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { cpuS: (Number(f[11]) + Number(f[12])) / CLK_TCK, rss: Number(f[21]) * 4096 }
  } catch {
    return undefined
  }
}

interface DbSnapshot { at: number; tableBytes: number; lsn: string; pgCpu: Map<number, number> }

function createDbProbe(url: string | undefined) {
  if (!url) return undefined
  const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: `${APP_NAME}-probe` } })
  return {
    async snapshot(): Promise<DbSnapshot> {
      const [s] = await sql<{ bytes: string; lsn: string }[]>`
        select (coalesce(pg_total_relation_size(to_regclass('calls')), 0)
              + coalesce(pg_total_relation_size(to_regclass('call_transcript_entries')), 0))::text as bytes,
               pg_current_wal_lsn()::text as lsn`
      // Our backends, plus the processes that write and vacuum for everyone (shared with other work).
      const procs = await sql<{ pid: number }[]>`
        select pid from pg_stat_activity
        where application_name = ${APP_NAME}
           or backend_type in ('checkpointer', 'background writer', 'walwriter', 'autovacuum launcher', 'autovacuum worker')`
      const pgCpu = new Map<number, number>()
      for (const { pid } of procs) {
        const p = procStat(pid)
        if (p) pgCpu.set(pid, p.cpuS)
      }
      return { at: performance.now(), tableBytes: Number(s.bytes), lsn: s.lsn, pgCpu }
    },
    async walBytes(from: string, to: string) {
      const [r] = await sql<{ d: string }[]>`select pg_wal_lsn_diff(${to}::pg_lsn, ${from}::pg_lsn)::text as d`
      return Number(r.d)
    },
    async connections() {
      const [r] = await sql<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where application_name = ${APP_NAME}`
      return r.n
    },
    async settings() {
      return sql<{ name: string; setting: string; unit: string | null }[]>`
        select name, setting, unit from pg_settings where name in ('shared_buffers', 'max_connections', 'synchronous_commit', 'wal_level',
          'checkpoint_timeout', 'max_wal_size', 'work_mem', 'fsync', 'full_page_writes', 'wal_compression', 'autovacuum', 'server_version')
        order by name`
    },
    end: () => sql.end(),
  }
}

function pgCpuSeconds(a: DbSnapshot, b: DbSnapshot) {
  let s = 0
  for (const [pid, cpu] of b.pgCpu) s += cpu - (a.pgCpu.get(pid) ?? 0)
  return s
}

// ---------------------------------------------------------------- one simulated call

const WORDS = 'yes no appointment tomorrow morning please thanks order number delivery address change booking price refund account help would like to check the status of my and your can we move it next week friday afternoon sure'.split(' ')
const rand = (a: number, b: number) => a + Math.random() * (b - a)
const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)))

function sentence(min: number, max: number) {
  const target = Math.floor(rand(min, max))
  let s = ''
  while (s.length < target) s += (s ? ' ' : '') + pick(WORDS)
  return s.slice(0, target)
}

/** The entries the agent produces, one at a time: turns, and now and then a tool call and its result. */
function nextEntries(i: number): Record<string, unknown>[] {
  if (Math.random() < 0.08) {
    const id = `call_${randomBytes(6).toString('hex')}`
    return [
      { kind: 'tool_invocation', toolCallId: id, toolName: pick(['check_availability', 'book_appointment', 'lookup_order']), input: { date: '2025-01-17', partySize: 2, note: sentence(10, 40) } },
      { kind: 'tool_result', toolCallId: id, toolName: 'check_availability', result: { ok: true, slots: ['09:00', '10:30', '14:00'], message: sentence(20, 80) } },
    ]
  }
  const agent = i % 2 === 0
  return [{ speaker: agent ? 'Agent' : 'User', role: agent ? 'agent' : 'user', text: sentence(60, 200) }]
}

interface SimCall {
  workspace: BenchWorkspace
  room: string
  callId?: string
  durationMs: number
  /** performance.now() at which the call's life began (before the simulator saw it when joined mid-life). */
  bornAt: number
  parts: string[]
  nextEntryAt: number
  /** Longest list acknowledged (the stored one must equal it). */
  ackedCount: number
  lastStep: number
  metricsPosted: boolean
  outcome?: string
  ended: boolean
}

// ---------------------------------------------------------------- the run

export async function runLiveCalls(o: LiveCallsOptions): Promise<LiveCallsResult> {
  const s = o.timeScale
  const SYNC_MS = 5000 * s
  const benchTarget: BenchTarget = o.target ?? 'api'
  if (benchTarget === 'peer' && !process.env.TEST_DATABASE_URL) throw new Error('--target peer needs real PostgreSQL: set TEST_DATABASE_URL')
  const db = await freshDatabaseEnv()
  const dbUrl = db.env.DATABASE_URL ? withAppName(db.env.DATABASE_URL) : undefined
  const livekit = await startLiveKitProcess(LK)
  const profile = process.env.BENCH_CPU_PROF
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--server'], {
    execArgv: ['--import', 'tsx', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])],
    env: {
      ...process.env, ...db.env, ...(dbUrl ? { DATABASE_URL: dbUrl } : {}), DATABASE_POOL_MAX: String(o.poolMax), NODE_ENV: 'production', SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
      LIVEKIT_URL: livekit.wsUrl, LIVEKIT_API_KEY: LK.apiKey, LIVEKIT_API_SECRET: LK.apiSecret, LIVEKIT_SIP_ENDPOINT: 'bench.sip.livekit.cloud',
      ...(o.appRoot ? { BENCH_APP_ROOT: o.appRoot } : {}), BENCH_WORKSPACES: String(Math.ceil(Math.max(...o.steps) / CALLS_PER_WORKSPACE) + 1),
    },
  })
  const next = () => new Promise<FromServer>((resolve) => child.once('message', (m) => resolve(m as FromServer)))
  const ready = await next()
  if (ready.type !== 'listening') throw new Error('API did not start')
  // The peer on the schema the API just migrated and filled; its pool's backends carry APP_NAME
  // (application_name in the URL) so the probe counts them as ours.
  const peer = benchTarget === 'peer'
    ? await startPeer({
        PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: dbUrl, PG_SCHEMA: new URL(dbUrl!).searchParams.get('search_path')!,
        PG_POOL_MAX: String(o.poolMax), AGENT_SHARED_SECRET: SECRET, PORT: '0',
        LIVEKIT_URL: livekit.wsUrl, LIVEKIT_API_KEY: LK.apiKey, LIVEKIT_API_SECRET: LK.apiSecret,
      })
    : undefined
  /** Where the simulated traffic goes; the end-of-run check always reads through the API. */
  const base = peer?.url ?? ready.url
  const serverPid = (peer?.child ?? child).pid!
  const serverName = peer ? 'peer' : 'API'
  const probe = createDbProbe(dbUrl)

  // ---- measurement state
  let measuring = false
  let step = 0
  let lat = new Map<Route, number[]>()
  let errs = new Map<Route, number>()
  let errorSamples: string[] = []
  let requests = 0
  let lagSamples: number[] = []
  let syncs = 0
  let lateRetries = 0
  let staleRetries = 0
  let lateRetriesStored = 0
  let metricsPosts = 0
  const resetStats = () => {
    lat = new Map(ROUTES.map((r) => [r, []]))
    errs = new Map(ROUTES.map((r) => [r, 0]))
    errorSamples = []
    requests = 0
    lagSamples = []
  }
  resetStats()
  const inFlight = new Set<Promise<unknown>>()

  // undici's own client rather than fetch: a fraction of fetch's CPU per request, which matters
  // because the simulator shares the host's 2 CPUs with the API and PostgreSQL.
  const http = new Pool(base, { connections: 256, pipelining: 1, headersTimeout: 10_000, bodyTimeout: 10_000 })
  async function request(route: Route, urlPath: string, body: string, headers: Record<string, string>): Promise<{ status: number; json: any } | undefined> {
    const t0 = performance.now()
    const p = http.request({ method: 'POST', path: urlPath, headers: { 'content-type': 'application/json', ...headers }, body })
      .then(async (res) => ({ status: res.statusCode, json: await res.body.json().catch(() => null) }))
    inFlight.add(p)
    try {
      const res = await p
      const ms = performance.now() - t0
      if (measuring) { requests++; lat.get(route)!.push(ms) }
      if (res.status >= 400) {
        errs.set(route, errs.get(route)! + 1)
        if (errorSamples.length < 5) errorSamples.push(`${route} ${res.status} ${JSON.stringify(res.json).slice(0, 160)}`)
        return undefined
      }
      return res
    } catch (err) {
      if (measuring) requests++
      errs.set(route, errs.get(route)! + 1)
      if (errorSamples.length < 5) errorSamples.push(`${route} ${(err as Error).message}`)
      return undefined
    } finally {
      inFlight.delete(p)
    }
  }
  const agent = { 'x-agent-secret': SECRET }
  async function webhook(event: WebhookEventInput) {
    const { body, headers } = await liveKitWebhookRequest({ ...LK, ...event })
    return request('livekit webhook', '/api/webhooks/livekit', body, headers)
  }

  // ---- calls
  let running = true
  let target = 0
  const live = new Set<SimCall>()
  const all: SimCall[] = []
  const liveIn = new Map<string, number>(ready.workspaces.map((w) => [w.id, 0]))
  const freeWorkspace = () => ready.workspaces.find((w) => liveIn.get(w.id)! < CALLS_PER_WORKSPACE)!

  /** `lifePoint`: where in its life the call joins, 0 (a new call) to 1 (about to end). */
  function spawn(lifePoint: number) {
    const now = performance.now()
    const durationMs = rand(60_000, 600_000) * s
    const ageMs = lifePoint * durationMs
    const workspace = freeWorkspace()
    liveIn.set(workspace.id, liveIn.get(workspace.id)! + 1)
    const c: SimCall = {
      workspace,
      room: `call-+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}-${randomBytes(4).toString('hex')}`,
      durationMs, bornAt: now - ageMs, parts: [], nextEntryAt: 0,
      ackedCount: 0, lastStep: step, metricsPosted: false, ended: false,
    }
    // The transcript it would have by now.
    c.nextEntryAt = c.bornAt + rand(1000, 3000) * s
    growTranscript(c, now)
    // Joined mid-life: the 20 s metrics post already went out.
    c.metricsPosted = ageMs > 20_000 * s
    live.add(c)
    all.push(c)
    void lifeOf(c).catch((err) => o.print(`call ${c.callId ?? c.room} crashed: ${(err as Error).stack}`))
  }

  function growTranscript(c: SimCall, now: number) {
    while (c.nextEntryAt <= now) {
      for (const e of nextEntries(c.parts.length)) c.parts.push(JSON.stringify(e))
      c.nextEntryAt += rand(5000, 8000) * s
    }
  }
  const listJson = (c: SimCall, count = c.parts.length) => `{"transcript":[${c.parts.slice(0, count).join(',')}]}`

  async function sync(c: SimCall, count = c.parts.length, late = false) {
    const res = await request('transcript', `/api/internal/calls/${c.callId}/transcript`, listJson(c, count), agent)
    syncs++
    if (late) lateRetries++
    if (res && peer) {
      // The peer answers {ok:true} and replaces whatever is stored with the list it got, older or not:
      // what it stores now is this list.
      if (late && count < c.ackedCount) lateRetriesStored++
      c.ackedCount = count
    } else if (res?.json?.stored) c.ackedCount = Math.max(c.ackedCount, count)
    else if (res) staleRetries++
    c.lastStep = step
  }

  const latency = { llm_ttft_ms_avg: 412, eou_transcription_ms_avg: 230, eou_end_ms_avg: 510, agent_turn_latency_ms_avg: 980 }
  async function metrics(c: SimCall, final: boolean) {
    const extra = final && Math.random() < 0.5
      ? {
          usage: { llm_prompt_tokens: 12000, llm_prompt_cached_tokens: 4000, llm_completion_tokens: 900, tts_characters_count: 3000, tts_audio_duration: 180, stt_audio_duration: 200, llm_model: 'gpt-4o-mini' },
          events: Array.from({ length: 20 }, (_, j) => ({ id: `${c.callId}-${j}`, type: 'turn', e2eLatencyMs: 600 + j * 13, llmTtftMs: 300 + j, promptTokens: 600, completionTokens: 40 })),
        }
      : {}
    await request('metrics', `/api/calls/${c.callId}/metrics`, JSON.stringify({ latency, ...extra }), agent)
    metricsPosts++
  }

  async function lifeOf(c: SimCall) {
    // Start: LiveKit made the room when the call came in; the agent asks for its config.
    await livekit.addRoom(c.room)
    const started = await request('inbound start', '/api/internal/telephony/inbound/start', JSON.stringify({ roomName: c.room, to: c.workspace.number, from: '+15550001111' }), agent)
    if (!started?.json?.callId) { gone(c); return }
    c.callId = started.json.callId as string
    const room = { name: c.room, sid: `RM_${c.callId}` }
    await webhook({ event: 'room_started', room })
    await webhook({ event: 'participant_joined', room, participant: { identity: `sip_${c.callId}`, kind: ParticipantInfo_Kind.SIP } })

    // The agent's sync timer runs from when its session began; a random phase spreads the calls.
    let nextSync = performance.now() + rand(0, SYNC_MS)
    while (running) {
      await sleep(nextSync - performance.now())
      if (!running) return
      const now = performance.now()
      if (measuring) lagSamples.push(now - nextSync)
      nextSync += SYNC_MS
      if (now - c.bornAt >= c.durationMs) break
      growTranscript(c, now)
      await sync(c)
      if (o.lateRetryRate > 0 && c.parts.length > 2 && Math.random() < o.lateRetryRate) await sync(c, c.parts.length - 1 - Math.floor(Math.random() * 2), true)
      if (!c.metricsPosted && now - c.bornAt >= 20_000 * s) { c.metricsPosted = true; await metrics(c, false) }
    }
    if (!running) return

    // Shutdown: metrics, the end (half with the final transcript), one more flush, room_finished.
    growTranscript(c, performance.now())
    c.outcome = pick(OUTCOMES)
    await metrics(c, true)
    const withTranscript = Math.random() < 0.5
    const body = withTranscript ? `{"outcome":${JSON.stringify(c.outcome)},"transcript":[${c.parts.join(',')}]}` : JSON.stringify({ outcome: c.outcome })
    const ended = await request('end', `/api/internal/calls/${c.callId}/end`, body, agent)
    if (ended && withTranscript) c.ackedCount = c.parts.length
    c.ended = !!ended
    await sync(c)
    await webhook({ event: 'room_finished', room })
    livekit.deleteRoom(c.room)
    gone(c)
  }

  function gone(c: SimCall) {
    live.delete(c)
    liveIn.set(c.workspace.id, liveIn.get(c.workspace.id)! - 1)
    while (running && live.size < target) spawn(0)
  }

  // ---- steps
  const results: StepResult[] = []
  const clk = (pid: number) => procStat(pid)
  try {
    o.print(`live calls to ${peer ? `the Express + pg peer (${PEER}; the API only set up the schema and reads back for the check)` : 'the API'} ` +
      `against ${dbUrl ? 'PostgreSQL' : 'PGlite (no PostgreSQL figures)'}${o.appRoot ? ` (API from ${o.appRoot})` : ''}, pool ${o.poolMax}, ` +
      `time scale ${s}, ${o.warmupSeconds} s warm-up + ${o.stepSeconds} s per step`)
    for (const n of o.steps) {
      step++
      const adding = Math.max(0, n - live.size)
      target = n
      // Newcomers join over most of the warm-up, each at a random point of its life.
      for (let i = 0; i < adding; i++) setTimeout(() => { if (running && live.size < target) spawn(Math.random()) }, (i / adding) * o.warmupSeconds * 800)
      await sleep(o.warmupSeconds * 1000)

      resetStats()
      if (!peer) child.send({ type: 'loop-reset' })
      const api0 = clk(serverPid)
      const db0 = await probe?.snapshot()
      const t0 = performance.now()
      measuring = true
      const rss: number[] = []
      const end = t0 + o.stepSeconds * 1000
      while (performance.now() < end) {
        await sleep(Math.min(10_000, end - performance.now()))
        const r = clk(serverPid)?.rss ?? 0
        rss.push(r)
        if (o.progress) o.print(`  step ${n}: ${((performance.now() - t0) / 1000).toFixed(0)} s, live ${live.size}, requests ${requests}, in flight ${inFlight.size}, ${serverName} RSS ${(r / 2 ** 20).toFixed(0)} MB${probe ? `, connections ${await probe.connections()}` : ''}`)
      }
      measuring = false
      const apiLoop = peer ? undefined : await new Promise<ApiLoop>((resolve) => {
        child.once('message', (m: FromServer) => { if (m.type === 'loop') resolve(m) })
        child.send({ type: 'loop' })
      })
      const seconds = (performance.now() - t0) / 1000
      const api1 = clk(serverPid)
      const db1 = await probe?.snapshot()
      const callMinutes = (n * seconds) / 60 / s
      const routes: StepResult['routes'] = {}
      let errors = 0
      for (const r of ROUTES) {
        const xs = lat.get(r)!.sort((a, b) => a - b)
        routes[r] = { count: xs.length, p50: quantile(xs, 0.5), p99: quantile(xs, 0.99), errors: errs.get(r)! }
        errors += errs.get(r)!
      }
      const row: StepResult = {
        calls: n, seconds, requests, rps: requests / seconds, routes, errors, errorSamples, lostWrites: 0,
        apiCpuPct: api0 && api1 ? ((api1.cpuS - api0.cpuS) / seconds) * 100 : null,
        pgCpuPct: db0 && db1 ? (pgCpuSeconds(db0, db1) / seconds) * 100 : null,
        apiRssMb: Math.max(...rss) / 2 ** 20,
        callMinutes,
        tableBytesPerCallMinute: db0 && db1 ? (db1.tableBytes - db0.tableBytes) / callMinutes : null,
        walBytesPerCallMinute: db0 && db1 && probe ? (await probe.walBytes(db0.lsn, db1.lsn)) / callMinutes : null,
        simulatorLagP99Ms: quantile(lagSamples.sort((a, b) => a - b), 0.99),
        apiLoop,
        ok: false,
      }
      row.ok = errors === 0 && ROUTES.every((r) => routes[r].count === 0 || routes[r].p99 < P99_LIMIT_MS)
      results.push(row)
      printStep(o.print, row, serverName)
      if (!row.ok && !o.keepGoing) break
    }
  } finally {
    running = false
    target = 0
    while (inFlight.size) await Promise.allSettled([...inFlight])
  }

  // ---- the check: what each call sent is what is stored
  const check = { calls: 0, ended: 0, transcriptMismatches: [] as string[], statusMismatches: [] as string[] }
  const toCheck = all.filter((c) => c.callId)
  let i = 0
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (i < toCheck.length) {
      const c = toCheck[i++]
      const res = await fetch(`${ready.url}/api/calls/${c.callId}`, { headers: { authorization: `Bearer ${c.workspace.token}` } })
      const call = (await res.json()) as { status: string; outcome: string | null; transcript?: unknown[] }
      check.calls++
      const expected = JSON.parse(`[${c.parts.slice(0, c.ackedCount).join(',')}]`)
      if (!isDeepStrictEqual(call.transcript, expected)) {
        check.transcriptMismatches.push(`${c.callId}: stored ${call.transcript?.length} entries, last list acknowledged ${c.ackedCount}`)
        const r = results[c.lastStep - 1]
        if (r) { r.lostWrites++; r.ok = false }
      }
      if (c.ended) {
        check.ended++
        if (call.status !== 'ended' || call.outcome !== c.outcome) check.statusMismatches.push(`${c.callId}: ${call.status}/${call.outcome}, expected ended/${c.outcome}`)
      }
    }
  }))

  const settings = await probe?.settings()
  if (peer) await stopPeer(peer.child)
  child.send({ type: 'close' })
  await Promise.race([next(), sleep(15_000)])
  await probe?.end()
  await http.close()
  await livekit.close()
  await db.drop()

  const capacity = results.filter((r) => r.ok).reduce<number | null>((m, r) => Math.max(m ?? 0, r.calls), null)
  o.print(`\ncheck (${serverName}): ${check.calls} calls read back, ${check.transcriptMismatches.length} transcripts differ from the last list acknowledged; ` +
    `${check.ended} ended, ${check.statusMismatches.length} not ended with their outcome; ${syncs} syncs (${lateRetries} late retries of an older list: ` +
    `${staleRetries} ignored, ${lateRetriesStored} stored over the newer list), ${metricsPosts} metrics posts`)
  for (const m of [...check.transcriptMismatches, ...check.statusMismatches].slice(0, 10)) o.print(`  ${m}`)
  o.print(`capacity of the ${serverName} (every route p99 < ${P99_LIMIT_MS} ms, no errors, no lost writes): ${capacity ?? 'none of the steps'}`)
  if (settings) o.print(`PostgreSQL: ${settings.map((x) => `${x.name}=${x.setting}${x.unit ? ` ${x.unit}` : ''}`).join(', ')}`)
  o.print(`load average: ${readFileSync('/proc/loadavg', 'utf8').trim()}`)
  return { target: benchTarget, database: dbUrl ? 'PostgreSQL' : 'PGlite', poolMax: o.poolMax, steps: results, capacity, check, syncs, lateRetries, staleRetries, lateRetriesStored, metricsPosts }
}

function withAppName(url: string) {
  const u = new URL(url)
  u.searchParams.set('application_name', APP_NAME)
  return u.toString()
}

function quantile(sorted: number[], q: number) {
  if (!sorted.length) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

function printStep(print: (l: string) => void, r: StepResult, server: string) {
  const f = (x: number | null, d = 0) => (x === null ? 'n/a' : x.toFixed(d))
  print(`\nN=${r.calls}: ${f(r.rps)} req/s over ${f(r.seconds)} s, errors ${r.errors}, ${server} CPU ${f(r.apiCpuPct)} %, PostgreSQL CPU ${f(r.pgCpuPct)} %, ` +
    `${server} RSS ${f(r.apiRssMb)} MB, growth per call-minute: tables ${f(r.tableBytesPerCallMinute)} B, WAL ${f(r.walBytesPerCallMinute)} B; ` +
    `simulator timer lag p99 ${f(r.simulatorLagP99Ms)} ms` +
    (r.apiLoop ? `; API event-loop delay p99 ${f(r.apiLoop.delayP99Ms)} / max ${f(r.apiLoop.delayMaxMs)} ms, GC ${f(r.apiLoop.gcMs)} ms (longest ${f(r.apiLoop.gcMaxMs)} ms)` : '') +
    ` -> ${r.ok ? 'ok' : 'over'}`)
  for (const [route, x] of Object.entries(r.routes)) {
    print(`  ${route.padEnd(16)} ${String(x.count).padStart(7)} req  p50 ${x.p50.toFixed(1).padStart(6)} ms  p99 ${x.p99.toFixed(1).padStart(6)} ms  errors ${x.errors}`)
  }
  for (const e of r.errorSamples) print(`  error: ${e}`)
}

// ---------------------------------------------------------------- CLI

function cliOptions(): LiveCallsOptions {
  const { values } = parseArgs({
    options: {
      steps: { type: 'string' }, 'step-seconds': { type: 'string' }, warmup: { type: 'string' }, 'time-scale': { type: 'string' },
      pool: { type: 'string' }, 'late-retries': { type: 'string' }, 'keep-going': { type: 'boolean' }, progress: { type: 'boolean' },
      target: { type: 'string' },
    },
  })
  const env = process.env
  const target = values.target ?? env.BENCH_TARGET ?? 'api'
  if (target !== 'api' && target !== 'peer') throw new Error(`--target must be api or peer, not ${target}`)
  return {
    steps: (values.steps ?? env.BENCH_STEPS ?? '250,500,1000,2000,5000,10000').split(',').map(Number).filter((n) => n > 0),
    stepSeconds: Number(values['step-seconds'] ?? env.BENCH_STEP_SECONDS ?? 60),
    warmupSeconds: Number(values.warmup ?? env.BENCH_WARMUP_SECONDS ?? 10),
    timeScale: Number(values['time-scale'] ?? env.BENCH_TIME_SCALE ?? 1),
    poolMax: Number(values.pool ?? env.DATABASE_POOL_MAX ?? 10),
    lateRetryRate: Number(values['late-retries'] ?? 0.02),
    keepGoing: !!values['keep-going'],
    progress: !!values.progress,
    target,
    appRoot: env.BENCH_APP_ROOT,
    logLevel: env.BENCH_LOG_LEVEL ?? 'info',
    print: (l) => process.stdout.write(`${l}\n`),
  }
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href
if (isMain && process.argv.includes('--server')) await runServer()
else if (isMain) {
  if (!process.env.TEST_DATABASE_URL) process.stderr.write('TEST_DATABASE_URL is not set: running on embedded PGlite, not real PostgreSQL\n')
  const r = await runLiveCalls(cliOptions())
  process.exitCode = r.check.transcriptMismatches.length || r.check.statusMismatches.length ? 1 : 0
}
