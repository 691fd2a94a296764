import { Type, type Static } from '@sinclair/typebox'
import { IdParam, Nullable, ref, Timestamp } from './common.js'

const Usd = (description: string) => Type.Number({ description })
const LineKey = Type.String({
  description: '`voice_base_minutes`, `voice_model_upgrade_minutes`, `telephony_minutes`, `llm_token_overage_1k` or `phone_numbers`',
  examples: ['voice_base_minutes'],
})

export const BillingMode = Type.Union([Type.Literal('unmetered'), Type.Literal('trial'), Type.Literal('paid')], {
  description:
    '`unmetered`: no STRIPE_SECRET_KEY on this instance (costs shown, nothing charged, only concurrency applies); `trial`: calls draw the ' +
    'trial credit down; `paid`: pay as you go through Stripe',
})

export const RateCardMeter = Type.Object(
  {
    meter: Type.String({ description: 'The line\'s meter: the key, or `voice_model_upgrade_minutes:<model>`' }),
    key: LineKey,
    description: Type.String(),
    unit: Type.String({ examples: ['min'] }),
    unitUsd: Usd('Price per unit'),
    lookupKey: Type.String({ description: 'Lookup key of its Stripe price' }),
    eventName: Type.Optional(Type.String({ description: 'Event name of its Stripe Billing Meter (none for the monthly number fee)' })),
    model: Type.Optional(Type.String()),
  },
  { title: 'RateCardMeter' },
)

export const RateCard = Type.Object(
  {
    baseUsdPerMin: Usd('Base voice price per minute (BASE_PRICE_USD_PER_MIN), billed per second'),
    defaultLlmModel: Type.String({ description: 'DEFAULT_LLM_MODEL' }),
    llmSurchargeUsdPerMinByModel: Type.Record(Type.String(), Type.Number(), { description: 'LLM_SURCHARGE_JSON' }),
    includedTokensPerMin: Type.Number({ description: 'INCLUDED_TOKENS_PER_MIN' }),
    tokenOverageUsdPer1K: Usd('TOKEN_OVERAGE_USD_PER_1K'),
    telephonyUsdPerMin: Usd('TELEPHONY_USD_PER_MIN, before markup'),
    telephonyMarkupRate: Type.Number({ description: 'TELEPHONY_MARKUP_RATE' }),
    telephonyBilledUsdPerMin: Usd('What a phone-call minute is billed: telephony x (1 + markup)'),
    phoneNumberMonthlyFeeUsd: Usd('PHONE_NUMBER_MONTHLY_FEE_USD'),
    meters: Type.Array(RateCardMeter),
  },
  { $id: 'RateCard', title: 'RateCard' },
)

export const BillingStatus = Type.Object(
  {
    workspaceId: Type.String(),
    mode: BillingMode,
    status: Type.String({ description: 'Stripe subscription status (`active`, `past_due`, `canceled`...); `active` for a workspace that never subscribed' }),
    hasPaymentMethod: Type.Boolean(),
    trial: Type.Object({
      trialCreditUsd: Usd('Credit the trial was granted'),
      creditUsd: Usd('Credit left (never below 0), 6 decimals'),
      approxMinutesRemaining: Type.Integer({ description: 'floor(creditUsd / base price per minute)' }),
      allowPstn: Type.Boolean({ description: 'TRIAL_ALLOW_PSTN' }),
      allowNumberPurchase: Type.Boolean({ description: 'TRIAL_ALLOW_NUMBER_PURCHASE' }),
    }),
    concurrency: Type.Object({ limit: Nullable(Type.Integer({ description: 'Null: no limit (an unmetered instance unless UNMETERED_CONCURRENCY is set)' })), active: Type.Integer({ description: 'Calls open now, inbound included' }) }),
    period: Type.Object({ start: Timestamp, end: Timestamp }, { description: 'The Stripe subscription period, else the UTC calendar month' }),
    spend: Type.Object({
      spendUsd: Usd('Cost of the calls priced this period'),
      monthlySpendCapUsd: Nullable(Type.Number()),
      capReached: Type.Boolean(),
    }),
    pastDueGraceEndsAt: Nullable(Timestamp),
    stripe: Type.Object({ customerId: Nullable(Type.String()), subscriptionId: Nullable(Type.String()) }),
    rateCard: ref(RateCard),
  },
  { $id: 'BillingStatus', title: 'BillingStatus', description: 'Read from the database only (never from Stripe): cheap to poll' },
)
export type BillingStatus = Static<typeof BillingStatus>

