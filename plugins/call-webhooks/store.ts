import type { Queryable, Sql } from '../../src/db/connect.js'
import type { CallEventName } from '../calls/index.js'
import { newWebhookSecret, ROTATION_OVERLAP_MS } from './signing.js'
import { reencryptInBatches, ROTATION_BATCH, type SecretBox } from '../../src/platform/secrets.js'

export type DeliveryStatus = 'pending' | 'delivered' | 'failed'

export interface DeliveryRow {
  id: string
  workspace_id: string
  event_id: string
  event: CallEventName
  call_id: string
  agent_id: string | null
  url: string
  body: string
  status: DeliveryStatus
  attempts: number
  last_status_code: number | null
  last_error: string | null
  next_attempt_at: Date | null
  delivered_at: Date | null
  generation: number
  window_started_at: Date
  created_at: Date
}

export interface AttemptRow {
  delivery_id: string
  attempt: number
  generation: number
  started_at: Date
  duration_ms: number
  status_code: number | null
  error: string | null
  next_attempt_at: Date | null
}

export interface NewDelivery {
  id: string
  workspaceId: string
  eventId: string
  event: CallEventName
  callId: string
  agentId: string | null
  url: string
  body: string
}

export interface AttemptResult {
  deliveryId: string
  generation: number
  startedAt: Date
  durationMs: number
  statusCode: number | null
  error: string | null
  /** What the delivery becomes: delivered, failed for good, or pending until nextAttemptAt. */
  outcome: 'delivered' | 'failed' | 'retry'
  nextAttemptAt: Date | null
}

export interface DeliveryFilter {
  agentId?: string
  event?: string
  status?: string
  beforeId?: string
  limit: number
}

// The list leaves out the body: pages stay small however long the transcripts were.
const LIST_COLUMNS = [
  'id', 'workspace_id', 'event_id', 'event', 'call_id', 'agent_id', 'url', 'status', 'attempts', 'last_status_code', 'last_error',
  'next_attempt_at', 'delivered_at', 'generation', 'window_started_at', 'created_at',
]

