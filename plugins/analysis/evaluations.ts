import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { CallParams } from '../../schemas/calls.js'
import { CallEvaluation, CreateEvaluationBody, EvaluationParams, UpdateEvaluationBody } from '../../schemas/analysis.js'
import { httpError } from '../../src/platform/http-error.js'
import { classifyLlmError } from '../../src/integrations/openai.js'
import { evaluationJson, type EvaluationRow, type EvaluationStore } from './store.js'
import type { AutoEvaluator } from './evaluate.js'

const tags = ['analysis']
const security = [{ bearerAuth: [] }]
const callNotFound = () => httpError(404, 'call_not_found', 'Call not found')
const evaluationNotFound = () => httpError(404, 'evaluation_not_found', 'Evaluation not found')
const One = Type.Object({ evaluation: ref(CallEvaluation) })

/** Who wrote it: the user, or the API key for integrations. */
const authorOf = (req: FastifyRequest) => (req.auth.kind === 'user' ? req.auth.userId! : `key:${req.auth.keyId}`)

export default async function evaluationRoutes(fastify: FastifyInstance, opts: { evaluations: EvaluationStore; evaluator: AutoEvaluator }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { evaluations, evaluator } = opts
  app.addHook('onRequest', app.requireAuth)

  const callOf = async (req: FastifyRequest) => {
    const call = await app.calls.find(req.auth.workspaceId, (req.params as { callId: string }).callId)
    if (!call) throw callNotFound()
    return call
  }
  /** A manual evaluation is changed by its author; an auto one by an owner or admin. */
  const assertMayChange = (req: FastifyRequest, row: EvaluationRow) => {
    const allowed = row.author_user_id ? row.author_user_id === authorOf(req) : req.auth.role === 'owner' || req.auth.role === 'admin'
    if (!allowed) throw httpError(403, 'not_evaluation_author', 'Only the author of an evaluation (for an AI one: an owner or admin) can change it')
  }

  app.get('/calls/:callId/evaluations', {
    schema: { tags, security, operationId: 'listCallEvaluations', summary: 'Evaluations of a call, newest first', description: 'Manual and `auto` (LLM rubric) evaluations; 404 `call_not_found` for a call of another workspace.', params: CallParams, response: { 200: Type.Object({ evaluations: Type.Array(ref(CallEvaluation)) }), ...errors(400, 401, 404) } },
  }, async (req) => {
    const call = await callOf(req)
    return { evaluations: (await evaluations.list(req.auth.workspaceId, call.id)).map(evaluationJson) }
  })

  app.post('/calls/:callId/evaluations', {
    schema: {
      tags, security, operationId: 'createCallEvaluation', summary: 'A manual evaluation: score 0-100, notes, optional details',
      description: 'The caller is its author: only they can change or delete it.',
      params: CallParams, body: CreateEvaluationBody, response: { 201: One, ...errors(400, 401, 404, 415) },
    },
  }, async (req, reply) => {
    const call = await callOf(req)
    const row = await evaluations.insert({
      workspaceId: req.auth.workspaceId, callId: call.id, source: 'manual', score: req.body.score, notes: req.body.notes ?? '',
      details: req.body.details ?? {}, authorId: authorOf(req), model: null,
    })
    return reply.code(201).send({ evaluation: evaluationJson(row) })
  })

  app.post('/calls/:callId/auto-evaluate', {
    schema: {
      tags, security, operationId: 'autoEvaluateCall', summary: "Grade the call with the LLM rubric from the agent's prompt",
      description: 'One LLM request; 201 with the `auto` evaluation (`details`: score, summary, strengths, issues, suggestedFixes, nextTests). ' +
        '400 `transcript_required` for a call without transcript, 502 `llm_failed` when the LLM fails or answers off the schema, 503 without an LLM.',
      params: CallParams, response: { 201: One, ...errors(400, 401, 404, 502, 503) },
    },
  }, async (req, reply) => {
    const call = await callOf(req)
    if (!call.transcript?.length) throw httpError(400, 'transcript_required', 'The call has no transcript to evaluate')
    const llm = app.need('openai')
    try {
      return reply.code(201).send({ evaluation: evaluationJson(await evaluator.evaluate(llm, call)) })
    } catch (err) {
      const e = classifyLlmError(err)
      req.log.warn({ callId: call.id, kind: e.kind, status: e.status }, 'Auto evaluation failed')
      throw httpError(502, 'llm_failed', `Auto evaluation failed: ${e.message}`, { kind: e.kind, ...(e.retryAfterMs === undefined ? {} : { retryAfterMs: e.retryAfterMs }) })
    }
  })

  app.patch('/calls/:callId/evaluations/:evaluationId', {
    schema: {
      tags, security, operationId: 'updateCallEvaluation', summary: 'Change an evaluation (its author only)',
      description: 'Only the fields sent change. 403 `not_evaluation_author` for anyone but its author (an `auto` evaluation: an owner or admin).',
      params: EvaluationParams, body: UpdateEvaluationBody, response: { 200: One, ...errors(400, 401, 403, 404, 415) },
    },
  }, async (req) => {
    const row = await evaluations.find(req.auth.workspaceId, req.params.callId, req.params.evaluationId)
    if (!row) throw evaluationNotFound()
    assertMayChange(req, row)
    const updated = await evaluations.update(req.auth.workspaceId, row.id, req.body)
    if (!updated) throw evaluationNotFound()
    return { evaluation: evaluationJson(updated) }
  })

  app.delete('/calls/:callId/evaluations/:evaluationId', {
    schema: { tags, security, operationId: 'deleteCallEvaluation', summary: 'Delete an evaluation (its author only)', description: '403 `not_evaluation_author` for anyone but its author (an `auto` evaluation: an owner or admin).', params: EvaluationParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404) } },
  }, async (req, reply) => {
    const row = await evaluations.find(req.auth.workspaceId, req.params.callId, req.params.evaluationId)
    if (!row) throw evaluationNotFound()
    assertMayChange(req, row)
    if (!(await evaluations.remove(req.auth.workspaceId, row.id))) throw evaluationNotFound()
    return reply.code(204).send(null)
  })
}
