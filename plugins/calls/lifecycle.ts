import type postgres from 'postgres'
import type { Sql } from '../../src/db/connect.js'
import type { CallStore } from './store.js'
import type { CallEvents } from './events.js'

/**
 * State changes of a call together with their events, each in one transaction.
 * `tx` is given when the caller already runs one (a LiveKit webhook).
 */
export function createCallLifecycle(sql: Sql, calls: CallStore, events: CallEvents) {
  const inTx = <T>(tx: postgres.TransactionSql | undefined, fn: (tx: postgres.TransactionSql) => Promise<T>) =>
    tx ? fn(tx) : (sql.begin(fn) as Promise<T>)

  return {
    async activate(id: string, at: Date, tx?: postgres.TransactionSql) {
      return inTx(tx, async (t) => {
        const row = await calls.markActive(id, at, t)
        if (row) await events.emit('call_started', row, t)
        return row
      })
    },

    /**
     * Ends once; the transcript (when given) is stored even if the call had ended already.
     * call_analyzed is not sent here: the analysis domain sends it when the analysis that the
     * end starts (call_ended) is done, failed or skipped.
     */
    async end(
      id: string,
      e: { outcome: string; at?: Date; status?: 'ended' | 'failed'; failureReason?: string; transcript?: unknown[] },
      tx?: postgres.TransactionSql,
    ) {
      let lateTranscript = false
      const row = await inTx(tx, async (t) => {
        const stored = e.transcript ? await calls.replaceTranscript(id, e.transcript, t) : false
        const ended = await calls.end(id, e, t)
        if (ended) await events.emit('call_ended', ended, t)
        else lateTranscript = stored
        return ended
      })
      // An end for a call that had ended already (the agent's end after room_finished) may carry more transcript.
      if (lateTranscript && !tx) await events.transcriptChanged(id)
      return row
    },
  }
}

export type CallLifecycle = ReturnType<typeof createCallLifecycle>