/** SQL for webhook_secrets, webhook_deliveries and webhook_delivery_attempts. */
export function createCallWebhookStore(sql: Sql, box: SecretBox) {
  return {
    /**
     * Where a call's events go: its agent's `webhookUrl`, else the workspace's default; null for
     * nowhere. One query per event, on the caller's transaction (not through the agents and
     * workspaces stores): on PGlite a pool query inside a transaction waits for it forever.
     */
    async webhookUrlFor(workspaceId: string, agentId: string | null, tx: Queryable = sql) {
      const [row] = await tx<{ url: string | null }[]>`
        select coalesce(nullif((select a.webhook_url from agents a where a.id = ${agentId} and a.workspace_id = w.id), ''), w.webhook_url) as url
        from workspaces w where w.id = ${workspaceId}`
      return row?.url ?? null
    },

    async insertDelivery(d: NewDelivery, tx: Queryable = sql) {
      const [row] = await tx<DeliveryRow[]>`
        insert into webhook_deliveries (id, workspace_id, event_id, event, call_id, agent_id, url, body, next_attempt_at)
        values (${d.id}, ${d.workspaceId}, ${d.eventId}, ${d.event}, ${d.callId}, ${d.agentId}, ${d.url}, ${d.body}, now())
        returning *`
      return row
    },

    /** For the delivery job, which knows the id but not the workspace. */
    async findForDelivery(id: string) {
      const [row] = await sql<DeliveryRow[]>`select * from webhook_deliveries where id = ${id}`
      return row
    },

    /**
     * Logs an attempt and moves the delivery on. Only the current generation changes the
     * status: an attempt that was in flight when someone pressed retry is logged, nothing more.
     */
    async recordAttempt(r: AttemptResult, tx: Queryable) {
      const current = tx`generation = ${r.generation}`
      const [row] = await tx<(DeliveryRow & { is_current: boolean })[]>`
        update webhook_deliveries set
          attempts = attempts + 1,
          last_status_code = ${r.statusCode},
          last_error = ${r.error},
          status = case when ${current} then ${r.outcome === 'retry' ? 'pending' : r.outcome} else status end,
          next_attempt_at = case when ${current} then ${r.nextAttemptAt}::timestamptz else next_attempt_at end,
          delivered_at = case when ${current} and ${r.outcome === 'delivered'} then now() else delivered_at end
        where id = ${r.deliveryId}
        returning ${tx(LIST_COLUMNS)}, ${current} as is_current`
      if (!row) return undefined
      await tx`
        insert into webhook_delivery_attempts (delivery_id, attempt, generation, started_at, duration_ms, status_code, error, next_attempt_at)
        values (${r.deliveryId}, ${row.attempts}, ${r.generation}, ${r.startedAt}, ${r.durationMs}, ${r.statusCode}, ${r.error},
          ${r.outcome === 'retry' ? r.nextAttemptAt : null})`
      return row
    },

    async list(workspaceId: string, f: DeliveryFilter) {
      return sql<DeliveryRow[]>`
        select ${sql(LIST_COLUMNS)} from webhook_deliveries
        where workspace_id = ${workspaceId}
          ${f.agentId ? sql`and agent_id = ${f.agentId}` : sql``}
          ${f.event ? sql`and event = ${f.event}` : sql``}
          ${f.status ? sql`and status = ${f.status}` : sql``}
          ${f.beforeId ? sql`and id < ${f.beforeId}` : sql``}
        order by id desc
        limit ${f.limit + 1}`
    },

    async find(workspaceId: string, id: string) {
      const [row] = await sql<DeliveryRow[]>`
        select ${sql(LIST_COLUMNS)} from webhook_deliveries where workspace_id = ${workspaceId} and id = ${id}`
      return row
    },

    async attemptsOf(deliveryId: string) {
      return sql<AttemptRow[]>`select * from webhook_delivery_attempts where delivery_id = ${deliveryId} order by attempt`
    },

    /** A new generation, due now, with a fresh 24 h window; the caller enqueues its job in `tx`. */
    async restart(workspaceId: string, id: string, tx: Queryable) {
      const [row] = await tx<DeliveryRow[]>`
        update webhook_deliveries set
          generation = generation + 1, status = 'pending', next_attempt_at = now(), window_started_at = now()
        where workspace_id = ${workspaceId} and id = ${id}
        returning ${tx(LIST_COLUMNS)}`
      return row
    },

    /** The secrets that sign now: the current one, plus the previous one during its 24 h overlap. Created on first use. */
    async signingSecrets(workspaceId: string): Promise<string[]> {
      const row = await ensureSecret(sql, box, workspaceId)
      return row.previous_secret && row.previous_expires_at && row.previous_expires_at.getTime() > Date.now()
        ? [row.secret, row.previous_secret]
        : [row.secret]
    },

    async secretOf(workspaceId: string) {
      return ensureSecret(sql, box, workspaceId)
    },

    /** The current secret becomes the previous one (signing alongside for 24 h); returns the new row. */
    async rotateSecret(workspaceId: string) {
      return sql.begin(async (tx) => {
        await ensureSecret(tx, box, workspaceId)
        const [row] = await tx<SecretRow[]>`
          update webhook_secrets set
            previous_secret = secret,
            previous_expires_at = now() + ${ROTATION_OVERLAP_MS} * interval '1 millisecond',
            secret = ${box.encrypt(newWebhookSecret())},
            rotated_at = now()
          where workspace_id = ${workspaceId}
          returning *`
        return openSecret(box, row)
      })
    },

    /** Re-encrypts signing secrets not under the current key (secrets:rotate); compare-and-set, so resumable. */
    async reencryptSecrets(next: SecretBox = box) {
      return reencryptInBatches(
        () => sql<{ workspace_id: string; secret: string; previous_secret: string | null }[]>`
          select workspace_id, secret, previous_secret from webhook_secrets
          where secret not like ${next.currentPattern} or previous_secret not like ${next.currentPattern}
          order by workspace_id limit ${ROTATION_BATCH}`,
        async (r) => (await sql`
          update webhook_secrets set
            secret = ${next.encrypt(next.decrypt(r.secret))},
            previous_secret = ${next.encryptOptional(next.decryptOptional(r.previous_secret))}
          where workspace_id = ${r.workspace_id} and secret = ${r.secret} and previous_secret is not distinct from ${r.previous_secret}`).count,
      )
    },
  }
}

export interface SecretRow {
  workspace_id: string
  secret: string
  previous_secret: string | null
  previous_expires_at: Date | null
  created_at: Date
  rotated_at: Date | null
}

/** Two first uses at once both end up with the one secret that won the insert. */
async function ensureSecret(db: Queryable, box: SecretBox, workspaceId: string): Promise<SecretRow> {
  // Read first: every delivery signs, and the secret exists after the first one.
  const [existing] = await db<SecretRow[]>`select * from webhook_secrets where workspace_id = ${workspaceId}`
  if (existing) return openSecret(box, existing)
  await db`insert into webhook_secrets (workspace_id, secret) values (${workspaceId}, ${box.encrypt(newWebhookSecret())}) on conflict (workspace_id) do nothing`
  const [row] = await db<SecretRow[]>`select * from webhook_secrets where workspace_id = ${workspaceId}`
  return openSecret(box, row)
}

/** Signing secrets are stored encrypted (src/platform/secrets.ts); rows leave the store decrypted. */
const openSecret = (box: SecretBox, row: SecretRow): SecretRow => ({ ...row, secret: box.decrypt(row.secret), previous_secret: box.decryptOptional(row.previous_secret) })

export type CallWebhookStore = ReturnType<typeof createCallWebhookStore>
