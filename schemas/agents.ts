import { Type, type Static } from '@sinclair/typebox'
import { IdParam, ListQuery, Nullable, Timestamp } from './common.js'
import { PostCallFields } from './analysis.js'

const KiB = 1024
export const PROMPT_MAX = 64 * KiB
/** Byte bounds of the free-form JSON fields, checked after schema validation. */
export const AGENT_JSON_LIMITS: Record<string, number> = {
  voice: 16 * KiB,
  toolConfigs: 64 * KiB,
  defaultDynamicVariables: 16 * KiB,
  callSettings: 16 * KiB,
  backgroundAudio: 8 * KiB,
  fallbackVoice: 8 * KiB,
  postCallDataExtraction: 32 * KiB,
  settings: 8 * KiB,
}

const JsonObject = (description: string) => Type.Record(Type.String({ maxLength: 200 }), Type.Unknown(), { maxProperties: 200, description })

export const Welcome = Type.Object(
  {
    mode: Type.Union([Type.Literal('agent'), Type.Literal('user')], { description: '`agent` speaks first; `user` waits for the caller' }),
    text: Type.Optional(Type.String({ maxLength: 4096 })),
  },
  { additionalProperties: true },
)

const Voice = Type.Object(
  {
    provider: Type.Optional(Type.String({ maxLength: 100 })),
    voiceId: Type.Optional(Type.String({ maxLength: 200 })),
    model: Type.Optional(Type.String({ maxLength: 200 })),
    speed: Type.Optional(Type.Number({ minimum: 0.1, maximum: 10 })),
  },
  { additionalProperties: true, maxProperties: 100, description: 'Provider-specific voice settings; extra keys are kept' },
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
  maxCallSeconds: Type.Integer({ minimum: 10, maximum: 4 * 3600 }),
  enabledTools: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 }),
  toolConfigs: JsonObject('Per-tool settings, keyed by tool name; always an object'),
  defaultDynamicVariables: Type.Record(Type.String({ maxLength: 200 }), Type.Union([Type.String({ maxLength: 8192 }), Type.Number(), Type.Boolean(), Type.Null()]), { maxProperties: 200, description: 'Values for `{{variable}}` placeholders' }),
  callSettings: JsonObject('Call options passed to the agent runtime (as `callSettings`)'),
  backchannelEnabled: Type.Boolean(),
  backgroundAudio: JsonObject('Background audio settings'),
  fallbackVoice: Type.Unknown({ description: 'Voice used when the primary voice provider fails' }),
  knowledgeFolderIds: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 }),
  postCallDataExtraction: PostCallFields,
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
