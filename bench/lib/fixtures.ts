/**
 * Data the benchmarks and drills need, made the way clients make it: a signup over HTTP for the
 * workspace, then calls written straight into the table (the API creates calls only from LiveKit or
 * the agent, which these scripts do not run).
 */
import { randomBytes } from 'node:crypto'
import postgres from 'postgres'

export const DRILL_AGENT_SECRET = 'drill-agent-secret-0123456789'
export const DRILL_JWT_SECRET = 'drill-jwt-secret-that-is-long-enough-0123456789'

export interface HttpUser {
  token: string
  workspaceId: string
  headers: Record<string, string>
}

export async function signupOverHttp(baseUrl: string): Promise<HttpUser> {
  const res = await fetch(`${baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `drill-${randomBytes(5).toString('hex')}@example.com`, password: 'drill password 123' }),
  })
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`)
  const body = (await res.json()) as { token: string; workspace: { id: string } }
  return { token: body.token, workspaceId: body.workspace.id, headers: { authorization: `Bearer ${body.token}` } }
}

/** Inserts `count` active web calls for the workspace and returns their ids. */
export async function insertCalls(databaseUrl: string, workspaceId: string, count: number, prefix = 'call_drill'): Promise<string[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} })
  try {
    const ids = Array.from({ length: count }, (_, i) => `${prefix}${randomBytes(4).toString('hex')}${String(i).padStart(6, '0')}`)
    await sql`insert into calls ${sql(ids.map((id) => ({ id, workspace_id: workspaceId, direction: 'web', status: 'active' })))}`
    return ids
  } finally {
    await sql.end()
  }
}

/** A metrics post with `n` events whose ids are given. */
export const metricsBody = (eventIds: string[]) =>
  JSON.stringify({
    latency: { llm_ttft_ms_avg: 400, eou_transcription_ms_avg: 220, eou_end_ms_avg: 500, agent_turn_latency_ms_avg: 950 },
    events: eventIds.map((id, j) => ({ id, type: 'turn', e2eLatencyMs: 500 + ((j * 37) % 700), llmTtftMs: 210 + j, promptTokens: 800, completionTokens: 40 })),
  })
