import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { CallParams } from '../../schemas/calls.js'
import { CallLabel, LabelBody, LABELS_PER_CALL_MAX } from '../../schemas/analysis.js'
import { httpError } from '../../src/platform/http-error.js'
import { labelJson, type CallLabelStore } from './labels-store.js'

const tags = ['calls']
const security = [{ bearerAuth: [] }]
const callNotFound = () => httpError(404, 'call_not_found', 'Call not found')

/** Labels on a call (`?label=` on the calls list filters by them). */
export default async function callLabelRoutes(fastify: FastifyInstance, opts: { labels: CallLabelStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { labels } = opts
  app.addHook('onRequest', app.requireAuth)

  app.get('/calls/:callId/labels', {
    schema: { tags, security, operationId: 'listCallLabels', summary: 'Labels of a call, newest first', description: '404 `call_not_found` for an unknown call and for a call of another workspace.', params: CallParams, response: { 200: Type.Object({ labels: Type.Array(ref(CallLabel)) }), ...errors(400, 401, 404) } },
  }, async (req) => {
    const rows = await labels.list(req.auth.workspaceId, req.params.callId)
    if (!rows) throw callNotFound()
    return { labels: rows.map(labelJson) }
  })

  app.post('/calls/:callId/labels', {
    schema: {
      tags, security, operationId: 'addCallLabel', summary: 'Label a call',
      description: `The label is trimmed. 201 with the new label; 200 with the stored one when the call already has it. At most ${LABELS_PER_CALL_MAX} labels per call (409 \`label_limit_reached\`).`,
      params: CallParams, body: LabelBody,
      response: { 200: Type.Object({ label: ref(CallLabel) }), 201: Type.Object({ label: ref(CallLabel) }), ...errors(400, 401, 404, 409, 415) },
    },
  }, async (req, reply) => {
    const out = await labels.add(req.auth.workspaceId, req.params.callId, req.body.label.trim(), LABELS_PER_CALL_MAX)
    if (out.result === 'call_not_found') throw callNotFound()
    if (out.result === 'full') throw httpError(409, 'label_limit_reached', `A call carries at most ${LABELS_PER_CALL_MAX} labels`)
    return reply.code(out.result === 'created' ? 201 : 200).send({ label: labelJson(out.row) })
  })

  app.delete('/calls/:callId/labels', {
    schema: {
      tags, security, operationId: 'deleteCallLabel', summary: 'Remove a label from a call',
      description: 'JSON body `{label}` (the dashboard sends it so). 404 `label_not_found` when the call has no such label.',
      params: CallParams, body: LabelBody,
      response: { 200: Type.Object({ ok: Type.Boolean() }), ...errors(400, 401, 404, 415) },
    },
  }, async (req) => {
    const label = req.body.label.trim()
    if (await labels.remove(req.auth.workspaceId, req.params.callId, label)) return { ok: true }
    if (!(await labels.list(req.auth.workspaceId, req.params.callId))) throw callNotFound()
    throw httpError(404, 'label_not_found', 'The call has no such label')
  })
}
