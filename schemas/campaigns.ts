import { Type, type Static } from '@sinclair/typebox'
import { IdParam, ListQuery, Nullable, Timestamp } from './common.js'
import { Country, RejectedRow } from './do-not-call.js'

export const CampaignStatus = Type.Union([Type.Literal('draft'), Type.Literal('scheduled'), Type.Literal('running'), Type.Literal('paused'), Type.Literal('completed'), Type.Literal('canceled')], { description: '`scheduled`: started, waiting for `startAt`; `completed`: no recipient can be dialled any more' },
)
export const RecipientStatus = Type.Union([Type.Literal('queued'), Type.Literal('dialing'), Type.Literal('in_call'), Type.Literal('analyzing'), Type.Literal('completed'), Type.Literal('failed'), Type.Literal('canceled'), Type.Literal('dnc'), Type.Literal('skipped')], { description: '`analyzing`: the call was answered and ended, and the campaign retries voicemail: the post-call analysis decides (voicemail: retried, else completed); `dnc`: on the do-not-call list (never dialled); `skipped`: the campaign ended before it could be dialled' },
)
export const RetryOutcome = Type.Union([Type.Literal('busy'), Type.Literal('no_answer'), Type.Literal('failed'), Type.Literal('voicemail')])
const Weekday = Type.Union([Type.Literal('mon'), Type.Literal('tue'), Type.Literal('wed'), Type.Literal('thu'), Type.Literal('fri'), Type.Literal('sat'), Type.Literal('sun')])
const ClockTime = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'Local wall-clock time, 24 h', examples: ['09:00'] })
const TimeZone = Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone', examples: ['America/New_York'] })
const Variable = Type.Union([Type.String({ maxLength: 4000 }), Type.Number(), Type.Boolean(), Type.Null()])
export const Variables = Type.Record(Type.String({ maxLength: 100 }), Variable, {
  maxProperties: 100,
  description: 'Fill `{{name}}` placeholders of the prompt and welcome',
})

export const CallingWindow = Type.Object(
  {
    days: Type.Array(Weekday, { minItems: 1, maxItems: 7, uniqueItems: true }),
    start: ClockTime,
    end: ClockTime,
  },
  { additionalProperties: false, description: 'When recipients may be called, in each recipient\'s local time (an `end` at or before `start` runs past midnight)' },
)

export const RetryPolicy = Type.Object(
  {
    on: Type.Array(RetryOutcome, { uniqueItems: true, description: 'Outcomes dialled again (until maxAttempts)' }),
    delayMinutes: Type.Integer({ minimum: 0, maximum: 10080 }),
    backoff: Type.Union([Type.Literal('fixed'), Type.Literal('exponential')], { description: '`exponential` doubles the delay after each attempt' }),
  },
  { additionalProperties: false },
)

const Progress = Type.Object({
  total: Type.Integer(),
  byStatus: Type.Record(Type.String(), Type.Integer(), { description: 'Recipients per status' }),
  byOutcome: Type.Record(Type.String(), Type.Integer(), { description: 'Recipients per last outcome' }),
  dials: Type.Integer({ description: 'Calls placed so far' }),
  connected: Type.Integer({ description: 'Calls that were answered' }),
  connectRate: Nullable(Type.Number({ description: 'connected / dials' })),
  averageDurationS: Nullable(Type.Number()),
  costUsd: Type.Number(),
})

export const Campaign = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    agentId: Type.String(),
    phoneNumberId: Type.String({ description: 'Caller id' }),
    status: CampaignStatus,
    startAt: Nullable(Timestamp),
    endAt: Nullable(Timestamp),
    window: CallingWindow,
    timezone: Type.String({ description: 'Zone of recipients without one' }),
    defaultCountry: Nullable(Type.String()),
    maxConcurrent: Type.Integer(),
    maxAttempts: Type.Integer(),
    retry: RetryPolicy,
    recordingEnabled: Type.Boolean(),
    keepOpen: Type.Boolean({ description: 'Never completes by itself when its recipients are done: recipients can be added at any time and are dialled' }),
    variables: Type.Record(Type.String(), Type.Unknown()),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    startedAt: Nullable(Timestamp),
    completedAt: Nullable(Timestamp),
    progress: Type.Optional(Progress),
  },
  { $id: 'Campaign', title: 'Campaign' },
)
export type Campaign = Static<typeof Campaign>

const campaignFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  agentId: IdParam('Agent that talks on every call'),
  phoneNumberId: IdParam('Workspace number to call from'),
  startAt: Nullable(Type.String({ format: 'date-time' })),
  endAt: Nullable(Type.String({ format: 'date-time', description: 'Recipients not dialled by then are skipped' })),
  window: CallingWindow,
  timezone: TimeZone,
  defaultCountry: Nullable(Country),
  maxConcurrent: Type.Integer({ minimum: 1, maximum: 1000 }),
  maxAttempts: Type.Integer({ minimum: 1, maximum: 20 }),
  retry: RetryPolicy,
  recordingEnabled: Type.Boolean({ description: 'Default false. Whether the campaign\'s calls are recorded (LiveKit egress to S3), whatever the agent\'s settings.record; a recipient\'s recordingEnabled overrides it' }),
  keepOpen: Type.Boolean({ description: 'Default false. True: the campaign stays running when its recipients are done (add more at any time); a number whose recipient finished may be added again' }),
  variables: Variables,
}
const { name, agentId, phoneNumberId, ...optional } = campaignFields

