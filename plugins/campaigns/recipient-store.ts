import type { Queryable, Sql } from '../../src/db/connect.js'

export type RecipientStatus = 'queued' | 'dialing' | 'in_call' | 'analyzing' | 'completed' | 'failed' | 'canceled' | 'dnc' | 'skipped'

export interface RecipientRow {
  id: string
  campaign_id: string
  workspace_id: string
  phone: string
  name: string
  timezone: string | null
  variables: Record<string, unknown>
  status: RecipientStatus
  attempts: number
  next_attempt_at: Date | null
  last_outcome: string | null
  last_error: string | null
  call_ids: string[]
  current_call_id: string | null
  claimed_by: string | null
  claimed_at: Date | null
  phone_number_id: string | null
  max_attempts: number | null
  recording_enabled: boolean | null
  created_at: Date
  updated_at: Date
  /** Position in the campaign (the order recipients were added); postgres.js reads bigint as text. */
  seq: string
}

export type WorkspaceRecipientRow = RecipientRow & { agent_id: string }

export interface NewRecipient {
  id: string
  phone: string
  name: string
  timezone: string | null
  variables: Record<string, unknown>
  status: 'queued' | 'dnc'
  phoneNumberId: string | null
  maxAttempts: number | null
  recordingEnabled: boolean | null
}

export interface AttemptRow {
  attempt: number
  call_id: string
  started_at: Date
  ended_at: Date | null
  outcome: string | null
  error: string | null
}

// Rows per insert statement: 10 array parameters each, well under PostgreSQL's limits.
const INSERT_CHUNK = 5_000

