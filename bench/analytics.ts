/**
 * The analytics the dashboard reads, over 100k calls (issue 19: p99 < 50 ms).
 *
 * Starts the real API (src/server.ts, production logging, bench/lib/api-process) on a fresh schema of
 * TEST_DATABASE_URL (or DATABASE_URL; real PostgreSQL only). Workspaces, agents and A/B variants are made
 * over HTTP, as clients make them; the calls are then written by one `insert ... select from
 * generate_series` (a call carries its agent, variant, duration, tokens, cost, the latency averages the
 * voice agent reports, and a post-call analysis; one call in ten also has per-turn events), so seeding
 * takes seconds. Each route is then driven at a fixed rate through HTTP and its p50/p99 printed with the
 * ratio to the target, followed by the plan of the usage query (EXPLAIN ANALYZE, captured from the
 * metrics store's own SQL).
 *
 *   TEST_DATABASE_URL=postgres://... npm run bench:analytics
 *   env: BENCH_CALLS (100000), BENCH_RATE (20 req/s per route), BENCH_SECONDS (10), BENCH_CONNECTIONS (4),
 *        BENCH_PLAN=0 to skip the EXPLAIN output.
 * Figures only; nothing is asserted (a bench is not a timed test). The schema is dropped afterwards.
 */
import postgres from 'postgres'
import { startApiProcess } from './lib/api-process.js'
import { signupOverHttp, type HttpUser } from './lib/fixtures.js'
import { runLoad, type LoadFigures } from './lib/load.js'
import { describeMachine } from './lib/machine.js'
import { freshDatabaseEnv } from '../test/helpers/database.js'
import { createMetricsStore } from '../plugins/metrics/store.js'

const CALLS = Number(process.env.BENCH_CALLS ?? 100_000)
const RATE = Number(process.env.BENCH_RATE ?? 20)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4)
const TARGET_P99_MS = 50
const DAY_MS = 86_400_000
// The dashboard's workspace holds most calls; three others share the rest (they must not slow it down).
const MAIN_AGENTS = 4
const OTHER_WORKSPACES = 3

interface Slot { w: string; a: string; n: string; v: string | null }

