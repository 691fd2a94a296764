import type { FastifyInstance } from 'fastify'
import { classifyLlmError, completeJson, type Llm } from '../../src/integrations/openai.js'
import { JobError, type Job } from '../../src/jobs/queue.js'
import { rubricEvaluation, rubricMessages, rubricSchema, type RubricAnswer } from './rubric.js'
import { postCallModel } from './run.js'
import { promptOf } from './prompt.js'
import type { EvaluationStore } from './store.js'

export const AUTO_EVALUATE_JOB = 'call.auto-evaluate'

type CallRow = NonNullable<Awaited<ReturnType<FastifyInstance['calls']['findById']>>>
type AgentRow = NonNullable<Awaited<ReturnType<FastifyInstance['agents']['find']>>>

/** Agent studio's `autoEvalEnabled`: evaluate every analysed call of the agent. */
export const autoEvalEnabled = (agent: AgentRow | undefined) => (agent as { auto_eval_enabled?: boolean } | undefined)?.auto_eval_enabled === true

/** The LLM rubric (score, notes, per-criterion details) stored as an `auto` evaluation. */
export function createAutoEvaluator(app: FastifyInstance, evaluations: EvaluationStore) {
  async function evaluate(llm: Llm, call: CallRow) {
    const agent = call.agent_id ? await app.agents.find(call.workspace_id, call.agent_id) : undefined
    const out = await completeJson<RubricAnswer>(llm, {
      model: postCallModel(agent) ?? llm.model,
      schemaName: 'call_evaluation',
      schema: rubricSchema,
      temperature: 0.2,
      messages: rubricMessages({
        agentName: call.agent_name, prompt: promptOf(agent, call.direction), outcome: call.outcome, durationS: call.duration_s,
        transcript: call.transcript ?? [],
      }, app.config.analysis.transcriptTokenBudget),
    })
    return evaluations.insert({ workspaceId: call.workspace_id, callId: call.id, source: 'auto', ...rubricEvaluation(out.value), authorId: null, model: out.model })
  }

  /** The background evaluation after an analysis: once per call (an existing auto evaluation ends it). */
  async function runJob(job: Job<{ callId: string }>) {
    const llm = app.integrations.openai
    const call = await app.calls.findById(job.data.callId)
    if (!llm || !call || !call.transcript?.length || (await evaluations.hasAuto(call.id))) return
    try {
      await evaluate(llm, call)
    } catch (err) {
      const e = classifyLlmError(err)
      if (!e.retryable) {
        app.log.warn({ callId: call.id, err: e.message }, 'Auto evaluation refused by the LLM')
        return
      }
      throw new JobError(e.message, { retryAfterMs: e.retryAfterMs })
    }
  }

  return { evaluate, runJob }
}

export type AutoEvaluator = ReturnType<typeof createAutoEvaluator>