export const UsageLine = Type.Object(
  {
    key: LineKey,
    meter: Type.String(),
    description: Type.String(),
    unit: Type.String(),
    quantity: Type.Number({ description: 'Sum of the calls\' quantities on this meter, 6 decimals' }),
    unitUsd: Type.Number(),
    amountUsd: Type.Number({ description: 'quantity x unitUsd, 6 decimals: what Stripe bills for this meter' }),
    calls: Type.Integer(),
    model: Type.Optional(Type.String()),
  },
  { title: 'UsageLine' },
)

export const UsageSummary = Type.Object(
  {
    mode: BillingMode,
    periodStart: Timestamp,
    periodEnd: Timestamp,
    lines: Type.Array(UsageLine),
    totalUsd: Usd('Sum of the line amounts (6 decimals; invoices round to cents)'),
  },
  { $id: 'UsageSummary', title: 'UsageSummary', description: 'The priced calls that ended this period, one line per meter' },
)
export type UsageSummary = Static<typeof UsageSummary>

export const InvoiceLine = Type.Object(
  {
    id: Nullable(Type.String()),
    description: Nullable(Type.String()),
    quantity: Nullable(Type.Number()),
    amountUsd: Type.Number(),
    priceId: Nullable(Type.String()),
    meter: Nullable(Type.String({ description: 'The rate card meter of the line\'s price, when it is one' })),
    periodStart: Nullable(Timestamp),
    periodEnd: Nullable(Timestamp),
  },
  { title: 'InvoiceLine' },
)

export const Invoice = Type.Object(
  {
    id: Nullable(Type.String({ description: 'Null for the upcoming invoice (a preview has no id)' })),
    number: Nullable(Type.String()),
    status: Nullable(Type.String({ description: '`upcoming` for the preview; Stripe\'s status otherwise (`draft`, `open`, `paid`, `void`...)' })),
    currency: Type.String({ examples: ['USD'] }),
    createdAt: Nullable(Timestamp),
    periodStart: Nullable(Timestamp),
    periodEnd: Nullable(Timestamp),
    totalUsd: Type.Number(),
    amountDueUsd: Type.Number(),
    hostedInvoiceUrl: Nullable(Type.String()),
    lines: Type.Array(InvoiceLine),
  },
  { $id: 'Invoice', title: 'Invoice' },
)

export const Invoices = Type.Object(
  { upcoming: Nullable(ref(Invoice)), history: Type.Array(ref(Invoice)) },
  { $id: 'Invoices', title: 'Invoices', description: 'The upcoming invoice (Stripe\'s preview) and the past ones, newest first' },
)

export const BillingSettingsBody = Type.Object(
  {
    monthlySpendCapUsd: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 10_000_000, description: 'Null removes the cap' }))),
  },
  { additionalProperties: false, examples: [{ monthlySpendCapUsd: 500 }] },
)

export const AdminWorkspaceParams = Type.Object({ workspaceId: IdParam('Workspace id') })
export const AdminBillingBody = Type.Object(
  {
    concurrencyLimit: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100_000, description: 'Null: the mode\'s default' }))),
    trialCreditUsd: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1_000_000, description: 'Null: TRIAL_CREDIT_USD' }))),
  },
  { additionalProperties: false, examples: [{ concurrencyLimit: 25 }] },
)

export const UpgradeResult = Type.Object(
  {
    url: Type.Optional(Type.String({ description: 'Stripe Checkout page to send the browser to' })),
    alreadyPaid: Type.Optional(Type.Boolean({ description: 'The workspace is paid already: no Checkout' })),
  },
  { $id: 'UpgradeResult', title: 'UpgradeResult' },
)

export const VerifyUpgradeResult = Type.Object(
  {
    ok: Type.Boolean(),
    status: Type.Union([Type.Literal('upgraded'), Type.Literal('already_paid'), Type.Literal('no_completed_session')]),
  },
  { $id: 'VerifyUpgradeResult', title: 'VerifyUpgradeResult' },
)

export const BillingRedirect = Type.Object(
  { url: Type.String({ description: 'Stripe-hosted page to send the browser to' }) },
  { $id: 'BillingRedirect', title: 'BillingRedirect' },
)
export type BillingRedirect = Static<typeof BillingRedirect>

export const StripeWebhookResult = Type.Object({
  ok: Type.Boolean(),
  duplicate: Type.Optional(Type.Boolean({ description: 'The event id was already applied: nothing changed' })),
})
