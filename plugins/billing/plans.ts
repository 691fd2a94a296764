import type { Config } from '../../src/config.js'

/** Every plan the API knows, and what each allows. The only place plan limits are defined. */
export const PLAN_IDS = ['free', 'pro', 'scale'] as const
export type PlanId = (typeof PLAN_IDS)[number]
export type PaidPlanId = Exclude<PlanId, 'free'>

export interface PlanLimits {
  /** Calls open at once (created, ringing or active), web, inbound and outbound together. */
  concurrentCalls: number
  /** Billable minutes (each call rounded up) per billing period: the Stripe period, or the UTC calendar month on free. */
  monthlyMinutes: number
}

export interface Plan {
  id: PlanId
  name: string
  limits: PlanLimits
  /** The environment variable holding the plan's recurring Stripe price. */
  priceEnv?: 'STRIPE_PRICE_PRO' | 'STRIPE_PRICE_SCALE'
}

export const PLANS: Readonly<Record<PlanId, Plan>> = Object.freeze({
  free: { id: 'free', name: 'Free', limits: { concurrentCalls: 1, monthlyMinutes: 60 } },
  pro: { id: 'pro', name: 'Pro', limits: { concurrentCalls: 5, monthlyMinutes: 2000 }, priceEnv: 'STRIPE_PRICE_PRO' },
  scale: { id: 'scale', name: 'Scale', limits: { concurrentCalls: 25, monthlyMinutes: 20000 }, priceEnv: 'STRIPE_PRICE_SCALE' },
})

export const PAID_PLAN_IDS: readonly PaidPlanId[] = ['pro', 'scale']

export const isPlanId = (v: unknown): v is PlanId => typeof v === 'string' && (PLAN_IDS as readonly string[]).includes(v)

/** The recurring price of a paid plan, or undefined when its variable is unset. */
export function priceOf(billing: Config['billing'], plan: PaidPlanId): string | undefined {
  return billing.prices[plan]
}

/** Which plan a subscription is on, from its items' prices; undefined when none is a plan price. */
export function planOfPrices(billing: Config['billing'], priceIds: readonly string[]): PaidPlanId | undefined {
  // Scale first: a subscription carrying both (a mid-upgrade proration) is on the larger plan.
  for (const plan of ['scale', 'pro'] as const) {
    const price = billing.prices[plan]
    if (price && priceIds.includes(price)) return plan
  }
  return undefined
}

/** Stripe statuses under which the subscribed plan applies (past_due too, for the grace period). */
const SERVING = new Set(['active', 'trialing'])

/**
 * The plan whose limits apply now: the subscribed plan while the subscription is active or
 * trialing, or past_due for less than the grace period; free otherwise (unpaid, canceled,
 * incomplete, paused, or past_due beyond the grace period).
 */
export function limitingPlan(
  account: { plan: PlanId; status: string; pastDueSince: Date | null },
  graceDays: number,
  now = new Date(),
): PlanId {
  if (account.plan === 'free') return 'free'
  if (SERVING.has(account.status)) return account.plan
  if (account.status === 'past_due') {
    const since = account.pastDueSince ?? now
    return now.getTime() - since.getTime() < graceDays * 86_400_000 ? account.plan : 'free'
  }
  return 'free'
}

/** When a past_due workspace stops getting its plan's limits; null when not past_due. */
export function graceEndsAt(account: { status: string; pastDueSince: Date | null }, graceDays: number): Date | null {
  if (account.status !== 'past_due' || !account.pastDueSince) return null
  return new Date(account.pastDueSince.getTime() + graceDays * 86_400_000)
}

/** Billable minutes of one call: whole minutes, rounded up (61 s is 2 minutes; 0 s is 0). */
export const billableMinutes = (durationS: number | null | undefined): number => Math.max(0, Math.ceil((durationS ?? 0) / 60))
