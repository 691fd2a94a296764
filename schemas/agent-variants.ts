import { Type, type Static } from '@sinclair/typebox'
import { IdParam, Nullable, Timestamp } from './common.js'
import { PROMPT_MAX, StringEnum, Voice, Welcome } from './agents.js'

/** How many variants one agent may have (enabled or not): the split is read on every call start. */
export const MAX_VARIANTS_PER_AGENT = 20
export const VARIANT_VOICE_MAX_BYTES = 16 * 1024

const variantFields = {
  name: Type.String({ minLength: 1, maxLength: 80 }),
  promptMode: StringEnum(['append', 'replace'], {
    description: '`append` (the previous API\'s behaviour) adds `prompt` under the agent\'s prompt; `replace` uses `prompt` instead of it',
  }),
  prompt: Type.String({ maxLength: PROMPT_MAX, description: 'Must not be blank with `promptMode: replace`' }),
  welcome: Type.Union([Welcome, Type.Null()], { description: 'Replaces the agent\'s welcome on this variant\'s calls; null keeps the agent\'s' }),
  voice: Type.Union([Voice, Type.Null()], { description: 'Replaces the agent\'s voice (as a whole) on this variant\'s calls; null keeps the agent\'s' }),
  llmModel: Nullable(Type.String({ minLength: 1, maxLength: 200, description: 'Replaces the agent\'s LLM on this variant\'s calls; null keeps the agent\'s' })),
  trafficPercent: Type.Integer({ minimum: 0, maximum: 100, description: 'Share of the agent\'s calls; over the enabled variants the sum is at most 100, the rest runs the agent itself' }),
  enabled: Type.Boolean({ description: 'Disabled variants get no calls' }),
}

export const CreateVariantBody = Type.Object(
  {
    name: variantFields.name,
    trafficPercent: variantFields.trafficPercent,
    ...Type.Partial(Type.Object({
      promptMode: variantFields.promptMode, prompt: variantFields.prompt, welcome: variantFields.welcome,
      voice: variantFields.voice, llmModel: variantFields.llmModel, enabled: variantFields.enabled,
    })).properties,
  },
  {
    additionalProperties: false,
    examples: [{ name: 'Shorter greeting', promptMode: 'append', prompt: 'Keep every answer under two sentences.', trafficPercent: 30 }],
  },
)
export const UpdateVariantBody = Type.Partial(Type.Object(variantFields), { additionalProperties: false, minProperties: 1 })
export type VariantInput = Partial<Static<typeof UpdateVariantBody>>

export const AgentVariant = Type.Object(
  { id: Type.String(), agentId: Type.String(), ...variantFields, createdAt: Timestamp, updatedAt: Timestamp },
  { $id: 'AgentVariant', title: 'AgentVariant' },
)
export type AgentVariant = Static<typeof AgentVariant>

export const VariantList = Type.Object({
  items: Type.Array(Type.Unsafe<AgentVariant>(Type.Ref('AgentVariant'))),
  trafficPercentTotal: Type.Integer({ description: 'Sum over the enabled variants; the agent itself gets the rest' }),
})

export const VariantParams = Type.Object({ agentId: IdParam('Agent id'), variantId: IdParam('Variant id') })

export const PromoteVariantQuery = Type.Object(
  { publish: Type.Optional(Type.Boolean({ description: 'Also publish the new draft and disable the variant (its calls go back to the agent, which now is the winner)' })) },
  { additionalProperties: false },
)
