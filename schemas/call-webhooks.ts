import { Type } from '@sinclair/typebox'
import { IdParam, ListQuery, Nullable, Timestamp } from './common.js'

export const CallWebhookEvent = Type.Union([
  Type.Literal('call_started'), Type.Literal('call_ended'), Type.Literal('call_analyzed'),
  Type.Literal('campaign_started'), Type.Literal('campaign_completed'), Type.Literal('campaign_recipient_completed'),
], { description: 'Call events, and campaign events (to the campaign agent\'s webhook URL)' })
export const DeliveryStatus = Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')], {
  description: '`pending` until delivered or given up (4xx other than 408/429, a refused URL, or 24 h of failures)',
})

export const WebhookDelivery = Type.Object(
  {
    id: Type.String(),
    eventId: Type.String({ description: 'Sent as `x-rapidcall-event-id`, the same on every attempt' }),
    event: CallWebhookEvent,
    callId: Nullable(Type.String({ description: 'Null for campaign_started and campaign_completed' })),
    agentId: Nullable(Type.String()),
    url: Type.String(),
    status: DeliveryStatus,
    attempts: Type.Integer({ description: 'Attempts made so far' }),
    lastStatusCode: Nullable(Type.Integer()),
    lastError: Nullable(Type.String()),
    nextAttemptAt: Nullable(Timestamp),
    deliveredAt: Nullable(Timestamp),
    createdAt: Timestamp,
  },
  { $id: 'WebhookDelivery', title: 'WebhookDelivery' },
)

export const WebhookDeliveryAttempt = Type.Object(
  {
    attempt: Type.Integer({ description: '1 for the first' }),
    at: Timestamp,
    durationMs: Type.Integer(),
    statusCode: Nullable(Type.Integer({ description: 'null when no answer came (network error, timeout, refused URL)' })),
    error: Nullable(Type.String()),
    nextAttemptAt: Nullable(Timestamp),
  },
  { $id: 'WebhookDeliveryAttempt', title: 'WebhookDeliveryAttempt' },
)

export const DeliveryListQuery = Type.Object(
  {
    agentId: Type.Optional(IdParam('Only deliveries of this agent')),
    event: Type.Optional(CallWebhookEvent),
    status: Type.Optional(DeliveryStatus),
    ...ListQuery,
  },
  { additionalProperties: false },
)

export const DeliveryParams = Type.Object({ id: IdParam('Delivery id') })

export const WebhookSecret = Type.Object(
  {
    secret: Type.String({ description: 'HMAC-SHA256 key (the whole string, UTF-8) of `x-rapidcall-signature`' }),
    previousSecretExpiresAt: Type.Optional(Nullable(Timestamp)),
  },
  { $id: 'WebhookSecret', title: 'WebhookSecret' },
)
