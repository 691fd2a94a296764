/**
 * The part of JSON Schema that OpenAI's strict Structured Outputs accept, as builders that only
 * produce accepted schemas (every property required, `additionalProperties: false`, no
 * unsupported keyword; optional values are `anyOf [X, null]`), and a checker of answers
 * against them (a strict model still gets validated: compatible servers may ignore `strict`).
 */
export type JsonSchema =
  | { type: 'object'; properties: Record<string, JsonSchema>; required: string[]; additionalProperties: false; description?: string }
  | { type: 'string'; enum?: string[]; description?: string }
  | { type: 'number' | 'integer'; minimum?: number; maximum?: number; description?: string }
  | { type: 'boolean'; description?: string }
  | { type: 'null' }
  | { type: 'array'; items: JsonSchema; description?: string }
  | { anyOf: JsonSchema[]; description?: string }

const withDescription = <T extends object>(s: T, description?: string) => (description ? { ...s, description } : s)

export const S = {
  object: (properties: Record<string, JsonSchema>, description?: string): JsonSchema =>
    withDescription({ type: 'object' as const, properties, required: Object.keys(properties), additionalProperties: false as const }, description),
  string: (description?: string): JsonSchema => withDescription({ type: 'string' as const }, description),
  enum: (values: string[], description?: string): JsonSchema => withDescription({ type: 'string' as const, enum: values }, description),
  number: (description?: string, range: { minimum?: number; maximum?: number } = {}): JsonSchema => withDescription({ type: 'number' as const, ...range }, description),
  integer: (description?: string, range: { minimum?: number; maximum?: number } = {}): JsonSchema => withDescription({ type: 'integer' as const, ...range }, description),
  boolean: (description?: string): JsonSchema => withDescription({ type: 'boolean' as const }, description),
  array: (items: JsonSchema, description?: string): JsonSchema => withDescription({ type: 'array' as const, items }, description),
  /** A value the model may leave out: strict mode has no optional properties, so it answers null. */
  nullable: (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] }),
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)

/** The first way `value` breaks `schema` (`$.path: reason`), or undefined when it conforms. */
export function checkJson(schema: JsonSchema, value: unknown, path = '$'): string | undefined {
  if ('anyOf' in schema) {
    return schema.anyOf.some((s) => checkJson(s, value, path) === undefined) ? undefined : `${path}: matches none of the allowed types`
  }
  const t = typeOf(value)
  switch (schema.type) {
    case 'null':
      return value === null ? undefined : `${path}: must be null, got ${t}`
    case 'boolean':
      return t === 'boolean' ? undefined : `${path}: must be a boolean, got ${t}`
    case 'string':
      if (t !== 'string') return `${path}: must be a string, got ${t}`
      return schema.enum && !schema.enum.includes(value as string) ? `${path}: must be one of ${schema.enum.join(', ')}` : undefined
    case 'number':
    case 'integer': {
      if (t !== 'number' || !Number.isFinite(value)) return `${path}: must be a number, got ${t}`
      const n = value as number
      if (schema.type === 'integer' && !Number.isInteger(n)) return `${path}: must be an integer`
      if (schema.minimum !== undefined && n < schema.minimum) return `${path}: must be at least ${schema.minimum}`
      if (schema.maximum !== undefined && n > schema.maximum) return `${path}: must be at most ${schema.maximum}`
      return undefined
    }
    case 'array': {
      if (t !== 'array') return `${path}: must be an array, got ${t}`
      const items = value as unknown[]
      for (let i = 0; i < items.length; i++) {
        const p = checkJson(schema.items, items[i], `${path}[${i}]`)
        if (p) return p
      }
      return undefined
    }
    case 'object': {
      if (t !== 'object') return `${path}: must be an object, got ${t}`
      const obj = value as Record<string, unknown>
      for (const k of schema.required) if (!(k in obj)) return `${path}.${k}: missing`
      for (const k of Object.keys(obj)) {
        const s = schema.properties[k]
        if (!s) return `${path}.${k}: not in the schema`
        const p = checkJson(s, obj[k], `${path}.${k}`)
        if (p) return p
      }
      return undefined
    }
  }
}
