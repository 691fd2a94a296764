import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import { call, forward } from './forward.js'
import { dashboardError } from './errors.js'
import { callRecord, type ContractCall } from './call-shapes.js'
import { ms } from './time.js'
import { Anything, compatErrors, Ok } from './shapes.js'

const CallIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) })
const LabelBody = Type.Object({ label: Type.String({ minLength: 1, maxLength: 80 }) }, { additionalProperties: true })

interface ContractEvaluation {
  id: string
  callId: string
  workspaceId: string
  score: number
  source: string
  notes: string
  details: Record<string, unknown>
  createdAt: string
  updatedAt: string
}
interface ContractLabel {
  id: string
  callId: string
  workspaceId: string
  label: string
  createdAt: string
}

const evaluation = (e: ContractEvaluation) => ({ ...e, details: e.details ?? {}, createdAt: ms(e.createdAt), updatedAt: ms(e.updatedAt) })
const label = (l: ContractLabel) => ({ ...l, createdAt: ms(l.createdAt) })

/** The call detail page's extras: export, evaluations and labels. */
export default async function callDetailRoutes(app: FastifyInstance) {
  const callPath = (req: { params: unknown }) => `/api/calls/${(req.params as { id: string }).id}`

  app.get(
    '/api/calls/:id/export',
    {
      schema: {
        tags: ['calls'], operationId: 'dashboardExportCall', summary: 'The call as one JSON document',
        description: 'Maps onto `GET /api/calls/:callId/export`: `call` in the dashboard\'s shape, plus everything the export holds (analysis, evaluations, labels).',
        params: CallIdParams,
        response: { 200: Type.Object({ call: Anything }, { additionalProperties: true }), ...compatErrors(400, 401, 404) },
      },
    },
    async (req) => {
      const exported = await call<{ call: ContractCall; [k: string]: unknown }>(app, req, 'GET', `${callPath(req)}/export`)
      const { call: c, ...rest } = exported
      return { ...rest, call: { ...callRecord(c), analysis: c.analysis ?? null } }
    },
  )

  app.get(
    '/api/calls/:id/evaluations',
    {
      schema: {
        tags: ['calls'], operationId: 'dashboardListEvaluations', summary: 'Evaluations of a call, newest first',
        description: 'Maps onto `GET /api/calls/:callId/evaluations`.',
        params: CallIdParams,
        response: { 200: Type.Object({ evaluations: Type.Array(Anything) }), ...compatErrors(400, 401, 404) },
      },
    },
    async (req) => ({ evaluations: (await call<{ evaluations: ContractEvaluation[] }>(app, req, 'GET', `${callPath(req)}/evaluations`)).evaluations.map(evaluation) }),
  )

  app.post(
    '/api/calls/:id/evaluations',
    {
      schema: {
        tags: ['calls'], operationId: 'dashboardCreateEvaluation', summary: 'Save a manual evaluation',
        description: 'Maps onto `POST /api/calls/:callId/evaluations`.',
        params: CallIdParams,
        body: Type.Object({ score: Type.Integer({ minimum: 0, maximum: 100 }), notes: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: true }),
        response: { 201: Type.Object({ evaluation: Anything }), ...compatErrors(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const b = req.body as { score: number; notes?: string }
      const e = await call<ContractEvaluation | { evaluation: ContractEvaluation }>(app, req, 'POST', `${callPath(req)}/evaluations`, { score: b.score, notes: b.notes ?? '' })
      return reply.code(201).send({ evaluation: evaluation('evaluation' in e ? e.evaluation : e) })
    },
  )

  app.post(
    '/api/calls/:id/auto-evaluate',
    {
      schema: {
        tags: ['calls'], operationId: 'dashboardAutoEvaluate', summary: 'Run the AI evaluation',
        description: 'Maps onto `POST /api/calls/:callId/auto-evaluate` (the LLM rubric); 503 when no LLM is configured.',
        params: CallIdParams,
        response: { 201: Type.Object({ evaluation: Anything }), ...compatErrors(400, 401, 404, 409, 429, 502, 503) },
      },
    },
    async (req, reply) => {
      const e = await call<ContractEvaluation | { evaluation: ContractEvaluation }>(app, req, 'POST', `${callPath(req)}/auto-evaluate`)
      return reply.code(201).send({ evaluation: evaluation('evaluation' in e ? e.evaluation : e) })
    },
  )

  app.get(
    '/api/calls/:id/labels',
    {
      schema: {
        tags: ['calls'], operationId: 'dashboardListLabels', summary: 'Labels of a call, newest first',
        description: 'Maps onto `GET /api/calls/:callId/labels`.',
        params: CallIdParams,
        response: { 200: Type.Object({ labels: Type.Array(Anything) }), ...compatErrors(400, 401, 404) },
      },
    },
    async (req) => ({ labels: (await call<{ labels: ContractLabel[] }>(app, req, 'GET', `${callPath(req)}/labels`)).labels.map(label) }),
  )

  app.post(
    '/api/calls/:id/labels',
    {
      schema: {
        tags: ['calls'], operationId: 'dashboardAddLabel', summary: 'Add a label',
        description: 'Maps onto `POST /api/calls/:callId/labels`; a label the call already has is answered as it is (labels are unique per call).',
        params: CallIdParams,
        body: LabelBody,
        response: { 201: Type.Object({ label: Anything }), ...compatErrors(400, 401, 404, 409) },
      },
    },
    async (req, reply) => {
      const r = await call<{ label: ContractLabel }>(app, req, 'POST', `${callPath(req)}/labels`, { label: (req.body as { label: string }).label })
      return reply.code(201).send({ label: label(r.label) })
    },
  )

  app.delete(
    '/api/calls/:id/labels',
    {
      schema: {
        tags: ['calls'], operationId: 'dashboardDeleteLabel', summary: 'Remove a label (JSON body)',
        description: 'Maps onto `DELETE /api/calls/:callId/labels` with the same body.',
        params: CallIdParams,
        body: LabelBody,
        response: { 200: Ok, ...compatErrors(400, 401, 404) },
      },
    },
    async (req) => {
      const res = await forward(app, req, 'DELETE', `${callPath(req)}/labels`, { label: (req.body as { label: string }).label })
      if (res.status >= 400) throw dashboardError(res.status, res.body, res.headers)
      return { ok: true as const }
    },
  )
}
