import type postgres from 'postgres'
import type { Queryable, Sql } from '../../src/db/connect.js'
import type { RecipientRow } from './recipient-store.js'
import type { CampaignRow } from './store.js'

/** A recipient this instance has just claimed for a dial, with what the dial needs. */
export interface ClaimedDial {
  recipient: RecipientRow
  campaign: CampaignRow
  callId: string
  attempt: number
}

/** Workspace-wide concurrency: its limit and the calls open now, or null when nothing limits it. */
export type WorkspaceCapacity = (workspaceId: string, tx: Queryable) => Promise<{ limit: number; active: number } | null>

/**
 * The dispatcher's SQL. Claims run per workspace under a transaction-scoped advisory lock
 * (taken with try: a busy workspace is skipped this tick, never waited on), so two instances
 * never both count the same free slots; recipients are taken with FOR UPDATE SKIP LOCKED.
 */
export function createDispatchStore(sql: Sql) {
  return {
    /** `scheduled` campaigns whose start has come; campaigns past `endAt` end, skipping who was not called. */
    async advanceSchedules(now: Date) {
      await sql`update campaigns set status = 'running', updated_at = now() where status = 'scheduled' and start_at <= ${now}`
      await sql.begin(async (tx) => {
        const ended = await tx<{ id: string }[]>`
          update campaigns set status = 'completed', completed_at = ${now}, updated_at = now()
          where status in ('scheduled', 'running', 'paused') and end_at <= ${now} returning id`
        for (const c of ended) await this.settleQueued(c.id, 'skipped', 'The campaign ended (endAt) before this recipient was called', tx)
      })
    },

    /** Running campaigns with recipients of which none can be dialled any more. */
    async completeDrained(now: Date) {
      return sql<{ id: string; workspace_id: string }[]>`
        update campaigns c set status = 'completed', completed_at = ${now}, updated_at = now()
        where c.status = 'running'
          and exists (select 1 from campaign_recipients r where r.campaign_id = c.id)
          and not exists (select 1 from campaign_recipients r where r.campaign_id = c.id and r.status in ('queued', 'dialing', 'in_call'))
        returning c.id, c.workspace_id`
    },

    async runningWorkspaces() {
      const rows = await sql<{ workspace_id: string }[]>`select distinct workspace_id from campaigns where status = 'running'`
      return rows.map((r) => r.workspace_id)
    },

    /** Claims the due recipients of one workspace's running campaigns, within every limit. */
    async claim(workspaceId: string, o: { now: Date; instanceId: string; capacity: WorkspaceCapacity; newCallId: () => string }): Promise<ClaimedDial[]> {
      return sql.begin(async (tx) => {
        const [{ locked }] = await tx<{ locked: boolean }[]>`
          select pg_try_advisory_xact_lock(hashtext(${`rapidcall.campaigns.dispatch.${workspaceId}`})) as locked`
        if (!locked) return []
        const campaigns = await tx<(CampaignRow & { live: number })[]>`
          select c.*, (select count(*) from campaign_recipients r where r.campaign_id = c.id and r.status in ('dialing', 'in_call'))::int as live
          from campaigns c where c.workspace_id = ${workspaceId} and c.status = 'running'
          order by c.started_at, c.id`
        if (!campaigns.length) return []
        const ws = await o.capacity(workspaceId, tx)
        const ownLive = campaigns.reduce((n, c) => n + c.live, 0)
        // Billing counts open calls; a claim whose call row is not written yet is counted by us.
        let available = ws ? ws.limit - Math.max(ws.active, ownLive) : Infinity
        const claimed: ClaimedDial[] = []
        for (const { live, ...campaign } of campaigns) {
          const cap = Math.min(campaign.max_concurrent - live, available)
          if (cap <= 0) continue
          const rows = await claimDue(tx, campaign, cap, o)
          available -= rows.length
          for (const r of rows) claimed.push({ recipient: r, campaign, callId: r.current_call_id!, attempt: r.attempts })
        }
        return claimed
      })
    },

    /** Queued recipients of a campaign that stops (canceled, ended) take this final status. */
    async settleQueued(campaignId: string, status: 'canceled' | 'skipped', reason: string, tx: Queryable = sql) {
      await tx`
        update campaign_recipients set status = ${status}, last_error = ${reason}, next_attempt_at = null, updated_at = now()
        where campaign_id = ${campaignId} and status = 'queued'`
    },

    /** Recipients left `dialing` past their lease (the instance that claimed them stopped). */
    async expiredDials(now: Date, leaseS: number) {
      return sql<RecipientRow[]>`
        select * from campaign_recipients
        where status = 'dialing' and claimed_at < ${new Date(now.getTime() - leaseS * 1000)}
        order by claimed_at limit 100`
    },

    /** Takes over an expired claim; false when another instance took it first or it moved on. */
    async takeOver(r: RecipientRow, instanceId: string, now: Date) {
      const rows = await sql`
        update campaign_recipients set claimed_by = ${instanceId}, claimed_at = ${now}, updated_at = now()
        where id = ${r.id} and status = 'dialing' and current_call_id = ${r.current_call_id} and claimed_at = ${r.claimed_at}
        returning id`
      return rows.length > 0
    },

    /**
     * A claimed dial that never reached the callee (refused before dialling: plan limits, the
     * instance stopped before writing the call): back to queued, the attempt given back.
     */
    async giveBack(recipientId: string, callId: string, e: { error: string; nextAttemptAt: Date | null; status?: 'queued' | 'dnc' | 'failed' | 'skipped' }) {
      await sql.begin(async (tx) => {
        const rows = await tx`
          update campaign_recipients set status = ${e.status ?? 'queued'}, attempts = attempts - 1, call_ids = array_remove(call_ids, ${callId}),
            current_call_id = null, claimed_by = null, claimed_at = null, last_error = ${e.error}, next_attempt_at = ${e.nextAttemptAt}, updated_at = now()
          where id = ${recipientId} and current_call_id = ${callId} and status = 'dialing'
          returning id`
        if (rows.length) await tx`delete from campaign_attempts where recipient_id = ${recipientId} and call_id = ${callId}`
      })
    },

    /** The recipient whose current call this is, locked for the outcome. */
    async recipientOfCall(callId: string, tx: postgres.TransactionSql) {
      const [row] = await tx<(RecipientRow & { campaign: CampaignRow })[]>`
        select r.*, to_jsonb(c.*) as campaign from campaign_recipients r join campaigns c on c.id = r.campaign_id
        where r.current_call_id = ${callId} for update of r`
      return row
    },

    async markInCall(recipientId: string, callId: string, tx: Queryable) {
      await tx`update campaign_recipients set status = 'in_call', updated_at = now() where id = ${recipientId} and current_call_id = ${callId} and status = 'dialing'`
    },

    async endAttempt(callId: string, e: { at: Date; outcome: string; error: string | null; durationS: number | null; costUsd: string | null }, tx: Queryable) {
      await tx`
        update campaign_attempts set ended_at = ${e.at}, outcome = ${e.outcome}, error = ${e.error}, duration_s = ${e.durationS}, cost_usd = ${e.costUsd}
        where call_id = ${callId} and ended_at is null`
    },

    /** The recipient after its call: done, or queued again for `nextAttemptAt`. */
    async settle(recipientId: string, callId: string, s: { status: 'queued' | 'completed' | 'failed' | 'dnc'; outcome: string; error: string | null; nextAttemptAt: Date | null }, tx: Queryable) {
      await tx`
        update campaign_recipients set status = ${s.status}, last_outcome = ${s.outcome}, last_error = ${s.error}, next_attempt_at = ${s.nextAttemptAt},
          current_call_id = null, claimed_by = null, claimed_at = null, updated_at = now()
        where id = ${recipientId} and current_call_id = ${callId}`
    },
  }
}

