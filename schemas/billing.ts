import { Type, type Static } from '@sinclair/typebox'
import { Nullable, Timestamp } from './common.js'

export const PlanName = Type.Union([Type.Literal('free'), Type.Literal('pro'), Type.Literal('scale')], { description: 'Plan id' })
export const PaidPlanName = Type.Union([Type.Literal('pro'), Type.Literal('scale')], { description: 'A paid plan' })

export const PlanLimitsSchema = Type.Object(
  {
    concurrentCalls: Type.Integer({ description: 'Calls open at once (web, inbound and outbound together)' }),
    monthlyMinutes: Type.Integer({ description: 'Billable minutes per billing period (each call rounded up to whole minutes)' }),
  },
  { title: 'PlanLimits' },
)

export const Billing = Type.Object(
  {
    plan: PlanName,
    status: Type.String({
      description:
        "Stripe's subscription status (`active`, `trialing`, `past_due`, `unpaid`, `canceled`, `incomplete`, ...); `active` for a workspace that never subscribed",
      examples: ['active'],
    }),
    currentPeriodStart: Timestamp,
    currentPeriodEnd: Nullable(Timestamp),
    limitsPlan: Type.Union([Type.Literal('free'), Type.Literal('pro'), Type.Literal('scale')], {
      description: 'The plan whose limits apply now: `free` when the subscription is not active (past_due beyond the grace period, canceled, unpaid...)',
    }),
    pastDueGraceEndsAt: Nullable(Timestamp),
    usage: Type.Object({
      minutes: Type.Integer({ description: 'Billable minutes of the calls that ended this period' }),
      costUsd: Type.Number({ description: 'Model and telephony cost of the calls started this period, as in /api/analytics/usage' }),
      activeCalls: Type.Integer({ description: 'Calls open now' }),
    }),
    limits: PlanLimitsSchema,
  },
  { $id: 'Billing', title: 'Billing', description: 'Plan, status, period, usage this period and the limits that apply' },
)
export type Billing = Static<typeof Billing>

export const CheckoutBody = Type.Object({ plan: PaidPlanName }, { additionalProperties: false })

export const BillingRedirect = Type.Object(
  { url: Type.String({ description: 'Stripe-hosted page to send the browser to' }) },
  { $id: 'BillingRedirect', title: 'BillingRedirect' },
)
export type BillingRedirect = Static<typeof BillingRedirect>

export const StripeWebhookResult = Type.Object({
  ok: Type.Boolean(),
  duplicate: Type.Optional(Type.Boolean({ description: 'The event id was already applied: nothing changed' })),
})
