import type { FastifyInstance } from 'fastify'
import type postgres from 'postgres'
import { JobError, type Job } from '../../src/jobs/queue.js'
import { classifyLlmError, completeJson } from '../../src/integrations/openai.js'
import { newId } from '../../src/platform/ids.js'
import type { CallAnalysis } from '../../schemas/analysis.js'
import { llmCostUsd } from '../metrics/index.js'
import { analysisMessages, analysisSchema, promptOf, usableFields, type AnalysisAnswer } from './prompt.js'

export const ANALYZE_JOB = 'call.analyze'
// pg-boss attempts beyond ANALYSIS_MAX_ATTEMPTS: a run whose last attempts died with their
// process (counted by the call's attempt counter) still gets a run that marks it failed.
const SPARE_JOB_ATTEMPTS = 2
const USER_HANGUPS = new Set(['user_hangup', 'caller_hangup', 'customer_hangup', 'user_hung_up'])

type CallRow = NonNullable<Awaited<ReturnType<FastifyInstance['calls']['findById']>>>
type AgentRow = NonNullable<Awaited<ReturnType<FastifyInstance['agents']['find']>>>
type Tx = postgres.TransactionSql
interface AnalyzeJob {
  callId: string
  runId: string
}

/** Called in the transaction that finished an analysis (auto-evaluation listens). */
export type AnalysisFinishedListener = (call: CallRow, agent: AgentRow | undefined, tx: Tx) => Promise<void>

/** From how the call ended, not from the LLM: the caller hung up first. */
export const userHungUp = (outcome: string | null) => (outcome ? USER_HANGUPS.has(outcome) : null)

// A call that never connected (a dial that failed, a web call nobody joined) has nothing to analyse.
const neverConnected = (call: CallRow) => call.status === 'failed' || (!call.answered_at && !call.transcript?.length)

function pendingAnalysis(outcome: string | null, now: Date): CallAnalysis {
  return {
    status: 'pending', summary: null, sentiment: null, successful: null, voicemail: null, userHungUp: userHungUp(outcome), custom: {},
    model: null, tokens: { prompt: 0, completion: 0 }, costUsd: null, attempts: 0, transcriptCut: false,
    requestedAt: now.toISOString(), analyzedAt: null,
  }
}

/**
 * Runs of the post-call analysis: a run starts pending in the transaction that ended the call
 * (or a re-run's), its job asks the LLM and ends it done, failed or skipped, and that ending
 * sends call_analyzed in its own transaction. Every run ends exactly once (see analysis-store).
 */
