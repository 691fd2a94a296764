import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type {} from '../../src/jobs/plugin.js'
import type {} from '../calls/index.js'
import billingRoutes from './routes.js'
import adminRoutes from './admin-routes.js'
import stripeWebhookRoutes from './webhooks.js'
import { registerUsageReporting } from './usage.js'
import { createCallPricing, registerCallPricing } from './pricing.js'
import { createAdmission, type BillingSurface } from './admission.js'
import { createRateCard, type RateCard } from './rate-card.js'
import { createBillingStore } from './store.js'
import { cachedCatalog, catalogHealth, type CatalogHealth } from './catalog.js'

export type { CallKind, Refusal } from './account.js'
export type { BillingSurface } from './admission.js'
export type { CatalogHealth } from './catalog.js'

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Set by billing, for the domains that start calls or buy numbers: `callRefusal(workspaceId, kind)`
     * (may it start a call now?), `enforceCallStart` (throws 402/429), `concurrency(workspaceId, tx?)`,
     * `numberPurchaseRefusal` / `enforceNumberPurchase`, `state` (mode, credit, period).
     */
    billing: BillingSurface & {
      rateCard: RateCard
      /** Stripe's prices checked against the rate card (for /health and the doctor); undefined without STRIPE_SECRET_KEY. */
      stripeCatalog: () => Promise<CatalogHealth | undefined>
    }
  }
}

/**
 * Billing: the rate card and a cost on every ended call, trial credit, pay-as-you-go through
 * Stripe (Checkout, Billing Meters, Customer Portal, signed webhooks), concurrency and spend caps.
 */
export default fp(
  async function billing(app: FastifyInstance) {
    const store = createBillingStore(app.sql)
    const rateCard = createRateCard(app.config.billing)
    // One catalog per process: the upgrade, the invoices and /health read the same cached copy.
    const catalog = app.integrations.stripe ? cachedCatalog(app.integrations.stripe, rateCard) : undefined
    const stripeCatalog = async () => (catalog ? catalogHealth(catalog) : undefined)
    app.decorate('billing', { ...createAdmission(app, store), rateCard, stripeCatalog })
    await registerCallPricing(app, createCallPricing(app, store, rateCard))
    await registerUsageReporting(app, store, rateCard)
    await app.register(billingRoutes, { prefix: '/api', store, rateCard, catalog })
    await app.register(adminRoutes, { prefix: '/api', store, rateCard })
    await app.register(stripeWebhookRoutes, { prefix: '/api', store })
  },
  { name: 'billing', dependencies: ['authenticate', 'integrations', 'jobs', 'calls', 'agents', 'metrics'] },
)