/** Due, queued recipients inside their local calling window, claimed for this instance. */
async function claimDue(tx: postgres.TransactionSql, c: CampaignRow, cap: number, o: { now: Date; instanceId: string; newCallId: () => string }) {
  const local = tx`(${o.now}::timestamptz at time zone coalesce(r.timezone, ${c.timezone}))`
  const start = c.window_start
  const end = c.window_end
  const inWindow =
    start < end ? tx`${local}::time >= ${start}::time and ${local}::time < ${end}::time`
    : start > end ? tx`(${local}::time >= ${start}::time or ${local}::time < ${end}::time)`
    : tx`true`
  const due = await tx<{ id: string }[]>`
    select r.id from campaign_recipients r
    where r.campaign_id = ${c.id} and r.status = 'queued' and (r.next_attempt_at is null or r.next_attempt_at <= ${o.now})
      and extract(isodow from ${local})::int = any(${c.window_days}::int[])
      and ${inWindow}
    order by r.next_attempt_at nulls first, r.seq
    limit ${cap}
    for update of r skip locked`
  if (!due.length) return []
  const ids = due.map((d) => d.id)
  const callIds = ids.map(() => o.newCallId())
  const rows = await tx<RecipientRow[]>`
    update campaign_recipients r set status = 'dialing', attempts = r.attempts + 1, current_call_id = d.call_id,
      call_ids = r.call_ids || d.call_id, claimed_by = ${o.instanceId}, claimed_at = ${o.now}, next_attempt_at = null, updated_at = now()
    from unnest(${ids}::text[], ${callIds}::text[]) as d(id, call_id)
    where r.id = d.id
    returning r.*`
  await tx`
    insert into campaign_attempts (recipient_id, attempt, campaign_id, call_id, instance_id, started_at)
    select r.id, r.attempts, ${c.id}, r.current_call_id, ${o.instanceId}, ${o.now}
    from campaign_recipients r where r.id = any(${ids}::text[])`
  return rows
}

export type DispatchStore = ReturnType<typeof createDispatchStore>
