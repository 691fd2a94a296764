import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { createAnalysisRuns, ANALYZE_JOB } from './run.js'
import { createEvaluationStore } from './store.js'
import { createAutoEvaluator, autoEvalEnabled, AUTO_EVALUATE_JOB } from './evaluate.js'
import analysisRoutes from './routes.js'
import evaluationRoutes from './evaluations.js'

/**
 * After the call: the LLM analysis of every ended call (summary, sentiment, success, voicemail,
 * the agent's custom fields), `call_analyzed` once per run, evaluations (manual and the LLM
 * rubric), and the call export. The analysis state lives on the call (calls domain); this
 * domain owns `call_evaluations` and the jobs `call.analyze` and `call.auto-evaluate`.
 */
export default fp(
  async function analysis(app: FastifyInstance) {
    const cfg = app.config.analysis
    const runs = createAnalysisRuns(app)
    const evaluations = createEvaluationStore(app.sql)
    const evaluator = createAutoEvaluator(app, evaluations)

    await app.jobs.work(ANALYZE_JOB, runs.runJob)
    await app.jobs.work(AUTO_EVALUATE_JOB, evaluator.runJob)
    app.callEvents.on('call_ended', runs.onCallEnded)
    app.callEvents.onTranscriptChanged(async (callId) => {
      // A failure here must not fail the agent's transcript sync: the first analysis stays.
      await runs.onTranscriptChanged(callId).catch((err) => app.log.error({ callId, err }, 'Late-transcript re-analysis could not start'))
    })
    runs.onFinished(async (call, agent, tx) => {
      if (!autoEvalEnabled(agent)) return
      await app.jobs.enqueue(tx, AUTO_EVALUATE_JOB, { callId: call.id }, { singletonKey: call.id, maxAttempts: cfg.maxAttempts, backoffBaseMs: cfg.retryBaseMs })
    })

    await app.register(analysisRoutes, { prefix: '/api', runs, evaluations })
    await app.register(evaluationRoutes, { prefix: '/api', evaluations, evaluator })
  },
  // After call-webhooks: its call_ended listener runs first, so call_ended is queued before call_analyzed.
  { name: 'analysis', dependencies: ['calls', 'agents', 'jobs', 'authenticate', 'integrations', 'call-webhooks'] },
)
