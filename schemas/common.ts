import { Type, type Static, type TSchema } from '@sinclair/typebox'

/** A `$ref` to a schema registered with `addSchema`, typed as the schema it points to. */
export const ref = <T extends TSchema>(schema: T) => Type.Unsafe<Static<T>>(Type.Ref(schema.$id!))

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable snake_case code', examples: ['not_found'] }),
      message: Type.String({ description: 'Human-readable sentence' }),
      details: Type.Optional(Type.Unknown({ description: 'Extra data, e.g. the failing fields of a validation error' })),
    }),
  },
  { $id: 'ErrorResponse', title: 'ErrorResponse', description: 'Body of every 4xx and 5xx answer' },
)

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request (`validation_failed`, `invalid_json`)',
  401: 'Missing or invalid credentials',
  402: 'Billing refused it (`trial_credit_exhausted`, `spend_cap_reached`, `payment_past_due`...)',
  403: 'Forbidden',
  404: 'Not found (also for resources of another workspace)',
  409: 'Conflict',
  410: 'Gone: the route was replaced (the new one is named in the message)',
  413: 'Body too large',
  415: 'Unsupported content type',
  429: 'Too many requests (`rate_limited`, `concurrency_limit`)',
  502: 'Upstream service failed',
  503: 'Integration not configured or database unavailable',
}

/** Response entries for error codes, all pointing at the shared ErrorResponse component. */
export function errors(...codes: number[]): Record<number, TSchema> {
  const out: Record<number, TSchema> = {}
  for (const c of codes) out[c] = Type.Unsafe<Static<typeof ErrorResponse>>({ $ref: 'ErrorResponse', description: ERROR_DESCRIPTIONS[c] ?? 'Error' })
  return out
}

/** Every JSON route can answer these, whatever it does. */
export const commonErrors = [400, 413, 415]

export const Timestamp = Type.String({ format: 'date-time', description: 'ISO-8601 UTC' })
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])

export const IdParam = (description = 'Opaque id') =>
  Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', description })

export const ListQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Page size' })),
  cursor: Type.Optional(Type.String({ maxLength: 512, description: 'Opaque cursor from `nextCursor`' })),
}

export const Page = <T extends TSchema>(item: T, title: string) =>
  Type.Object({ items: Type.Array(item), nextCursor: Nullable(Type.String()) }, { title })

