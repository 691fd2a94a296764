import type { FastifyError, FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { HttpError } from './http-error.js'
import { isDatabaseUnavailable, isUnstorableText } from '../db/errors.js'
import { methodNotAllowedHook, trackRoutes } from './method-not-allowed.js'

interface ErrorBody {
  error: { code: string; message: string; details?: unknown }
}

// Fastify's own client errors, named for clients rather than by FST_ codes.
const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'Content-Type is not supported: send application/json'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', 'Request body is too large'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json', 'Body is empty but Content-Type is application/json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json', 'Body is not valid JSON'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_request', 'Content-Length does not match the body'],
  FST_ERR_BAD_URL: [400, 'invalid_request', 'Malformed URL'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'invalid_request', 'Request does not match a route constraint'],
}

function validationDetails(err: FastifyError) {
  return (err.validation ?? []).map((v) => {
    const base = v.instancePath ? v.instancePath.slice(1).replace(/\//g, '.') : ''
    const extra =
      (v.params as { missingProperty?: string; additionalProperty?: string })?.missingProperty ??
      (v.params as { additionalProperty?: string })?.additionalProperty
    const field = [base, extra].filter(Boolean).join('.')
    return { in: err.validationContext ?? 'body', field: field || null, message: v.message ?? 'is invalid' }
  })
}

export function toErrorBody(err: FastifyError | HttpError | Error): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  if (err instanceof HttpError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message } }
    if (err.details !== undefined) body.error.details = err.details
    return { status: err.statusCode, body, headers: err.headers }
  }
  const fe = err as FastifyError
  if (fe.validation) {
    const details = validationDetails(fe)
    const first = details[0]
    const message = first ? `${first.in}${first.field ? `.${first.field}` : ''} ${first.message}` : 'Request is invalid'
    return { status: 400, body: { error: { code: 'validation_failed', message, details } } }
  }
  if (fe.code && FASTIFY_CODES[fe.code]) {
    const [status, code, message] = FASTIFY_CODES[fe.code]
    return { status, body: { error: { code, message } } }
  }
  if (isDatabaseUnavailable(err)) {
    return { status: 503, body: { error: { code: 'database_unavailable', message: 'The database is unavailable; retry shortly' } }, headers: { 'retry-after': '2' } }
  }
  if (isUnstorableText(err)) {
    return { status: 400, body: { error: { code: 'validation_failed', message: 'Text contains a NUL character (\\u0000), which cannot be stored' } } }
  }
  const status = fe.statusCode ?? 500
  if (status >= 400 && status < 500) {
    const code = status === 429 ? 'rate_limited' : status === 401 ? 'unauthorized' : status === 404 ? 'not_found' : 'bad_request'
    return { status, body: { error: { code, message: fe.message } } }
  }
  return { status: 500, body: { error: { code: 'internal_error', message: 'Internal server error' } } }
}

/** Renders every error in the contract's `{error:{code,message,details?}}` body, never with a stack. */
export default fp(
  async function errorHandler(app: FastifyInstance) {
    app.setErrorHandler((err, req, reply) => {
      const { status, body, headers } = toErrorBody(err as FastifyError)
      if (status >= 500) req.log.error({ err }, 'request failed')
      else req.log.info({ code: body.error.code, status }, body.error.message)
      if (headers) reply.headers(headers)
      return reply.code(status).type('application/json').send(body)
    })
    // Registered before any route, so it sees them all: an unknown method on a known path is 405.
    const routes = trackRoutes(app)
    const methodNotAllowed = methodNotAllowedHook(routes.allowedFor)
    // onRequest runs before body parsing: a QUERY without a Content-Type gets 405, not a parser error.
    app.addHook('onRequest', async (req, reply) => {
      if (req.is404) await methodNotAllowed(req, reply)
    })
    app.setNotFoundHandler(async (req, reply) => {
      // Again here: @fastify/cors' OPTIONS route (no CLIENT_ORIGIN) calls this handler directly.
      await methodNotAllowed(req, reply)
      if (reply.sent) return reply
      return reply.code(404).send({ error: { code: 'not_found', message: `Route ${req.method} ${req.url.split('?')[0]} not found` } })
    })
  },
  { name: 'error-handler' },
)
