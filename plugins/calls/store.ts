import type { Queryable, Sql } from '../../src/db/connect.js'
import type { Call } from '../../schemas/calls.js'
import type { CallAnalysis } from '../../schemas/analysis.js'
import { prepareTranscript, type PreparedTranscript } from './transcript-hash.js'

export interface CallRow {
  id: string
  workspace_id: string
  agent_id: string | null
  agent_name: string | null
  direction: Call['direction']
  status: Call['status']
  outcome: string | null
  failure_reason: string | null
  from_number: string | null
  to_number: string | null
  room_name: string | null
  twilio_call_sid: string | null
  phone_number_id: string | null
  started_at: Date
  answered_at: Date | null
  ended_at: Date | null
  duration_s: number | null
  variables: Record<string, unknown>
  variant_id: string | null
  /** Present on single-call reads (entries from call_transcript_entries, in order); lists leave it out. */
  transcript?: Record<string, unknown>[]
  recording: Record<string, unknown> | null
  metrics: Record<string, unknown>
  prompt_tokens: number
  completion_tokens: number
  cost_usd: string
  latency_p50_ms: number | null
  latency_p95_ms: number | null
  /** Written by billing (setCost) once the call is priced. */
  cost: Call['cost']
  /** Written through the call-analysis store (analysis-store.ts). */
  analysis: CallAnalysis | null
}

export function callJson(r: CallRow, opts: { withTranscript?: boolean } = {}): Call {
  const recording = (r.recording ?? { status: 'none' }) as Call['recording']
  return {
    id: r.id,
    agentId: r.agent_id,
    agentName: r.agent_name,
    direction: r.direction,
    status: r.status,
    outcome: r.outcome,
    from: r.from_number,
    to: r.to_number,
    roomName: r.room_name,
    startedAt: r.started_at.toISOString(),
    answeredAt: r.answered_at?.toISOString() ?? null,
    endedAt: r.ended_at?.toISOString() ?? null,
    durationS: r.duration_s,
    recording: recording.status === 'ready' ? { ...recording, url: `/api/calls/${r.id}/recording` } : recording,
    metrics: {
      ...r.metrics,
      promptTokens: r.prompt_tokens,
      completionTokens: r.completion_tokens,
      tokensTotal: r.prompt_tokens + r.completion_tokens,
      costUsd: Number(r.cost_usd),
      latencyP50Ms: r.latency_p50_ms,
      latencyP95Ms: r.latency_p95_ms,
    },
    variables: r.variables ?? {},
    cost: r.cost ?? null,
    variantId: r.variant_id ?? null,
    analysis: r.analysis ?? null,
    ...(opts.withTranscript ? { transcript: r.transcript ?? [] } : {}),
  }
}

export interface CallFilter {
  agentId?: string
  variantId?: string
  direction?: string
  status?: string
  since?: Date
  until?: Date
  before?: { startedAt: Date; id: string }
  /** By the post-call analysis and labels. */
  successful?: boolean
  sentiment?: string
  label?: string
  limit: number
}

/** What a transcript sync did: only `stale` (an older, shorter list) leaves the stored one as it was. */
export type TranscriptSync = 'appended' | 'unchanged' | 'rewritten' | 'stale' | 'missing'

// Concurrent syncs of one call: the loser of the optimistic check re-reads, then locks.
const FAST_SYNC_ATTEMPTS = 3

/** The full ordered transcript of the row aliased `c`, as one column of a single-call read. */
const transcriptColumn = (tx: Queryable) =>
  tx`coalesce((select jsonb_agg(t.entry order by t.seq) from call_transcript_entries t where t.call_id = c.id), '[]'::jsonb) as transcript`

