import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { CampaignRow, CampaignStore } from './store.js'
import type { DispatchStore } from './dispatch-store.js'

/** Start, pause, resume and cancel: each a guarded status change (two requests racing: one wins). */
export function createCampaignControl(app: FastifyInstance, store: CampaignStore, dispatch: DispatchStore, wake: () => void) {
  const notYet = (c: CampaignRow, now: Date) => !!c.start_at && c.start_at > now
  return {
    async start(c: CampaignRow, _log?: FastifyBaseLogger) {
      const now = app.clock.now()
      const row = await store.transition(c.workspace_id, c.id, ['draft'], notYet(c, now) ? 'scheduled' : 'running', now)
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
        if (row) await dispatch.settleQueued(c.id, 'canceled', 'Campaign canceled', tx)
        return row
      })
    },
  }
}

export type CampaignControl = ReturnType<typeof createCampaignControl>
