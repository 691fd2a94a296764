import type postgres from 'postgres'
import type { Queryable, Sql } from '../../src/db/connect.js'
import type { PlanId } from './plans.js'

export interface BillingAccountRow {
  workspace_id: string
  plan: PlanId
  status: string
  stripe_customer_id: string | null
  stripe_subscription_id: string | null
  subscription_created_at: Date | null
  subscription_event_at: Date | null
  subscription_event_rank: number | null
  current_period_start: Date | null
  current_period_end: Date | null
  past_due_since: Date | null
}

/** A workspace's billing as the API shows it; `period_start` and `minutes` are computed for now. */
export interface BillingView extends BillingAccountRow {
  period_start: Date
  minutes: number
}

/** What a limit check needs, read in one statement. */
export interface LimitState {
  plan: PlanId
  status: string
  past_due_since: Date | null
  minutes: number
  open_calls: number
}

/** A subscription snapshot to store, with the version (event time, rank) it was taken at. */
export interface SubscriptionState {
  plan: PlanId
  status: string
  subscriptionId: string
  subscriptionCreatedAt: Date
  currentPeriodStart: Date | null
  currentPeriodEnd: Date | null
  eventAt: Date
  eventRank: number
}

/**
 * Calls open longer than this are not counted against the concurrent-call limit: a call whose end
 * was never reported (its room's webhook lost) must not hold a slot forever.
 */
export const OPEN_CALL_MAX_AGE_HOURS = 6

const ACCOUNT_COLUMNS = [
  'workspace_id', 'plan', 'status', 'stripe_customer_id', 'stripe_subscription_id', 'subscription_created_at',
  'subscription_event_at', 'subscription_event_rank', 'current_period_start', 'current_period_end', 'past_due_since',
]

/**
 * SQL of billing_accounts and billing_usage. Also counts a workspace's open calls (read-only, on
 * the partial index 010 adds): the limit check must read the plan and that count in one round trip.
 */
