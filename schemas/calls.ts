import { Type, type Static } from '@sinclair/typebox'
import { IdParam, ListQuery, Nullable, Timestamp, ref } from './common.js'
import { CallAnalysis, LABEL_MAX_LENGTH, SENTIMENTS } from './analysis.js'

export const CallDirection = Type.Union([Type.Literal('inbound'), Type.Literal('outbound'), Type.Literal('web')])
export const CallStatus = Type.Union([Type.Literal('created'), Type.Literal('ringing'), Type.Literal('active'), Type.Literal('ended'), Type.Literal('failed')])

export const Recording = Type.Object(
  {
    status: Type.String({ description: '`recording`, `ready`, `failed`, or `none`' }),
    url: Type.Optional(Type.String({ description: 'Where the API streams it from' })),
    egressId: Type.Optional(Type.String()),
    sizeBytes: Type.Optional(Type.Number()),
    durationS: Type.Optional(Type.Number()),
    error: Type.Optional(Type.String()),
  },
  { additionalProperties: true },
)

export const CallMetrics = Type.Object(
  {
    usage: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    models: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    latency: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    normalized: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    telephony: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    promptTokens: Type.Integer(),
    completionTokens: Type.Integer(),
    tokensTotal: Type.Integer(),
    costUsd: Type.Number(),
    latencyP50Ms: Nullable(Type.Number()),
    latencyP95Ms: Nullable(Type.Number()),
  },
  { additionalProperties: true, description: 'Merged metrics snapshot plus derived totals' },
)

export const TranscriptEntry = Type.Record(Type.String(), Type.Unknown(), {
  description: 'As the agent sent it: `{speaker, role, text}` or `{kind, toolCallId, toolName, input|result}`; extra keys kept',
})

export const CallCostLine = Type.Object(
  {
    key: Type.String({ description: '`voice_base_minutes`, `voice_model_upgrade_minutes`, `telephony_minutes` or `llm_token_overage_1k`' }),
    meter: Type.String({ description: 'The Stripe meter it is reported to: the key, or `voice_model_upgrade_minutes:<model>`' }),
    description: Type.String(),
    quantity: Type.Number({ description: 'Minutes (billed per second) or thousands of tokens, 6 decimals' }),
    unit: Type.String({ examples: ['min'] }),
    unitUsd: Type.Number(),
    amountUsd: Type.Number({ description: 'quantity x unitUsd, 6 decimals (only invoices round)' }),
    model: Type.Optional(Type.String()),
  },
  { title: 'CallCostLine' },
)

export const CallCost = Type.Object(
  {
    totalUsd: Type.Number({ description: 'Sum of the lines, 6 decimals' }),
    lines: Type.Array(CallCostLine),
    model: Nullable(Type.String({ description: 'The LLM model the call was priced with' })),
    chargedTo: Type.Union([Type.Literal('trial'), Type.Literal('paid'), Type.Literal('unmetered')], {
      description: '`trial`: drawn from the trial credit; `paid`: reported to Stripe; `unmetered`: shown only (no Stripe configured)',
    }),
    final: Type.Boolean({ description: 'False until the call\'s metrics are final (post-call analysis ended, or a few minutes after the end)' }),
  },
  { title: 'CallCost', description: 'What the call costs by the rate card; null until it has ended and been priced' },
)
export type CallCost = Static<typeof CallCost>

export const Call = Type.Object(
  {
    id: Type.String(),
    agentId: Nullable(Type.String()),
    agentName: Nullable(Type.String()),
    direction: CallDirection,
    status: CallStatus,
    outcome: Nullable(Type.String()),
    from: Nullable(Type.String()),
    to: Nullable(Type.String()),
    roomName: Nullable(Type.String()),
    startedAt: Timestamp,
    answeredAt: Nullable(Timestamp),
    endedAt: Nullable(Timestamp),
    durationS: Nullable(Type.Integer()),
    recording: Recording,
    metrics: CallMetrics,
    variables: Type.Record(Type.String(), Type.Unknown()),
    cost: Nullable(CallCost),
    variantId: Nullable(Type.String({ description: 'The agent\'s A/B variant this call ran; null: the agent itself' })),
    analysis: Nullable(ref(CallAnalysis)),
    transcript: Type.Optional(Type.Array(TranscriptEntry)),
  },
  { $id: 'Call', title: 'Call' },
)
export type Call = Static<typeof Call>

const IsoDate = Type.String({ format: 'date-time', description: 'ISO-8601' })

export const CallListQuery = Type.Object(
  {
    agentId: Type.Optional(IdParam('Only calls of this agent')),
    variantId: Type.Optional(IdParam('Only calls that ran this A/B variant')),
    direction: Type.Optional(CallDirection),
    status: Type.Optional(CallStatus),
    since: Type.Optional(IsoDate),
    until: Type.Optional(IsoDate),
    successful: Type.Optional(Type.Boolean({ description: 'Only calls whose analysis judged them successful (true) or not (false)' })),
    sentiment: Type.Optional(Type.Unsafe<(typeof SENTIMENTS)[number]>({ type: 'string', enum: [...SENTIMENTS], description: "Only calls of this caller sentiment (from the analysis)" })),
    label: Type.Optional(Type.String({ minLength: 1, maxLength: LABEL_MAX_LENGTH, description: 'Only calls carrying this label' })),
    ...ListQuery,
  },
  { additionalProperties: false },
)

export const CallParams = Type.Object({ callId: IdParam('Call id') })
