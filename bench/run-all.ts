/**
 * `npm run bench`: every figure of issue 10 in one run, on one machine, against one PostgreSQL.
 *
 *   ceiling  a bare Fastify hello-world route (bench/lib/ceiling.ts), its own process
 *   API      src/server.ts in its own process, production logging (pino JSON to stdout, drained):
 *            inbound start, metrics posts of 20 events, transcript sync, GET /api/calls?limit=50 on a
 *            workspace with 100k calls, GET /api/calls/:id/recording of a 50 MB object in s3rver
 *   peer     bench/peers/express (Express + pg) on the same schema and tables: inbound start, metrics,
 *            transcript sync
 * The throughput runs are interleaved in rounds (the order flips every round) so drift on this shared
 * machine lands on every target alike; each figure is the mean over the rounds, with the 1-minute load
 * average next to it. Then inbound start at a fixed 1,000 req/s, the recording download with the API's
 * RSS sampled from /proc, and EXPLAIN (ANALYZE, BUFFERS) of the listing query. Prints a table and writes
 * the generated part of bench/results.md (between the markers; notes outside them are kept).
 *
 *   TEST_DATABASE_URL=postgres://rapidcall:rapidcall@127.0.0.1:5432/rapidcall_test npm run bench
 *   env: BENCH_SECONDS (5 per run), BENCH_ROUNDS (2), BENCH_CONNECTIONS (10), BENCH_RATE (1000),
 *        BENCH_CPU_PROF=<dir> (CPU profile of the API process), BENCH_PEER_POOL (10)
 */
import { fork, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import postgres from 'postgres'
import { Room } from '@livekit/protocol'
import { S3Client } from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { startLiveKitServer } from '../test/support/livekit-server.js'
import { startS3Server } from '../test/support/s3-server.js'
import { startApiProcess } from './lib/api-process.js'
import { insertCalls, metricsBody } from './lib/fixtures.js'
import { describeMachine } from './lib/machine.js'
import { meanFigures, runLoad, type LoadFigures } from './lib/load.js'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const RATE = Number(process.env.BENCH_RATE ?? 1000)
const SECRET = 'bench-agent-secret-0123456789'
const NUMBER = '+17073808675'
const ROOMS = 80_000
const LISTED_CALLS = 100_000
const RECORDING_MB = 50
const MB = 1024 * 1024
const RESULTS = fileURLToPath(new URL('./results.md', import.meta.url))
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

async function forkListening(file: string, env: NodeJS.ProcessEnv, execArgv: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(file, [], { execArgv, env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port))
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)))
  })
  return { child, url: `http://127.0.0.1:${port}` }
}

