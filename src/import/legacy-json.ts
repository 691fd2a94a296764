import type postgres from 'postgres'
import type { Sql, Queryable } from '../db/connect.js'
import { upsertImportedAgent } from '../../plugins/agents/index.js'
import { upsertImportedCall, type ImportedCall } from '../../plugins/calls/index.js'
import { PROMPT_MAX, type AgentInput } from '../../schemas/agents.js'

/**
 * Import of the Express-era JSON files (data/agents.json, data/calls.json) into one
 * workspace, keeping every id. Rows are upserted, so a re-run updates instead of duplicating.
 */
export interface ImportReport {
  agents: FileReport
  calls: FileReport
}
export interface FileReport {
  imported: number
  updated: number
  rejected: { index: number; id?: string; reason: string }[]
}

export class ImportInputError extends Error {}

const ID = /^[A-Za-z0-9_-]{1,64}$/

type Row = Record<string, unknown>

/** The first of the camelCase / snake_case spellings present in the row. */
function pick(row: Row, ...names: string[]): unknown {
  for (const n of names) if (row[n] !== undefined) return row[n]
  return undefined
}

function timestamp(v: unknown, field: string): Date | null {
  if (v === undefined || v === null || v === '') return null
  const d = typeof v === 'number' ? new Date(v < 1e11 ? v * 1000 : v) : typeof v === 'string' ? new Date(/^\d+$/.test(v) ? Number(v) : v) : null
  if (!d || Number.isNaN(d.getTime())) throw new Error(`${field} is not a timestamp: ${JSON.stringify(v)}`)
  // Millisecond precision, as the calls table keeps it.
  return new Date(Math.round(d.getTime()))
}

const str = (v: unknown, field: string, max = 10_000): string | null => {
  if (v === undefined || v === null) return null
  if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`${field} must be a string`)
  const s = String(v)
  if (s.length > max) throw new Error(`${field} is longer than ${max} characters`)
  return s
}

const num = (v: unknown, field: string): number | null => {
  if (v === undefined || v === null || v === '') return null
  const n = typeof v === 'string' ? Number(v) : v
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`${field} must be a number`)
  return n
}

const obj = (v: unknown, field: string): Row | undefined => {
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'object' || Array.isArray(v)) throw new Error(`${field} must be an object`)
  return v as Row
}

const arr = (v: unknown, field: string): unknown[] | undefined => {
  if (v === undefined || v === null) return undefined
  if (!Array.isArray(v)) throw new Error(`${field} must be an array`)
  return v
}

function idOf(row: Row): string {
  const id = row.id ?? row._id
  if (typeof id !== 'string' && typeof id !== 'number') throw new Error('id is missing')
  const s = String(id)
  if (!ID.test(s)) throw new Error(`id ${JSON.stringify(s)} is not 1-64 of [A-Za-z0-9_-]`)
  return s
}

export function mapAgent(row: Row) {
  const id = idOf(row)
  const name = str(pick(row, 'name'), 'name', 120)
  if (!name) throw new Error('name is missing')
  const given = obj(pick(row, 'welcome'), 'welcome')
  // The previous API and its dashboard call "the agent speaks first" `ai`.
  const welcome = given?.mode === 'ai' ? { ...given, mode: 'agent' } : given
  if (welcome && welcome.mode !== undefined && welcome.mode !== 'agent' && welcome.mode !== 'user') throw new Error('welcome.mode must be "agent" or "user"')
  const input: AgentInput = {
    name,
    promptDraft: str(pick(row, 'promptDraft', 'prompt_draft', 'prompt'), 'promptDraft', PROMPT_MAX) ?? '',
    promptPublished: str(pick(row, 'promptPublished', 'prompt_published'), 'promptPublished', PROMPT_MAX),
    welcome: welcome ? ({ mode: 'agent', ...welcome } as AgentInput['welcome']) : undefined,
    voice: obj(pick(row, 'voice'), 'voice') as AgentInput['voice'],
    llmModel: str(pick(row, 'llmModel', 'llm_model'), 'llmModel', 200),
    maxCallSeconds: num(pick(row, 'maxCallSeconds', 'max_call_seconds'), 'maxCallSeconds') ?? undefined,
    enabledTools: arr(pick(row, 'enabledTools', 'enabled_tools'), 'enabledTools') as string[] | undefined,
    toolConfigs: obj(pick(row, 'toolConfigs', 'tool_configs'), 'toolConfigs'),
    defaultDynamicVariables: obj(pick(row, 'defaultDynamicVariables', 'default_dynamic_variables'), 'defaultDynamicVariables') as AgentInput['defaultDynamicVariables'],
    callSettings: obj(pick(row, 'callSettings', 'call_settings'), 'callSettings'),
    backchannelEnabled: (pick(row, 'backchannelEnabled', 'backchannel_enabled') as boolean | undefined) ?? undefined,
    backgroundAudio: obj(pick(row, 'backgroundAudio', 'background_audio'), 'backgroundAudio'),
    fallbackVoice: pick(row, 'fallbackVoice', 'fallback_voice'),
    knowledgeFolderIds: arr(pick(row, 'knowledgeFolderIds', 'knowledge_folder_ids'), 'knowledgeFolderIds') as string[] | undefined,
    // Kept as the previous API wrote it; the analysis reads the fields it can use.
    postCallDataExtraction: arr(pick(row, 'postCallDataExtraction', 'post_call_data_extraction'), 'postCallDataExtraction') as AgentInput['postCallDataExtraction'],
    postCallExtractionModel: str(pick(row, 'postCallExtractionModel', 'post_call_extraction_model'), 'postCallExtractionModel', 120),
    autoEvalEnabled: (pick(row, 'autoEvalEnabled', 'auto_eval_enabled') as boolean | undefined) ?? undefined,
    webhookUrl: str(pick(row, 'webhookUrl', 'webhook_url'), 'webhookUrl', 2048),
  }
  const createdAt = timestamp(pick(row, 'createdAt', 'created_at'), 'createdAt') ?? new Date()
  return {
    id,
    input,
    publishedAt: timestamp(pick(row, 'publishedAt', 'published_at'), 'publishedAt'),
    createdAt,
    updatedAt: timestamp(pick(row, 'updatedAt', 'updated_at'), 'updatedAt') ?? createdAt,
  }
}

