import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref, Page } from '../../schemas/common.js'
import { Call, CallListQuery, CallParams } from '../../schemas/calls.js'
import { notFound } from '../../src/platform/http-error.js'
import { decodeCursor, paginate } from '../../src/platform/cursor.js'
import { callJson, type CallStore } from './store.js'

const tags = ['calls']
const security = [{ bearerAuth: [] }]

/** Dashboard/integrator reads of calls. */
export default async function callReadRoutes(fastify: FastifyInstance, opts: { calls: CallStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { calls } = opts
  app.addHook('onRequest', app.requireAuth)

  app.get('/calls', {
    schema: {
      tags, security, operationId: 'listCalls', summary: 'Calls of the workspace, newest first',
      description: 'Filters combine; `since` is inclusive and `until` exclusive on `startedAt`. Lists omit the transcript.',
      querystring: CallListQuery, response: { 200: Page(ref(Call), 'CallPage'), ...errors(400, 401) },
    },
  }, async (req, reply) => {
    const q = req.query
    const limit = q.limit ?? 50
    const before = decodeCursor<[number, string]>(q.cursor, ['number', 'string'])
    const rows = await calls.list(req.auth.workspaceId, {
      agentId: q.agentId, variantId: q.variantId, direction: q.direction, status: q.status,
      successful: q.successful, sentiment: q.sentiment, label: q.label?.trim(),
      since: q.since ? new Date(q.since) : undefined,
      until: q.until ? new Date(q.until) : undefined,
      before: before ? { startedAt: new Date(before[0]), id: before[1] } : undefined,
      limit,
    })
    const page = paginate(rows, limit, (r) => [r.started_at.getTime(), r.id])
    // Items arrive as JSON text (see calls.list); a string body is sent as it is, not re-serialised
    // (hence the cast: the type provider expects the object the schema describes).
    const body = `{"items":[${page.items.map((r) => r.json).join(',')}],"nextCursor":${JSON.stringify(page.nextCursor)}}`
    return reply.type('application/json; charset=utf-8').send(body as never)
  })

  app.get('/calls/:callId', {
    schema: { tags, security, operationId: 'getCall', summary: 'One call with its transcript and metrics', description: 'The transcript as the agent last synced it and the merged metrics snapshot with derived totals and latency percentiles.', params: CallParams, response: { 200: ref(Call), ...errors(400, 401, 404) } },
  }, async (req) => {
    const row = await calls.find(req.auth.workspaceId, req.params.callId)
    if (!row) throw notFound('Call')
    return callJson(row, { withTranscript: true })
  })
}
