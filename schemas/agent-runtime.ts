import { Type } from '@sinclair/typebox'
import { IdParam, Nullable } from './common.js'

const Obj = Type.Record(Type.String(), Type.Unknown())

/** What the Python voice agent receives from inbound/outbound start and agents/config. */
export const AgentConfig = Type.Object(
  {
    callId: Type.Optional(Type.String()),
    workspaceId: Type.String(),
    fallback: Type.Optional(Type.Boolean({ description: 'true when the number has no inbound agent' })),
    agent: Type.Object({ id: Nullable(Type.String()), name: Type.String(), workspaceId: Type.String() }),
    prompt: Type.String({ description: 'Resolved prompt with {{variables}} filled' }),
    welcome: Type.Object({ mode: Type.Union([Type.Literal('agent'), Type.Literal('user')]), text: Type.Optional(Type.String()) }, { additionalProperties: true }),
    voice: Obj,
    backgroundAudio: Obj,
    llmModel: Nullable(Type.String()),
    maxCallSeconds: Type.Integer({ description: '0: no limit' }),
    enabledTools: Type.Array(Type.String()),
    toolConfigs: Type.Record(Type.String(), Type.Unknown(), { description: 'Always an object' }),
    callSettings: Obj,
    backchannelEnabled: Type.Boolean(),
    fallbackVoice: Type.Unknown(),
    knowledgeFolderIds: Type.Array(Type.String()),
    defaultDynamicVariables: Obj,
    postCallDataExtraction: Type.Array(Type.Unknown()),
    postCallExtractionModel: Nullable(Type.String({ description: 'LLM for the post-call extraction; null: the server default' })),
    autoEvalEnabled: Type.Boolean(),
    variant: Nullable(Type.Object({
      id: Type.String(), name: Type.String(), promptMode: Type.Unsafe<'append' | 'replace'>({ type: 'string', enum: ['append', 'replace'] }),
    }, { description: 'The A/B variant this call runs (its prompt, welcome, voice and LLM are already applied); null: the agent itself' })),
    phoneNumber: Type.Optional(Type.Object({ id: Type.String(), e164: Type.String() })),
    knowledge: Type.Optional(Type.Object(
      {
        documentsInlined: Type.Integer({ description: 'Knowledge-base documents whose whole text fills `{{knowledge}}` in `prompt`' }),
        documentsOmitted: Type.Integer({ description: 'Documents of the agent\'s folders left out (over KB_INLINE_MAX_CHARS, or to keep the room metadata under 60 KiB)' }),
        chars: Type.Integer({ description: 'Characters of knowledge put in the prompt' }),
      },
      { description: 'Present when the prompt has a `{{knowledge}}` placeholder' },
    )),
  },
  { $id: 'AgentConfig', title: 'AgentConfig' },
)

export const AgentConfigQuery = Type.Object({
  agentId: IdParam('Agent id'),
  workspaceId: Type.Optional(IdParam('Workspace id; checked when given')),
})

/**
 * Entries exactly as the agent sends them; roles and extra keys are never rejected (a
 * refused sync is lost: the agent only logs it). Only bounds are validated.
 */
export const TranscriptEntryInput = Type.Record(Type.String({ maxLength: 100 }), Type.Unknown(), { maxProperties: 50 })

export const TRANSCRIPT_MAX_ENTRIES = 5000
export const TRANSCRIPT_MAX_BYTES = 2 * 1024 * 1024

export const TranscriptBody = Type.Object(
  { transcript: Type.Array(TranscriptEntryInput, { maxItems: TRANSCRIPT_MAX_ENTRIES }) },
  {
    additionalProperties: true,
    examples: [{
      transcript: [
        { speaker: 'Agent', role: 'agent', text: 'Hello, thanks for calling. How can I help?' },
        { speaker: 'User', role: 'user', text: 'I would like to book an appointment.' },
        { kind: 'tool_invocation', toolCallId: 'call_1', toolName: 'book_appointment', input: { day: 'monday' } },
        { kind: 'tool_result', toolCallId: 'call_1', toolName: 'book_appointment', result: { ok: true } },
      ],
    }],
  },
)

export const AgentEndBody = Type.Object(
  {
    outcome: Type.Optional(Type.String({ maxLength: 100, examples: ['agent_hangup'] })),
    transcript: Type.Optional(Type.Array(TranscriptEntryInput, { maxItems: TRANSCRIPT_MAX_ENTRIES })),
  },
  { additionalProperties: true },
)
