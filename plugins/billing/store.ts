import type postgres from 'postgres'
import type { Queryable, Sql } from '../../src/db/connect.js'
import type { CostLine } from './rate-card.js'

export type Plan = 'trial' | 'paid'
export type ChargedTo = 'trial' | 'paid' | 'unmetered'

export interface BillingAccountRow {
  workspace_id: string
  plan: Plan
  status: string
  stripe_customer_id: string | null
  stripe_subscription_id: string | null
  subscription_created_at: Date | null
  subscription_event_at: Date | null
  subscription_event_rank: number | null
  current_period_start: Date | null
  current_period_end: Date | null
  past_due_since: Date | null
  trial_credit_usd: string | null
  trial_used_usd: string
  concurrency_limit: number | null
  monthly_spend_cap_usd: string | null
  spend_period_start: Date | null
  spend_usd: string
  has_payment_method: boolean
}

/** A subscription snapshot to store, with the version (event time, rank) it was taken at. */
export interface SubscriptionState {
  plan: Plan
  status: string
  subscriptionId: string
  subscriptionCreatedAt: Date
  currentPeriodStart: Date | null
  currentPeriodEnd: Date | null
  eventAt: Date
  eventRank: number
}

export interface CallCostRow {
  call_id: string
  workspace_id: string
  charged_to: ChargedTo
  ended_at: Date
  model: string | null
  total_usd: string
  final: boolean
}

export interface CallLineRow {
  call_id: string
  meter: string
  key: string
  quantity: string
  unit_usd: string
  amount_usd: string
  reported_at: Date | null
}

export interface PeriodLineRow {
  meter: string
  key: string
  quantity: string
  amount_usd: string
  calls: number
}

const ACCOUNT_COLUMNS = [
  'workspace_id', 'plan', 'status', 'stripe_customer_id', 'stripe_subscription_id', 'subscription_created_at',
  'subscription_event_at', 'subscription_event_rank', 'current_period_start', 'current_period_end', 'past_due_since',
  'trial_credit_usd', 'trial_used_usd', 'concurrency_limit', 'monthly_spend_cap_usd', 'spend_period_start', 'spend_usd',
  'has_payment_method',
]

/** A workspace without a row: a trial that has not spent anything yet. */
export function emptyAccount(workspaceId: string): BillingAccountRow {
  return {
    workspace_id: workspaceId, plan: 'trial', status: 'active', stripe_customer_id: null, stripe_subscription_id: null,
    subscription_created_at: null, subscription_event_at: null, subscription_event_rank: null, current_period_start: null,
    current_period_end: null, past_due_since: null, trial_credit_usd: null, trial_used_usd: '0', concurrency_limit: null,
    monthly_spend_cap_usd: null, spend_period_start: null, spend_usd: '0', has_payment_method: false,
  }
}

