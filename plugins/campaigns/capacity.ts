import type { FastifyInstance } from 'fastify'
import type { Queryable } from '../../src/db/connect.js'
import type { WorkspaceCapacity } from './dispatch-store.js'

/** What the campaigns domain needs from billing: a workspace's concurrency limit and its open calls. */
interface ConcurrencySource {
  concurrency(workspaceId: string, tx?: Queryable): Promise<{ limit: number | null; active: number }>
}

/**
 * The workspace concurrency limit campaigns respect: billing's (`app.billing.concurrency`) when
 * the billing plugin offers it, else CAMPAIGN_WORKSPACE_MAX_CONCURRENT, else none (each
 * campaign's maxConcurrent still holds). Read when the dispatcher claims, so it follows changes.
 */
export function workspaceCapacity(app: FastifyInstance): WorkspaceCapacity {
  const fallback = app.config.campaigns.workspaceMaxConcurrent
  return async (workspaceId, tx) => {
    const billing = (app as unknown as { billing?: Partial<ConcurrencySource> }).billing
    if (typeof billing?.concurrency === 'function') {
      const { limit, active } = await billing.concurrency(workspaceId, tx)
      // Null: billing sets no limit (an unmetered instance by default); the fallback, if any, applies.
      if (limit !== null) return { limit, active }
      return fallback ? { limit: fallback, active } : null
    }
    return fallback ? { limit: fallback, active: 0 } : null
  }
}
