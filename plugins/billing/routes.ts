import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { BillingSettingsBody, BillingStatus, UsageSummary } from '../../schemas/billing.js'
import { notFound } from '../../src/platform/http-error.js'
import { round6, type RateCard } from './rate-card.js'
import type { BillingStore } from './store.js'
import stripeRoutes, { requireBillingAdmin } from './stripe-routes.js'
import { billingStatus } from './status.js'
import type { Catalog } from './catalog.js'

const tags = ['billing']
const security = [{ bearerAuth: [] }]

/** Billing of the caller's workspace: members read, owners and admins change. */
export default async function billingRoutes(fastify: FastifyInstance, opts: { store: BillingStore; rateCard: RateCard; catalog?: () => Promise<Catalog> }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store, rateCard } = opts
  app.addHook('onRequest', app.requireUser)

  const status = (workspaceId: string) => billingStatus(app, rateCard, workspaceId)

  app.get('/billing', {
    schema: {
      tags, security, operationId: 'getBillingStatus', summary: 'Billing status: mode, trial credit, concurrency, spend, rate card',
      description:
        'Answered from the database only (never by calling Stripe), so it is cheap to poll. `trial.creditUsd` is what is left of the ' +
        'trial credit; `approxMinutesRemaining` counts it at the base price only.',
      response: { 200: ref(BillingStatus), ...errors(401) },
    },
  }, async (req) => status(req.auth.workspaceId))

  app.get('/billing/usage', {
    schema: {
      tags, security, operationId: 'getBillingUsage', summary: 'Usage this period, one line per meter',
      description:
        'The rate card lines of the calls that ended in the current period (the Stripe subscription period, else the UTC month), ' +
        'summed per meter: the same quantities a paid workspace reports to Stripe, so `totalUsd` is what the period\'s usage is billed.',
      response: { 200: ref(UsageSummary), ...errors(401) },
    },
  }, async (req) => {
    const state = await app.billing.state(req.auth.workspaceId)
    const rows = await store.periodLines(req.auth.workspaceId, state.periodStart, state.periodEnd)
    const lines = rows.map((r) => {
      const m = rateCard.meters.find((x) => x.meter === r.meter)
      const quantity = round6(Number(r.quantity))
      const unitUsd = m?.unitUsd ?? (quantity ? Number(r.amount_usd) / quantity : 0)
      return {
        key: r.key, meter: r.meter, description: m?.description ?? r.key, unit: m?.unit ?? '', quantity, unitUsd,
        // A meter whose price changed mid-period keeps what its calls were priced at.
        amountUsd: m ? round6(quantity * unitUsd) : round6(Number(r.amount_usd)), calls: r.calls, ...(m?.model ? { model: m.model } : {}),
      }
    })
    return {
      mode: state.mode,
      periodStart: state.periodStart.toISOString(),
      periodEnd: state.periodEnd.toISOString(),
      lines,
      totalUsd: round6(lines.reduce((s, l) => s + l.amountUsd, 0)),
    }
  })

  app.patch('/billing/settings', {
    preHandler: requireBillingAdmin,
    schema: {
      tags, security, operationId: 'updateBillingSettings', summary: 'Set the workspace\'s monthly spend cap',
      description:
        'Owner or admin. Above the cap new calls answer 402 `spend_cap_reached` (calls in progress go on); alerts go out at 80 % and 100 %.',
      body: BillingSettingsBody,
      response: { 200: ref(BillingStatus), ...errors(400, 401, 403) },
    },
  }, async (req) => {
    if (!(await store.updateSettings(req.auth.workspaceId, { monthlySpendCapUsd: req.body.monthlySpendCapUsd }))) throw notFound('Workspace')
    return status(req.auth.workspaceId)
  })

  await app.register(stripeRoutes, { store, rateCard, catalog: opts.catalog })
}
