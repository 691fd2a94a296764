import type { Queryable, Sql } from '../../src/db/connect.js'
import { newId } from '../../src/platform/ids.js'

export interface LabelRow {
  id: string
  workspace_id: string
  call_id: string
  label: string
  created_at: Date
}

export const labelJson = (r: LabelRow) => ({ id: r.id, callId: r.call_id, workspaceId: r.workspace_id, label: r.label, createdAt: r.created_at.toISOString() })

/** SQL for `call_labels`. Every statement checks the call belongs to the workspace. */
export function createCallLabelStore(sql: Sql) {
  return {
    /** Newest first; undefined when the call is not the workspace's. */
    async list(workspaceId: string, callId: string, tx: Queryable = sql) {
      const [call] = await tx`select 1 from calls where id = ${callId} and workspace_id = ${workspaceId}`
      if (!call) return undefined
      return tx<LabelRow[]>`select * from call_labels where call_id = ${callId} order by created_at desc, id desc`
    },

    /**
     * Adds a label unless the call has it (then the stored one comes back, `created: false`) or
     * already carries `max` labels (`full`). The count is checked in the insert itself, under the
     * call's row lock, so concurrent adds cannot pass the bound.
     */
    async add(workspaceId: string, callId: string, label: string, max: number, tx: Queryable = sql) {
      return inTx(tx, async (t) => {
        const [call] = await t`select id from calls where id = ${callId} and workspace_id = ${workspaceId} for no key update`
        if (!call) return { result: 'call_not_found' as const }
        const [existing] = await t<LabelRow[]>`select * from call_labels where call_id = ${callId} and label = ${label}`
        if (existing) return { result: 'exists' as const, row: existing }
        const [{ n }] = await t<{ n: number }[]>`select count(*)::int as n from call_labels where call_id = ${callId}`
        if (n >= max) return { result: 'full' as const }
        const [row] = await t<LabelRow[]>`
          insert into call_labels (id, workspace_id, call_id, label) values (${newId('lbl')}, ${workspaceId}, ${callId}, ${label}) returning *`
        return { result: 'created' as const, row }
      })
    },

    /** Removes the label; false when the call has no such label (or is not the workspace's). */
    async remove(workspaceId: string, callId: string, label: string, tx: Queryable = sql) {
      const rows = await tx`delete from call_labels where workspace_id = ${workspaceId} and call_id = ${callId} and label = ${label} returning id`
      return rows.length > 0
    },
  }
}

const inTx = <T>(tx: Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> =>
  'savepoint' in tx ? fn(tx) : ((tx as Sql).begin(fn) as Promise<T>)

export type CallLabelStore = ReturnType<typeof createCallLabelStore>
