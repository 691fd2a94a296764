import { httpError } from '../../src/platform/http-error.js'
import { limitingPlan, PLANS, type PlanId } from './plans.js'
import type { BillingStore, LimitState } from './store.js'

export interface LimitReached {
  plan: PlanId
  limit: 'concurrentCalls' | 'monthlyMinutes'
  /** What the plan allows. */
  allowed: number
  /** Current usage of that limit (open calls, or minutes this period). */
  usage: number
}

/** The limit a new call would exceed, if any. */
export function limitReached(state: LimitState, graceDays: number, now = new Date()): LimitReached | undefined {
  const plan = limitingPlan({ plan: state.plan, status: state.status, pastDueSince: state.past_due_since }, graceDays, now)
  const { concurrentCalls, monthlyMinutes } = PLANS[plan].limits
  if (state.open_calls >= concurrentCalls) return { plan, limit: 'concurrentCalls', allowed: concurrentCalls, usage: state.open_calls }
  if (state.minutes >= monthlyMinutes) return { plan, limit: 'monthlyMinutes', allowed: monthlyMinutes, usage: state.minutes }
  return undefined
}

const WHAT = {
  concurrentCalls: (n: number) => `${n} concurrent call${n === 1 ? '' : 's'}`,
  monthlyMinutes: (n: number) => `${n} minutes this billing period`,
}

/**
 * Plan limits for new calls. Each check is one statement (plan row + open-call count), which
 * keeps the inbound path fast; two calls starting in the same instant can both pass it, so a
 * limit can be exceeded by the calls racing for the last slot.
 */
export function createCallLimits(store: BillingStore, graceDays: number) {
  return {
    /** Web and outbound calls: 402 `plan_limit_reached` with the limit and the current usage. */
    async enforce(workspaceId: string): Promise<void> {
      const reached = limitReached(await store.limitState(workspaceId), graceDays)
      if (!reached) return
      const { plan, limit, allowed, usage } = reached
      throw httpError(
        402,
        'plan_limit_reached',
        `The ${PLANS[plan].name} plan allows ${WHAT[limit](allowed)}: upgrade in billing or wait for calls to end`,
        { plan, limit, allowed, usage },
      )
    },

    /** Inbound calls: the limit reached, if any (the caller then hears the over-capacity fallback). */
    async check(workspaceId: string, opts: { excludeRoom?: string } = {}): Promise<LimitReached | undefined> {
      return limitReached(await store.limitState(workspaceId, opts), graceDays)
    },
  }
}

export type CallLimits = ReturnType<typeof createCallLimits>
