import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { IdParam, Nullable, Timestamp } from './common.js'

export const MAX_EVENTS_PER_POST = 500
/** Bytes of JSON per snapshot object (`usage`, `models`, ...), checked after schema validation. */
export const SNAPSHOT_MAX_BYTES = 8 * 1024
export const SNAPSHOT_KEYS = ['usage', 'models', 'latency', 'normalized', 'telephony'] as const
export type SnapshotKey = (typeof SNAPSHOT_KEYS)[number]

// Bodies are validated without coercion (src/platform/validation.ts), so a JSON Schema type list
// (`["number", "null"]`, valid OpenAPI 3.1) lets null through untouched.
type Scalar = 'number' | 'integer' | 'string' | 'boolean'
const OrNull = <T>(type: Scalar, schema: Record<string, unknown> = {}) => Type.Unsafe<T | null>({ type: [type, 'null'], ...schema })

// Agents add keys to their snapshots over time; a post they cannot make is lost, so unknown keys
// inside a snapshot are kept as sent (no type, hence no coercion), bounded by the snapshot's byte size.
const SnapshotValue = Type.Unknown({ description: 'Any JSON value; the snapshot as a whole is at most 8 KiB' })

// `null` (Python's None) is accepted for a snapshot or `events` and means "nothing to report".
const Snapshot = <P extends Record<string, TSchema>>(properties: P, description: string) =>
  Type.Union([Type.Object(properties, { additionalProperties: SnapshotValue, maxProperties: 100 }), Type.Null()], { description })

const Count = (description: string) => Type.Optional(OrNull<number>('number', { minimum: 0, maximum: 2e9, description }))
const Ms = (description: string) => Type.Optional(OrNull<number>('number', { minimum: 0, maximum: 1e8, description }))
const Name = (description: string) => Type.Optional(OrNull<string>('string', { maxLength: 200, description }))

export const MetricsUsage = Snapshot(
  {
    llm_prompt_tokens: Count('Prompt tokens so far, cached ones included'),
    llm_prompt_cached_tokens: Count('Of which served from the prompt cache'),
    llm_completion_tokens: Count('Completion tokens so far'),
    tts_characters_count: Count('Characters synthesized so far'),
    tts_audio_duration: Count('Seconds of synthesized audio'),
    stt_audio_duration: Count('Seconds of transcribed audio'),
    llm_model: Name('LLM model name'),
    stt_model: Name('STT model name'),
    tts_model: Name('TTS model name'),
  },
  'Cumulative usage of the call (snake_case, as the agent sends it)',
)

export const MetricsModels = Snapshot({ llm: Name('LLM model'), stt: Name('STT model'), tts: Name('TTS model') }, 'Models the call used')

export const MetricsLatency = Snapshot(
  {
    llm_ttft_ms_avg: Ms('Average LLM time to first token'),
    eou_transcription_ms_avg: Ms('Average end-of-utterance to transcript'),
    eou_end_ms_avg: Ms('Average end-of-utterance delay'),
    agent_turn_latency_ms_avg: Ms('Average user-stops-speaking to agent-speaks'),
  },
  'Running latency averages',
)

export const MetricsNormalized = Snapshot(
  {
    source: Type.Optional(Type.Union([Type.Literal('web'), Type.Literal('telephony'), Type.Literal('unknown')])),
    participantsCountAvg: Type.Optional(OrNull<number>('number')),
    recordingEnabled: Type.Optional(OrNull<boolean>('boolean')),
  },
  'Call facts the agent observed',
)

export const MetricsTelephony = Snapshot(
  { trunkNumber: Name('Number the call came in on'), callerNumber: Name('Caller'), twilioCallSid: Name('Twilio call SID'), rateKey: Name('Rate table key') },
  'Telephony details of a phone call',
)