export function createAnalysisRuns(app: FastifyInstance) {
  const cfg = app.config.analysis
  const finishedListeners: AnalysisFinishedListener[] = []

  /** Starts a run and queues its job in `tx`; undefined when the call is open or (unlessPending) already being analysed. */
  async function start(call: Pick<CallRow, 'id' | 'outcome'>, tx: Tx, opts: { delayMs: number; unlessPending?: boolean; workspaceId?: string }) {
    const runId = newId('anr')
    const row = await app.callAnalysis.begin(call.id, runId, pendingAnalysis(call.outcome, app.clock.now()), opts, tx)
    if (!row) return undefined
    // The queue schedules on the database's clock: real time, not the business clock.
    await app.jobs.enqueue<AnalyzeJob>(tx, ANALYZE_JOB, { callId: call.id, runId }, {
      runAt: opts.delayMs > 0 ? new Date(Date.now() + opts.delayMs) : undefined,
      singletonKey: runId,
      maxAttempts: cfg.maxAttempts + SPARE_JOB_ATTEMPTS,
      backoffBaseMs: cfg.retryBaseMs,
    })
    return row
  }

  /** Ends run `runId` with `analysis`, sends call_analyzed, and starts the late re-run when the transcript grew meanwhile. */
  async function finish(callId: string, runId: string, analysis: CallAnalysis, transcriptCount: number | null, agent?: AgentRow) {
    await app.sql.begin(async (tx) => {
      const row = await app.callAnalysis.finish(callId, runId, analysis, transcriptCount, tx)
      if (!row) return
      await app.callEvents.emit('call_analyzed', row, tx)
      if (analysis.status === 'done') for (const l of finishedListeners) await l(row, agent, tx)
      if (await app.callAnalysis.claimLateRerun(callId, tx)) await start(row, tx, { delayMs: 0 })
    })
  }

  /** The end of a call: a connected call is analysed after ANALYSIS_DELAY_MS, another is skipped at once. */
  async function onCallEnded(call: CallRow, tx: Tx) {
    if (!neverConnected(call)) {
      await start(call, tx, { delayMs: cfg.delayMs })
      return
    }
    const runId = newId('anr')
    const now = app.clock.now()
    await app.callAnalysis.begin(call.id, runId, pendingAnalysis(call.outcome, now), {}, tx)
    const skipped: CallAnalysis = { ...pendingAnalysis(call.outcome, now), status: 'skipped', analyzedAt: now.toISOString(), error: 'The call never connected' }
    const row = await app.callAnalysis.finish(call.id, runId, skipped, call.transcript?.length ?? 0, tx)
    if (row) await app.callEvents.emit('call_analyzed', row, tx)
  }

  async function runJob(job: Job<AnalyzeJob>) {
    const { callId, runId } = job.data
    const call = await app.callAnalysis.claimAttempt(callId, runId)
    if (!call) return
    const attempts = call.analysis_attempts
    const base: CallAnalysis = { ...(call.analysis ?? pendingAnalysis(call.outcome, app.clock.now())), attempts }
    const transcript = call.transcript ?? []
    const ended = (fields: Partial<CallAnalysis>, agent?: AgentRow) =>
      finish(callId, runId, { ...base, ...fields, analyzedAt: app.clock.now().toISOString() }, transcript.length, agent)

    const llm = app.integrations.openai
    if (!llm) return ended({ status: 'skipped', error: 'No LLM is configured (OPENAI_API_KEY)' })
    if (attempts > cfg.maxAttempts) return ended({ status: 'failed', error: `Gave up after ${cfg.maxAttempts} attempts` })

    const agent = call.agent_id ? await app.agents.find(call.workspace_id, call.agent_id) : undefined
    const fields = usableFields(agent?.post_call_data_extraction)
    const { messages, cut } = analysisMessages({
      direction: call.direction, outcome: call.outcome, durationS: call.duration_s, transcript, agentName: call.agent_name,
      prompt: promptOf(agent, call.direction), fields,
    }, cfg.transcriptTokenBudget)
    const model = postCallModel(agent) ?? llm.model
    try {
      const out = await completeJson<AnalysisAnswer>(llm, { model, messages, schemaName: 'call_analysis', schema: analysisSchema(fields), temperature: 0 })
      const v = out.value
      return await ended({
        status: 'done', summary: v.summary, sentiment: v.sentiment, successful: v.successful, voicemail: v.voicemail, custom: v.custom,
        model: out.model, tokens: { prompt: out.promptTokens, completion: out.completionTokens },
        costUsd: llmCostUsd(out.model, out.promptTokens, out.completionTokens) ?? null, transcriptCut: cut,
      }, agent)
    } catch (err) {
      const e = classifyLlmError(err)
      if (!e.retryable || attempts >= cfg.maxAttempts) return ended({ status: 'failed', model, transcriptCut: cut, error: e.message })
      throw new JobError(e.message, { retryAfterMs: e.retryAfterMs })
    }
  }

  return {
    start,
    onCallEnded,
    runJob,
    /** Something to do in the transaction that finished an analysis as done (queue an auto-evaluation). */
    onFinished(listener: AnalysisFinishedListener) {
      finishedListeners.push(listener)
    },
    /** The agent's transcript push after the end: one re-run when the finished analysis read less. */
    async onTranscriptChanged(callId: string) {
      // Outside a transaction: this runs for every sync of live calls too, where it matches nothing.
      // A crash between the claim and the start loses that one re-run; the first analysis stays.
      if (!(await app.callAnalysis.claimLateRerun(callId))) return
      await app.sql.begin(async (tx) => {
        const call = await app.calls.findState(callId, tx)
        if (call) await start({ id: callId, outcome: call.outcome }, tx, { delayMs: 0 })
      })
    },
  }
}

/** The agent's own extraction model (agent studio's `postCallExtractionModel`), when set. */
export function postCallModel(agent: AgentRow | undefined): string | undefined {
  const m = (agent as { post_call_extraction_model?: string | null } | undefined)?.post_call_extraction_model
  return typeof m === 'string' && m.trim() ? m.trim() : undefined
}

export type AnalysisRuns = ReturnType<typeof createAnalysisRuns>
