import { ms } from './time.js'

/** The contract's call, as far as the adapter reads it. */
export interface ContractCall {
  id: string
  agentId: string | null
  agentName: string | null
  direction: 'inbound' | 'outbound' | 'web'
  status: string
  outcome: string | null
  from: string | null
  to: string | null
  roomName: string | null
  startedAt: string
  endedAt: string | null
  durationS: number | null
  recording: { status: string; url?: string; egressId?: string; sizeBytes?: number; durationS?: number; key?: string; bucket?: string }
  metrics: Record<string, unknown> & { costUsd?: number; tokensTotal?: number }
  variables?: Record<string, unknown>
  variantId?: string | null
  variantName?: string | null
  cost?: { totalUsd?: number } | null
  analysis?: Record<string, unknown> | null
  transcript?: Record<string, unknown>[]
  [k: string]: unknown
}

const SIX_HOURS_S = 6 * 3600

/** Who the dashboard shows in the "to" column: `webtest`, the callee, or the inbound caller. */
function counterpart(c: ContractCall): string {
  if (c.direction === 'web') return 'webtest'
  if (c.direction === 'inbound') return c.from || 'unknown'
  return c.to ?? 'unknown'
}

function recording(c: ContractCall) {
  const r = c.recording
  if (!r || r.status === 'none' || !r.egressId) return null
  return {
    kind: 'egress_s3' as const,
    egressId: r.egressId,
    bucket: r.bucket ?? null,
    key: r.key ?? `calls/${c.id}.mp3`,
    status: r.status,
    url: `/api/calls/${c.id}/recording`,
    sizeBytes: r.sizeBytes ?? null,
    durationSec: r.durationS ?? null,
  }
}

function durationSec(c: ContractCall): number | null {
  const r = c.recording?.durationS
  if (typeof r === 'number' && r > 0 && r <= SIX_HOURS_S) return Math.round(r)
  return c.durationS ?? null
}

function costUsd(c: ContractCall): number | null {
  if (typeof c.cost?.totalUsd === 'number') return c.cost.totalUsd
  return typeof c.metrics?.costUsd === 'number' ? c.metrics.costUsd : null
}

/** A row of the dashboard's call list (CallSummary). */
export function callSummary(c: ContractCall, workspaceId: string | null = null) {
  const rec = recording(c)
  return {
    id: c.id,
    workspaceId,
    agentId: c.agentId,
    agentName: c.agentName ?? 'System',
    to: counterpart(c),
    roomName: c.roomName ?? '',
    startedAt: ms(c.startedAt)!,
    endedAt: ms(c.endedAt),
    durationSec: durationSec(c),
    outcome: c.endedAt ? (c.outcome ?? 'ended') : 'in_progress',
    costUsd: costUsd(c),
    recordingUrl: rec?.url ?? null,
    createdAt: ms(c.startedAt)!,
    updatedAt: ms(c.endedAt ?? c.startedAt)!,
  }
}

/** One call (CallRecord): the summary plus transcript, recording and metrics. */
export function callRecord(c: ContractCall, workspaceId: string | null = null) {
  const { recordingUrl: _omit, ...summary } = callSummary(c, workspaceId)
  const variantName = c.variantName ?? null
  return {
    ...summary,
    transcript: (c.transcript ?? []).map((t) => ({ ...t })),
    recording: recording(c),
    metrics: { ...c.metrics, abTest: c.variantId ? { variantId: c.variantId, variantName, promptMode: 'variant' } : null },
    analysisStatus: (c.analysis?.status as string | undefined) ?? null,
    postCallExtractionResults: (c.analysis?.custom as Record<string, unknown> | undefined) ?? null,
  }
}
