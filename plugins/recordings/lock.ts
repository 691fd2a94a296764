import type { Queryable } from '../../src/db/connect.js'

// First key of the two-int advisory lock: keeps this domain's locks apart from any other domain's.
const RECORDING_LOCK_SPACE = 0x5245_4301 // "REC\1"

/**
 * Serializes every change of one call's recording until the transaction ends: the start and
 * stop routes, the egress webhooks and auto-recording read the recording after taking it, so
 * two writers (e.g. `egress_started` and `egress_ended` delivered at once) never both act on
 * the state they read before the other committed. An advisory lock, because the calls table
 * belongs to the calls domain (its store does the reads and writes).
 */
export async function lockRecording(tx: Queryable, callId: string): Promise<void> {
  await tx`select pg_advisory_xact_lock(${RECORDING_LOCK_SPACE}::int, hashtext(${callId}))`
}