export function createBillingStore(sql: Sql) {
  // The current usage period: the subscription's period while it runs, else the UTC calendar month.
  const periodStart = (q: Queryable, t: string) => q`
    case when ${q(t)}.current_period_start is not null and ${q(t)}.current_period_end > now()
      then ${q(t)}.current_period_start else date_trunc('month', now(), 'UTC') end`

  return {
    /** The workspace's billing now; a workspace without a row is free, active, with no usage. */
    async view(workspaceId: string): Promise<BillingView> {
      const [row] = await sql<BillingView[]>`
        select ${sql(ACCOUNT_COLUMNS.map((c) => `b.${c}`))},
          ${periodStart(sql, 'b')} as period_start,
          case when b.usage_period_start = ${periodStart(sql, 'b')} then b.usage_minutes else 0 end as minutes
        from billing_accounts b where b.workspace_id = ${workspaceId}`
      if (row) return row
      const [{ start }] = await sql<{ start: Date }[]>`select date_trunc('month', now(), 'UTC') as start`
      return {
        workspace_id: workspaceId, plan: 'free', status: 'active', stripe_customer_id: null, stripe_subscription_id: null,
        subscription_created_at: null, subscription_event_at: null, subscription_event_rank: null,
        current_period_start: null, current_period_end: null, past_due_since: null, period_start: start, minutes: 0,
      }
    },

    /** Plan, status, minutes this period and open calls of a workspace: one indexed statement (call starts run it). */
    async limitState(workspaceId: string, opts: { excludeRoom?: string } = {}): Promise<LimitState> {
      const [row] = await sql<LimitState[]>`
        select coalesce(b.plan, 'free') as plan, coalesce(b.status, 'active') as status, b.past_due_since,
          case when b.usage_period_start = ${periodStart(sql, 'b')} then b.usage_minutes else 0 end as minutes,
          (select count(*)::int from calls c
            where c.workspace_id = ${workspaceId} and c.status in ('created', 'ringing', 'active')
              and c.started_at > now() - make_interval(hours => ${OPEN_CALL_MAX_AGE_HOURS})
              and c.outcome is distinct from 'over_capacity'
              ${opts.excludeRoom ? sql`and c.room_name is distinct from ${opts.excludeRoom}` : sql``}) as open_calls
        from (values (1)) as one (x) left join billing_accounts b on b.workspace_id = ${workspaceId}`
      return { ...row, minutes: row.minutes ?? 0 }
    },

    /**
     * The workspace's row, created if missing and locked until `tx` ends: Stripe webhooks of one
     * workspace serialize on it. Undefined when the workspace does not exist (deleted).
     */
    async lock(tx: postgres.TransactionSql, workspaceId: string): Promise<BillingAccountRow | undefined> {
      await tx`
        insert into billing_accounts (workspace_id) select id from workspaces where id = ${workspaceId}
        on conflict (workspace_id) do nothing`
      const [row] = await tx<BillingAccountRow[]>`
        select ${tx(ACCOUNT_COLUMNS)} from billing_accounts where workspace_id = ${workspaceId} for update`
      return row
    },

    async workspaceOfCustomer(customerId: string, tx: Queryable = sql): Promise<string | undefined> {
      const [row] = await tx<{ workspace_id: string }[]>`
        select workspace_id from billing_accounts where stripe_customer_id = ${customerId}`
      return row?.workspace_id
    },

    /** Links a customer unless the workspace has one; returns the workspace's customer (undefined: no such workspace). */
    async linkCustomer(workspaceId: string, customerId: string): Promise<string | undefined> {
      const link = () => sql<{ stripe_customer_id: string }[]>`
        insert into billing_accounts (workspace_id, stripe_customer_id) select id, ${customerId} from workspaces where id = ${workspaceId}
        on conflict (workspace_id) do update set
          stripe_customer_id = coalesce(billing_accounts.stripe_customer_id, excluded.stripe_customer_id), updated_at = now()
        returning stripe_customer_id`
      const [row] = await link().catch((err: { code?: string; constraint_name?: string }) => {
        // Racing requests get the same customer from Stripe (same idempotency key). When both insert
        // the workspace's first row at once, the loser trips the customer id's unique index before
        // ON CONFLICT (workspace_id) sees the winner's row; once it has committed, the upsert finds it.
        if (err.code === '23505' && err.constraint_name === 'billing_accounts_customer_key') return link()
        throw err
      })
      return row?.stripe_customer_id
    },

    /** Links the Stripe customer once; a workspace keeps its first customer. */
    async setCustomer(tx: Queryable, workspaceId: string, customerId: string) {
      await tx`
        update billing_accounts set stripe_customer_id = coalesce(stripe_customer_id, ${customerId}), updated_at = now()
        where workspace_id = ${workspaceId}`
    },

    async applySubscription(tx: Queryable, workspaceId: string, s: SubscriptionState, pastDueSince: Date | null) {
      await tx`
        update billing_accounts set
          plan = ${s.plan}, status = ${s.status},
          stripe_subscription_id = ${s.subscriptionId}, subscription_created_at = ${s.subscriptionCreatedAt},
          subscription_event_at = ${s.eventAt}, subscription_event_rank = ${s.eventRank},
          current_period_start = ${s.currentPeriodStart}, current_period_end = ${s.currentPeriodEnd},
          past_due_since = ${pastDueSince}, updated_at = now()
        where workspace_id = ${workspaceId}`
    },

    /** A status change learnt from an invoice (payment failed or paid), as a version of the subscription state. */
    async setStatus(tx: Queryable, workspaceId: string, s: { status: string; eventAt: Date; eventRank: number; pastDueSince: Date | null }) {
      await tx`
        update billing_accounts set status = ${s.status}, subscription_event_at = ${s.eventAt}, subscription_event_rank = ${s.eventRank},
          past_due_since = ${s.pastDueSince}, updated_at = now()
        where workspace_id = ${workspaceId}`
    },

    /**
     * Counts an ended call's minutes once (the call id is the key) into the workspace's period
     * counter. Returns the account's Stripe ids when the call was counted now, undefined for a repeat.
     */
    async recordUsage(tx: Queryable, u: { callId: string; workspaceId: string; minutes: number; endedAt: Date }) {
      const [row] = await tx<{ stripe_customer_id: string | null; stripe_subscription_id: string | null; status: string }[]>`
        with counted as (
          insert into billing_usage (call_id, workspace_id, minutes, ended_at)
          values (${u.callId}, ${u.workspaceId}, ${u.minutes}, ${u.endedAt})
          on conflict (call_id) do nothing
          returning minutes
        )
        insert into billing_accounts as b (workspace_id, usage_period_start, usage_minutes)
        select ${u.workspaceId}, date_trunc('month', now(), 'UTC'), minutes from counted
        on conflict (workspace_id) do update set
          usage_minutes = case when b.usage_period_start = ${periodStart(tx, 'b')} then b.usage_minutes + excluded.usage_minutes
                               else excluded.usage_minutes end,
          usage_period_start = ${periodStart(tx, 'b')},
          updated_at = now()
        returning b.stripe_customer_id, b.stripe_subscription_id, b.status`
      return row
    },

    async markReported(callId: string) {
      await sql`update billing_usage set reported_at = coalesce(reported_at, now()), report_error = null where call_id = ${callId}`
    },

    async markReportFailed(callId: string, error: string) {
      await sql`update billing_usage set report_error = ${error.slice(0, 1000)} where call_id = ${callId} and reported_at is null`
    },
  }
}

export type BillingStore = ReturnType<typeof createBillingStore>
