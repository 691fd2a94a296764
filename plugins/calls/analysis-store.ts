import type { Queryable, Sql } from '../../src/db/connect.js'
import type { CallAnalysis } from '../../schemas/analysis.js'
import type { CallRow } from './store.js'

const withTranscript = (tx: Queryable) =>
  tx`coalesce((select jsonb_agg(t.entry order by t.seq) from call_transcript_entries t where t.call_id = c.id), '[]'::jsonb) as transcript`

/**
 * The analysis columns of `calls` (see migration 020): the analysis domain runs the LLM, the
 * calls domain keeps the state. Every write names the run it belongs to, so a job of an older
 * run (a re-run started meanwhile, a duplicate after its process died) changes nothing.
 */
export function createCallAnalysisStore(sql: Sql) {
  return {
    /**
     * Starts run `runId`: the analysis becomes `pending` with a fresh attempt count. With
     * `unlessPending`, a call whose analysis is pending keeps it (a re-run while one runs)
     * and nothing is returned; an open call is never analysed.
     */
    async begin(callId: string, runId: string, pending: CallAnalysis, opts: { unlessPending?: boolean; workspaceId?: string } = {}, tx: Queryable = sql) {
      const [row] = await tx<CallRow[]>`
        with c as (
          update calls set analysis = ${tx.json(pending as never)}, analysis_run = ${runId}, analysis_attempts = 0, updated_at = now()
          where id = ${callId} and status in ('ended', 'failed')
            ${opts.workspaceId ? tx`and workspace_id = ${opts.workspaceId}` : tx``}
            ${opts.unlessPending ? tx`and analysis->>'status' is distinct from 'pending'` : tx``}
          returning *)
        select * from c`
      return row
    },

    /**
     * Counts one attempt of run `runId` and returns the call with its transcript, or nothing when
     * the run is no longer the call's pending one (finished, or replaced by a newer run).
     */
    async claimAttempt(callId: string, runId: string, tx: Queryable = sql) {
      const [row] = await tx<(CallRow & { analysis_attempts: number; transcript_count: number })[]>`
        with c as (
          update calls set analysis_attempts = analysis_attempts + 1
          where id = ${callId} and analysis_run = ${runId} and analysis->>'status' = 'pending'
          returning *)
        select c.*, ${withTranscript(tx)} from c`
      return row
    },

    /** Ends run `runId` with its result; the call (with transcript) when this write ended it, else nothing. */
    async finish(callId: string, runId: string, analysis: CallAnalysis, transcriptCount: number | null, tx: Queryable = sql) {
      const [row] = await tx<CallRow[]>`
        with c as (
          update calls set analysis = ${tx.json(analysis as never)}, analysis_transcript_count = ${transcriptCount}, updated_at = now()
          where id = ${callId} and analysis_run = ${runId} and analysis->>'status' = 'pending'
          returning *)
        select c.*, ${withTranscript(tx)} from c`
      return row
    },

    /**
     * Claims the one re-run a call gets when its transcript grew after the analysis read it (the
     * agent's shutdown push). True for the single caller that claimed it.
     */
    async claimLateRerun(callId: string, tx: Queryable = sql) {
      const [row] = await tx`
        update calls set analysis_late_rerun = true
        where id = ${callId} and status in ('ended', 'failed') and not analysis_late_rerun
          and analysis->>'status' in ('done', 'failed')
          and transcript_count > coalesce(analysis_transcript_count, 0)
        returning id`
      return !!row
    },
  }
}

export type CallAnalysisStore = ReturnType<typeof createCallAnalysisStore>
