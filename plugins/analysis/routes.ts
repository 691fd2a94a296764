import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { Call, CallParams } from '../../schemas/calls.js'
import { AnalyzeResponse, CallEvaluation, CallLabel, ExportQuery } from '../../schemas/analysis.js'
import { httpError } from '../../src/platform/http-error.js'
import { callJson, labelJson } from '../calls/index.js'
import { evaluationJson, type EvaluationStore } from './store.js'
import { transcriptLines } from './prompt.js'
import type { AnalysisRuns } from './run.js'

const tags = ['analysis']
const security = [{ bearerAuth: [] }]
const callNotFound = () => httpError(404, 'call_not_found', 'Call not found')

const CallExport = Type.Object({
  call: ref(Call),
  evaluations: Type.Array(ref(CallEvaluation)),
  labels: Type.Array(ref(CallLabel)),
  recordingUrl: Type.Union([Type.String(), Type.Null()], { description: 'Where the recording streams from (absolute with PUBLIC_API_BASE_URL), null without a ready recording' }),
  exportedAt: Type.String({ format: 'date-time' }),
})

export default async function analysisRoutes(fastify: FastifyInstance, opts: { runs: AnalysisRuns; evaluations: EvaluationStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { runs, evaluations } = opts
  app.addHook('onRequest', app.requireAuth)

  app.post('/calls/:callId/analyze', {
    schema: {
      tags, security, operationId: 'analyzeCall', summary: 'Run the post-call analysis again',
      description: 'Starts a new run at once (202, the analysis `pending`); it ends with a new `call_analyzed` event. ' +
        '409 `analysis_in_progress` while a run is pending, 409 `call_not_ended` for a call still open.',
      params: CallParams, response: { 202: AnalyzeResponse, ...errors(400, 401, 404, 409) },
    },
  }, async (req, reply) => {
    const { workspaceId } = req.auth
    const call = await app.calls.find(workspaceId, req.params.callId)
    if (!call) throw callNotFound()
    if (call.status !== 'ended' && call.status !== 'failed') throw httpError(409, 'call_not_ended', 'The call has not ended yet: it is analysed when it ends')
    const row = await app.sql.begin((tx) => runs.start(call, tx, { delayMs: 0, unlessPending: true, workspaceId }))
    if (!row?.analysis) throw httpError(409, 'analysis_in_progress', 'An analysis of this call is running; wait for its call_analyzed')
    return reply.code(202).send({ analysis: row.analysis })
  })

  app.get('/calls/:callId/export', {
    schema: {
      tags, security, operationId: 'exportCall', summary: 'Everything known about a call in one document',
      description: '`format=json` (default): the call with transcript, metrics and analysis, its evaluations, labels and recording link, ' +
        'as a `call-<id>.json` attachment. `format=txt`: the transcript as readable text (`call-<id>.txt`).',
      params: CallParams, querystring: ExportQuery,
      response: {
        200: {
          description: 'The export',
          content: { 'application/json': { schema: CallExport }, 'text/plain': { schema: Type.String() } },
        },
        ...errors(400, 401, 404),
      } as never,
    },
  }, async (req, reply) => {
    const { workspaceId } = req.auth
    const row = await app.calls.find(workspaceId, req.params.callId)
    if (!row) throw callNotFound()
    const call = callJson(row, { withTranscript: true })
    if (req.query.format === 'txt') {
      reply.header('content-disposition', `attachment; filename="call-${call.id}.txt"`)
      return reply.type('text/plain; charset=utf-8').send(transcriptText(call))
    }
    const [evals, labels] = await Promise.all([evaluations.list(workspaceId, call.id), app.callLabels.list(workspaceId, call.id)])
    const base = (app.config.publicApiBaseUrl ?? '').replace(/\/+$/, '')
    const url = (call.recording as { url?: string }).url
    reply.header('content-disposition', `attachment; filename="call-${call.id}.json"`)
    return reply.type('application/json; charset=utf-8').send({
      call,
      evaluations: evals.map(evaluationJson),
      labels: (labels ?? []).map(labelJson),
      recordingUrl: url ? `${base}${url}` : null,
      exportedAt: app.clock.now().toISOString(),
    })
  })
}

/** A header with the call's facts and analysis, then one line per turn. */
function transcriptText(call: ReturnType<typeof callJson>): string {
  const a = call.analysis
  const head = [
    `Call ${call.id}`,
    `Agent: ${call.agentName ?? '-'}`,
    `Direction: ${call.direction}   From: ${call.from ?? '-'}   To: ${call.to ?? '-'}`,
    `Started: ${call.startedAt}   Ended: ${call.endedAt ?? '-'}   Duration: ${call.durationS ?? '-'} s   Outcome: ${call.outcome ?? '-'}`,
    ...(a?.status === 'done' ? [`Summary: ${a.summary}`, `Sentiment: ${a.sentiment}   Successful: ${a.successful ? 'yes' : 'no'}`] : []),
  ]
  const lines = transcriptLines((call.transcript ?? []) as Record<string, unknown>[])
  return `${head.join('\n')}\n\n${lines.length ? lines.join('\n') : '(no transcript)'}\n`
}
