import type { Sql } from '../../src/db/connect.js'
import type { CallRow } from '../calls/store.js'
import type { MetricsEvent } from '../../schemas/metrics.js'
import { snapshotCostUsd } from './prices.js'
import { parseEventTime } from './event-time.js'

// The call row without its transcript: metrics posts come every few seconds and never need it.
const CALL_COLUMNS = [
  'id', 'workspace_id', 'agent_id', 'agent_name', 'direction', 'status', 'outcome', 'failure_reason', 'from_number', 'to_number',
  'room_name', 'twilio_call_sid', 'phone_number_id', 'started_at', 'answered_at', 'ended_at', 'duration_s', 'variables', 'recording',
  'metrics', 'prompt_tokens', 'completion_tokens', 'cost_usd', 'latency_p50_ms', 'latency_p95_ms', 'analysis',
]

const EVENT_COLUMNS = [
  'call_id', 'event_id', 'type', 'at', 'e2e_latency_ms', 'llm_ttft_ms', 'tts_ttfb_ms', 'eou_delay_ms',
  'prompt_tokens', 'completion_tokens', 'cost_usd',
] as const

// Sums stay inside their columns (integer, numeric(14,6)) however many events a call collects.
const INT_MAX = 2_147_483_647
const COST_MAX = 99_999_999

const orNull = (v: number | null | undefined) => (v === undefined ? null : v)

function eventRow(callId: string, e: MetricsEvent) {
  return {
    call_id: callId,
    event_id: String(e.id),
    type: e.type,
    at: parseEventTime(e.at) ?? null,
    e2e_latency_ms: orNull(e.e2eLatencyMs),
    llm_ttft_ms: orNull(e.llmTtftMs),
    tts_ttfb_ms: orNull(e.ttsTtfbMs),
    eou_delay_ms: orNull(e.eouDelayMs),
    prompt_tokens: orNull(e.promptTokens),
    completion_tokens: orNull(e.completionTokens),
    cost_usd: orNull(e.costUsd),
  }
}

const snapshotCount = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(0, Math.round(v)), INT_MAX) : null)

export interface UsageFiguresRow {
  key: string | null
  is_total: boolean
  agent_name: string | null
  calls: number
  minutes: number
  cost_usd: string
  prompt_tokens: string
  completion_tokens: string
  latency_p50_ms: number | null
  latency_p95_ms: number | null
  latency_avg_ms: number | null
  analyzed: number
  successful: number
  judged: number
  positive: number
  neutral: number
  negative: number
}

/**
 * SQL of the metrics domain: the `call_metric_events` table, and the summary columns of
 * `calls` it derives (`metrics`, `prompt_tokens`, `completion_tokens`, `cost_usd`, `latency_p50_ms`,
 * `latency_p95_ms`), which no other domain writes (the legacy JSON import aside).
 */