async function post(baseUrl: string, user: HttpUser, path: string, body: unknown) {
  const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { ...user.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as { id: string; name: string }
}

/** An agent with two variants at 25 % each: its calls split v1, v2, base, base. */
async function agentWithVariants(baseUrl: string, user: HttpUser, name: string): Promise<{ id: string; slots: Slot[] }> {
  const agent = await post(baseUrl, user, '/api/agents', { name, promptDraft: 'You book appointments for {{business}}.' })
  const v1 = await post(baseUrl, user, `/api/agents/${agent.id}/variants`, { name: 'Short', prompt: 'Keep answers short.', trafficPercent: 25 })
  const v2 = await post(baseUrl, user, `/api/agents/${agent.id}/variants`, { name: 'Formal', prompt: 'Speak formally.', trafficPercent: 25 })
  const slot = (v: string | null): Slot => ({ w: user.workspaceId, a: agent.id, n: name, v })
  return { id: agent.id, slots: [slot(v1.id), slot(v2.id), slot(null), slot(null)] }
}

/** 100k calls over the last 90 days in one statement; values vary with a hash of the row number. */
async function seedCalls(sql: postgres.Sql, slots: Slot[], now: Date) {
  await sql`
    insert into calls (id, workspace_id, agent_id, agent_name, variant_id, direction, status, outcome, started_at, answered_at, ended_at,
      duration_s, metrics, prompt_tokens, completion_tokens, cost_usd, cost, analysis)
    select 'call_' || lpad(g::text, 26, '0'), s->>'w', s->>'a', s->>'n', s->>'v',
      (array['inbound', 'outbound', 'web'])[1 + g % 3], 'ended', (array['user_hangup', 'agent_hangup'])[1 + h % 2],
      t, t + interval '2 seconds', t + (d + 2) * interval '1 second', d,
      jsonb_build_object(
        'latency', jsonb_build_object('agent_turn_latency_ms_avg', 600 + h % 900, 'eou_end_ms_avg', 150 + h % 300,
          'eou_transcription_ms_avg', 80 + h % 200, 'llm_ttft_ms_avg', 250 + h % 500),
        'usage', jsonb_build_object('llm_prompt_tokens', 800 + h % 4000, 'llm_completion_tokens', 60 + h % 400,
          'llm_prompt_cached_tokens', h % 500, 'stt_audio_duration', d, 'tts_characters_count', 20 * d)),
      800 + h % 4000, 60 + h % 400, round((0.002 + (h % 1000) / 100000.0)::numeric, 6),
      jsonb_build_object('totalUsd', round((d * 0.0015)::numeric, 6)),
      case when h % 10 < 9 then jsonb_build_object('status', 'done', 'summary', 'The caller booked a slot.',
        'sentiment', (array['positive', 'neutral', 'negative'])[1 + h % 3], 'successful', h % 5 < 3, 'voicemail', false, 'custom', '{}'::jsonb)
        else jsonb_build_object('status', 'failed', 'error', 'LLM answered malformed JSON') end
    from generate_series(1, ${CALLS}) g,
      lateral (select (g * 2654435761::bigint) % 1000003 as h) hh,
      lateral (select ${sql.json(slots as never)}::jsonb -> (g % ${slots.length}) as s,
        ${now}::timestamptz - ((h * 7919) % (90 * 86400)) * interval '1 second' as t,
        (30 + h % 600)::int as d) x`
  // Newer agents also send per-turn events: one call in ten, four turns each, summarised on the row.
  await sql`
    insert into call_metric_events (call_id, event_id, type, at, e2e_latency_ms, llm_ttft_ms, prompt_tokens, completion_tokens)
    select c.id, 'turn-' || k, 'turn', c.started_at + k * interval '5 seconds', 500 + (hashtext(c.id) & 1023) + k * 40, 300 + k * 10, 200, 20
    from calls c, generate_series(1, 4) k
    where abs(hashtext(c.id)) % 10 = 0`
  await sql`
    update calls c set latency_p50_ms = e.p[1], latency_p95_ms = e.p[2]
    from (select call_id, percentile_cont(array[0.5, 0.95]) within group (order by e2e_latency_ms) as p from call_metric_events group by call_id) e
    where e.call_id = c.id`
  await sql`analyze calls`
  await sql`analyze call_metric_events`
}

/** The usage query exactly as the metrics store sends it, run under EXPLAIN ANALYZE. */
async function usagePlan(databaseUrl: string, q: Parameters<ReturnType<typeof createMetricsStore>['usage']>[1], workspaceId: string) {
  let captured: { query: string; params: unknown[] } | undefined
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {}, debug: (_c, query, params) => { if (/with c as/.test(query)) captured = { query, params } } })
  try {
    await createMetricsStore(sql as never).usage(workspaceId, q)
    if (!captured) throw new Error('the usage query was not seen')
    const rows = await sql.unsafe(`explain (analyze, buffers, costs off) ${captured.query}`, captured.params as never[])
    return rows.map((r) => r['QUERY PLAN'] as string).join('\n')
  } finally {
    await sql.end()
  }
}

