/**
 * bench:campaigns. One campaign of BENCH_RECIPIENTS (10,000) recipients at maxConcurrent
 * BENCH_CONCURRENCY (100) against the LiveKit test server, whose callees ring BENCH_RING_MS (300)
 * then answer (60 %), are busy (25 %) or do not answer (15 %); this process plays the agents and
 * ends each answered call after BENCH_TALK_MS (1,500). Half of the recipients live where the
 * calling window is shut (Pacific/Kiritimati): none of them may be dialled.
 * Prints the dial rate, calls in flight, the scheduler lag (an attempt ending -> the next claim, p50/p99),
 * the claim -> LiveKit time, PostgreSQL transactions and rows per second, and checks that no number was
 * dialled twice or outside its window. Then times a 100,000-row CSV import into a new campaign.
 *
 * Needs real PostgreSQL: TEST_DATABASE_URL or DATABASE_URL (a fresh schema, dropped after).
 * The API, the LiveKit and Twilio test servers and the agents share this process.
 *
 *   npm run bench:campaigns
 */
import { randomBytes } from 'node:crypto'
import postgres from 'postgres'
import type { FastifyInstance } from 'fastify'
import { loadConfig } from '../src/config.js'
import { buildApp } from '../src/app.js'
import { startLiveKitServer, sipCallFailure } from '../test/support/livekit-server.js'
import { startTwilioServer } from '../test/support/twilio-server.js'

const BASE = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL
const N = Number(process.env.BENCH_RECIPIENTS ?? 10_000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 100)
const RING_MS = Number(process.env.BENCH_RING_MS ?? 300)
const TALK_MS = Number(process.env.BENCH_TALK_MS ?? 1500)
const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 100_000)
if (!BASE) {
  console.error('Set TEST_DATABASE_URL or DATABASE_URL to a PostgreSQL server (the figures are for real PostgreSQL).')
  process.exit(1)
}
const AGENT_SECRET = 'bench-agent-secret-0123456789'
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const phone = (i: number) => `+1415${String(2000000 + i).padStart(7, '0')}`
const hhmm = (d: Date) => d.toISOString().slice(11, 16)

