import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { BillingStatus, UsageSummary } from '../../schemas/billing.js'
import { call } from './forward.js'
import { ms } from './time.js'
import { Anything, compatErrors } from './shapes.js'

const cents = (usd: number) => Math.round(usd * 100)
const round2 = (usd: number) => Math.round(usd * 100) / 100

/** The status the Shell's plan widget and the Billing page read (cheap: the contract reads the database only). */
function status(s: BillingStatus) {
  const r = s.rateCard
  const paid = s.mode === 'paid'
  return {
    workspaceId: s.workspaceId,
    // The pages know two modes: an instance without Stripe (`unmetered`) charges nothing, which is not a trial.
    mode: s.mode === 'trial' ? 'trial' : 'paid',
    isTrial: s.mode === 'trial',
    isPaid: paid,
    hasPaymentMethod: s.hasPaymentMethod,
    telephonyEnabled: s.mode !== 'trial' || s.trial.allowPstn,
    stripe: s.stripe,
    trial: {
      creditUsd: round2(s.trial.creditUsd),
      approxMinutesRemaining: s.trial.approxMinutesRemaining,
      allowPstn: s.trial.allowPstn,
      allowNumberPurchase: s.trial.allowNumberPurchase,
    },
    pricing: {
      baseUsdPerMin: r.baseUsdPerMin,
      defaultLlmModel: r.defaultLlmModel,
      includedTokensPerMin: r.includedTokensPerMin,
      tokenOverageUsdPer1K: r.tokenOverageUsdPer1K,
      llmSurchargeUsdPerMinByModel: r.llmSurchargeUsdPerMinByModel,
      telephonyUsdPerMin: r.telephonyUsdPerMin,
      telephonyMarkupRate: r.telephonyMarkupRate,
      phoneNumberMonthlyFeeUsd: r.phoneNumberMonthlyFeeUsd,
      stripePrices: null,
    },
  }
}

function usage(u: UsageSummary) {
  const lines = u.lines.map((l) => ({
    key: l.key,
    description: l.description,
    unit: l.unit,
    quantity: l.quantity,
    unitAmountCents: l.unitUsd * 100,
    amountCents: cents(l.amountUsd),
    priceId: null,
  }))
  return {
    ok: true,
    periodStartMs: ms(u.periodStart),
    periodEndMs: ms(u.periodEnd),
    totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
    totalUsd: round2(u.totalUsd),
    lines,
  }
}




const route = (operationId: string, summary: string, description: string, codes: number[]) => ({
  schema: { tags: ['billing'], operationId, summary, description, response: { 200: Anything, ...compatErrors(...codes) } },
})

export default async function billingRoutes(app: FastifyInstance) {
  app.get('/api/billing/status', route('dashboardBillingStatus', 'Plan, credit and prices', 'Maps onto `GET /api/billing`; `unmetered` shows as `paid` (nothing is charged, and it is no trial).', [401]), async (req) =>
    status(await call<BillingStatus>(app, req, 'GET', '/api/billing')),
  )

  app.get(
    '/api/billing/usage-summary',
    {
      schema: {
        ...route('dashboardBillingUsageSummary', 'This period\'s usage, one line per meter', 'Maps onto `GET /api/billing/usage` (amounts in cents).', [400, 401]).schema,
        querystring: Type.Object({ debug: Type.Optional(Type.String({ maxLength: 8 })) }, { additionalProperties: true }),
      },
    },
    async (req) => usage(await call<UsageSummary>(app, req, 'GET', '/api/billing/usage')),
  )
}
