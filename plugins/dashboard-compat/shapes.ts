import { Type, type TSchema } from '@sinclair/typebox'

/**
 * The dashboard's wire format (../shared/dashboard-api.md), as TypeBox schemas for the
 * compatible document. Objects stay open (`additionalProperties: true`) where the old
 * API sent more fields than the pages read; the fields the pages read are typed.
 */
export const Ms = Type.Number({ description: 'Epoch milliseconds' })
export const NullableMs = Type.Union([Ms, Type.Null()])
const open = { additionalProperties: true }

export const DashboardErrorSchema = Type.Object(
  {
    error: Type.String({ description: 'A short sentence the dashboard shows as is' }),
    code: Type.String({ description: 'The contract\'s stable code for the same error' }),
    details: Type.Optional(Type.Unknown({ description: 'On validation failures: `{formErrors, fieldErrors}`' })),
  },
  { title: 'DashboardError' },
)

export function compatErrors(...codes: number[]): Record<number, TSchema> {
  const out: Record<number, TSchema> = {}
  for (const c of codes) out[c] = DashboardErrorSchema
  return out
}

export const Ok = Type.Object({ ok: Type.Literal(true) })

export const DashboardUser = Type.Object({ id: Type.String(), email: Type.String(), name: Type.String() }, open)
export const DashboardWorkspace = Type.Object(
  { id: Type.String(), name: Type.String(), userId: Type.Union([Type.String(), Type.Null()]), twilioSubaccountSid: Type.Union([Type.String(), Type.Null()]) },
  open,
)
export const Anything = Type.Object({}, open)
