import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { timingSafeEqual } from 'node:crypto'
import { errors, ref } from '../../schemas/common.js'
import { AdminBillingBody, AdminWorkspaceParams, BillingStatus } from '../../schemas/billing.js'
import { httpError, integrationNotConfigured, notFound } from '../../src/platform/http-error.js'
import type { BillingStore } from './store.js'
import type { RateCard } from './rate-card.js'
import { billingStatus } from './status.js'

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * Operator routes (header `x-admin-token: BILLING_ADMIN_TOKEN`): a workspace's concurrency limit
 * and trial credit are commercial terms, which its own owner must not be able to raise.
 */
export default async function adminRoutes(fastify: FastifyInstance, opts: { store: BillingStore; rateCard: RateCard }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store } = opts

  const requireAdminToken = async (req: FastifyRequest) => {
    const token = app.config.billing.adminToken
    if (!token) throw integrationNotConfigured('Billing administration', ['BILLING_ADMIN_TOKEN'])
    const given = req.headers['x-admin-token']
    if (typeof given !== 'string' || !sameSecret(given, token)) throw httpError(401, 'unauthorized', 'x-admin-token is missing or wrong')
  }

  app.patch('/admin/workspaces/:workspaceId/billing', {
    onRequest: requireAdminToken,
    schema: {
      tags: ['billing'], security: [{ adminToken: [] }], operationId: 'adminUpdateWorkspaceBilling',
      summary: 'Operator: set a workspace\'s concurrency limit or trial credit',
      description:
        '`concurrencyLimit` overrides TRIAL_CONCURRENCY / PAID_CONCURRENCY for this workspace (null: back to the default); ' +
        '`trialCreditUsd` replaces the credit it was granted (null: TRIAL_CREDIT_USD). Answers the workspace\'s billing status.',
      params: AdminWorkspaceParams,
      body: AdminBillingBody,
      response: { 200: ref(BillingStatus), ...errors(400, 401, 404, 503) },
    },
  }, async (req) => {
    const { workspaceId } = req.params
    if (!(await store.updateSettings(workspaceId, req.body))) throw notFound('Workspace')
    req.log.info({ workspaceId, ...req.body }, '[billing] admin changed the workspace\'s billing terms')
    return billingStatus(app, opts.rateCard, workspaceId)
  })
}