export function createMetricsStore(sql: Sql) {
  return {
    /**
     * Applies one metrics post in a transaction of two statements. The first locks the call row
     * and reads its snapshots, so concurrent posts for one call queue up and the second statement
     * (a fresh snapshot in READ COMMITTED) sees every event committed before it. The second
     * inserts the events (replays dropped by the primary key), recomputes the summary over the
     * stored events plus the ones just inserted (which a CTE's own snapshot cannot see), and
     * writes the merged snapshots and the summary in one row update.
     *
     * Summary rules:
     *  - tokens: `usage.llm_prompt_tokens` / `llm_completion_tokens` of the stored snapshot when present
     *    (it is cumulative, so events are not added to it); otherwise the sum of the events' tokens.
     *  - cost: the snapshot priced with prices.ts when any of its models is known there; otherwise the
     *    sum of the events' `costUsd`; otherwise 0.
     *  - latency p50/p95: `percentile_cont` over `e2eLatencyMs` of the call's `turn` events; null without any.
     *
     * Returns `undefined` when the call does not exist.
     */
    async ingest(callId: string, snapshots: Record<string, unknown>, events: MetricsEvent[]): Promise<CallRow | undefined> {
      return sql.begin(async (tx) => {
        const patch = tx.json(snapshots as Parameters<typeof tx.json>[0])
        const [locked] = await tx<{ metrics: unknown }[]>`select metrics from calls where id = ${callId} for update`
        if (!locked) return undefined
        // What `metrics || patch` below stores: a shallow merge of the top-level snapshots.
        const stored = locked.metrics && typeof locked.metrics === 'object' && !Array.isArray(locked.metrics) ? locked.metrics : {}
        const merged = { ...stored, ...snapshots } as Record<string, unknown>

        const usage = merged.usage as Record<string, unknown> | undefined
        const models = merged.models as Record<string, unknown> | undefined
        const snapPrompt = snapshotCount(usage?.llm_prompt_tokens)
        const snapCompletion = snapshotCount(usage?.llm_completion_tokens)
        const snapCost = snapshotCostUsd(usage, models) ?? null

        const inserted = events.length
          ? tx`insert into call_metric_events ${tx(events.map((e) => eventRow(callId, e)), EVENT_COLUMNS)}
               on conflict do nothing
               returning type, e2e_latency_ms, prompt_tokens, completion_tokens, cost_usd`
          : tx`select null::text as type, null::float8 as e2e_latency_ms, null::int as prompt_tokens,
                 null::int as completion_tokens, null::numeric as cost_usd
               where false`

        const [row] = await tx<CallRow[]>`
          with new_events as (${inserted}),
          all_events as (
            select type, e2e_latency_ms, prompt_tokens, completion_tokens, cost_usd from call_metric_events where call_id = ${callId}
            union all
            select type, e2e_latency_ms, prompt_tokens, completion_tokens, cost_usd from new_events
          ),
          agg as (
            select
              percentile_cont(array[0.5, 0.95]) within group (order by e2e_latency_ms) filter (where type = 'turn') as p,
              sum(prompt_tokens) as prompt_tokens,
              sum(completion_tokens) as completion_tokens,
              sum(cost_usd) as cost_usd,
              (select count(*) from new_events) as inserted
            from all_events
          )
          update calls c set
            metrics = (case when jsonb_typeof(c.metrics) = 'object' then c.metrics else '{}'::jsonb end) || ${patch},
            prompt_tokens = coalesce(${snapPrompt}::int, least(coalesce(agg.prompt_tokens, 0), ${INT_MAX})),
            completion_tokens = coalesce(${snapCompletion}::int, least(coalesce(agg.completion_tokens, 0), ${INT_MAX})),
            cost_usd = coalesce(${snapCost}::numeric, least(coalesce(agg.cost_usd, 0), ${COST_MAX})),
            latency_p50_ms = agg.p[1],
            latency_p95_ms = agg.p[2],
            updated_at = case when agg.inserted > 0 or c.metrics || ${patch} <> c.metrics then now() else c.updated_at end
          from agg
          where c.id = ${callId}
          returning ${tx(CALL_COLUMNS.map((col) => `c.${col}`))}`
        return row
      })
    },

    /**
     * Usage of a workspace's calls started in [since, until), per group and in total, in one
     * statement: call figures and event percentiles are aggregated separately (joining events
     * first would count each call once per event) over the same grouping sets, then matched.
     */
    async usage(workspaceId: string, q: { since?: Date; until?: Date; groupBy?: 'agent' | 'day' | 'variant'; agentId?: string }) {
      // Without groupBy every call falls in one null group; the caller keeps only the total.
      const key =
        q.groupBy === 'agent' ? sql`agent_id`
        : q.groupBy === 'day' ? sql`to_char(started_at at time zone 'UTC', 'YYYY-MM-DD')`
        : q.groupBy === 'variant' ? sql`variant_id`
        : sql`null::text`
      return sql<UsageFiguresRow[]>`
        with c as (
          select id, ${key} as key, agent_name, duration_s, cost_usd, prompt_tokens, completion_tokens,
            analysis->>'sentiment' as sentiment,
            case analysis->>'successful' when 'true' then true when 'false' then false end as successful
          from calls
          where workspace_id = ${workspaceId}
            ${q.agentId ? sql`and agent_id = ${q.agentId}` : sql``}
            ${q.since ? sql`and started_at >= ${q.since}` : sql``}
            ${q.until ? sql`and started_at < ${q.until}` : sql``}
        ),
        figures as (
          select key, grouping(key) = 1 as is_total, max(agent_name) as agent_name, count(*)::int as calls,
            (coalesce(sum(duration_s), 0) / 60.0)::float8 as minutes,
            coalesce(sum(cost_usd), 0) as cost_usd,
            coalesce(sum(prompt_tokens), 0) as prompt_tokens,
            coalesce(sum(completion_tokens), 0) as completion_tokens,
            count(*) filter (where successful is not null or sentiment is not null)::int as analyzed,
            count(*) filter (where successful)::int as successful,
            count(successful)::int as judged,
            count(*) filter (where sentiment = 'positive')::int as positive,
            count(*) filter (where sentiment = 'neutral')::int as neutral,
            count(*) filter (where sentiment = 'negative')::int as negative
          from c group by grouping sets ((key), ())
        ),
        latency as (
          select c.key, grouping(c.key) = 1 as is_total,
            percentile_cont(array[0.5, 0.95]) within group (order by e.e2e_latency_ms) as p,
            avg(e.e2e_latency_ms)::float8 as avg_ms
          from c join call_metric_events e on e.call_id = c.id
          where e.type = 'turn' and e.e2e_latency_ms is not null
          group by grouping sets ((c.key), ())
        )
        select f.*, l.p[1] as latency_p50_ms, l.p[2] as latency_p95_ms, l.avg_ms as latency_avg_ms
        from figures f left join latency l on l.is_total = f.is_total and l.key is not distinct from f.key
        order by f.is_total, f.key nulls last`
    },
  }
}

export type MetricsStore = ReturnType<typeof createMetricsStore>
