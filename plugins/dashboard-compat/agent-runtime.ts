import type { FastifyError, FastifyInstance, HTTPMethods } from 'fastify'
import { Type, type TSchema } from '@sinclair/typebox'
import { errors, ref } from '../../schemas/common.js'
import { CallParams } from '../../schemas/calls.js'
import { AgentConfig, AgentConfigQuery, AgentEndBody, TranscriptBody, TRANSCRIPT_MAX_BYTES } from '../../schemas/agent-runtime.js'
import { InboundStartBody, OutboundStartBody } from '../../schemas/telephony.js'
import { CallMetricsBody } from '../../schemas/metrics.js'
import { InternalSearchBody, KbSearchResponse } from '../../schemas/knowledge.js'
import { forward } from './forward.js'

interface RuntimeRoute {
  method: HTTPMethods
  url: string
  operationId: string
  params?: TSchema
  querystring?: TSchema
  body?: TSchema
  response: Record<number, TSchema>
}

/**
 * The voice agent's routes, byte for byte the contract's: the same paths under the prefix,
 * so an agent whose base URL is the one the dashboard uses keeps working. Schemas are the
 * contract's own, for the document; validation, auth and answers (errors in the contract's
 * shape, which the agent reads) are left to the contract route itself.
 */
const ROUTES: RuntimeRoute[] = [
  { method: 'POST', url: '/api/internal/telephony/inbound/start', operationId: 'dashboardStartInboundCall', body: InboundStartBody, response: { 201: ref(AgentConfig), ...errors(400, 401, 503) } },
  { method: 'POST', url: '/api/internal/telephony/outbound/start', operationId: 'dashboardStartOutboundCall', body: OutboundStartBody, response: { 200: ref(AgentConfig), ...errors(400, 401, 404, 503) } },
  { method: 'GET', url: '/api/internal/agents/config', operationId: 'dashboardAgentRuntimeConfig', querystring: AgentConfigQuery, response: { 200: ref(AgentConfig), ...errors(400, 401, 404) } },
  { method: 'POST', url: '/api/internal/calls/:callId/transcript', operationId: 'dashboardSyncTranscript', params: CallParams, body: TranscriptBody, response: { 200: Type.Object({ ok: Type.Boolean(), stored: Type.Boolean(), entries: Type.Integer() }), ...errors(400, 401, 404, 413) } },
  { method: 'POST', url: '/api/internal/calls/:callId/end', operationId: 'dashboardAgentEndCall', params: CallParams, body: AgentEndBody, response: { 200: Type.Object({ ok: Type.Boolean(), status: Type.String(), outcome: Type.Union([Type.String(), Type.Null()]) }), ...errors(400, 401, 404, 413) } },
  { method: 'POST', url: '/api/internal/calls/:callId/transfer', operationId: 'dashboardTransferCall', params: CallParams, body: Type.Object({ transferTo: Type.String({ minLength: 1, maxLength: 256 }) }, { additionalProperties: true }), response: { 200: Type.Object({ ok: Type.Boolean() }, { additionalProperties: true }), ...errors(400, 401, 404, 409, 502, 503) } },
  { method: 'POST', url: '/api/calls/:callId/metrics', operationId: 'dashboardPostCallMetrics', params: CallParams, body: ref(CallMetricsBody), response: { 200: Type.Object({}, { additionalProperties: true }), ...errors(400, 401, 404, 413, 415, 503) } },
  { method: 'POST', url: '/api/internal/kb/search', operationId: 'dashboardSearchKbForCall', body: InternalSearchBody, response: { 200: ref(KbSearchResponse), ...errors(400, 401, 404, 413, 415) } },
]

/** Answer headers worth passing back (the rest describe the in-process request). */
const KEPT = ['content-type', 'retry-after', 'x-request-id']

export default async function agentRuntimeRoutes(app: FastifyInstance) {
  // The bytes go to the contract as they came: it parses, validates and bounds them itself.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: TRANSCRIPT_MAX_BYTES }, (_req, body, done) => done(null, body))
  app.setValidatorCompiler(() => () => true)
  // What fails here (a body over every route's bound) is answered as the contract would.
  app.setErrorHandler((err: FastifyError, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500
    return reply.code(status).send({ error: { code: status === 413 ? 'payload_too_large' : status === 500 ? 'internal_error' : 'bad_request', message: status === 500 ? 'Internal server error' : err.message } })
  })

  for (const r of ROUTES) {
    app.route({
      method: r.method,
      url: r.url,
      schema: {
        tags: ['agent-runtime'],
        security: [{ agentSecret: [] }],
        operationId: r.operationId,
        summary: `The voice agent's ${r.method} ${r.url}, as the contract serves it`,
        description: `Served exactly as \`${r.method} ${r.url}\` of the contract (same body, same answer), for an agent whose base URL is this surface.`,
        ...(r.params ? { params: r.params } : {}),
        ...(r.querystring ? { querystring: r.querystring } : {}),
        ...(r.body ? { body: r.body } : {}),
        response: r.response,
      },
      handler: async (req, reply) => {
        const path = req.url.slice(req.url.indexOf('/api/'))
        const body = Buffer.isBuffer(req.body) ? { stream: req.body, contentType: String(req.headers['content-type'] ?? 'application/json') } : undefined
        const res = await forward(app, req, r.method as 'GET' | 'POST', path, body)
        for (const h of KEPT) if (res.headers[h] !== undefined) reply.header(h, res.headers[h])
        return reply.code(res.status).send(res.raw)
      },
    })
  }
}
