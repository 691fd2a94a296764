import { Type, type Static } from '@sinclair/typebox'
import { ListQuery, Timestamp } from './common.js'

export const DncSource = Type.Union([Type.Literal('api'), Type.Literal('import'), Type.Literal('agent'), Type.Literal('campaign')], {
  description: '`api`: added one by one; `import`: bulk import; `agent`: the callee asked the agent (end outcome `dnc_requested`); `campaign`: the DNC action on a campaign recipient',
})

export const DncEntry = Type.Object(
  {
    phone: Type.String({ description: 'E.164' }),
    reason: Type.String(),
    source: DncSource,
    createdAt: Timestamp,
  },
  { $id: 'DncEntry', title: 'DncEntry' },
)
export type DncEntry = Static<typeof DncEntry>

export const Country = Type.String({
  pattern: '^[A-Z]{2}$',
  description: 'ISO 3166-1 alpha-2 country for numbers written without a country code',
  examples: ['US'],
})
const PhoneInput = Type.String({ minLength: 1, maxLength: 40, description: 'Any common notation; stored as E.164', examples: ['+14155550100', '(415) 555-0100'] })
const Reason = Type.String({ maxLength: 200 })

export const CreateDncBody = Type.Object(
  { phone: PhoneInput, reason: Type.Optional(Reason), defaultCountry: Type.Optional(Country) },
  { additionalProperties: false },
)

export const DncParams = Type.Object({
  phone: Type.String({ pattern: '^\\+[1-9]\\d{6,14}$', description: 'E.164 number, `+` included (URL-encode it as %2B or send it as is)' }),
})

export const DncListQuery = Type.Object(
  { phone: Type.Optional(Type.String({ maxLength: 40, description: 'Only entries whose number starts with these digits' })), ...ListQuery },
  { additionalProperties: false },
)

export const DNC_IMPORT_MAX = 10_000

export const ImportDncBody = Type.Object(
  {
    entries: Type.Array(Type.Object({ phone: PhoneInput, reason: Type.Optional(Reason) }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: DNC_IMPORT_MAX,
    }),
    defaultCountry: Type.Optional(Country),
  },
  { additionalProperties: false },
)

export const RejectedRow = Type.Object({
  row: Type.Integer({ description: '1-based position in the input (CSV: line of the file, header is line 1)' }),
  phone: Type.String({ description: 'As given' }),
  reason: Type.String(),
})

export const ImportDncResult = Type.Object(
  {
    added: Type.Integer({ description: 'New entries' }),
    alreadyListed: Type.Integer({ description: 'Numbers that were on the list already (kept as they were)' }),
    rejected: Type.Array(RejectedRow),
  },
  { title: 'DncImportResult' },
)