export const MetricsEvent = Type.Object(
  {
    // Integer ids are stored as strings: 7 and "7" are the same event.
    id: Type.Union([Type.String({ minLength: 1, maxLength: 128 }), Type.Integer({ minimum: 0 })], { description: 'Unique within the call; a replayed id is ignored' }),
    type: Type.Union([Type.Literal('turn'), Type.Literal('llm'), Type.Literal('stt'), Type.Literal('tts')]),
    // Checked by the route (`eventTime`): ISO string or unix seconds/milliseconds.
    at: Type.Optional(Type.Unsafe<string | number | null>({ description: 'ISO-8601 string, or unix time in seconds or milliseconds' })),
    e2eLatencyMs: Ms('User stops speaking to agent speaks; `turn` events feed the call percentiles'),
    llmTtftMs: Ms('LLM time to first token'),
    ttsTtfbMs: Ms('TTS time to first byte'),
    eouDelayMs: Ms('End-of-utterance delay'),
    promptTokens: Type.Optional(OrNull<number>('integer', { minimum: 0, maximum: 1e9 })),
    completionTokens: Type.Optional(OrNull<number>('integer', { minimum: 0, maximum: 1e9 })),
    costUsd: Type.Optional(OrNull<number>('number', { minimum: 0, maximum: 1000 })),
  },
  { additionalProperties: true, description: 'A per-turn sample; extra keys are accepted and ignored' },
)
export type MetricsEvent = Static<typeof MetricsEvent>

export const CallMetricsBody = Type.Object(
  {
    usage: Type.Optional(MetricsUsage),
    models: Type.Optional(MetricsModels),
    latency: Type.Optional(MetricsLatency),
    normalized: Type.Optional(MetricsNormalized),
    telephony: Type.Optional(MetricsTelephony),
    events: Type.Optional(Type.Union([Type.Array(MetricsEvent, { maxItems: MAX_EVENTS_PER_POST }), Type.Null()])),
  },
  {
    $id: 'CallMetricsBody',
    title: 'CallMetricsBody',
    // Older agents send keys this API does not know: they are ignored, never a 400.
    additionalProperties: true,
    examples: [
      { latency: { llm_ttft_ms_avg: 412, eou_transcription_ms_avg: 230, eou_end_ms_avg: 510, agent_turn_latency_ms_avg: 980 } },
      {
        usage: { llm_prompt_tokens: 1200, llm_prompt_cached_tokens: 0, llm_completion_tokens: 300, tts_characters_count: 850, tts_audio_duration: 52.4, stt_audio_duration: 61.2, llm_model: 'gpt-4o-mini' },
        events: [{ id: 'turn-1', type: 'turn', e2eLatencyMs: 920, llmTtftMs: 410, ttsTtfbMs: 180, eouDelayMs: 300 }],
      },
    ],
    description:
      'Every key optional. `usage`, `models`, `latency`, `normalized` and `telephony` are snapshots: each one posted replaces the stored one. ' +
      '`events` are appended once per `id`.',
  },
)
export type CallMetricsBody = Static<typeof CallMetricsBody>

const IsoDate = (description: string) => Type.String({ format: 'date-time', description })

export const TimeZone = Type.String({
  minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_+\\-/]+$', default: 'UTC',
  description: 'IANA time zone of the days (`Europe/Riga`, `America/New_York`); default UTC',
})

export const UsageQuery = Type.Object(
  {
    since: Type.Optional(IsoDate('Calls started at or after (inclusive)')),
    until: Type.Optional(IsoDate('Calls started before (exclusive)')),
    groupBy: Type.Optional(Type.Union([Type.Literal('agent'), Type.Literal('day'), Type.Literal('variant')], {
      description: 'Without it only totals are returned; `variant` groups by A/B variant id (null: calls that ran the agent itself), best with `agentId`',
    })),
    agentId: Type.Optional(IdParam('Only calls of this agent')),
    tz: Type.Optional(TimeZone),
  },
  { additionalProperties: false },
)

export const AgentAnalyticsQuery = Type.Object(
  {
    since: Type.Optional(IsoDate('Calls started at or after (inclusive)')),
    until: Type.Optional(IsoDate('Calls started before (exclusive)')),
  },
  { additionalProperties: false },
)


