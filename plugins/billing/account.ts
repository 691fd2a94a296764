import type { Config } from '../../src/config.js'
import { round6 } from './rate-card.js'
import type { BillingAccountRow } from './store.js'

/**
 * What a workspace's billing row means now. `unmetered` without STRIPE_SECRET_KEY (a self-hosted
 * instance: costs are shown, nothing is charged or gated but concurrency); otherwise `paid` while a
 * subscription holds (the old plans' subscriptions included), else `trial`.
 */
export type Mode = 'unmetered' | 'trial' | 'paid'

/** Subscription statuses under which the workspace is paid (past_due and unpaid within the grace period serve). */
const PAID_STATUSES = new Set(['active', 'trialing', 'past_due', 'unpaid'])
const DAY_MS = 86_400_000

export interface AccountState {
  workspaceId: string
  mode: Mode
  status: string
  /** Trial credit granted (the configured default unless an admin changed it). */
  trialCreditUsd: number
  /** What is left of it, never below 0. */
  creditUsd: number
  /** Calls open at once; null: no limit (an unmetered instance by default). */
  concurrencyLimit: number | null
  /** Past due beyond the grace period: new calls are refused like an exhausted trial. */
  pastDueBlocked: boolean
  pastDueGraceEndsAt: Date | null
  periodStart: Date
  periodEnd: Date
  /** Cost of the calls priced in this period. */
  spendUsd: number
  monthlySpendCapUsd: number | null
  row: BillingAccountRow
}

/** The current usage period: the subscription's while it runs, else the UTC calendar month of `now`. */
export function periodOf(row: BillingAccountRow, now: Date): { start: Date; end: Date } {
  if (row.current_period_start && row.current_period_end && row.current_period_end > now && row.current_period_start <= now) {
    return { start: row.current_period_start, end: row.current_period_end }
  }
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
  return { start, end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)) }
}

function defaultConcurrency(mode: Mode, billing: Config['billing']): number | null {
  if (mode === 'trial') return billing.trial.concurrency
  if (mode === 'paid') return billing.paidConcurrency
  return billing.unmeteredConcurrency > 0 ? billing.unmeteredConcurrency : null
}

export function accountState(row: BillingAccountRow, billing: Config['billing'], stripeConfigured: boolean, now: Date): AccountState {
  const mode: Mode = !stripeConfigured ? 'unmetered' : row.plan === 'paid' && PAID_STATUSES.has(row.status) ? 'paid' : 'trial'
  const trialCreditUsd = row.trial_credit_usd === null ? billing.trial.creditUsd : Number(row.trial_credit_usd)
  const pastDue = mode === 'paid' && (row.status === 'past_due' || row.status === 'unpaid')
  const graceEnds = pastDue ? new Date((row.past_due_since ?? now).getTime() + billing.pastDueGraceDays * DAY_MS) : null
  const period = periodOf(row, now)
  const spendUsd = row.spend_period_start && row.spend_period_start.getTime() === period.start.getTime() ? Number(row.spend_usd) : 0
  return {
    workspaceId: row.workspace_id,
    mode,
    status: row.status,
    trialCreditUsd,
    creditUsd: Math.max(0, round6(trialCreditUsd - Number(row.trial_used_usd))),
    concurrencyLimit: row.concurrency_limit ?? defaultConcurrency(mode, billing),
    pastDueBlocked: !!graceEnds && graceEnds.getTime() <= now.getTime(),
    pastDueGraceEndsAt: graceEnds,
    periodStart: period.start,
    periodEnd: period.end,
    spendUsd,
    monthlySpendCapUsd: row.monthly_spend_cap_usd === null ? null : Number(row.monthly_spend_cap_usd),
    row,
  }
}

/** Why a new call (or a number purchase) is refused: the HTTP answer of web and outbound starts. */
export interface Refusal {
  status: 402 | 429
  code: 'trial_credit_exhausted' | 'trial_pstn_not_allowed' | 'trial_number_purchase_not_allowed' | 'payment_past_due' | 'spend_cap_reached' | 'concurrency_limit'
  message: string
  details: Record<string, unknown>
}

export type CallKind = 'web' | 'outbound' | 'campaign' | 'inbound'

/** The money rules for a new call (concurrency is checked apart: it needs the open-call count). */
export function moneyRefusal(s: AccountState, kind: CallKind, billing: Config['billing']): Refusal | undefined {
  if (s.mode === 'unmetered') return undefined
  if (s.mode === 'trial') {
    if (kind !== 'web' && !billing.trial.allowPstn) {
      return { status: 402, code: 'trial_pstn_not_allowed', message: 'Phone calls are not available during the trial: upgrade in billing', details: { mode: s.mode } }
    }
    if (s.creditUsd <= 0) {
      return {
        status: 402, code: 'trial_credit_exhausted', message: 'The trial credit is used up: upgrade in billing to keep calling',
        details: { trialCreditUsd: s.trialCreditUsd, creditUsd: s.creditUsd },
      }
    }
    return undefined
  }
  if (s.pastDueBlocked) {
    return {
      status: 402, code: 'payment_past_due', message: 'The last invoice is unpaid and the grace period is over: update the payment method in billing',
      details: { status: s.status, graceEndedAt: s.pastDueGraceEndsAt?.toISOString() ?? null },
    }
  }
  if (s.monthlySpendCapUsd !== null && s.spendUsd >= s.monthlySpendCapUsd) {
    return {
      status: 402, code: 'spend_cap_reached', message: `This period's spend reached the workspace's cap of $${s.monthlySpendCapUsd.toFixed(2)}`,
      details: { monthlySpendCapUsd: s.monthlySpendCapUsd, spendUsd: round6(s.spendUsd), periodEnd: s.periodEnd.toISOString() },
    }
  }
  return undefined
}

export function concurrencyRefusal(limit: number | null, active: number): Refusal | undefined {
  if (limit === null || active < limit) return undefined
  return {
    status: 429, code: 'concurrency_limit', message: `The workspace allows ${limit} call${limit === 1 ? '' : 's'} at once: wait for a call to end`,
    details: { limit, active },
  }
}

export function numberPurchaseRefusal(s: AccountState, billing: Config['billing']): Refusal | undefined {
  if (s.mode !== 'trial' || billing.trial.allowNumberPurchase) return undefined
  return { status: 402, code: 'trial_number_purchase_not_allowed', message: 'Phone numbers are not available during the trial: upgrade in billing', details: { mode: s.mode } }
}
