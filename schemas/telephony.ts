import { Type, type Static } from '@sinclair/typebox'
import { IdParam, ListQuery, Nullable, Timestamp, ref } from './common.js'

const E164 = Type.String({ pattern: '^\\+[1-9]\\d{6,14}$', description: 'E.164 phone number', examples: ['+17073808675'] })

export const PhoneNumberStatus = Type.Union([Type.Literal('pending'), Type.Literal('active'), Type.Literal('error')], {
  description: '`pending`: imported, never provisioned; `active`: the last reprovision succeeded; `error`: a reprovision step failed',
})

const Country = Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 country code', examples: ['US'] })
const Countries = (what: string) =>
  Type.Array(Country, { maxItems: 250, uniqueItems: true, description: `${what}; empty allows every country`, examples: [['US', 'CA']] })

export const PhoneNumber = Type.Object(
  {
    id: Type.String(),
    e164: Type.String(),
    label: Type.String(),
    provider: Type.Literal('twilio'),
    source: Type.Union([Type.Literal('imported'), Type.Literal('purchased')], { description: '`purchased` numbers are released at Twilio when deleted (unless `release=false`)' }),
    inboundAgentId: Nullable(Type.String()),
    outboundAgentId: Nullable(Type.String({ description: 'Default agent for outbound calls and campaigns from this number' })),
    allowedInboundCountries: Type.Array(Type.String(), { description: 'Callers from other countries hear that the call cannot be taken; empty: all' }),
    allowedOutboundCountries: Type.Array(Type.String(), { description: 'Destinations in other countries are refused (422 `destination_not_allowed`); empty: all' }),
    allowWithheldCallers: Type.Boolean({ description: 'Whether a caller who withholds their number is answered (they have no country)' }),
    statusReason: Nullable(Type.String({ description: 'Why the status is `error`: the reprovision steps that failed' })),
    onTrunk: Type.Boolean({ description: 'Associated with the workspace Twilio SIP trunk: inbound calls go to its origination URI' }),
    status: PhoneNumberStatus,
    twilioSid: Nullable(Type.String()),
    twilioTrunkSid: Nullable(Type.String()),
    livekitInboundTrunkId: Nullable(Type.String()),
    livekitOutboundTrunkId: Nullable(Type.String()),
    lastProvisionedAt: Nullable(Timestamp),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'PhoneNumber', title: 'PhoneNumber' },
)
export type PhoneNumber = Static<typeof PhoneNumber>

export const PhoneNumberParams = Type.Object({ id: IdParam('Phone number id') })
export const PhoneNumberListQuery = Type.Object({ ...ListQuery }, { additionalProperties: false })

export const CreatePhoneNumberBody = Type.Object(
  {
    e164: Type.Optional(E164),
    purchase: Type.Optional(Type.String({ pattern: '^\\+[1-9]\\d{6,14}$', description: 'Buy exactly this number (from GET /api/phone-numbers/available)', examples: ['+14155550100'] })),
    label: Type.Optional(Type.String({ maxLength: 120 })),
    areaCode: Type.Optional(Type.String({ pattern: '^[2-9]\\d{2}$', description: 'US area code to buy a new local number in', examples: ['707'] })),
    inboundAgentId: Type.Optional(Nullable(IdParam('Agent answering inbound calls'))),
  },
  {
    additionalProperties: false,
    description: '`{e164}` imports a number the Twilio account already owns; `{purchase}` buys that number; `{areaCode}` buys one there. Exactly one of them.',
  },
)

export const UpdatePhoneNumberBody = Type.Object(
  {
    label: Type.Optional(Type.String({ maxLength: 120 })),
    inboundAgentId: Type.Optional(Nullable(IdParam('Agent answering inbound calls; null routes calls to the fallback message'))),
    outboundAgentId: Type.Optional(Nullable(IdParam('Default agent for outbound calls and campaigns from this number'))),
    allowedInboundCountries: Type.Optional(Countries('Countries whose callers are answered')),
    allowedOutboundCountries: Type.Optional(Countries('Countries this number may call')),
    allowWithheldCallers: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1, description: 'Any of the fields; only those sent change.' },
)

export const DeletePhoneNumberQuery = Type.Object(
  {
    release: Type.Optional(Type.Boolean({ default: true, description: 'A number bought through the API (`source: purchased`) is released at Twilio unless `false`; an imported number never is' })),
  },
  { additionalProperties: false },
)