const UsageFigures = {
  calls: Type.Integer(),
  completedCalls: Type.Integer({ description: 'Calls that ended' }),
  avgDurationS: Nullable(Type.Number({ description: 'Average duration of the calls that ended' })),
  minutes: Type.Number({ description: 'Sum of call durations, in minutes' }),
  costUsd: Type.Number({ description: 'Provider cost estimate (model, TTS, STT) from the metrics' }),
  billedUsd: Type.Number({ description: 'What the calls cost the customer by the rate card (sum of the priced calls\' `cost.totalUsd`)' }),
  promptTokens: Type.Integer(),
  completionTokens: Type.Integer(),
  cachedPromptTokens: Type.Integer({ description: 'Of the prompt tokens, served from the prompt cache (the calls\' `usage.llm_prompt_cached_tokens`)' }),
  sttAudioS: Type.Number({ description: 'Seconds of transcribed audio (the calls\' `usage.stt_audio_duration`)' }),
  ttsCharacters: Type.Integer({ description: 'Characters synthesized (the calls\' `usage.tts_characters_count`)' }),
  latencyP50Ms: Nullable(Type.Number({ description: 'Over the `turn` events of these calls; without any, over the calls\' own latency (`agent_turn_latency_ms_avg`)' })),
  latencyP95Ms: Nullable(Type.Number()),
  latencyAvgMs: Nullable(Type.Number({ description: 'Average call latency: a call\'s turn-event median, else its `agent_turn_latency_ms_avg`' })),
  eouEndMsAvg: Nullable(Type.Number({ description: 'Average of the calls\' `eou_end_ms_avg`' })),
  eouTranscriptionMsAvg: Nullable(Type.Number({ description: 'Average of the calls\' `eou_transcription_ms_avg`' })),
  llmTtftMsAvg: Nullable(Type.Number({ description: 'Average of the calls\' `llm_ttft_ms_avg`' })),
  analyzedCalls: Type.Integer({ description: 'Calls whose post-call analysis is done' }),
  successRate: Nullable(Type.Number({ description: 'Share (0-1) of the analysed calls judged successful' })),
  sentiment: Type.Object({ positive: Type.Integer(), neutral: Type.Integer(), negative: Type.Integer() }, { description: 'Analysed calls by caller sentiment' }),
}

export const UsageGroup = Type.Object({
  key: Nullable(Type.String({ description: 'Agent id (null: calls without an agent), day `YYYY-MM-DD` in `tz`, or variant id (null: the agent itself)' })),
  agentName: Type.Optional(Nullable(Type.String())),
  ...UsageFigures,
})

export const UsageReport = Type.Object(
  {
    since: Nullable(Timestamp),
    until: Nullable(Timestamp),
    groupBy: Nullable(Type.String()),
    tz: Type.String({ description: 'The time zone of the days' }),
    groups: Type.Array(UsageGroup),
    totals: Type.Object(UsageFigures),
  },
  { $id: 'UsageReport', title: 'UsageReport' },
)
export type UsageReport = Static<typeof UsageReport>

export const AgentAnalytics = Type.Object(
  {
    agentId: Type.String(),
    since: Nullable(Timestamp),
    until: Nullable(Timestamp),
    latest: Nullable(Type.Object({
      callId: Type.String(),
      endedAt: Timestamp,
      durationS: Nullable(Type.Integer()),
      tokensTotal: Type.Integer(),
      latencyMs: Nullable(Type.Number({ description: 'Its turn-event median, else its `agent_turn_latency_ms_avg`' })),
      latency: Type.Record(Type.String(), Type.Unknown(), { description: 'The latency averages the agent reported for it' }),
    }, { description: 'The most recently ended call of the agent' })),
    totals: Type.Object(UsageFigures),
  },
  { $id: 'AgentAnalytics', title: 'AgentAnalytics' },
)
