import type postgres from 'postgres'
import type { CallRow } from './store.js'

export type CallEventName = 'call_started' | 'call_ended' | 'call_analyzed'

/**
 * Runs inside the transaction that changed the call, so what a listener writes (an
 * outbox row, a usage job) commits or rolls back with the change itself.
 */
export type CallEventListener = (call: CallRow, tx: postgres.TransactionSql) => Promise<void>

/** After a transcript write that changed what is stored, outside any transaction (see onTranscriptChanged). */
export type TranscriptListener = (callId: string) => Promise<void>

export function createCallEvents() {
  const listeners = new Map<CallEventName, CallEventListener[]>()
  const transcriptListeners: TranscriptListener[] = []
  return {
    /**
     * Runs after a transcript sync (or an end carrying one) stored something new for a call, on
     * live and ended calls alike: listeners filter cheaply (the analysis re-runs once when an
     * ended call's transcript grew after it was read).
     */
    onTranscriptChanged(listener: TranscriptListener) {
      transcriptListeners.push(listener)
    },
    async transcriptChanged(callId: string) {
      for (const l of transcriptListeners) await l(callId)
    },
    on(name: CallEventName, listener: CallEventListener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener])
    },
    async emit(name: CallEventName, call: CallRow, tx: postgres.TransactionSql) {
      for (const l of listeners.get(name) ?? []) await l(call, tx)
    },
  }
}

export type CallEvents = ReturnType<typeof createCallEvents>
