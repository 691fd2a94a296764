import { EgressStatus, type EgressInfo } from '@livekit/protocol'

/**
 * A call's recording as stored in `calls.recording` (JSONB), written only through
 * `app.calls.updateRecording`, which merges a patch into it key by key.
 */
export interface StoredRecording {
  status?: string
  egressId?: string | null
  key?: string | null
  sizeBytes?: number | null
  durationS?: number | null
  error?: string | null
  startedAt?: string | null
  endedAt?: string | null
  stopRequestedAt?: string | null
  [extra: string]: unknown
}

export type RecordingPatch = Partial<StoredRecording> & { status?: 'recording' | 'ready' | 'failed' }

/** What one egress report (a webhook's EgressInfo) says about the recording it writes. */
export interface EgressReport {
  egressId: string
  status: 'recording' | 'ready' | 'failed'
  /** The object key the egress writes (or wrote), when the report names it. */
  key?: string
  sizeBytes?: number
  durationS?: number
  error?: string
  startedAt?: string
  endedAt?: string
}

// Terminal states never move: a late `egress_started`/`egress_updated` cannot reopen a finished recording.
const RANK: Record<string, number> = { none: 0, recording: 1, ready: 2, failed: 2 }
const rank = (status: string | undefined) => RANK[status ?? 'none'] ?? 0

const ENDED_OK = new Set([EgressStatus.EGRESS_COMPLETE, EgressStatus.EGRESS_LIMIT_REACHED])
const ENDED_BAD = new Set([EgressStatus.EGRESS_FAILED, EgressStatus.EGRESS_ABORTED])

const nsToIso = (ns: bigint | undefined) => (ns ? new Date(Number(ns / 1_000_000n)).toISOString() : undefined)

/** The object key an egress writes, from its result or, before it has one, from its request. */
function egressKey(info: EgressInfo): string | undefined {
  const done = info.fileResults[0]?.filename || (info.result.case === 'file' ? info.result.value.filename : '')
  if (done) return done
  const req = info.request.case === 'roomComposite' ? info.request.value : undefined
  const file = req?.fileOutputs[0] ?? (req?.output.case === 'file' ? req.output.value : undefined)
  return file?.filepath || undefined
}

/**
 * Reads an EgressInfo. `ended` is true for `egress_ended`: whatever status it carries, the
 * egress is over, so an ended report without a file is a failure.
 */
export function egressReport(info: EgressInfo, ended: boolean): EgressReport {
  const file = info.fileResults[0] ?? (info.result.case === 'file' ? info.result.value : undefined)
  const key = egressKey(info)
  const base = { egressId: info.egressId, ...(key ? { key } : {}), ...(info.startedAt ? { startedAt: nsToIso(info.startedAt) } : {}) }
  const failed = ENDED_BAD.has(info.status) || (ended && !ENDED_OK.has(info.status) && !file) || (ENDED_OK.has(info.status) && !file && !!info.error)
  if (failed) {
    const error = info.error || `egress ended with status ${EgressStatus[info.status] ?? info.status}`
    return { ...base, status: 'failed', error, ...(info.endedAt ? { endedAt: nsToIso(info.endedAt) } : {}) }
  }
  if (ENDED_OK.has(info.status) || ended) {
    return {
      ...base,
      status: 'ready',
      ...(file ? { sizeBytes: Number(file.size), durationS: Math.round(Number(file.duration) / 1e6) / 1e3 } : {}),
      ...(info.endedAt ? { endedAt: nsToIso(info.endedAt) } : {}),
    }
  }
  return { ...base, status: 'recording' }
}

/** `null` for every key of `current` that a new attempt must not inherit (the merge cannot delete keys). */
function clearedFrom(current: StoredRecording | null | undefined, keep: readonly string[]): Record<string, null> {
  const stale = ['sizeBytes', 'durationS', 'error', 'startedAt', 'endedAt', 'stopRequestedAt']
  return Object.fromEntries(stale.filter((k) => !keep.includes(k) && current?.[k] != null).map((k) => [k, null]))
}

/**
 * The patch an egress report makes to the stored recording, or `undefined` when it must change nothing:
 * - a report of another egress than the one stored (a late event of an earlier attempt) is ignored;
 * - with no egress stored yet, only an egress writing `expectedKey` is adopted (not some other export of the room);
 * - a report never moves the status backwards (`ready`/`failed` are final), so replays and out-of-order delivery are harmless.
 */
export function applyEgressReport(current: StoredRecording | null | undefined, report: EgressReport, expectedKey: string): RecordingPatch | undefined {
  const stored = current?.egressId
  if (stored && stored !== report.egressId) return undefined
  if (!stored && report.key && report.key !== expectedKey) return undefined
  const from = rank(stored ? current?.status : 'none')
  const to = rank(report.status)
  if (to < from || (to === from && stored)) return undefined
  const { egressId, status, ...facts } = report
  const patch: RecordingPatch = { status, egressId, key: facts.key ?? current?.key ?? expectedKey }
  for (const [k, v] of Object.entries(facts)) if (v !== undefined && k !== 'key') patch[k] = v
  return stored ? patch : { ...clearedFrom(current, Object.keys(patch)), ...patch }
}

/** The recording right after LiveKit accepted a new egress (`StartRoomCompositeEgress`). */
export function startedPatch(current: StoredRecording | null | undefined, egressId: string, key: string, at: Date): RecordingPatch {
  const patch: RecordingPatch = { status: 'recording', egressId, key, startedAt: at.toISOString() }
  return { ...clearedFrom(current, Object.keys(patch)), ...patch }
}