async function stopForked(child: ChildProcess) {
  if (child.exitCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.disconnect()
  await exited
}

async function main() {
  const base = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL
  if (!base) throw new Error('npm run bench needs real PostgreSQL: set TEST_DATABASE_URL (or DATABASE_URL)')
  const schema = `bench_${process.pid}_${randomBytes(3).toString('hex')}`
  const admin = postgres(base, { max: 2, onnotice: () => {} })
  await admin.unsafe(`create schema "${schema}"`)
  const url = new URL(base)
  url.searchParams.set('search_path', schema)
  const databaseUrl = url.toString()
  const [{ server_version: pgVersion }] = await admin<{ server_version: string }[]>`show server_version`
  const machine = describeMachine(pgVersion)

  const livekit = await startLiveKitServer({ apiKey: 'APIbench', apiSecret: 'bench-livekit-secret-0123456789abcdef' })
  for (const side of ['a', 'p']) {
    for (let i = 0; i < ROOMS; i++) {
      const name = `call-+3710000000-${side}${i}`
      livekit.state.rooms.set(name, { room: new Room({ sid: `RM_${side}${i}`, name }), participants: new Map() })
    }
  }
  const s3 = await startS3Server()
  const children: ChildProcess[] = []
  const cleanups: (() => Promise<unknown>)[] = []
  try {
    const api = await startApiProcess({
      discardLogs: true,
      execArgv: process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [],
      env: {
        DATABASE_URL: databaseUrl, JWT_SECRET: 'bench-jwt-secret-that-is-long-enough-0123456789', AGENT_SHARED_SECRET: SECRET,
        LIVEKIT_URL: livekit.wsUrl, LIVEKIT_API_KEY: livekit.apiKey, LIVEKIT_API_SECRET: livekit.apiSecret, LIVEKIT_SIP_ENDPOINT: 'bench.sip.livekit.cloud',
        ...s3.env,
      },
    })
    cleanups.push(() => api.stop())

    // Fixtures: a workspace with an agent and a routed number; calls for metrics and transcripts on each side.
    const signup = async (email: string) => {
      const res = await fetch(`${api.url}/api/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'bench password 123' }) })
      if (res.status !== 201) throw new Error(`signup: ${res.status} ${await res.text()}`)
      const body = (await res.json()) as { token: string; workspace: { id: string } }
      return { headers: { authorization: `Bearer ${body.token}` }, workspaceId: body.workspace.id }
    }
    const owner = await signup('bench@example.com')
    const agentRes = await fetch(`${api.url}/api/agents`, { method: 'POST', headers: { ...owner.headers, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Bench', promptDraft: 'You are a helpful receptionist for {{business}}.', defaultDynamicVariables: { business: 'Acme' } }) })
    const agent = (await agentRes.json()) as { id: string }
    const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} })
    cleanups.push(() => sql.end())
    await sql`insert into phone_numbers (id, workspace_id, e164, inbound_agent_id, on_trunk, status) values ('pn_bench', ${owner.workspaceId}, ${NUMBER}, ${agent.id}, true, 'active')`
    const metricsCalls = { api: await insertCalls(databaseUrl, owner.workspaceId, 300, 'call_bm_a'), peer: await insertCalls(databaseUrl, owner.workspaceId, 300, 'call_bm_p') }
    const transcriptCalls = { api: await insertCalls(databaseUrl, owner.workspaceId, 300, 'call_bt_a'), peer: await insertCalls(databaseUrl, owner.workspaceId, 300, 'call_bt_p') }

    // 100k calls in a workspace of their own, newest first by started_at, with ids ordered like real ones.
    const lister = await signup('bench-list@example.com')
    await sql`
      insert into calls (id, workspace_id, agent_id, agent_name, direction, status, from_number, to_number, started_at, ended_at, duration_s, recording, metrics)
      select 'call_' || lpad(g::text, 26, '0'), ${lister.workspaceId}, null, 'Bench',
        (array['inbound', 'outbound', 'web'])[1 + g % 3], 'ended', '+15550000000', ${NUMBER},
        now() - (${LISTED_CALLS} - g) * interval '1 minute', now() - (${LISTED_CALLS} - g) * interval '1 minute' + interval '90 seconds', 90,
        null, '{"latency": {"llm_ttft_ms_avg": 400}}'::jsonb
      from generate_series(1, ${LISTED_CALLS}) g`
    await sql`analyze calls`

    // The recording: 50 MB in s3rver under the call's key, the call marked ready.
    const recordingCall = (await insertCalls(databaseUrl, lister.workspaceId, 1, 'call_rec'))[0]
    await sql`update calls set recording = ${sql.json({ status: 'ready', key: `calls/${recordingCall}.mp3` })} where id = ${recordingCall}`
    const s3client = new S3Client({ region: s3.region, endpoint: s3.endpoint, forcePathStyle: true, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } })
    await new Upload({
      client: s3client,
      params: { Bucket: s3.bucket, Key: `calls/${recordingCall}.mp3`, ContentType: 'audio/mpeg', Body: Readable.from((function* () { for (let i = 0; i < RECORDING_MB; i++) yield randomBytes(MB) })()) },
      partSize: 16 * MB,
    }).done()
    s3client.destroy()

    const ceiling = await forkListening(here('./lib/ceiling.ts'), { ...process.env }, ['--import', 'tsx'])
    children.push(ceiling.child)
    const peer = await forkListening(here('./peers/express/server.js'), {
      PATH: process.env.PATH, DATABASE_URL: base, PG_SCHEMA: schema, PG_POOL_MAX: process.env.BENCH_PEER_POOL ?? '10', AGENT_SHARED_SECRET: SECRET,
      LIVEKIT_URL: livekit.wsUrl, LIVEKIT_API_KEY: livekit.apiKey, LIVEKIT_API_SECRET: livekit.apiSecret,
    })
    children.push(peer.child)

    // Requests.
    const agentHeaders = { 'content-type': 'application/json', 'x-agent-secret': SECRET }
    const roomSeq = { a: 0, p: 0 }
    const inbound = (target: string, side: 'a' | 'p', rate?: number) => runLoad({
      url: target, connections: CONNECTIONS, duration: rate ? 10 : SECONDS, ...(rate ? { overallRate: rate } : {}),
      requests: [{
        method: 'POST', path: '/api/internal/telephony/inbound/start', headers: agentHeaders,
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ roomName: `call-+3710000000-${side}${roomSeq[side]++ % ROOMS}`, to: NUMBER, from: '+3710000000' }) }),
      }],
    })
    let post = 0
    const metrics = (target: string, calls: string[]) => runLoad({
      url: target, connections: CONNECTIONS, duration: SECONDS,
      requests: [{
        method: 'POST', headers: agentHeaders,
        setupRequest: (req) => {
          const n = post++
          return { ...req, path: `/api/calls/${calls[n % calls.length]}/metrics`, body: metricsBody(Array.from({ length: 20 }, (_, j) => `b${n}-${j}`)) }
        },
      }],
    })
    const transcriptBody = JSON.stringify({
      transcript: Array.from({ length: 30 }, (_, i) => (i % 2
        ? { speaker: 'Agent', role: 'agent', text: `Certainly, let me check the booking for you, it is reference number ${i}.` }
        : { speaker: 'User', role: 'user', text: `I would like to change my appointment to next Tuesday afternoon please (${i}).` })),
    })
    let sync = 0
    const transcript = (target: string, calls: string[]) => runLoad({
      url: target, connections: CONNECTIONS, duration: SECONDS,
      requests: [{ method: 'POST', headers: agentHeaders, body: transcriptBody, setupRequest: (req) => ({ ...req, path: `/api/internal/calls/${calls[sync++ % calls.length]}/transcript` }) }],
    })
    const listing = () => runLoad({ url: `${api.url}/api/calls?limit=50`, connections: CONNECTIONS, duration: SECONDS, headers: lister.headers })
    const hello = () => runLoad({ url: ceiling.url, connections: CONNECTIONS, duration: SECONDS })

    // Warm-up: JIT, pools, prepared statements on both sides.
    process.stdout.write(`warming up (${machine.nproc} CPUs, load ${machine.load})\n`)
    for (const w of [hello(), inbound(api.url, 'a'), inbound(peer.url, 'p')]) await w.catch(() => {})
    await metrics(api.url, metricsCalls.api)
    await metrics(peer.url, metricsCalls.peer)

    type Key = 'ceiling' | 'apiInbound' | 'peerInbound' | 'apiMetrics' | 'peerMetrics' | 'apiTranscript' | 'peerTranscript' | 'apiList'
    const runs: Record<Key, LoadFigures[]> = { ceiling: [], apiInbound: [], peerInbound: [], apiMetrics: [], peerMetrics: [], apiTranscript: [], peerTranscript: [], apiList: [] }
    const plan: [Key, () => Promise<LoadFigures>][] = [
      ['ceiling', hello],
      ['apiInbound', () => inbound(api.url, 'a')], ['peerInbound', () => inbound(peer.url, 'p')],
      ['apiMetrics', () => metrics(api.url, metricsCalls.api)], ['peerMetrics', () => metrics(peer.url, metricsCalls.peer)],
      ['apiTranscript', () => transcript(api.url, transcriptCalls.api)], ['peerTranscript', () => transcript(peer.url, transcriptCalls.peer)],
      ['apiList', listing],
    ]
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [...plan].reverse() : plan
      for (const [key, run] of order) {
        const f = await run()
        runs[key].push(f)
        process.stdout.write(`round ${round + 1} ${key.padEnd(15)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${f.p50} ms  p99 ${f.p99} ms  non-2xx ${f.non2xx}  errors ${f.errors}  load ${f.load.toFixed(2)}\n`)
      }
    }
    const fixedApi = await inbound(api.url, 'a', RATE)
    const fixedPeer = await inbound(peer.url, 'p', RATE)
    // The dashboard's listing at a steady 100 req/s: the per-request latency without queueing behind 10 busy connections.
    const listFixed = await runLoad({ url: `${api.url}/api/calls?limit=50`, connections: CONNECTIONS, duration: 10, overallRate: 100, headers: lister.headers })
    process.stdout.write(`fixed ${RATE} req/s inbound: API p99 ${fixedApi.p99} ms, peer p99 ${fixedPeer.p99} ms\n`)

    // Recording: a warm-up download, then 10 s of downloads with the API's RSS sampled every 50 ms.
    const recordingUrl = `${api.url}/api/calls/${recordingCall}/recording`
    const downloaded = await download(recordingUrl, lister.headers)
    if (downloaded !== RECORDING_MB * MB) throw new Error(`recording download got ${downloaded} bytes`)
    const rssBaseline = api.rss()
    let rssPeak = rssBaseline
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, api.rss())), 50)
    const recording = await runLoad({ url: recordingUrl, connections: 4, duration: 10, headers: lister.headers })
    clearInterval(sampler)
    const recordingMBps = (recording.rps * RECORDING_MB)
    process.stdout.write(`recording: ${recording.rps.toFixed(2)} downloads/s (${recordingMBps.toFixed(0)} MB/s), RSS growth ${((rssPeak - rssBaseline) / MB).toFixed(1)} MB\n`)

    // The listing query as the store sends it (first page and a page deep in the list), explained.
    const columns = 'id, workspace_id, agent_id, agent_name, direction, status, outcome, failure_reason, from_number, to_number, room_name, twilio_call_sid, phone_number_id, started_at, answered_at, ended_at, duration_s, variables, recording, metrics, prompt_tokens, completion_tokens, cost_usd, latency_p50_ms, latency_p95_ms'
    const explain = async (where: string) => (await sql.unsafe(`explain (analyze, buffers) select ${columns} from calls where workspace_id = '${lister.workspaceId}'${where} order by started_at desc, id desc limit 51`)).map((r) => r['QUERY PLAN']).join('\n')
    const [deep] = await sql<{ started_at: Date; id: string }[]>`select started_at, id from calls where workspace_id = ${lister.workspaceId} order by started_at desc, id desc offset 50000 limit 1`
    const planFirst = await explain('')
    const planDeep = await explain(` and (started_at, id) < ('${deep.started_at.toISOString()}', '${deep.id}')`)

    await api.stop()
    const results = {
      machine,
      figures: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, meanFigures(v)])) as Record<Key, LoadFigures>,
      rounds: ROUNDS, seconds: SECONDS, connections: CONNECTIONS, rate: RATE,
      fixedApi, fixedPeer, listFixed, recording, rssGrowthMB: (rssPeak - rssBaseline) / MB, recordingMBps, planFirst, planDeep,
    }
    const table = renderTable(results)
    process.stdout.write(`\n${table}\n`)
    writeResults(renderMarkdown(results, table))
    process.stdout.write(`written: ${RESULTS}\n`)
  } finally {
    for (const c of children) await stopForked(c)
    for (const c of cleanups.reverse()) await c().catch(() => {})
    await livekit.close()
    await s3.close()
    await admin.unsafe(`drop schema if exists "${schema}" cascade`)
    await admin.end()
  }
}

type Results = {
  machine: ReturnType<typeof describeMachine>
  figures: Record<string, LoadFigures>
  rounds: number; seconds: number; connections: number; rate: number
  fixedApi: LoadFigures; fixedPeer: LoadFigures; listFixed: LoadFigures; recording: LoadFigures
  rssGrowthMB: number; recordingMBps: number; planFirst: string; planDeep: string
}

function renderTable(r: Results) {
  const f = r.figures
  const ceiling = f.ceiling.rps
  const row = (name: string, x: LoadFigures, peer?: LoadFigures, target = '') =>
    `| ${name} | ${x.rps.toFixed(0)} | ${x.p50.toFixed(1)} | ${x.p99.toFixed(1)} | ${(x.rps / ceiling).toFixed(2)} | ${peer ? (x.rps / peer.rps).toFixed(2) : ''} | ${x.non2xx + x.errors} | ${x.load.toFixed(2)} | ${target} |`
  return [
    '| target | req/s | p50 ms | p99 ms | / ceiling | / peer | failed | load avg | goal |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    row('ceiling: bare Fastify hello world', f.ceiling),
    row('API inbound start', f.apiInbound, f.peerInbound, '>= 0.6 ceiling, >= 2x peer'),
    row('peer inbound start (Express + pg)', f.peerInbound),
    row('API metrics, 20 events/post', f.apiMetrics, f.peerMetrics, '>= 0.6 ceiling, >= 2x peer'),
    row('peer metrics, 20 events/post', f.peerMetrics),
    row('API transcript sync, 30 entries', f.apiTranscript, f.peerTranscript),
    row('peer transcript sync (naive UPDATE)', f.peerTranscript),
    row('API GET /api/calls?limit=50, 100k calls', f.apiList, undefined, 'p99 < 20 ms'),
    `| API inbound start at fixed ${r.rate} req/s | ${r.fixedApi.rps.toFixed(0)} | ${r.fixedApi.p50.toFixed(1)} | ${r.fixedApi.p99.toFixed(1)} | | | ${r.fixedApi.non2xx + r.fixedApi.errors} | ${r.fixedApi.load.toFixed(2)} | p99 < 10 ms |`,
    `| peer inbound start at fixed ${r.rate} req/s | ${r.fixedPeer.rps.toFixed(0)} | ${r.fixedPeer.p50.toFixed(1)} | ${r.fixedPeer.p99.toFixed(1)} | | | ${r.fixedPeer.non2xx + r.fixedPeer.errors} | ${r.fixedPeer.load.toFixed(2)} | |`,
    `| API GET /api/calls?limit=50, 100k calls, at fixed 100 req/s | ${r.listFixed.rps.toFixed(0)} | ${r.listFixed.p50.toFixed(1)} | ${r.listFixed.p99.toFixed(1)} | | | ${r.listFixed.non2xx + r.listFixed.errors} | ${r.listFixed.load.toFixed(2)} | p99 < 20 ms |`,
    `| API recording, 50 MB, 4 parallel downloads | ${r.recording.rps.toFixed(2)} (${r.recordingMBps.toFixed(0)} MB/s) | ${r.recording.p50.toFixed(0)} | ${r.recording.p99.toFixed(0)} | | | ${r.recording.non2xx + r.recording.errors} | ${r.recording.load.toFixed(2)} | RSS growth ${r.rssGrowthMB.toFixed(1)} MB (goal < 30 MB) |`,
  ].join('\n')
}

function renderMarkdown(r: Results, table: string) {
  const m = r.machine
  return `<!-- bench:begin (written by npm run bench; edit outside these markers) -->
## Figures (${m.date})

Machine: ${m.cpu}, ${m.nproc} CPUs (nproc), ${m.memoryGiB} GiB memory, ${m.kernel}; Node ${m.node}; PostgreSQL ${m.postgres}.
Load average at the start: ${m.load}. The machine is shared with other engineers' test runs: each figure carries the
1-minute load average when its run started. Throughput runs: ${r.rounds} interleaved rounds of ${r.seconds} s with
${r.connections} connections (order reversed every other round), figures are means over the rounds. API, peer, ceiling,
autocannon, the LiveKit test server and PostgreSQL all share these ${m.nproc} CPUs.

${table}

### GET /api/calls?limit=50 on 100k calls: query plan (first page)
\`\`\`
${r.planFirst}
\`\`\`

### Same query, a page 50,000 rows deep (keyset cursor)
\`\`\`
${r.planDeep}
\`\`\`
<!-- bench:end -->`
}

function writeResults(generated: string) {
  const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n\n<!-- bench:begin -->\n<!-- bench:end -->\n'
  const start = previous.indexOf('<!-- bench:begin')
  const end = previous.indexOf('<!-- bench:end -->')
  const next = start >= 0 && end > start
    ? previous.slice(0, start) + generated + previous.slice(end + '<!-- bench:end -->'.length)
    : `${previous.trimEnd()}\n\n${generated}\n`
  writeFileSync(RESULTS, next)
}

function download(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      let bytes = 0
      res.on('data', (c: Buffer) => (bytes += c.length)).on('end', () => resolve(bytes)).on('error', reject)
    }).on('error', reject)
  })
}

await main()
