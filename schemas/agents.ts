import { Type, type Static } from '@sinclair/typebox'
import { IdParam, ListQuery, Nullable, Timestamp } from './common.js'
import { PostCallFields } from './analysis.js'

const KiB = 1024
/** The dashboard's prompt editor allows 200,000 characters (the previous API's bound). */
export const PROMPT_MAX = 200_000
/** The dashboard's bound on a call's length; 0 means no limit. */
export const MAX_CALL_SECONDS = 86_400
/** Byte bounds of the free-form JSON fields, checked after schema validation. */
export const AGENT_JSON_LIMITS: Record<string, number> = {
  voice: 16 * KiB,
  toolConfigs: 64 * KiB,
  defaultDynamicVariables: 16 * KiB,
  callSettings: 16 * KiB,
  fallbackVoice: 8 * KiB,
  postCallDataExtraction: 32 * KiB,
  settings: 8 * KiB,
}

/** `{type: string, enum}`: one named enum in the spec and the generated clients, not an anyOf of constants. */
export const StringEnum = <const T extends string>(values: readonly T[], opts: { description?: string; default?: T } = {}) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...opts })

const JsonObject = (description: string) => Type.Record(Type.String({ maxLength: 200 }), Type.Unknown(), { maxProperties: 200, description })

export const Welcome = Type.Object(
  {
    mode: Type.Union([Type.Literal('agent'), Type.Literal('user')], { description: '`agent` speaks first; `user` waits for the caller' }),
    text: Type.Optional(Type.String({ maxLength: 4096 })),
    aiMessageMode: Type.Optional(StringEnum(['dynamic', 'custom'], { description: 'When the agent speaks first: `dynamic` lets the LLM open, `custom` says `aiMessageText`' })),
    aiMessageText: Type.Optional(Type.String({ maxLength: 400, description: 'The opening line when `aiMessageMode` is `custom`' })),
    aiDelaySeconds: Type.Optional(Type.Number({ minimum: 0, maximum: 10, description: 'Pause before the agent speaks first' })),
  },
  { additionalProperties: false },
)

export const Voice = Type.Object(
  {
    provider: Type.Optional(Type.String({ maxLength: 100 })),
    voiceId: Type.Optional(Type.String({ maxLength: 200 })),
    model: Type.Optional(Type.String({ maxLength: 200 })),
    speed: Type.Optional(Type.Number({ minimum: 0.1, maximum: 10 })),
    languageCode: Type.Optional(Type.String({ maxLength: 35, description: 'BCP 47 language of speech (e.g. `en-US`); the agent passes it to STT/TTS' })),
  },
  { additionalProperties: true, maxProperties: 100, description: 'Provider-specific voice settings; extra keys are kept' },
)

export const BACKGROUND_PRESETS = ['none', 'office', 'keyboard', 'office1', 'office2'] as const
/** The agent plays `preset` under the call; it ignores presets it does not know, so they are refused here. */
const BackgroundAudio = Type.Object(
  {
    preset: Type.Optional(StringEnum(BACKGROUND_PRESETS, { description: 'Ambient sound; `none` (default) plays nothing' })),
    ambientVolume: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Default 0.7' })),
    thinkingVolume: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Default 0.7' })),
  },
  { additionalProperties: false, description: 'Background audio under the call' },
)

const Url = Type.String({ format: 'uri', maxLength: 2048 })

/** The writable fields; every one optional on PATCH. Names are the existing dashboard's and agent's. */
const agentFields = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  promptDraft: Type.String({ maxLength: PROMPT_MAX }),
  promptPublished: Nullable(Type.String({ maxLength: PROMPT_MAX })),
  welcome: Welcome,
  voice: Voice,
  llmModel: Nullable(Type.String({ maxLength: 200 })),
  maxCallSeconds: Type.Integer({ minimum: 0, maximum: MAX_CALL_SECONDS, description: 'The agent hangs up after this many seconds; 0 means no limit' }),
  enabledTools: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 }),
  toolConfigs: JsonObject('Per-tool settings, keyed by tool name; always an object'),
  defaultDynamicVariables: Type.Record(Type.String({ maxLength: 200 }), Type.Union([Type.String({ maxLength: 8192 }), Type.Number(), Type.Boolean(), Type.Null()]), { maxProperties: 200, description: 'Values for `{{variable}}` placeholders' }),
  callSettings: JsonObject('Call options passed to the agent runtime (as `callSettings`)'),
  backchannelEnabled: Type.Boolean(),
  backgroundAudio: BackgroundAudio,
  fallbackVoice: Type.Unknown({ description: 'Voice used when the primary voice provider fails' }),
  knowledgeFolderIds: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 }),
  postCallDataExtraction: PostCallFields,
  postCallExtractionModel: Nullable(Type.String({ maxLength: 120, description: 'LLM for the post-call data extraction; null (or empty) uses the server default' })),
  autoEvalEnabled: Type.Boolean({ description: 'Evaluate every ended call of this agent automatically' }),
  webhookUrl: Nullable(Url),
  settings: Type.Object({ record: Type.Optional(Type.Boolean({ description: 'Record every call of this agent' })) }, { additionalProperties: true, description: 'Platform settings of the agent' }),
}

export const CreateAgentBody = Type.Object(
  { ...Type.Partial(Type.Object(agentFields)).properties, name: agentFields.name },
  {
    additionalProperties: false,
    examples: [{
      name: 'Front desk',
      promptDraft: 'You are the front desk of {{business}}. Be brief and friendly.',
      welcome: { mode: 'agent', text: 'Hello, {{business}} here. How can I help?' },
      voice: { provider: 'cartesia', voiceId: 'a0e99841-438c-4a64-b679-ae501e7d6091', speed: 1 },
      llmModel: 'gpt-4o-mini',
      maxCallSeconds: 600,
      enabledTools: ['end_call', 'transfer_call'],
      toolConfigs: { transfer_call: { to: '+15551234567' } },
      defaultDynamicVariables: { business: 'Acme Dental' },
    }],
  },
)
export const UpdateAgentBody = Type.Partial(Type.Object(agentFields), { additionalProperties: false, minProperties: 1 })
export type AgentInput = Partial<Static<typeof CreateAgentBody>>

export const Agent = Type.Object(
  {
    id: Type.String(),
    ...agentFields,
    promptDraft: Type.String(),
    promptPublished: Nullable(Type.String()),
    publishedAt: Nullable(Timestamp),
    fallbackVoice: Type.Unknown(),
    // Agents imported from the previous API keep the fields as they were written there.
    postCallDataExtraction: Type.Array(Type.Unknown(), { description: 'The post-call fields (`{name, type, description, options?}` for agents saved here)' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Agent', title: 'Agent' },
)
export type Agent = Static<typeof Agent>

export const AgentParams = Type.Object({ agentId: IdParam('Agent id') })
export const AgentListQuery = Type.Object(ListQuery, { additionalProperties: false })
