import { Ajv, type Options } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FastifyInstance, FastifySchema } from 'fastify'
import type { TSchema } from '@sinclair/typebox'

// ajv-formats is CommonJS; its default export arrives nested under ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv

const base: Options = {
  useDefaults: true,
  // Unknown fields are refused where a schema forbids them, not silently dropped.
  removeAdditional: false,
  allErrors: true,
  strict: false,
  allowUnionTypes: true,
  addUsedSchema: false,
}

/**
 * JSON bodies are validated as sent: coercion would turn `null` into `""` or `0`, or
 * 17 into "17", inside nullable and union fields. Query strings, params and headers
 * arrive as text, so there types are coerced.
 */
export function installValidators(app: FastifyInstance, shared: TSchema[]) {
  const make = (coerceTypes: Options['coerceTypes']) => {
    const ajv = new Ajv({ ...base, coerceTypes })
    addFormats(ajv)
    for (const s of shared) ajv.addSchema(s)
    return ajv
  }
  const strict = make(false)
  const coercing = make('array')
  app.setValidatorCompiler(({ schema, httpPart }: { schema: FastifySchema; httpPart?: string }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema as object) as never,
  )
}
