import { httpError } from './http-error.js'

/** JSON objects stored as-is (voice, toolConfigs, ...) get a size bound the schema cannot express. */
export function assertJsonSizes(body: Record<string, unknown>, limits: Record<string, number>) {
  const details = []
  for (const [field, max] of Object.entries(limits)) {
    if (body[field] === undefined) continue
    const size = Buffer.byteLength(JSON.stringify(body[field]))
    if (size > max) details.push({ in: 'body', field, message: `must be at most ${max} bytes of JSON (got ${size})` })
  }
  if (details.length) throw httpError(400, 'validation_failed', `body.${details[0].field} ${details[0].message}`, details)
}
