import type { Queryable, Sql } from '../../src/db/connect.js'

export type CampaignStatus = 'draft' | 'scheduled' | 'running' | 'paused' | 'completed' | 'canceled'

export interface CampaignRow {
  id: string
  workspace_id: string
  name: string
  agent_id: string
  phone_number_id: string
  status: CampaignStatus
  start_at: Date | null
  end_at: Date | null
  window_days: number[]
  /** `HH:MM:SS` as PostgreSQL prints a time. */
  window_start: string
  window_end: string
  timezone: string
  default_country: string | null
  max_concurrent: number
  max_attempts: number
  retry_on: string[]
  retry_delay_minutes: number
  retry_backoff: 'fixed' | 'exponential'
  recording_enabled: boolean
  /** Never completes by itself (see migration 043). */
  keep_open: boolean
  variables: Record<string, unknown>
  created_at: Date
  updated_at: Date
  started_at: Date | null
  completed_at: Date | null
}

/** Columns a create or update writes (snake_case, as stored). */
export type CampaignFields = Partial<Omit<CampaignRow, 'id' | 'workspace_id' | 'status' | 'created_at' | 'updated_at' | 'started_at' | 'completed_at'>>

export interface CampaignTotals {
  by_status: Record<string, number>
  by_outcome: Record<string, number>
  dials: number
  connected: number
  avg_duration_s: number | null
  cost_usd: number
}

/** SQL for the campaigns table; reads and writes by a client are scoped by workspace. */
export function createCampaignStore(sql: Sql) {
  return {
    async create(id: string, workspaceId: string, f: CampaignFields & { name: string; agent_id: string; phone_number_id: string }, tx: Queryable = sql) {
      const row = { id, workspace_id: workspaceId, ...f }
      const [created] = await tx<CampaignRow[]>`insert into campaigns ${sql(row as Record<string, unknown>, ...(Object.keys(row) as never[]))} returning *`
      return created
    },

    async find(workspaceId: string, id: string, tx: Queryable = sql) {
      const [row] = await tx<CampaignRow[]>`select * from campaigns where workspace_id = ${workspaceId} and id = ${id}`
      return row
    },

    /**
     * The workspace's oldest unfinished keepOpen campaign of this agent, under a transaction-scoped
     * lock on (workspace, agent), so two instances asking at once create one campaign, not two.
     */
    async lockedOpenCampaign(workspaceId: string, agentId: string, tx: Queryable) {
      await tx`select pg_advisory_xact_lock(hashtext(${`rapidcall.campaigns.open.${workspaceId}.${agentId}`}))`
      const [row] = await tx<CampaignRow[]>`
        select * from campaigns
        where workspace_id = ${workspaceId} and agent_id = ${agentId} and keep_open and status not in ('completed', 'canceled')
        order by created_at, id limit 1`
      return row
    },

    async list(workspaceId: string, f: { status?: string; before?: { createdAt: Date; id: string }; limit: number }) {
      return sql<CampaignRow[]>`
        select * from campaigns
        where workspace_id = ${workspaceId}
          ${f.status ? sql`and status = ${f.status}` : sql``}
          ${f.before ? sql`and (created_at, id) < (${f.before.createdAt}, ${f.before.id})` : sql``}
        order by created_at desc, id desc
        limit ${f.limit + 1}`
    },

    async update(workspaceId: string, id: string, f: CampaignFields, tx: Queryable = sql) {
      const keys = Object.keys(f) as (keyof CampaignFields)[]
      if (!keys.length) return this.find(workspaceId, id, tx)
      const [row] = await tx<CampaignRow[]>`
        update campaigns set ${sql(f as Record<string, unknown>, ...(keys as never[]))}, updated_at = now()
        where workspace_id = ${workspaceId} and id = ${id} returning *`
      return row
    },

    /** Moves the campaign from one of `from` to `to`; undefined when it is in none of them. */
    async transition(workspaceId: string, id: string, from: CampaignStatus[], to: CampaignStatus, at: Date, tx: Queryable = sql) {
      const [row] = await tx<CampaignRow[]>`
        update campaigns set status = ${to}, updated_at = now(),
          started_at = case when ${to} in ('running', 'scheduled') then coalesce(started_at, ${at}) else started_at end,
          completed_at = case when ${to} in ('completed', 'canceled') then ${at} else completed_at end
        where workspace_id = ${workspaceId} and id = ${id} and status = any(${from}::text[])
        returning *`
      return row
    },

    async remove(workspaceId: string, id: string) {
      const rows = await sql`delete from campaigns where workspace_id = ${workspaceId} and id = ${id} returning id`
      return rows.length > 0
    },

    /** Recipient counts and attempt totals of one campaign. */
    async totals(campaignId: string, tx: Queryable = sql): Promise<CampaignTotals> {
      const [row] = await tx<CampaignTotals[]>`
        select
          coalesce((select jsonb_object_agg(status, n) from (
            select status, count(*)::int as n from campaign_recipients where campaign_id = ${campaignId} group by status) s), '{}') as by_status,
          coalesce((select jsonb_object_agg(last_outcome, n) from (
            select last_outcome, count(*)::int as n from campaign_recipients
            where campaign_id = ${campaignId} and last_outcome is not null group by last_outcome) o), '{}') as by_outcome,
          a.dials, a.connected, a.avg_duration_s, a.cost_usd
        from (
          select count(*)::int as dials,
            count(*) filter (where outcome in ('answered', 'voicemail'))::int as connected,
            avg(duration_s) filter (where outcome in ('answered', 'voicemail'))::float8 as avg_duration_s,
            coalesce(sum(cost_usd), 0)::float8 as cost_usd
          from campaign_attempts where campaign_id = ${campaignId}
        ) a`
      return row
    },
  }
}

export type CampaignStore = ReturnType<typeof createCampaignStore>
