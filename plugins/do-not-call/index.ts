import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Queryable } from '../../src/db/connect.js'
import { httpError } from '../../src/platform/http-error.js'
import dncRoutes from './routes.js'
import { createDncStore, type DncSource } from './store.js'

export { normalisePhone, phoneCountry, type PhoneCheck } from './phone.js'

/** The end outcome the agent reports when the callee asked never to be called again. */
export const DNC_REQUESTED_OUTCOME = 'dnc_requested'

/** What other domains (telephony's outbound dial, campaigns) may do with the list. */
export interface DoNotCall {
  isListed(workspaceId: string, phone: string, tx?: Queryable): Promise<boolean>
  listedAmong(workspaceId: string, phones: string[], tx?: Queryable): Promise<Set<string>>
  add(workspaceId: string, e: { phone: string; reason: string; source: DncSource }, tx?: Queryable): Promise<{ created: boolean }>
  /** Throws 409 `number_on_dnc` when the number is listed. */
  assertDialable(workspaceId: string, phone: string): Promise<void>
}

declare module 'fastify' {
  interface FastifyInstance {
    doNotCall: DoNotCall
  }
}

/**
 * The workspace's do-not-call list: CRUD and bulk import under /api/dnc, checked by every
 * outbound dial; a call the agent ends with outcome `dnc_requested` lists the callee in the
 * transaction that ends the call.
 */
export default fp(
  async function doNotCall(app: FastifyInstance) {
    const store = createDncStore(app.sql)
    const surface: DoNotCall = {
      isListed: async (workspaceId, phone, tx) => (await store.listedAmong(workspaceId, [phone], tx)).size > 0,
      listedAmong: (workspaceId, phones, tx) => store.listedAmong(workspaceId, phones, tx),
      add: async (workspaceId, e, tx) => ({ created: (await store.add(workspaceId, e, tx)).created }),
      async assertDialable(workspaceId, phone) {
        if (await surface.isListed(workspaceId, phone)) {
          throw httpError(409, 'number_on_dnc', `${phone} is on the workspace's do-not-call list`, { phone })
        }
      },
    }
    app.decorate('doNotCall', surface)

    app.callEvents.on('call_ended', async (call, tx) => {
      if (call.outcome !== DNC_REQUESTED_OUTCOME || call.direction === 'web') return
      // The other party: the callee of an outbound call, the caller of an inbound one.
      const phone = call.direction === 'outbound' ? call.to_number : call.from_number
      if (!phone || !/^\+[1-9]\d{6,14}$/.test(phone)) return
      await store.add(call.workspace_id, { phone, reason: `Asked not to be called again (call ${call.id})`, source: 'agent' }, tx)
    })

    await app.register(dncRoutes, { prefix: '/api', store })
  },
  { name: 'do-not-call', dependencies: ['authenticate', 'calls'] },
)