async function json(app: FastifyInstance, method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: unknown, contentType?: string) {
  const res = await app.inject({ method, url, headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}) }, payload: payload as string })
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`)
  return res.json()
}

async function main() {
  const schema = `bench_cmp_${randomBytes(4).toString('hex')}`
  const admin = postgres(BASE!, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create schema "${schema}"`)
  const url = new URL(BASE!)
  url.searchParams.set('search_path', schema)
  const lk = await startLiveKitServer({ apiKey: 'APIbench', apiSecret: 'bench-livekit-secret-0123456789abcdef' })
  const twilio = await startTwilioServer()
  const config = loadConfig({
    DATABASE_URL: url.toString(), JWT_SECRET: 'bench-jwt-secret-that-is-long-enough-0123456789', AGENT_SHARED_SECRET: AGENT_SECRET,
    LOG_LEVEL: 'warn', LIVEKIT_URL: lk.wsUrl, LIVEKIT_API_KEY: 'APIbench', LIVEKIT_API_SECRET: 'bench-livekit-secret-0123456789abcdef',
    LIVEKIT_SIP_ENDPOINT: 'bench.sip.livekit.cloud', CAMPAIGN_TICK_MS: '250', BODY_LIMIT_BYTES: String(64 * 1024 * 1024), ...twilio.env,
  }, 'bench')
  const app = await buildApp(config, { logger: { level: 'warn' } })
  await app.ready()
  const sql = postgres(url.toString(), { max: 2, onnotice: () => {} })
  try {
    const signup = await json(app, 'POST', '/api/auth/signup', {}, { email: `bench-${randomBytes(4).toString('hex')}@example.com`, password: 'bench password 123' })
    const headers = { authorization: `Bearer ${signup.token}` }
    const agent = await json(app, 'POST', '/api/agents', headers, { name: 'Bench', promptDraft: 'Call {{name}}.' })
    twilio.state.addIncomingNumber('+17073808675')
    const number = await json(app, 'POST', '/api/phone-numbers', headers, { e164: '+17073808675' })
    await json(app, 'POST', `/api/phone-numbers/${number.id}/reprovision`, headers)
    // A UTC window open now; Kiritimati (UTC+14) is outside it.
    const now = new Date()
    const window = { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: hhmm(new Date(now.getTime() - 3_600_000)), end: hhmm(new Date(now.getTime() + 3 * 3_600_000)) }
    const campaign = await json(app, 'POST', '/api/campaigns', headers, { name: 'Bench', agentId: agent.id, phoneNumberId: number.id, timezone: 'UTC', window, maxConcurrent: CONCURRENCY, maxAttempts: 1 })
    const outside = new Set<string>()
    for (let i = 0; i < 2 * N; i += 10_000) {
      const recipients = Array.from({ length: Math.min(10_000, 2 * N - i) }, (_, j) => {
        const k = i + j
        if (k % 2) outside.add(phone(k))
        return { phone: phone(k), name: `r${k}`, ...(k % 2 ? { timezone: 'Pacific/Kiritimati' } : {}) }
      })
      await json(app, 'POST', `/api/campaigns/${campaign.id}/recipients`, headers, { recipients })
    }

    // Callees: 60 % answer, 25 % busy, 15 % no answer, after ringing.
    const dialled = new Map<string, number>()
    const reachedAt = new Map<string, number>()
    let k = 0
    lk.planDials((to) => {
      dialled.set(to, (dialled.get(to) ?? 0) + 1)
      reachedAt.set(to, Date.now())
      const r = k++ % 20
      return r < 12 ? { ringMs: RING_MS } : r < 17 ? { ringMs: RING_MS, failure: sipCallFailure(486) } : { ringMs: RING_MS, failure: sipCallFailure(480) }
    })
    let inFlightSamples: number[] = []
    let stop = false
    const agents = (async () => {
      const talking = new Map<string, number>()
      while (!stop) {
        const rows = await sql<{ id: string; answered_at: Date }[]>`select id, answered_at from calls where status = 'active'`
        for (const r of rows) if (!talking.has(r.id)) talking.set(r.id, Date.now())
        for (const [id, since] of talking) {
          if (Date.now() - since < TALK_MS) continue
          talking.delete(id)
          void app.inject({ method: 'POST', url: `/api/internal/calls/${id}/end`, headers: { 'x-agent-secret': AGENT_SECRET }, payload: { outcome: 'agent_hangup' } })
        }
        await sleep(100)
      }
    })()
    const dbStat = () => sql<{ xact: number; tup: number }[]>`
      select (xact_commit + xact_rollback)::float8 as xact, (tup_inserted + tup_updated + tup_deleted)::float8 as tup
      from pg_stat_database where datname = current_database()`
    const [before] = await dbStat()
    const started = Date.now()
    await json(app, 'POST', `/api/campaigns/${campaign.id}/start`, headers)
    for (;;) {
      const [c] = await sql<{ live: number; queued_in: number }[]>`
        select count(*) filter (where status in ('dialing', 'in_call'))::int as live,
          count(*) filter (where status = 'queued' and timezone is null)::int as queued_in
        from campaign_recipients where campaign_id = ${campaign.id}`
      inFlightSamples.push(c.live)
      if (c.queued_in === 0 && c.live === 0) break
      if (Date.now() - started > 15 * 60_000) throw new Error('bench did not finish in 15 minutes')
      await sleep(250)
    }
    const elapsed = (Date.now() - started) / 1000
    const [after] = await dbStat()
    stop = true
    await agents
    inFlightSamples = inFlightSamples.slice(4, -4)
    // Scheduler lag: a slot frees when an attempt ends; the next claim of a due recipient fills it.
    const attempts = await sql<{ phone: string; started: number; ended: number | null }[]>`
      select r.phone, extract(epoch from a.started_at)::float8 * 1000 as started, extract(epoch from a.ended_at)::float8 * 1000 as ended
      from campaign_attempts a join campaign_recipients r on r.id = a.recipient_id where a.campaign_id = ${campaign.id}`
    const claims = attempts.map((a) => a.started).sort((a, b) => a - b)
    const ends = attempts.flatMap((a) => (a.ended === null ? [] : [a.ended])).sort((a, b) => a - b)
    const lags: number[] = []
    let ci = 0
    for (const e of ends.slice(0, Math.max(0, ends.length - CONCURRENCY))) {
      while (ci < claims.length && claims[ci] < e) ci++
      if (ci < claims.length) lags.push(claims[ci++] - e)
    }
    const sorted = lags.sort((a, b) => a - b)
    const toLiveKit = attempts.flatMap((a) => (reachedAt.has(a.phone) ? [reachedAt.get(a.phone)! - a.started] : [])).sort((a, b) => a - b)
    const twice = [...dialled.values()].filter((n) => n > 1).length
    const wrongWindow = [...dialled.keys()].filter((p) => outside.has(p)).length
    const outcomes = await sql`select last_outcome, count(*)::int as n from campaign_recipients where campaign_id = ${campaign.id} group by 1 order by 2 desc`
    console.log(`campaign: ${N} due recipients (+${N} outside their window), maxConcurrent ${CONCURRENCY}, ring ${RING_MS} ms, talk ${TALK_MS} ms`)
    console.log(`  finished in ${elapsed.toFixed(1)} s: ${dialled.size} numbers dialled, ${(dialled.size / elapsed).toFixed(1)} dials/s`)
    console.log(`  in flight (dialing + in_call, sampled every 250 ms): mean ${(inFlightSamples.reduce((a, b) => a + b, 0) / inFlightSamples.length).toFixed(1)}, min ${Math.min(...inFlightSamples)}, max ${Math.max(...inFlightSamples)}`)
    console.log(`  scheduler lag (an attempt ends -> the next claim): p50 ${pct(sorted, 50).toFixed(0)} ms, p99 ${pct(sorted, 99).toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms (${sorted.length} slots)`)
    console.log(`  claim -> dial reaching LiveKit (room, agent dispatch, call row): p50 ${pct(toLiveKit, 50).toFixed(0)} ms, p99 ${pct(toLiveKit, 99).toFixed(0)} ms`)
    console.log(`  PostgreSQL: ${((after.xact - before.xact) / elapsed).toFixed(0)} transactions/s, ${((after.tup - before.tup) / elapsed).toFixed(0)} rows written/s`)
    console.log(`  outcomes: ${outcomes.map((o) => `${o.last_outcome ?? 'none'} ${o.n}`).join(', ')}`)
    console.log(`  dialled twice: ${twice}; dialled outside the window: ${wrongWindow}`)

    const csvCampaign = await json(app, 'POST', '/api/campaigns', headers, { name: 'CSV', agentId: agent.id, phoneNumberId: number.id })
    const lines = ['phone,name,timezone,plan']
    for (let i = 0; i < CSV_ROWS; i++) lines.push(`${phone(i)},Person ${i},America/New_York,${i % 3 ? 'gold' : 'basic'}`)
    const csv = lines.join('\n')
    const t0 = Date.now()
    const report = await json(app, 'POST', `/api/campaigns/${csvCampaign.id}/recipients/csv`, headers, csv, 'text/csv')
    const csvS = (Date.now() - t0) / 1000
    console.log(`CSV import: ${CSV_ROWS} rows (${(csv.length / 1e6).toFixed(1)} MB) in ${csvS.toFixed(1)} s (${(CSV_ROWS / csvS).toFixed(0)} rows/s), added ${report.added}, rejected ${report.rejected.length}`)
  } finally {
    await app.close()
    await sql.end()
    await lk.close()
    await twilio.close()
    await admin.unsafe(`drop schema if exists "${schema}" cascade`)
    await admin.end()
  }
}

await main()
