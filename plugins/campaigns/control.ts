import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { CampaignRow, CampaignStore } from './store.js'
import type { DispatchStore } from './dispatch-store.js'
import type { CampaignEvents } from './campaign-events.js'

/**
 * Start, pause, resume and cancel: each a guarded status change (two requests racing: one wins),
 * with its webhook (campaign_started when dialling begins, campaign_completed on cancel) in the
 * same transaction.
 */
export function createCampaignControl(app: FastifyInstance, store: CampaignStore, dispatch: DispatchStore, wake: () => void, events: CampaignEvents) {
  const notYet = (c: CampaignRow, now: Date) => !!c.start_at && c.start_at > now
  return {
    async start(c: CampaignRow, _log?: FastifyBaseLogger) {
      const now = app.clock.now()
      const row = await app.sql.begin(async (tx) => {
        const started = await store.transition(c.workspace_id, c.id, ['draft'], notYet(c, now) ? 'scheduled' : 'running', now, tx)
        // A scheduled campaign says so when its startAt comes (the dispatcher).
        if (started?.status === 'running') await events.started(started, tx)
        return started
      })
      if (row) wake()
      return row
    },
    async pause(c: CampaignRow, _log?: FastifyBaseLogger) {
      return store.transition(c.workspace_id, c.id, ['running', 'scheduled'], 'paused', app.clock.now())
    },
    async resume(c: CampaignRow, _log?: FastifyBaseLogger) {
      const now = app.clock.now()
      const row = await store.transition(c.workspace_id, c.id, ['paused'], notYet(c, now) ? 'scheduled' : 'running', now)
      if (row) wake()
      return row
    },
    async cancel(c: CampaignRow, _log?: FastifyBaseLogger) {
      const now = app.clock.now()
      return app.sql.begin(async (tx) => {
        const row = await store.transition(c.workspace_id, c.id, ['draft', 'scheduled', 'running', 'paused'], 'canceled', now, tx)
        if (row) {
          await dispatch.settleQueued(c.id, 'canceled', 'Campaign canceled', tx)
          await events.completed(row, tx)
        }
        return row
      })
    },
  }
}

export type CampaignControl = ReturnType<typeof createCampaignControl>
