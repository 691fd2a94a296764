import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { BillingStatus, UsageSummary } from '../../schemas/billing.js'
import { call } from './forward.js'
import { compatError } from './errors.js'
import { ms } from './time.js'
import { Anything, compatErrors } from './shapes.js'

interface ContractInvoiceLine {
  id: string | null
  description: string | null
  quantity: number | null
  amountUsd: number
  priceId: string | null
  periodStart: string | null
  periodEnd: string | null
}
interface ContractInvoice {
  id: string | null
  number: string | null
  status: string | null
  currency: string
  createdAt: string | null
  periodStart: string | null
  periodEnd: string | null
  totalUsd: number
  amountDueUsd: number
  hostedInvoiceUrl: string | null
  lines: ContractInvoiceLine[]
}

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

/** An invoice as the Billing page's history and "next invoice" read it. */
function invoice(i: ContractInvoice) {
  const id = i.id ?? 'upcoming'
  return {
    id,
    number: i.number,
    // The page's words: `gathering` is the invoice still collecting usage.
    status: i.status === 'upcoming' ? 'gathering' : i.status,
    currency: i.currency.toUpperCase(),
    createdAtMs: ms(i.createdAt),
    issuedAtMs: i.id ? ms(i.createdAt) : null,
    periodFromMs: ms(i.periodStart),
    periodToMs: ms(i.periodEnd),
    totalCents: cents(i.totalUsd),
    totalUsd: i.totalUsd,
    url: i.hostedInvoiceUrl,
    lines: i.lines.map((l, n) => ({
      id: l.id ?? `${id}-${n}`,
      name: l.description ?? '',
      quantity: l.quantity,
      amountCents: cents(l.amountUsd),
      amountUsd: l.amountUsd,
      details: null,
    })),
    externalIds: i.id ? { invoicing: i.id } : null,
    validationIssues: [],
  }
}

/** Stripe's preview of the next invoice, as "Stripe preview" reads it. */
function upcoming(i: ContractInvoice) {
  const lines = i.lines.map((l, n) => ({
    id: l.id ?? `line-${n}`,
    description: l.description ?? '',
    amountCents: cents(l.amountUsd),
    quantity: l.quantity,
    unitAmountCents: l.quantity ? Math.round((l.amountUsd / l.quantity) * 100 * 1e4) / 1e4 : null,
    priceId: l.priceId,
    proration: false,
    periodStart: ms(l.periodStart),
    periodEnd: ms(l.periodEnd),
  }))
  const totalCents = cents(i.totalUsd)
  const linesCents = lines.reduce((sum, l) => sum + l.amountCents, 0)
  return {
    currency: i.currency.toUpperCase(),
    totalCents,
    totalUsd: i.totalUsd,
    dueNowCents: 0,
    dueNowUsd: 0,
    nextInvoiceCents: totalCents,
    nextInvoiceUsd: i.totalUsd,
    lines,
    sums: { linesCents, matchesTotal: linesCents === totalCents },
  }
}

async function requirePaid(app: FastifyInstance, req: FastifyRequest): Promise<BillingStatus> {
  const s = await call<BillingStatus>(app, req, 'GET', '/api/billing')
  if (s.mode !== 'paid') throw compatError(402, 'upgrade_required', 'Upgrade required')
  return s
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

  app.get('/api/billing/invoices', route('dashboardBillingInvoices', 'The upcoming invoice and the history', 'Maps onto `GET /api/billing/invoices` (Stripe\'s preview and past invoices).', [400, 401, 502, 503]), async (req) => {
    const r = await call<{ upcoming: ContractInvoice | null; history: ContractInvoice[] }>(app, req, 'GET', '/api/billing/invoices')
    return { ok: true, upcoming: r.upcoming ? invoice(r.upcoming) : null, history: r.history.map(invoice) }
  })

  app.get('/api/billing/upcoming-invoice', route('dashboardUpcomingInvoice', '"Stripe preview" of the next invoice', '402 `Upgrade required` unless paid; the `upcoming` of `GET /api/billing/invoices`.', [400, 401, 402, 502, 503]), async (req) => {
    await requirePaid(app, req)
    const r = await call<{ upcoming: ContractInvoice | null }>(app, req, 'GET', '/api/billing/invoices')
    if (!r.upcoming) throw compatError(400, 'subscription_missing', 'Stripe subscription not configured')
    return upcoming(r.upcoming)
  })

  app.post('/api/billing/upgrade', route('dashboardBillingUpgrade', '"Upgrade to paid": a Checkout URL', 'Maps onto `POST /api/billing/upgrade`.', [400, 401, 403, 502, 503]), async (req) => {
    const r = await call<{ url?: string; alreadyPaid?: boolean }>(app, req, 'POST', '/api/billing/upgrade', {})
    return r.alreadyPaid ? { ok: true, alreadyPaid: true } : { ok: true, url: r.url }
  })

  app.post('/api/billing/verify-upgrade', route('dashboardBillingVerifyUpgrade', 'Back from Checkout', 'Maps onto `POST /api/billing/verify-upgrade`.', [400, 401, 403, 502, 503]), async (req) =>
    call<{ ok: boolean; status: string }>(app, req, 'POST', '/api/billing/verify-upgrade', {}),
  )

  app.post('/api/billing/ensure-subscription', route('dashboardEnsureSubscription', '"Fix Stripe setup"', '402 `Upgrade required` unless paid; maps onto `POST /api/billing/ensure-subscription`.', [400, 401, 402, 403, 502, 503]), async (req) => {
    const s = await call<BillingStatus>(app, req, 'POST', '/api/billing/ensure-subscription', {})
    // The number fee's subscription item is Stripe's business alone here: no page reads it.
    return { ok: true, workspace: { id: s.workspaceId, stripeCustomerId: s.stripe.customerId, stripeSubscriptionId: s.stripe.subscriptionId, stripePhoneNumbersItemId: null } }
  })
}