/** SQL of billing_accounts, billing_call_costs and billing_call_lines (the billing domain's tables). */
export function createBillingStore(sql: Sql) {
  return {
    /** The workspace's billing row; a workspace without one gets the empty trial account. */
    async account(workspaceId: string, tx: Queryable = sql): Promise<BillingAccountRow> {
      const [row] = await tx<BillingAccountRow[]>`select ${tx(ACCOUNT_COLUMNS)} from billing_accounts where workspace_id = ${workspaceId}`
      return row ?? emptyAccount(workspaceId)
    },

    /**
     * The workspace's row, created if missing and locked until `tx` ends: Stripe webhooks and call
     * pricing of one workspace serialize on it. Undefined when the workspace does not exist (deleted).
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

    async setPaymentMethod(tx: Queryable, workspaceId: string) {
      await tx`update billing_accounts set has_payment_method = true, updated_at = now() where workspace_id = ${workspaceId}`
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

    /** Admin and owner settings; undefined leaves a field as it is, null resets it to the default. */
    async updateSettings(
      workspaceId: string,
      s: { concurrencyLimit?: number | null; trialCreditUsd?: number | null; monthlySpendCapUsd?: number | null },
    ): Promise<boolean> {
      const set = (v: unknown) => v !== undefined
      const [row] = await sql`
        insert into billing_accounts (workspace_id) select id from workspaces where id = ${workspaceId}
        on conflict (workspace_id) do update set updated_at = now()
        returning workspace_id`
      if (!row) return false
      await sql`
        update billing_accounts set
          concurrency_limit = case when ${set(s.concurrencyLimit)}::boolean then ${s.concurrencyLimit ?? null}::int else concurrency_limit end,
          trial_credit_usd = case when ${set(s.trialCreditUsd)}::boolean then ${s.trialCreditUsd ?? null}::numeric else trial_credit_usd end,
          monthly_spend_cap_usd = case when ${set(s.monthlySpendCapUsd)}::boolean then ${s.monthlySpendCapUsd ?? null}::numeric else monthly_spend_cap_usd end,
          updated_at = now()
        where workspace_id = ${workspaceId}`
      return true
    },

    /** The call's stored cost, locked until `tx` ends (pricing runs of one call queue up). */
    async lockCost(tx: postgres.TransactionSql, callId: string): Promise<{ cost?: CallCostRow; lines: CallLineRow[] }> {
      const [cost] = await tx<CallCostRow[]>`select * from billing_call_costs where call_id = ${callId} for update`
      if (!cost) return { lines: [] }
      const lines = await tx<CallLineRow[]>`
        select call_id, meter, key, quantity, unit_usd, amount_usd, reported_at from billing_call_lines where call_id = ${callId} order by meter`
      return { cost, lines }
    },

    /** Writes a call's cost and replaces its lines (callers never replace a line already reported). */
    async saveCost(
      tx: postgres.TransactionSql,
      c: { callId: string; workspaceId: string; chargedTo: ChargedTo; endedAt: Date; model: string | null; totalUsd: number; final: boolean },
      lines: CostLine[],
    ) {
      await tx`
        insert into billing_call_costs (call_id, workspace_id, charged_to, ended_at, model, total_usd, final)
        values (${c.callId}, ${c.workspaceId}, ${c.chargedTo}, ${c.endedAt}, ${c.model}, ${c.totalUsd}, ${c.final})
        on conflict (call_id) do update set
          model = excluded.model, total_usd = excluded.total_usd, final = billing_call_costs.final or excluded.final, priced_at = now()`
      await tx`delete from billing_call_lines where call_id = ${c.callId}`
      if (lines.length) {
        await tx`insert into billing_call_lines ${tx(lines.map((l) => ({
          call_id: c.callId, meter: l.meter, key: l.key, workspace_id: c.workspaceId, ended_at: c.endedAt,
          quantity: l.quantity, unit_usd: l.unitUsd, amount_usd: l.amountUsd,
        })))}`
      }
    },

    async markFinal(tx: Queryable, callId: string) {
      await tx`update billing_call_costs set final = true where call_id = ${callId}`
    },

    /**
     * Adds a pricing change to the workspace's counters: the trial's used credit (calls charged to
     * the trial) and the spend of the period starting at `periodStart` (restarting it when the
     * period changed). Returns the period spend before and after.
     */
    async addSpend(tx: Queryable, workspaceId: string, d: { deltaUsd: number; trial: boolean; periodStart: Date }) {
      const [row] = await tx<{ before: string; after: string }[]>`
        with prior as (
          select case when spend_period_start = ${d.periodStart} then spend_usd else 0 end as spend
          from billing_accounts where workspace_id = ${workspaceId}
        )
        update billing_accounts b set
          trial_used_usd = greatest(0, b.trial_used_usd + ${d.trial ? d.deltaUsd : 0}::numeric),
          spend_usd = greatest(0, prior.spend + ${d.deltaUsd}::numeric),
          spend_period_start = ${d.periodStart},
          updated_at = now()
        from prior where b.workspace_id = ${workspaceId}
        returning prior.spend as before, b.spend_usd as after`
      return { before: Number(row?.before ?? 0), after: Number(row?.after ?? 0) }
    },

    /** Per meter, the lines of the workspace's calls that ended in [from, to). */
    async periodLines(workspaceId: string, from: Date, to: Date): Promise<PeriodLineRow[]> {
      return sql<PeriodLineRow[]>`
        select meter, min(key) as key, sum(quantity) as quantity, sum(amount_usd) as amount_usd, count(*)::int as calls
        from billing_call_lines
        where workspace_id = ${workspaceId} and ended_at >= ${from} and ended_at < ${to}
        group by meter order by meter`
    },

    /** Records a Stripe event id in `tx`; false when it was recorded before (a replay or a concurrent duplicate). */
    async recordStripeEvent(tx: Queryable, eventId: string, eventType: string): Promise<boolean> {
      const [row] = await tx`
        insert into webhook_events (source, event_id, event_type) values ('stripe', ${eventId}, ${eventType})
        on conflict do nothing returning event_id`
      return !!row
    },

    async markReported(callId: string, meter: string) {
      await sql`
        update billing_call_lines set reported_at = coalesce(reported_at, now()), report_error = null
        where call_id = ${callId} and meter = ${meter}`
    },

    async markReportFailed(callId: string, meter: string, error: string) {
      await sql`
        update billing_call_lines set report_error = ${error.slice(0, 1000)}
        where call_id = ${callId} and meter = ${meter} and reported_at is null`
    },
  }
}

export type BillingStore = ReturnType<typeof createBillingStore>