const E164ISH = /^\+?\d{6,15}$/

export function mapCall(row: Row, knownAgents: Set<string>): ImportedCall {
  const id = idOf(row)
  const roomName = str(pick(row, 'roomName', 'room_name'), 'roomName', 256)
  const to = str(pick(row, 'to', 'to_number', 'toNumber'), 'to', 64)
  const from = str(pick(row, 'from', 'from_number', 'fromNumber'), 'from', 64)
  const given = pick(row, 'direction', 'type')
  const direction: ImportedCall['direction'] =
    given === 'inbound' || given === 'outbound' || given === 'web' ? given
      : roomName?.startsWith('out-') ? 'outbound'
        : to && E164ISH.test(to.replace(/[\s()-]/g, '')) ? 'inbound' : 'web'
  const startedAt = timestamp(pick(row, 'startedAt', 'started_at', 'createdAt', 'created_at'), 'startedAt')
  if (!startedAt) throw new Error('startedAt is missing')
  const endedAt = timestamp(pick(row, 'endedAt', 'ended_at'), 'endedAt')
  const duration = num(pick(row, 'durationSec', 'duration_sec', 'durationS', 'duration_s', 'duration'), 'durationSec')
  const metrics = obj(pick(row, 'metrics'), 'metrics') ?? {}
  const usage = (metrics.usage ?? {}) as Row
  const agentId = str(pick(row, 'agentId', 'agent_id'), 'agentId', 64)
  const recording = pick(row, 'recording') ?? null
  if (recording !== null) obj(recording, 'recording')
  const transcript = arr(pick(row, 'transcript'), 'transcript') ?? []
  const createdAt = timestamp(pick(row, 'createdAt', 'created_at'), 'createdAt') ?? startedAt
  return {
    id,
    // An agent that was not imported into this workspace is kept by name only.
    agentId: agentId && knownAgents.has(agentId) ? agentId : null,
    agentName: str(pick(row, 'agentName', 'agent_name'), 'agentName', 200),
    direction,
    status: 'ended',
    outcome: str(pick(row, 'outcome'), 'outcome', 200),
    from,
    to,
    roomName,
    startedAt,
    endedAt,
    durationS: duration === null ? (endedAt ? Math.round((endedAt.getTime() - startedAt.getTime()) / 1000) : null) : Math.round(duration),
    costUsd: num(pick(row, 'costUsd', 'cost_usd'), 'costUsd') ?? 0,
    promptTokens: Math.round(num(usage.llm_prompt_tokens, 'metrics.usage.llm_prompt_tokens') ?? 0),
    completionTokens: Math.round(num(usage.llm_completion_tokens, 'metrics.usage.llm_completion_tokens') ?? 0),
    transcript,
    recording: recording === null ? null : { status: 'ready', ...(recording as Row) },
    metrics,
    createdAt,
    updatedAt: timestamp(pick(row, 'updatedAt', 'updated_at'), 'updatedAt') ?? createdAt,
  }
}

function asArray(data: unknown, file: string): Row[] {
  if (!Array.isArray(data)) throw new ImportInputError(`${file} is not a JSON array (found ${data === null ? 'null' : typeof data}): nothing was imported`)
  return data as Row[]
}

async function importRows<T>(
  tx: postgres.TransactionSql,
  rows: Row[],
  map: (row: Row) => T & { id: string },
  write: (sp: Queryable, mapped: T & { id: string }) => Promise<'inserted' | 'updated' | undefined>,
): Promise<FileReport> {
  const report: FileReport = { imported: 0, updated: 0, rejected: [] }
  for (const [index, row] of rows.entries()) {
    const id = row && typeof row === 'object' && (typeof row.id === 'string' || typeof row.id === 'number') ? String(row.id) : undefined
    try {
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw new Error('row is not an object')
      const mapped = map(row)
      // A savepoint per row: one bad row (e.g. a duplicate room name) does not abort the import.
      const result = await tx.savepoint((sp) => write(sp, mapped))
      if (result === 'inserted') report.imported++
      else if (result === 'updated') report.updated++
      else report.rejected.push({ index, id, reason: 'id belongs to another workspace' })
    } catch (err) {
      report.rejected.push({ index, id, reason: (err as Error).message })
    }
  }
  return report
}

export async function importLegacyJson(
  sql: Sql,
  workspaceId: string,
  files: { agents?: unknown; calls?: unknown },
): Promise<ImportReport> {
  const agentRows = files.agents === undefined ? [] : asArray(files.agents, 'agents.json')
  const callRows = files.calls === undefined ? [] : asArray(files.calls, 'calls.json')
  const [ws] = await sql`select id from workspaces where id = ${workspaceId}`
  if (!ws) throw new ImportInputError(`workspace ${workspaceId} does not exist`)

  return sql.begin(async (tx) => {
    const agents = await importRows(tx, agentRows, mapAgent, (sp, a) => upsertImportedAgent(sp, workspaceId, a))
    const known = new Set((await tx<{ id: string }[]>`select id from agents where workspace_id = ${workspaceId}`).map((r) => r.id))
    const calls = await importRows(tx, callRows, (r) => mapCall(r, known), (sp, c) => upsertImportedCall(sp, workspaceId, c))
    return { agents, calls }
  })
}