/** SQL for the calls table. Reads are scoped by workspace; agent-runtime writes go by call id. */
export function createCallStore(sql: Sql) {
  return {
    /**
     * A page of calls as JSON text built by PostgreSQL, one `json` per row in the shape of
     * `callJson` (lists are the dashboard's hottest read: no jsonb parse, object building and
     * re-serialisation per row in the API). test/calls-list.test.ts holds the two shapes equal.
     */
    async list(workspaceId: string, f: CallFilter) {
      const iso = (col: string) => sql`to_char(${sql(col)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
      return sql<{ id: string; started_at: Date; json: string }[]>`
        select id, started_at, json_build_object(
          'id', id, 'agentId', agent_id, 'agentName', agent_name, 'direction', direction, 'status', status,
          'outcome', outcome, 'from', from_number, 'to', to_number, 'roomName', room_name,
          'startedAt', ${iso('started_at')}, 'answeredAt', ${iso('answered_at')}, 'endedAt', ${iso('ended_at')},
          'durationS', duration_s,
          'recording', case
            when recording is null then '{"status":"none"}'::jsonb
            when recording->>'status' = 'ready' then recording || jsonb_build_object('url', '/api/calls/' || id || '/recording')
            else recording end,
          'metrics', (case when jsonb_typeof(metrics) = 'object' then metrics else '{}'::jsonb end) || jsonb_build_object(
            'promptTokens', prompt_tokens, 'completionTokens', completion_tokens, 'tokensTotal', prompt_tokens + completion_tokens,
            'costUsd', cost_usd::float8, 'latencyP50Ms', latency_p50_ms, 'latencyP95Ms', latency_p95_ms),
          'variables', coalesce(variables, '{}'::jsonb), 'variantId', variant_id,
          'cost', cost,
          'analysis', analysis
        )::text as json
        from calls
        where workspace_id = ${workspaceId}
          ${f.agentId ? sql`and agent_id = ${f.agentId}` : sql``}
          ${f.variantId ? sql`and variant_id = ${f.variantId}` : sql``}
          ${f.direction ? sql`and direction = ${f.direction}` : sql``}
          ${f.status ? sql`and status = ${f.status}` : sql``}
          ${f.since ? sql`and started_at >= ${f.since}` : sql``}
          ${f.until ? sql`and started_at < ${f.until}` : sql``}
          ${f.before ? sql`and (started_at, id) < (${f.before.startedAt}, ${f.before.id})` : sql``}
          ${f.successful === undefined ? sql`` : sql`and analysis->>'status' = 'done' and (analysis->>'successful')::boolean = ${f.successful}`}
          ${f.sentiment ? sql`and analysis->>'status' = 'done' and analysis->>'sentiment' = ${f.sentiment}` : sql``}
          ${f.label ? sql`and exists (select 1 from call_labels l where l.call_id = calls.id and l.label = ${f.label})` : sql``}
        order by started_at desc, id desc
        limit ${f.limit + 1}`
    },

    async find(workspaceId: string, id: string, tx: Queryable = sql) {
      const [row] = await tx<CallRow[]>`select c.*, ${transcriptColumn(tx)} from calls c where c.workspace_id = ${workspaceId} and c.id = ${id}`
      return row
    },

    /** For agent-runtime routes, which know the call id but not the workspace. */
    async findById(id: string, tx: Queryable = sql) {
      const [row] = await tx<CallRow[]>`select c.*, ${transcriptColumn(tx)} from calls c where c.id = ${id}`
      return row
    },

    /** The call's state without its transcript, for routes that only need to know where it stands. */
    async findState(id: string, tx: Queryable = sql) {
      const [row] = await tx<Pick<CallRow, 'id' | 'room_name' | 'status' | 'outcome'>[]>`select id, room_name, status, outcome from calls where id = ${id}`
      return row
    },

    /**
     * The call without its transcript (billing prices calls from it); `lock` holds the row until `tx`
     * ends, so that writers of one call (end, metrics, pricing) always take the call's lock first.
     */
    async findSummary(id: string, tx: Queryable = sql, opts: { lock?: boolean } = {}) {
      const [row] = await tx<CallRow[]>`select * from calls where id = ${id} ${opts.lock ? tx`for update` : tx``}`
      return row
    },

    /**
     * Calls of a workspace open now (created, ringing or active), on the partial index of open calls.
     * Calls open longer than `maxAgeHours` are not counted: a call whose end was never reported (its
     * room's webhook lost) must not hold a concurrency slot forever. `excludeRoom` keeps the agent's
     * retry for a room from counting that room's own call.
     */
    async countOpen(workspaceId: string, o: { now: Date; maxAgeHours: number; excludeRoom?: string }, tx: Queryable = sql): Promise<number> {
      const [row] = await tx<{ n: number }[]>`
        select count(*)::int as n from calls
        where workspace_id = ${workspaceId} and status in ('created', 'ringing', 'active')
          and started_at > ${new Date(o.now.getTime() - o.maxAgeHours * 3_600_000)}
          and outcome is distinct from 'over_capacity'
          ${o.excludeRoom ? tx`and room_name is distinct from ${o.excludeRoom}` : tx``}`
      return row.n
    },

    /** Stores the call's cost as billing priced it (billing owns the figures; the call shows them). */
    async setCost(id: string, cost: NonNullable<Call['cost']>, tx: Queryable = sql) {
      await tx`update calls set cost = ${tx.json(cost as never)}, updated_at = now() where id = ${id}`
    },

    /** Whether the call exists, without reading its transcript. */
    async exists(id: string, tx: Queryable = sql) {
      const [row] = await tx`select 1 from calls where id = ${id}`
      return !!row
    },

    async findByRoom(roomName: string, tx: Queryable = sql) {
      const [row] = await tx<CallRow[]>`select c.*, ${transcriptColumn(tx)} from calls c where c.room_name = ${roomName}`
      return row
    },

    /** Inserts a call whose id the caller generated (room metadata may be written concurrently). */
    async insert(c: NewCall, tx: Queryable = sql) {
      const [row] = await tx<CallRow[]>`
        insert into calls (id, workspace_id, agent_id, agent_name, direction, status, from_number, to_number, room_name,
          twilio_call_sid, phone_number_id, variables, outcome, failure_reason, variant_id)
        values (${c.id}, ${c.workspaceId}, ${c.agentId}, ${c.agentName}, ${c.direction}, ${c.status}, ${c.from ?? null},
          ${c.to ?? null}, ${c.roomName}, ${c.twilioCallSid ?? null}, ${c.phoneNumberId ?? null}, ${tx.json((c.variables ?? {}) as never)},
          ${c.outcome ?? null}, ${c.failureReason ?? null}, ${c.variantId ?? null})
        returning *`
      return row
    },

    /** First participant in: active. Never moves an ended call back. */
    async markActive(id: string, at: Date, tx: Queryable = sql) {
      const [row] = await tx<CallRow[]>`
        with c as (
          update calls set status = 'active', answered_at = coalesce(answered_at, ${at}), updated_at = now()
          where id = ${id} and status in ('created', 'ringing')
          returning *)
        select c.*, ${transcriptColumn(tx)} from c`
      return row
    },

    /**
     * Ends a call once: later calls (webhook replays, the agent's retry, room_finished
     * after the agent's end) change nothing and get `undefined`.
     */
    async end(id: string, e: { outcome: string; at?: Date; status?: 'ended' | 'failed'; failureReason?: string }, tx: Queryable = sql) {
      const at = e.at ?? new Date()
      const [row] = await tx<CallRow[]>`
        with c as (update calls set
          status = ${e.status ?? 'ended'},
          outcome = coalesce(outcome, ${e.outcome}),
          failure_reason = coalesce(${e.failureReason ?? null}, failure_reason),
          ended_at = ${at},
          duration_s = greatest(0, round(extract(epoch from (${at}::timestamptz - coalesce(answered_at, started_at)))))::int,
          updated_at = now()
        where id = ${id} and status not in ('ended', 'failed')
        returning *)
        select c.*, ${transcriptColumn(tx)} from c`
      return row
    },

    /**
     * The agent re-sends the whole transcript every few seconds; a late retry carrying an
     * older, shorter list must not truncate what a newer sync stored. True when the stored
     * transcript is now the list given.
     */
    async replaceTranscript(id: string, transcript: unknown[], tx: Queryable = sql) {
      const done = await syncTranscript(tx, id, prepareTranscript(transcript))
      return done !== 'stale' && done !== 'missing'
    },

    /** `replaceTranscript` saying what happened (the sync route needs `missing` for its 404). */
    async syncTranscript(id: string, transcript: unknown[], tx: Queryable = sql) {
      return syncTranscript(tx, id, prepareTranscript(transcript))
    },

    /** Inbound start's group commit: see `insertCallsOnce`. */
    insertOnce: (calls: NewCall[], tx: Queryable, now: Date) => insertCallsOnce(tx, calls, now),

    /** When the agent last asked for an inbound call's config in this workspace (the routing doctor). */
    async lastInbound(workspaceId: string, tx: Queryable = sql) {
      const [row] = await tx<{ id: string; room_name: string | null; to_number: string | null; started_at: Date }[]>`
        select id, room_name, to_number, started_at from calls
        where workspace_id = ${workspaceId} and direction = 'inbound'
        order by started_at desc, id desc limit 1`
      return row
    },

    /** Notes a SIP transfer under `metrics.transfer` (its own key: metric snapshots never overwrite it). */
    async recordTransfer(id: string, transfer: { to: string; participantIdentity: string; at: Date }, tx: Queryable = sql) {
      const [row] = await tx<CallRow[]>`
        update calls set
          metrics = coalesce(metrics, '{}'::jsonb) || jsonb_build_object('transfer', ${tx.json({ ...transfer, at: transfer.at.toISOString() } as never)}::jsonb),
          updated_at = now()
        where id = ${id} returning *`
      return row
    },

    async updateRecording(id: string, recording: Record<string, unknown>, tx: Queryable = sql) {
      const [row] = await tx<CallRow[]>`
        with c as (
          update calls set recording = coalesce(recording, '{}'::jsonb) || ${tx.json(recording as never)}, updated_at = now()
          where id = ${id} returning *)
        select c.*, ${transcriptColumn(tx)} from c`
      return row
    },
  }
}

export interface NewCall {
  id: string
  workspaceId: string
  agentId: string | null
  agentName: string | null
  direction: Call['direction']
  status: Call['status']
  roomName: string | null
  from?: string | null
  to?: string | null
  twilioCallSid?: string | null
  phoneNumberId?: string | null
  variables?: Record<string, unknown>
  outcome?: string | null
  failureReason?: string | null
  /** The agent's A/B variant the call runs (the runtime config's `variant.id`). */
  variantId?: string | null
}

export type CallStore = ReturnType<typeof createCallStore>

/**
 * One statement in the common cases, writing only what is new: an unchanged re-send reads
 * the calls row and writes nothing; a longer list whose start is what is stored (hash chain
 * match) inserts the new entries and bumps count and hash. The update re-checks count and
 * hash on the row it locks, so of two syncs racing from the same state one appends and the
 * other starts over from the new state: entries never interleave or repeat.
 */
async function syncTranscript(tx: Queryable, id: string, t: PreparedTranscript): Promise<TranscriptSync> {
  for (let attempt = 0; attempt < FAST_SYNC_ATTEMPTS; attempt++) {
    const [prev] = await tx<{ n: number; h: string | null; appended: number }[]>`
      with prev as (
        select transcript_count as n, transcript_hash as h from calls where id = ${id}
      ),
      upd as (
        update calls c set transcript_count = ${t.count}, transcript_hash = ${t.hash}, updated_at = now()
        from prev
        where c.id = ${id} and prev.n < ${t.count} and prev.h = split_part(${t.prefixHashes}::text, ',', prev.n + 1)
          and c.transcript_count = prev.n and c.transcript_hash = prev.h
        returning prev.n
      ),
      ins as (
        insert into call_transcript_entries (call_id, seq, entry)
        select ${id}, (e.ord - 1)::int, e.entry::jsonb
        from upd, json_array_elements(${t.json}::text::json) with ordinality as e(entry, ord)
        where e.ord > upd.n
      )
      select prev.n, prev.h, (select count(*) from upd)::int as appended from prev`
    if (!prev) return 'missing'
    if (prev.appended) return 'appended'
    if (prev.n > t.count) return 'stale'
    if (prev.n === t.count && prev.h === t.hash) return 'unchanged'
    // Stored hash is not that of a prefix of this list: something earlier was rewritten.
    if (prev.n === t.count || prev.h !== t.prefixHashes.split(',')[prev.n]) break
    // Otherwise another sync moved the row between our read and our update: read again.
  }
  // Inside a caller's transaction (the end route) the lock lasts until it commits.
  return inTransaction(tx, (locked) => rewriteTranscript(locked, id, t))
}

const inTransaction = <T>(tx: Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> =>
  'savepoint' in tx ? fn(tx) : ((tx as Sql).begin(fn) as Promise<T>)

/**
 * The rare path, under the row lock: an earlier entry changed (the agent rewrote it), the
 * stored hash is unknown (moved or imported rows), or syncs kept racing. Entries from the
 * first one that differs (jsonb equality) are replaced; an older, shorter list still never
 * truncates a longer stored one.
 */
async function rewriteTranscript(tx: Queryable, id: string, t: PreparedTranscript): Promise<TranscriptSync> {
  const [cur] = await tx<{ n: number; h: string | null }[]>`
    select transcript_count as n, transcript_hash as h from calls where id = ${id} for no key update`
  if (!cur) return 'missing'
  if (cur.n > t.count) return 'stale'
  if (cur.n === t.count && cur.h === t.hash) return 'unchanged'
  let from = cur.n
  if (cur.h !== t.prefixHashes.split(',')[cur.n]) {
    const [diff] = await tx<{ k: number | null }[]>`
      select min(s.seq) as k
      from call_transcript_entries s
      join json_array_elements(${t.json}::text::json) with ordinality as e(entry, ord) on s.seq = e.ord - 1
      where s.call_id = ${id} and s.entry is distinct from e.entry::jsonb`
    from = diff?.k ?? cur.n
    await tx`delete from call_transcript_entries where call_id = ${id} and seq >= ${from}`
  }
  await insertEntries(tx, id, t, from)
  await tx`update calls set transcript_count = ${t.count}, transcript_hash = ${t.hash}, updated_at = now() where id = ${id}`
  return from === cur.n ? 'appended' : 'rewritten'
}

async function insertEntries(tx: Queryable, id: string, t: PreparedTranscript, from: number) {
  if (from >= t.count) return
  await tx`
    insert into call_transcript_entries (call_id, seq, entry)
    select ${id}, (e.ord - 1)::int, e.entry::jsonb
    from json_array_elements(${t.json}::text::json) with ordinality as e(entry, ord)
    where e.ord > ${from}`
}

export interface ImportedCall {
  id: string
  agentId: string | null
  agentName: string | null
  direction: Call['direction']
  status: Call['status']
  outcome: string | null
  from: string | null
  to: string | null
  roomName: string | null
  startedAt: Date
  endedAt: Date | null
  durationS: number | null
  costUsd: number
  promptTokens: number
  completionTokens: number
  transcript: unknown[]
  recording: unknown
  metrics: Record<string, unknown>
  createdAt: Date
  updatedAt: Date
}

/** Upsert under the original id (recordings in S3 are keyed by it); never crosses workspaces. */
export async function upsertImportedCall(tx: Queryable, workspaceId: string, c: ImportedCall): Promise<'inserted' | 'updated' | undefined> {
  const t = prepareTranscript(c.transcript)
  const [row] = await tx<{ inserted: boolean }[]>`
    insert into calls (id, workspace_id, agent_id, agent_name, direction, status, outcome, from_number, to_number, room_name,
      started_at, ended_at, duration_s, cost_usd, prompt_tokens, completion_tokens, transcript_count, transcript_hash, recording, metrics,
      created_at, updated_at)
    values (${c.id}, ${workspaceId}, ${c.agentId}, ${c.agentName}, ${c.direction}, ${c.status}, ${c.outcome}, ${c.from}, ${c.to},
      ${c.roomName}, ${c.startedAt}, ${c.endedAt}, ${c.durationS}, ${c.costUsd}, ${c.promptTokens}, ${c.completionTokens},
      ${t.count}, ${t.hash}, ${c.recording === null ? null : tx.json(c.recording as never)},
      ${tx.json(c.metrics as never)}, ${c.createdAt}, ${c.updatedAt})
    on conflict (id) do update set
      agent_id = excluded.agent_id, agent_name = excluded.agent_name, direction = excluded.direction, status = excluded.status,
      outcome = excluded.outcome, from_number = excluded.from_number, to_number = excluded.to_number, room_name = excluded.room_name,
      started_at = excluded.started_at, ended_at = excluded.ended_at, duration_s = excluded.duration_s, cost_usd = excluded.cost_usd,
      prompt_tokens = excluded.prompt_tokens, completion_tokens = excluded.completion_tokens,
      transcript_count = excluded.transcript_count, transcript_hash = excluded.transcript_hash,
      recording = excluded.recording, metrics = excluded.metrics, updated_at = excluded.updated_at
    where calls.workspace_id = excluded.workspace_id
    returning (xmax = 0) as inserted`
  if (!row) return undefined
  // A re-import replaces the whole transcript (the file is the source).
  if (!row.inserted) await tx`delete from call_transcript_entries where call_id = ${c.id}`
  await insertEntries(tx, c.id, t, 0)
  return row.inserted ? 'inserted' : 'updated'
}

/**
 * Inserts calls whose ids the callers generated, several in one statement (inbound start's group
 * commit). A room that already has its call (the agent's retry, or two starts of one room in the
 * same batch) gets that call back with `created: false`. Results in the order given.
 */
/** `now` is both the start and (for an active call) the answer time: one clock, never answered before started. */
export async function insertCallsOnce(tx: Queryable, calls: NewCall[], now: Date): Promise<{ row: CallRow; created: boolean }[]> {
  const rows = calls.map((c) => ({
    id: c.id, workspace_id: c.workspaceId, agent_id: c.agentId, agent_name: c.agentName, direction: c.direction, status: c.status,
    from_number: c.from ?? null, to_number: c.to ?? null, room_name: c.roomName, twilio_call_sid: c.twilioCallSid ?? null,
    phone_number_id: c.phoneNumberId ?? null, variables: c.variables ?? {}, outcome: c.outcome ?? null, failure_reason: c.failureReason ?? null,
    variant_id: c.variantId ?? null, started_at: now.toISOString(), answered_at: c.status === 'active' ? now.toISOString() : null,
  }))
  const inserted = await tx<CallRow[]>`
    insert into calls (id, workspace_id, agent_id, agent_name, direction, status, from_number, to_number, room_name,
      twilio_call_sid, phone_number_id, variables, outcome, failure_reason, variant_id, started_at, answered_at)
    select id, workspace_id, agent_id, agent_name, direction, status, from_number, to_number, room_name,
      twilio_call_sid, phone_number_id, variables, outcome, failure_reason, variant_id, started_at, answered_at
    from jsonb_to_recordset(${tx.json(rows as never)}) as r(id text, workspace_id text, agent_id text, agent_name text, direction text,
      status text, from_number text, to_number text, room_name text, twilio_call_sid text, phone_number_id text, variables jsonb,
      outcome text, failure_reason text, variant_id text, started_at timestamptz, answered_at timestamptz)
    on conflict (room_name) where room_name is not null do nothing
    returning *`
  const byId = new Map(inserted.map((r) => [r.id, r]))
  const missing = calls.filter((c) => !byId.has(c.id)).map((c) => c.roomName).filter((r): r is string => r !== null)
  const existing = missing.length
    ? new Map((await tx<CallRow[]>`select * from calls where room_name = any(${missing})`).map((r) => [r.room_name, r]))
    : new Map<string | null, CallRow>()
  return calls.map((c) => {
    const row = byId.get(c.id)
    return row ? { row, created: true } : { row: existing.get(c.roomName)!, created: false }
  })
}
