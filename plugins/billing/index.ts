import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type {} from '../../src/jobs/plugin.js'
import type {} from '../calls/index.js'
import billingRoutes from './routes.js'
import stripeWebhookRoutes from './webhooks.js'
import { registerUsageReporting } from './usage.js'
import { createCallLimits, type LimitReached } from './limits.js'
import { createBillingStore } from './store.js'

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Set by billing: the plan limit an inbound call would exceed, if any (one indexed query).
     * Inbound start then answers the over-capacity fallback instead of the agent; `excludeRoom` keeps
     * the agent's retry for a room from counting that room's own call.
     */
    callLimitReached?: (workspaceId: string, opts?: { excludeRoom?: string }) => Promise<LimitReached | undefined>
  }
}

/**
 * Billing: plans and limits, Stripe Checkout and Customer Portal, signed Stripe webhooks,
 * and metered call minutes reported to Stripe through the job queue.
 */
export default fp(
  async function billing(app: FastifyInstance) {
    const store = createBillingStore(app.sql)
    const limits = createCallLimits(store, app.config.billing.pastDueGraceDays)
    // Without Stripe nobody can upgrade: a self-hosted or local instance runs without plan limits.
    if (app.integrations.stripe) {
      app.decorate('enforceCallLimits', limits.enforce)
      app.decorate('callLimitReached', limits.check)
    }
    await registerUsageReporting(app, store)
    await app.register(billingRoutes, { prefix: '/api', store })
    await app.register(stripeWebhookRoutes, { prefix: '/api', store })
  },
  { name: 'billing', dependencies: ['authenticate', 'integrations', 'jobs', 'calls', 'metrics'] },
)
