import type { FastifyError, FastifyInstance } from 'fastify'
import swagger from '@fastify/swagger'
import fp from 'fastify-plugin'
import { DashboardError } from './errors.js'
import authRoutes from './auth.js'
import callRoutes from './calls.js'
import agentRoutes from './agents.js'
import knowledgeRoutes from './knowledge.js'
import callDetailRoutes from './call-detail.js'
import studioRoutes from './studio.js'
import phoneNumberRoutes from './phone-numbers.js'
import analyticsRoutes from './analytics.js'
import agentRuntimeRoutes from './agent-runtime.js'
import billingRoutes from './billing.js'
import outboundRoutes from './outbound.js'
import twilioNumberRoutes from './twilio-numbers.js'

type SwaggerFn = FastifyInstance['swagger']

declare module 'fastify' {
  interface FastifyInstance {
    /** The dashboard-compatible OpenAPI document (also served at `<prefix>/openapi.json`); absent when the surface is off. */
    dashboardCompatDocument?: SwaggerFn
    dashboardCompatSwagger?: SwaggerFn
  }
}

/** Marks a route as part of this surface, so the contract's document leaves it out. */
export const COMPAT_ROUTE_CONFIG = { dashboardCompat: true }

/**
 * The existing dashboard's wire format beside the contract: an adapter that reshapes
 * requests and answers and calls the `/api` contract for everything (no table, no SQL,
 * no rule of its own). Registered with its prefix (DASHBOARD_COMPAT_PREFIX) in src/app.ts.
 */
async function surface(app: FastifyInstance, opts: { version: string; publish: (doc: SwaggerFn) => void }) {
  await app.register(swagger, {
    decorator: 'dashboardCompatSwagger',
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'RapidCall API: dashboard-compatible surface',
        version: opts.version,
        description:
          'The wire format of the existing RapidCallAI dashboard (epoch-ms times, `{agents}`-style envelopes, ' +
          '`{"error": "<sentence>"}` errors), served beside the `/api` contract. Not for new integrations: use `openapi.yaml`.',
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' }, agentSecret: { type: 'apiKey', in: 'header', name: 'x-agent-secret' } } },
      security: [{ bearerAuth: [] }],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (json.$id as string) || `def-${i}` },
  })

  app.addHook('onRoute', (route) => {
    route.config = { ...(route.config as object), ...COMPAT_ROUTE_CONFIG } as typeof route.config
  })

  app.setErrorHandler((err: FastifyError | DashboardError, req, reply) => {
    if (err instanceof DashboardError) {
      reply.headers(err.headers)
      return reply.code(err.statusCode).send(err.body)
    }
    if ((err as FastifyError).validation) {
      const fieldErrors: Record<string, string[]> = {}
      for (const v of (err as FastifyError).validation ?? []) {
        const p = v.params as { missingProperty?: string; additionalProperty?: string }
        const field = [v.instancePath.slice(1).replace(/\//g, '.'), p?.missingProperty ?? p?.additionalProperty].filter(Boolean).join('.') || '_'
        ;(fieldErrors[field] ??= []).push(v.message ?? 'is invalid')
      }
      return reply.code(400).send({ error: 'Validation failed', code: 'validation_failed', details: { formErrors: [], fieldErrors } })
    }
    const status = (err as FastifyError).statusCode ?? 500
    if (status >= 400 && status < 500) return reply.code(status).send({ error: err.message, code: (err as FastifyError).code ?? 'bad_request' })
    req.log.error({ err }, 'dashboard-compat request failed')
    return reply.code(500).send({ error: 'Internal server error', code: 'internal_error' })
  })
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send({ error: `Route ${req.method} ${req.url.split('?')[0]} not found`, code: 'not_found' }),
  )

  await app.register(authRoutes)
  await app.register(callRoutes)
  await app.register(agentRoutes)
  await app.register(knowledgeRoutes)
  await app.register(callDetailRoutes)
  await app.register(studioRoutes)
  await app.register(phoneNumberRoutes)
  await app.register(analyticsRoutes)
  await app.register(agentRuntimeRoutes)
  await app.register(billingRoutes)
  await app.register(outboundRoutes)
  await app.register(twilioNumberRoutes)

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.dashboardCompatSwagger!())
  opts.publish(app.dashboardCompatSwagger!)
}

/** Registers the surface under `prefix` and hands its document to the root (for `npm run openapi`). */
export default fp(
  async function dashboardCompat(app: FastifyInstance, opts: { prefix: string; version: string }) {
    let doc: SwaggerFn | undefined
    await app.register(surface, { prefix: opts.prefix, version: opts.version, publish: (d) => (doc = d) })
    app.decorate('dashboardCompatDocument', ((o?: { yaml?: boolean }) => doc!(o as never)) as SwaggerFn)
  },
  { name: 'dashboard-compat' },
)
