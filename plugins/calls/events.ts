import type postgres from 'postgres'
import type { CallRow } from './store.js'

export type CallEventName = 'call_started' | 'call_ended' | 'call_analyzed'

/**
 * Runs inside the transaction that changed the call, so what a listener writes (an
 * outbox row, a usage job) commits or rolls back with the change itself.
 */
export type CallEventListener = (call: CallRow, tx: postgres.TransactionSql) => Promise<void>

export function createCallEvents() {
  const listeners = new Map<CallEventName, CallEventListener[]>()
  return {
    on(name: CallEventName, listener: CallEventListener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener])
    },
    async emit(name: CallEventName, call: CallRow, tx: postgres.TransactionSql) {
      for (const l of listeners.get(name) ?? []) await l(call, tx)
    },
  }
}

export type CallEvents = ReturnType<typeof createCallEvents>