export const AvailableNumbersQuery = Type.Object(
  {
    country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$', default: 'US', description: 'ISO 3166-1 alpha-2' })),
    type: Type.Optional(Type.Union([Type.Literal('local'), Type.Literal('tollfree'), Type.Literal('mobile')], { default: 'local' })),
    contains: Type.Optional(Type.String({ pattern: '^[0-9A-Za-z*]{1,16}$', description: 'Digits (or letters, `*` for any digit) the number contains' })),
    areaCode: Type.Optional(Type.String({ pattern: '^[0-9]{3}$' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  },
  { additionalProperties: false },
)

export const AvailableNumber = Type.Object({
  phoneNumber: Type.String(),
  friendlyName: Nullable(Type.String()),
  locality: Nullable(Type.String()),
  region: Nullable(Type.String()),
  isoCountry: Type.String(),
  capabilities: Nullable(Type.Object({ voice: Type.Boolean(), sms: Type.Boolean(), mms: Type.Boolean() })),
})
export const AvailableNumbers = Type.Object({ numbers: Type.Array(AvailableNumber) }, { title: 'AvailableNumbers' })

export const ReprovisionBody = Type.Object(
  {
    rotateCredentials: Type.Optional(Type.Boolean({
      default: false,
      description: 'Replace the SIP credentials LiveKit dials Twilio termination with: the new ones are added to the trunk credential list, LiveKit switches, then the old ones are removed (calls keep dialling throughout)',
    })),
  },
  { additionalProperties: false },
)

export const ReprovisionStep = Type.Object({ name: Type.String(), ok: Type.Boolean(), detail: Type.String() })
export const ReprovisionResult = Type.Object(
  { phoneNumber: ref(PhoneNumber), steps: Type.Array(ReprovisionStep) },
  { title: 'ReprovisionResult' },
)

const RoomName = Type.String({ minLength: 1, maxLength: 256, description: 'LiveKit room name' })

export const InboundStartBody = Type.Object(
  {
    roomName: RoomName,
    to: Type.String({ maxLength: 256, description: 'Dialled number: E.164 with or without `+`, `sip:+1...@host` or `tel:`' }),
    from: Type.Optional(Nullable(Type.String({ maxLength: 256, description: 'Caller; `""` when withheld' }))),
    twilioCallSid: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  },
  { additionalProperties: true, examples: [{ roomName: 'call-_+17073808675_aBc123', to: '+17073808675', from: '+3710000000' }] },
)

export const OutboundStartBody = Type.Object({ roomName: RoomName }, { additionalProperties: true })

const Variable = Type.Union([Type.String({ maxLength: 4000 }), Type.Number(), Type.Boolean(), Type.Null()])

export const OutboundCallBody = Type.Object(
  {
    agentId: Type.Optional(IdParam('Agent that talks on the call; without it, the number\'s outboundAgentId')),
    to: E164,
    phoneNumberId: IdParam('Workspace number to call from (must be provisioned)'),
    variables: Type.Optional(Type.Record(Type.String({ maxLength: 100 }), Variable, { maxProperties: 100, description: 'Fills {{name}} placeholders of the prompt and welcome' })),
  },
  { additionalProperties: false },
)

export const OutboundCallResult = Type.Object({
  callId: Type.String(),
  roomName: Type.String({ description: 'Always `out-<callId>`' }),
  status: Type.String({ description: '`active` once answered; `ended` when the dial failed' }),
  outcome: Nullable(Type.String({ description: '`dial_busy`, `dial_no_answer` or `dial_failed` when the dial failed' })),
})

export const TransferParams = Type.Object({ callId: IdParam('Call id') })
export const TransferBody = Type.Object(
  { transferTo: Type.String({ minLength: 1, maxLength: 256, description: 'Bare number (sent as `tel:`), `tel:` or `sip:` URI' }) },
  { additionalProperties: true },
)
export const TransferResult = Type.Object({ ok: Type.Literal(true), transferTo: Type.String() })

export const DiagnosticsCheck = Type.Object({
  name: Type.String(),
  ok: Type.Boolean(),
  message: Type.String(),
  fix: Type.Optional(Type.String({ description: 'The dashboard step or environment variable that fixes a failing check' })),
})

export const DiagnosticsNumber = Type.Object({
  id: Type.String(),
  e164: Type.String(),
  status: PhoneNumberStatus,
  inboundAgentId: Nullable(Type.String()),
  inboundAgentName: Nullable(Type.String()),
  onTwilioTrunk: Nullable(Type.Boolean({ description: 'As Twilio reports it now; null when Twilio could not be asked' })),
  inLiveKitInboundTrunk: Nullable(Type.Boolean({ description: 'As LiveKit reports it now; null when LiveKit could not be asked' })),
})

export const InboundDiagnostics = Type.Object(
  {
    LIVEKIT_SIP_ENDPOINT: Nullable(Type.String()),
    LIVEKIT_AGENT_NAME: Type.String(),
    expectedOriginationSipUrl: Nullable(Type.String()),
    originationUrls: Type.Array(Type.String()),
    twilioTrunkSid: Nullable(Type.String()),
    livekitInboundTrunkId: Nullable(Type.String()),
    lastInboundStartAt: Nullable(Timestamp),
    numbers: Type.Array(DiagnosticsNumber),
    checks: Type.Array(DiagnosticsCheck),
  },
  { $id: 'InboundDiagnostics', title: 'InboundDiagnostics' },
)
export type InboundDiagnostics = Static<typeof InboundDiagnostics>

export const DiagnosticsParams = Type.Object({ workspaceId: IdParam('Workspace id') })

export const TwilioWebhookBody = Type.Record(Type.String(), Type.Union([Type.String(), Type.Array(Type.String())]), {
  description: 'Twilio voice webhook parameters (To, From, CallSid, ...), form-encoded',
})
