import type { Queryable, Sql } from '../../src/db/connect.js'
import { newId } from '../../src/platform/ids.js'

export interface EvaluationRow {
  id: string
  workspace_id: string
  call_id: string
  source: 'manual' | 'auto'
  score: number
  notes: string
  details: Record<string, unknown>
  author_user_id: string | null
  model: string | null
  created_at: Date
  updated_at: Date
}

export const evaluationJson = (r: EvaluationRow) => ({
  id: r.id, callId: r.call_id, workspaceId: r.workspace_id, score: r.score, source: r.source, notes: r.notes,
  details: r.details ?? {}, authorId: r.author_user_id, model: r.model,
  createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
})

export interface NewEvaluation {
  workspaceId: string
  callId: string
  source: 'manual' | 'auto'
  score: number
  notes: string
  details: Record<string, unknown>
  authorId: string | null
  model: string | null
}

/** SQL for `call_evaluations`, the analysis domain's table. Reads and writes are scoped by workspace. */
export function createEvaluationStore(sql: Sql) {
  return {
    async list(workspaceId: string, callId: string) {
      return sql<EvaluationRow[]>`
        select * from call_evaluations where workspace_id = ${workspaceId} and call_id = ${callId}
        order by created_at desc, id desc`
    },

    async find(workspaceId: string, callId: string, id: string) {
      const [row] = await sql<EvaluationRow[]>`select * from call_evaluations where workspace_id = ${workspaceId} and call_id = ${callId} and id = ${id}`
      return row
    },

    async hasAuto(callId: string, tx: Queryable = sql) {
      const [row] = await tx`select 1 from call_evaluations where call_id = ${callId} and source = 'auto' limit 1`
      return !!row
    },

    async insert(e: NewEvaluation, tx: Queryable = sql) {
      const [row] = await tx<EvaluationRow[]>`
        insert into call_evaluations (id, workspace_id, call_id, source, score, notes, details, author_user_id, model)
        values (${newId('eval')}, ${e.workspaceId}, ${e.callId}, ${e.source}, ${e.score}, ${e.notes}, ${tx.json(e.details as never)},
          ${e.authorId}, ${e.model})
        returning *`
      return row
    },

    async update(workspaceId: string, id: string, patch: { score?: number; notes?: string; details?: Record<string, unknown> }) {
      const [row] = await sql<EvaluationRow[]>`
        update call_evaluations set
          score = coalesce(${patch.score ?? null}::int, score),
          notes = coalesce(${patch.notes ?? null}::text, notes),
          details = coalesce(${patch.details === undefined ? null : sql.json(patch.details as never)}::jsonb, details),
          updated_at = now()
        where workspace_id = ${workspaceId} and id = ${id}
        returning *`
      return row
    },

    async remove(workspaceId: string, id: string) {
      const rows = await sql`delete from call_evaluations where workspace_id = ${workspaceId} and id = ${id} returning id`
      return rows.length > 0
    },
  }
}

export type EvaluationStore = ReturnType<typeof createEvaluationStore>
