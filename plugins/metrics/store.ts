import type { Sql } from '../../src/db/connect.js'
import type { CallRow } from '../calls/index.js'
import type { MetricsEvent } from '../../schemas/metrics.js'
import { snapshotCostUsd } from './prices.js'
import { parseEventTime } from './event-time.js'

// The call row without its transcript: metrics posts come every few seconds and never need it.
const CALL_COLUMNS = [
  'id', 'workspace_id', 'agent_id', 'agent_name', 'direction', 'status', 'outcome', 'failure_reason', 'from_number', 'to_number',
  'room_name', 'twilio_call_sid', 'phone_number_id', 'started_at', 'answered_at', 'ended_at', 'duration_s', 'variables', 'recording',
  'metrics', 'prompt_tokens', 'completion_tokens', 'cost_usd', 'latency_p50_ms', 'latency_p95_ms', 'analysis', 'cost',
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
  billed_usd: string
  prompt_tokens: string
  completion_tokens: string
  cached_prompt_tokens: number
  stt_audio_s: number
  tts_characters: number
  latency_p50_ms: number | null
  latency_p95_ms: number | null
  completed_calls: number
  avg_duration_s: number | null
  latency_avg_ms: number | null
  eou_end_ms_avg: number | null
  eou_transcription_ms_avg: number | null
  llm_ttft_ms_avg: number | null
  analyzed_calls: number
  successful_calls: number
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
     * A call's latency is the median of its `turn` events when it has any, else the
     * `agent_turn_latency_ms_avg` the agent reports once per call (what the real agent sends).
     */
    async usage(workspaceId: string, q: { since?: Date; until?: Date; groupBy?: 'agent' | 'day' | 'variant'; tz?: string; agentId?: string }) {
      // Without groupBy every call falls in one null group; the caller keeps only the total.
      const key =
        q.groupBy === 'agent' ? sql`agent_id`
        : q.groupBy === 'day' ? sql`to_char(started_at at time zone ${q.tz ?? 'UTC'}, 'YYYY-MM-DD')`
        : q.groupBy === 'variant' ? sql`variant_id`
        : sql`null::text`
      // A number the agent put in metrics.latency, or null (never a cast error on odd input).
      const reported = (name: string, snapshot = 'latency') =>
        sql`case when jsonb_typeof(metrics->${snapshot}->${name}) = 'number' then (metrics->${snapshot}->>${name})::float8 end`
      return sql<UsageFiguresRow[]>`
        with c as (
          select id, ${key} as key, agent_name, duration_s, ended_at, cost_usd, (cost->>'totalUsd')::numeric as billed_usd, prompt_tokens, completion_tokens,
            coalesce(latency_p50_ms, ${reported('agent_turn_latency_ms_avg')}) as call_latency_ms,
            ${reported('eou_end_ms_avg')} as eou_end_ms, ${reported('eou_transcription_ms_avg')} as eou_transcription_ms,
            ${reported('llm_ttft_ms_avg')} as llm_ttft_ms,
            ${reported('llm_prompt_cached_tokens', 'usage')} as cached_prompt_tokens, ${reported('stt_audio_duration', 'usage')} as stt_audio_s,
            ${reported('tts_characters_count', 'usage')} as tts_characters,
            analysis->>'status' = 'done' as analyzed, analysis->>'successful' = 'true' as successful, analysis->>'sentiment' as sentiment
          from calls
          where workspace_id = ${workspaceId}
            ${q.agentId ? sql`and agent_id = ${q.agentId}` : sql``}
            ${q.since ? sql`and started_at >= ${q.since}` : sql``}
            ${q.until ? sql`and started_at < ${q.until}` : sql``}
        ),
        figures as (
          select key, grouping(key) = 1 as is_total, max(agent_name) as agent_name, count(*)::int as calls,
            count(*) filter (where ended_at is not null)::int as completed_calls,
            avg(duration_s) filter (where ended_at is not null)::float8 as avg_duration_s,
            (coalesce(sum(duration_s), 0) / 60.0)::float8 as minutes,
            coalesce(sum(cost_usd), 0) as cost_usd,
            coalesce(sum(billed_usd), 0) as billed_usd,
            coalesce(sum(prompt_tokens), 0) as prompt_tokens,
            coalesce(sum(completion_tokens), 0) as completion_tokens,
            coalesce(sum(cached_prompt_tokens), 0)::float8 as cached_prompt_tokens,
            coalesce(sum(stt_audio_s), 0)::float8 as stt_audio_s,
            coalesce(sum(tts_characters), 0)::float8 as tts_characters,
            percentile_cont(array[0.5, 0.95]) within group (order by call_latency_ms) as call_p,
            avg(call_latency_ms)::float8 as latency_avg_ms,
            avg(eou_end_ms)::float8 as eou_end_ms_avg, avg(eou_transcription_ms)::float8 as eou_transcription_ms_avg,
            avg(llm_ttft_ms)::float8 as llm_ttft_ms_avg,
            count(*) filter (where analyzed)::int as analyzed_calls,
            count(*) filter (where analyzed and successful)::int as successful_calls,
            count(*) filter (where analyzed and sentiment = 'positive')::int as positive,
            count(*) filter (where analyzed and sentiment = 'neutral')::int as neutral,
            count(*) filter (where analyzed and sentiment = 'negative')::int as negative
          from c group by grouping sets ((key), ())
        ),
        latency as (
          select c.key, grouping(c.key) = 1 as is_total,
            percentile_cont(array[0.5, 0.95]) within group (order by e.e2e_latency_ms) as p
          from c join call_metric_events e on e.call_id = c.id
          where e.type = 'turn' and e.e2e_latency_ms is not null
          group by grouping sets ((c.key), ())
        )
        select f.*, coalesce(l.p[1], f.call_p[1]) as latency_p50_ms, coalesce(l.p[2], f.call_p[2]) as latency_p95_ms
        from figures f left join latency l on l.is_total = f.is_total and l.key is not distinct from f.key
        order by f.is_total, f.key nulls last`
    },

    /** The agent's most recently ended call, for its header line (latest metrics). */
    async latestEnded(workspaceId: string, agentId: string) {
      const [row] = await sql<{ id: string; ended_at: Date; duration_s: number | null; tokens_total: number; latency_ms: number | null; metrics: Record<string, unknown> }[]>`
        select id, ended_at, duration_s, prompt_tokens + completion_tokens as tokens_total,
          coalesce(latency_p50_ms, case when jsonb_typeof(metrics->'latency'->'agent_turn_latency_ms_avg') = 'number'
            then (metrics->'latency'->>'agent_turn_latency_ms_avg')::float8 end) as latency_ms, metrics
        from calls
        where workspace_id = ${workspaceId} and agent_id = ${agentId} and ended_at is not null
        order by ended_at desc, id desc limit 1`
      return row
    },
  }
}

export type MetricsStore = ReturnType<typeof createMetricsStore>
