import { Type, type Static } from '@sinclair/typebox'
import { IdParam, Nullable, Timestamp, ref } from './common.js'

/** `{type: string, enum}`: one named enum in the spec and the clients, not an anyOf of constants. */
const StringEnum = <T extends string>(values: readonly T[], opts: { description?: string } = {}) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...opts })

export const ANALYSIS_STATUSES = ['pending', 'done', 'failed', 'skipped'] as const
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const
export const POST_CALL_FIELD_TYPES = ['text', 'selector', 'boolean', 'number'] as const
export const POST_CALL_FIELDS_MAX = 30
export const SELECTOR_OPTIONS_MAX = 50

export type Sentiment = (typeof SENTIMENTS)[number]
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number]

/** One value the post-call analysis extracts, declared on the agent. */
export const PostCallField = Type.Object(
  {
    name: Type.String({
      minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9 _-]*$',
      description: 'Key of the value in `analysis.custom` (unique per agent)',
    }),
    type: StringEnum(POST_CALL_FIELD_TYPES, { description: '`text`, `selector` (one of `options`), `boolean` or `number`' }),
    description: Type.String({ maxLength: 1000, default: '', description: 'What to extract, as the LLM is told' }),
    options: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: SELECTOR_OPTIONS_MAX, description: 'The choices of a `selector` (required for it, refused for other types)' })),
  },
  { additionalProperties: false },
)
export type PostCallField = Static<typeof PostCallField>

export const PostCallFields = Type.Array(PostCallField, { maxItems: POST_CALL_FIELDS_MAX, description: 'Values extracted from every ended call into `analysis.custom`' })

/** What the post-call analysis found; `status` says whether there is anything yet. */
export const CallAnalysis = Type.Object(
  {
    status: StringEnum(ANALYSIS_STATUSES, { description: '`pending` until the LLM answered; `skipped` when no LLM is configured or the call never connected' }),
    summary: Nullable(Type.String()),
    sentiment: Nullable(StringEnum(SENTIMENTS, { description: "The caller's sentiment" })),
    successful: Nullable(Type.Boolean({ description: 'Whether the call reached the goal of the agent\'s prompt' })),
    voicemail: Nullable(Type.Boolean({ description: 'The call reached a voicemail box' })),
    userHungUp: Nullable(Type.Boolean({ description: 'The caller ended the call (from how it ended, not from the LLM)' })),
    custom: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]), { description: 'One value per `postCallDataExtraction` field, typed as declared; null when the call did not say' }),
    model: Nullable(Type.String()),
    tokens: Type.Object({ prompt: Type.Integer(), completion: Type.Integer() }),
    costUsd: Nullable(Type.Number({ description: 'What the analysis cost at list prices (null for a model without a known price)' })),
    attempts: Type.Integer({ description: 'LLM attempts of this run' }),
    transcriptCut: Type.Boolean({ description: 'The transcript was longer than the token budget: its middle was left out' }),
    requestedAt: Timestamp,
    analyzedAt: Nullable(Timestamp),
    error: Type.Optional(Type.String({ description: 'Why the analysis failed or was skipped' })),
  },
  { $id: 'CallAnalysis', title: 'CallAnalysis' },
)
export type CallAnalysis = Static<typeof CallAnalysis>

export const EvaluationDetails = Type.Object(
  {
    score: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    summary: Type.Optional(Type.String({ maxLength: 4000 })),
    strengths: Type.Optional(Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 50 })),
    issues: Type.Optional(Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 50 })),
    suggestedFixes: Type.Optional(Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 50 })),
    nextTests: Type.Optional(Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 50 })),
  },
  { $id: 'EvaluationDetails', title: 'EvaluationDetails', additionalProperties: false, description: 'What the dashboard renders: summary, strengths, issues, suggested fixes, next tests' },
)

export const CallEvaluation = Type.Object(
  {
    id: Type.String(),
    callId: Type.String(),
    workspaceId: Type.String(),
    score: Type.Integer({ minimum: 0, maximum: 100 }),
    source: StringEnum(['manual', 'auto'] as const, { description: '`manual` (a person) or `auto` (the LLM rubric)' }),
    notes: Type.String(),
    details: ref(EvaluationDetails),
    authorId: Nullable(Type.String({ description: 'The user who wrote a manual evaluation' })),
    model: Nullable(Type.String({ description: 'The LLM of an auto evaluation' })),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'CallEvaluation', title: 'CallEvaluation' },
)

export const CreateEvaluationBody = Type.Object(
  {
    score: Type.Integer({ minimum: 0, maximum: 100 }),
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
    details: Type.Optional(ref(EvaluationDetails)),
  },
  { additionalProperties: false },
)
export const UpdateEvaluationBody = Type.Partial(CreateEvaluationBody, { additionalProperties: false, minProperties: 1 })

export const EvaluationParams = Type.Object({ callId: IdParam('Call id'), evaluationId: IdParam('Evaluation id') })

export const LABEL_MAX_LENGTH = 80
export const LABELS_PER_CALL_MAX = 50

export const CallLabel = Type.Object(
  { id: Type.String(), callId: Type.String(), workspaceId: Type.String(), label: Type.String(), createdAt: Timestamp },
  { $id: 'CallLabel', title: 'CallLabel' },
)
// Trimmed on store; the pattern refuses a label of blanks only.
export const LabelBody = Type.Object(
  { label: Type.String({ minLength: 1, maxLength: LABEL_MAX_LENGTH, pattern: '\\S' }) },
  { additionalProperties: false },
)

export const AnalyzeResponse = Type.Object({ analysis: ref(CallAnalysis) })

export const ExportQuery = Type.Object(
  { format: Type.Optional(StringEnum(['json', 'txt'] as const, { description: '`json` (default): everything known about the call; `txt`: the transcript as text' })) },
  { additionalProperties: false },
)