async function main() {
  if (!process.env.TEST_DATABASE_URL && process.env.DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL
  if (!process.env.TEST_DATABASE_URL) throw new Error('bench:analytics needs real PostgreSQL: set TEST_DATABASE_URL (or DATABASE_URL)')
  const db = await freshDatabaseEnv()
  const databaseUrl = db.env.DATABASE_URL
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} })
  let api: Awaited<ReturnType<typeof startApiProcess>> | undefined
  try {
    // Boot runs every migration on the fresh schema: slow on a busy machine.
    api = await startApiProcess({
      discardLogs: true, startTimeoutMs: 180_000,
      env: { DATABASE_URL: databaseUrl, JWT_SECRET: 'bench-jwt-secret-that-is-long-enough-0123456789', AGENT_SHARED_SECRET: 'bench-agent-secret-0123456789' },
    })
    const [{ server_version: pgVersion }] = await sql<{ server_version: string }[]>`show server_version`
    const m = describeMachine(pgVersion)
    console.log(`analytics bench: ${CALLS.toLocaleString('en')} calls; ${m.cpu}, ${m.nproc} CPUs; PostgreSQL ${m.postgres}; Node ${m.node}; load ${m.load}`)

    const seedStart = performance.now()
    const owner = await signupOverHttp(api.url)
    const agents: { id: string; slots: Slot[] }[] = []
    for (let i = 0; i < MAIN_AGENTS; i++) agents.push(await agentWithVariants(api.url, owner, `Agent ${i + 1}`))
    // 70 % of the calls in the dashboard's workspace, 10 % in each of the others.
    const slots: Slot[] = []
    for (let i = 0; i < 70; i++) slots.push(agents[i % MAIN_AGENTS].slots[Math.floor(i / MAIN_AGENTS) % 4])
    for (let w = 0; w < OTHER_WORKSPACES; w++) {
      const other = await agentWithVariants(api.url, await signupOverHttp(api.url), `Other ${w + 1}`)
      for (let i = 0; i < 10; i++) slots.push(other.slots[i % 4])
    }
    const now = new Date()
    await seedCalls(sql, slots, now)
    const [counts] = await sql<{ calls: number; main: number; events: number; analysed: number }[]>`
      select (select count(*)::int from calls) as calls, (select count(*)::int from calls where workspace_id = ${owner.workspaceId}) as main,
        (select count(*)::int from call_metric_events) as events, (select count(*)::int from calls where analysis->>'status' = 'done') as analysed`
    console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${counts.calls} calls (${counts.main} in the dashboard's workspace), ` +
      `${counts.analysed} analysed, ${counts.events} turn events`)

    const since = new Date(now.getTime() - 30 * DAY_MS).toISOString()
    const until = new Date(now.getTime() + DAY_MS).toISOString()
    const range = `since=${since}&until=${until}`
    const agent = agents[0].id
    const routes: [string, string][] = [
      ['usage totals, 30 days', `/api/analytics/usage?${range}`],
      ['daily series, 30 days', `/api/analytics/usage?${range}&groupBy=day&tz=Europe%2FRiga`],
      ['by agent, 30 days', `/api/analytics/usage?${range}&groupBy=agent`],
      ['by variant of one agent, 30 days', `/api/analytics/usage?${range}&groupBy=variant&agentId=${agent}`],
      ['agent analytics, 30 days', `/api/agents/${agent}/analytics?${range}`],
      ['usage totals, all 90 days', '/api/analytics/usage'],
    ]
    const check = await fetch(`${api.url}${routes[0][1]}`, { headers: owner.headers })
    const body = (await check.json()) as { totals: { calls: number; analyzedCalls: number; latencyP50Ms: number } }
    console.log(`check: 30-day totals ${body.totals.calls} calls, ${body.totals.analyzedCalls} analysed, latency p50 ${body.totals.latencyP50Ms} ms`)

    console.log(`\nfixed ${RATE} req/s per route, ${SECONDS} s, ${CONNECTIONS} connections; target p99 < ${TARGET_P99_MS} ms\n`)
    console.log('| route | req/s | p50 ms | p99 ms | p99 / target | non-2xx + errors | load |')
    console.log('|---|---|---|---|---|---|---|')
    const results: [string, LoadFigures][] = []
    for (const [name, path] of routes) {
      const f = await runLoad({ url: `${api.url}${path}`, connections: CONNECTIONS, duration: SECONDS, overallRate: RATE, headers: owner.headers })
      results.push([name, f])
      console.log(`| ${name} | ${f.rps.toFixed(0)} | ${f.p50.toFixed(1)} | ${f.p99.toFixed(1)} | ${(f.p99 / TARGET_P99_MS).toFixed(2)} ${f.p99 < TARGET_P99_MS ? '(met)' : '(missed)'} | ${f.non2xx + f.errors} | ${f.load.toFixed(2)} |`)
    }
    const met = results.filter(([, f]) => f.p99 < TARGET_P99_MS && f.non2xx + f.errors === 0).length
    console.log(`\n${met} of ${results.length} routes under p99 ${TARGET_P99_MS} ms`)

    if (process.env.BENCH_PLAN !== '0') {
      console.log('\nplan: usage totals, 30 days (the store\'s query)\n```')
      console.log(await usagePlan(databaseUrl, { since: new Date(since), until: new Date(until) }, owner.workspaceId))
      console.log('```\nplan: by variant of one agent, 30 days\n```')
      console.log(await usagePlan(databaseUrl, { since: new Date(since), until: new Date(until), groupBy: 'variant', agentId: agent }, owner.workspaceId))
      console.log('```')
    }
  } finally {
    await api?.stop()
    await sql.end()
    await db.drop()
  }
}

await main()
