import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Config } from '../config.js'

const HEALTH_QUERY_TIMEOUT_MS = 2000

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  db: Type.Union([Type.Literal('ok'), Type.Literal('down')]),
  version: Type.String(),
  integrations: Type.Optional(Type.Record(Type.String(), Type.Object({ configured: Type.Boolean(), missing: Type.Array(Type.String()) }))),
  stripeCatalog: Type.Optional(
    Type.Object(
      {
        status: Type.Union([Type.Literal('ok'), Type.Literal('mismatch'), Type.Literal('unavailable')]),
        problems: Type.Array(Type.String()),
      },
      { description: 'With STRIPE_SECRET_KEY: Stripe\'s prices (by lookup key) checked against the rate card, cached a minute. `mismatch` lists each line that differs or is missing' },
    ),
  ),
})

type StripeCatalogHealth = { status: 'ok' | 'mismatch' | 'unavailable'; problems: string[] }

export default async function health(
  app: FastifyInstance,
  opts: {
    config: Config
    integrations: () => Record<string, { configured: boolean; missing: string[] }>
    /** Billing's check of Stripe's prices against the rate card (billing registers after this route). */
    stripeCatalog?: () => Promise<StripeCatalogHealth | undefined>
  },
) {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/health',
    {
      schema: {
        tags: ['platform'],
        security: [],
        operationId: 'getHealth',
        summary: 'Liveness and database check',
        description:
          'Runs a real query. 503 `degraded` when the database does not answer within 2 s; recovers by itself. ' +
          '`stripeCatalog` reports a rate card that Stripe\'s prices do not match (it does not change the status: a price mismatch is for an operator, not a load balancer).',
        response: { 200: Health, 503: Health },
      },
      logLevel: 'warn',
    },
    async (_req, reply) => {
      const [up, stripeCatalog] = await Promise.all([databaseAnswers(app, HEALTH_QUERY_TIMEOUT_MS), opts.stripeCatalog?.()])
      const body = {
        status: up ? ('ok' as const) : ('degraded' as const), db: up ? ('ok' as const) : ('down' as const), version: opts.config.version, integrations: opts.integrations(),
        ...(stripeCatalog ? { stripeCatalog } : {}),
      }
      return reply.code(up ? 200 : 503).send(body)
    },
  )
}

async function databaseAnswers(app: FastifyInstance, timeoutMs: number): Promise<boolean> {
  const query = app.sql`select 1 as ok`
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => {
      query.cancel()
      resolve(false)
    }, timeoutMs)
  })
  try {
    return await Promise.race([query.then(() => true as const), timeout])
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}