/** SQL for campaign recipients and their attempts (what a client reads and adds). */
export function createRecipientStore(sql: Sql) {
  return {
    /** Recipients held against the cap; `liveOnly` (keepOpen campaigns, which grow for ever) counts those not finished. */
    async count(campaignId: string, tx: Queryable = sql, liveOnly = false) {
      const [{ n }] = await tx<{ n: number }[]>`
        select count(*)::int as n from campaign_recipients
        where campaign_id = ${campaignId} ${liveOnly ? sql`and status in ('queued', 'dialing', 'in_call', 'analyzing')` : sql``}`
      return n
    },

    /**
     * Inserts all of them in `tx`; a number already in the campaign is left as it was (in a
     * `repeatable` (keepOpen) campaign: only while that recipient is live). Returns the ids that were new.
     */
    async insertMany(tx: Queryable, campaignId: string, workspaceId: string, rows: NewRecipient[], repeatable = false) {
      const added = new Set<string>()
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        const chunk = rows.slice(i, i + INSERT_CHUNK)
        const col = <K extends keyof NewRecipient>(k: K) => chunk.map((r) => r[k])
        const inserted = await tx`
          insert into campaign_recipients (id, campaign_id, workspace_id, phone, name, timezone, variables, status,
            phone_number_id, max_attempts, recording_enabled, repeatable)
          select r.id, ${campaignId}, ${workspaceId}, r.phone, r.name, r.timezone, r.variables::jsonb, r.status,
            r.phone_number_id, r.max_attempts, r.recording_enabled::boolean, ${repeatable}
          -- recording_enabled travels as text: postgres.js sends a boolean array as one boolean.
          from rows from (unnest(${col('id')}::text[], ${col('phone')}::text[], ${col('name')}::text[], ${col('timezone') as (string | null)[]}::text[],
            ${chunk.map((r) => JSON.stringify(r.variables))}::text[], ${col('status')}::text[], ${col('phoneNumberId') as (string | null)[]}::text[],
            ${col('maxAttempts') as (number | null)[]}::int[],
            ${chunk.map((r) => (r.recordingEnabled == null ? null : String(r.recordingEnabled)))}::text[]))
            with ordinality as r(id, phone, name, timezone, variables, status, phone_number_id, max_attempts, recording_enabled, ord)
          order by r.ord
          on conflict do nothing
          returning id`
        for (const r of inserted) added.add(r.id as string)
      }
      return added
    },

    async find(campaignId: string, id: string, tx: Queryable = sql) {
      const [row] = await tx<RecipientRow[]>`select * from campaign_recipients where campaign_id = ${campaignId} and id = ${id}`
      return row
    },

    /** A recipient of any campaign of the workspace, with its campaign's agent. */
    async findInWorkspace(workspaceId: string, id: string, tx: Queryable = sql) {
      const [row] = await tx<WorkspaceRecipientRow[]>`
        select r.*, c.agent_id from campaign_recipients r join campaigns c on c.id = r.campaign_id
        where r.workspace_id = ${workspaceId} and r.id = ${id}`
      return row
    },

    /** Recipients across the workspace's campaigns, newest first (offset paging, as the dashboard's job list). */
    async listInWorkspace(workspaceId: string, f: { campaignId?: string; agentId?: string; keepOpen?: boolean; status?: string; limit: number; offset: number }) {
      return sql<WorkspaceRecipientRow[]>`
        select r.*, c.agent_id from campaign_recipients r join campaigns c on c.id = r.campaign_id
        where r.workspace_id = ${workspaceId}
          ${f.campaignId ? sql`and r.campaign_id = ${f.campaignId}` : sql``}
          ${f.agentId ? sql`and c.agent_id = ${f.agentId}` : sql``}
          ${f.keepOpen !== undefined ? sql`and c.keep_open = ${f.keepOpen}` : sql``}
          ${f.status ? sql`and r.status = ${f.status}` : sql``}
        order by r.seq desc
        limit ${f.limit} offset ${f.offset}`
    },

    /** The newest recipient of each of these numbers in the campaign (what an add created or merged into). */
    async latestByPhone(campaignId: string, phones: string[]) {
      return sql<RecipientRow[]>`
        select distinct on (phone) * from campaign_recipients
        where campaign_id = ${campaignId} and phone = any(${phones}::text[])
        order by phone, seq desc`
    },

    async list(campaignId: string, f: { status?: string; lastOutcome?: string; prefix?: string; afterSeq?: number; limit: number }) {
      return sql<RecipientRow[]>`
        select * from campaign_recipients
        where campaign_id = ${campaignId}
          ${f.status ? sql`and status = ${f.status}` : sql``}
          ${f.lastOutcome ? sql`and last_outcome = ${f.lastOutcome}` : sql``}
          ${f.prefix ? sql`and phone like ${`${f.prefix.replace(/[\\%_]/g, '\\$&')}%`}` : sql``}
          ${f.afterSeq !== undefined ? sql`and seq > ${f.afterSeq}` : sql``}
        order by seq
        limit ${f.limit + 1}`
    },

    /** One page of the results export, in the order recipients were added, with their attempts' totals. */
    async resultsPage(campaignId: string, afterSeq: number, limit: number) {
      return sql<(RecipientRow & { duration_s: number | null; cost_usd: number })[]>`
        select r.*, a.duration_s, a.cost_usd from campaign_recipients r
        left join lateral (
          select sum(duration_s)::int as duration_s, coalesce(sum(cost_usd), 0)::float8 as cost_usd
          from campaign_attempts where recipient_id = r.id) a on true
        where r.campaign_id = ${campaignId} and r.seq > ${afterSeq}
        order by r.seq limit ${limit}`
    },

    async attempts(recipientId: string) {
      return sql<AttemptRow[]>`
        select attempt, call_id, started_at, ended_at, outcome, error from campaign_attempts
        where recipient_id = ${recipientId} order by attempt`
    },

    /** Marks one recipient (not yet finished) `dnc` or `canceled`; returns it with the call it was in (dialing or in_call), if any. */
    async stop(campaignId: string, id: string, status: 'canceled' | 'dnc', reason: string, tx: Queryable = sql) {
      const [row] = await tx<(RecipientRow & { live_call_id: string | null })[]>`
        update campaign_recipients r set status = ${status}, last_error = ${reason}, next_attempt_at = null,
          current_call_id = null, claimed_by = null, claimed_at = null, updated_at = now()
        from (
          select id, case when status in ('dialing', 'in_call') then current_call_id end as live_call_id
          from campaign_recipients where campaign_id = ${campaignId} and id = ${id} for update) old
        where r.id = old.id and r.status in ('queued', 'dialing', 'in_call', 'analyzing')
        returning r.*, old.live_call_id`
      return row
    },
  }
}

export type RecipientStore = ReturnType<typeof createRecipientStore>
