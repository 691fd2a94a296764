import type { FastifyInstance } from 'fastify'
import type { BillingStatus } from '../../schemas/billing.js'
import { round6, type RateCard } from './rate-card.js'

/** GET /api/billing's body, from the database only (the dashboard polls it). */
export async function billingStatus(app: FastifyInstance, rateCard: RateCard, workspaceId: string): Promise<BillingStatus> {
  const { billing } = app.config
  const [{ limit, active }, state] = await Promise.all([app.billing.concurrency(workspaceId), app.billing.state(workspaceId)])
  const { row } = state
  return {
    workspaceId,
    mode: state.mode,
    status: row.status,
    hasPaymentMethod: row.has_payment_method,
    trial: {
      trialCreditUsd: state.trialCreditUsd,
      creditUsd: state.creditUsd,
      approxMinutesRemaining: rateCard.baseUsdPerMin > 0 ? Math.floor(state.creditUsd / rateCard.baseUsdPerMin) : 0,
      allowPstn: billing.trial.allowPstn,
      allowNumberPurchase: billing.trial.allowNumberPurchase,
    },
    concurrency: { limit, active },
    period: { start: state.periodStart.toISOString(), end: state.periodEnd.toISOString() },
    spend: {
      spendUsd: round6(state.spendUsd),
      monthlySpendCapUsd: state.monthlySpendCapUsd,
      capReached: state.monthlySpendCapUsd !== null && state.spendUsd >= state.monthlySpendCapUsd,
    },
    pastDueGraceEndsAt: state.pastDueGraceEndsAt?.toISOString() ?? null,
    stripe: { customerId: row.stripe_customer_id, subscriptionId: row.stripe_subscription_id },
    rateCard,
  }
}