export const CreateCampaignBody = Type.Object(
  { name, agentId, phoneNumberId, ...Type.Partial(Type.Object(optional)).properties },
  {
    additionalProperties: false,
    examples: [{ name: 'Renewals', agentId: 'agt_01JH2Y6Q8W3V5N7B9C1D2E3F4G', phoneNumberId: 'pn_01JH2Y6Q8W3V5N7B9C1D2E3F4H', window: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00' }, timezone: 'America/New_York', maxConcurrent: 10 }],
  },
)
export const UpdateCampaignBody = Type.Partial(Type.Object(campaignFields), { additionalProperties: false, minProperties: 1 })
export type CreateCampaignBody = Static<typeof CreateCampaignBody>
export type UpdateCampaignBody = Static<typeof UpdateCampaignBody>

export const CampaignParams = Type.Object({ campaignId: IdParam('Campaign id') })
export const RecipientParams = Type.Object({ campaignId: IdParam('Campaign id'), recipientId: IdParam('Recipient id') })
export const CampaignListQuery = Type.Object({ status: Type.Optional(CampaignStatus), ...ListQuery }, { additionalProperties: false })

export const Recipient = Type.Object(
  {
    id: Type.String(),
    campaignId: Type.String(),
    phone: Type.String({ description: 'E.164' }),
    name: Type.String(),
    timezone: Nullable(Type.String({ description: 'Null: the campaign\'s zone applies' })),
    variables: Type.Record(Type.String(), Type.Unknown()),
    status: RecipientStatus,
    attempts: Type.Integer(),
    maxAttempts: Nullable(Type.Integer({ description: 'Override of the campaign\'s' })),
    phoneNumberId: Nullable(Type.String({ description: 'Override of the campaign\'s caller id' })),
    recordingEnabled: Nullable(Type.Boolean()),
    nextAttemptAt: Nullable(Timestamp),
    lastOutcome: Nullable(Type.String()),
    lastError: Nullable(Type.String()),
    callIds: Type.Array(Type.String()),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'CampaignRecipient', title: 'CampaignRecipient' },
)
export type Recipient = Static<typeof Recipient>

export const RecipientInput = Type.Object(
  {
    phone: Type.String({ minLength: 1, maxLength: 40, description: 'Any common notation; `defaultCountry` reads national ones' }),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    timezone: Type.Optional(TimeZone),
    variables: Type.Optional(Variables),
    phoneNumberId: Type.Optional(IdParam('Caller id for this recipient')),
    maxAttempts: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
    recordingEnabled: Type.Optional(Type.Boolean({ description: 'Record this recipient\'s calls or not (default: the campaign\'s recordingEnabled)' })),
  },
  { additionalProperties: false },
)
export type RecipientInput = Static<typeof RecipientInput>

export const RECIPIENTS_PER_REQUEST = 10_000
export const RECIPIENTS_PER_CAMPAIGN = 100_000

export const AddRecipientsBody = Type.Object(
  {
    recipients: Type.Array(RecipientInput, { minItems: 1, maxItems: RECIPIENTS_PER_REQUEST }),
    defaultCountry: Type.Optional(Country),
  },
  { additionalProperties: false },
)

export const ImportCsvQuery = Type.Object(
  { defaultCountry: Type.Optional(Country) },
  { additionalProperties: false },
)

export const RecipientImportResult = Type.Object(
  {
    added: Type.Integer({ description: 'New recipients (queued, or dnc)' }),
    dnc: Type.Integer({ description: 'Of those, on the do-not-call list: marked `dnc`, never dialled' }),
    duplicates: Type.Integer({ description: 'Rows whose number was already in the campaign or earlier in the input (merged into that recipient)' }),
    rejected: Type.Array(RejectedRow),
  },
  { title: 'RecipientImportResult' },
)

export const RecipientListQuery = Type.Object(
  {
    status: Type.Optional(RecipientStatus),
    lastOutcome: Type.Optional(Type.String({ maxLength: 64 })),
    phone: Type.Optional(Type.String({ maxLength: 40, description: 'Only numbers starting with these digits' })),
    ...ListQuery,
  },
  { additionalProperties: false },
)

export const RecipientAttempt = Type.Object({
  attempt: Type.Integer(),
  callId: Type.String(),
  startedAt: Timestamp,
  endedAt: Nullable(Timestamp),
  outcome: Nullable(Type.String({ description: '`answered`, `busy`, `no_answer`, `failed`, `voicemail`, ... (null while in progress)' })),
  error: Nullable(Type.String()),
})

export const DncActionBody = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false })
