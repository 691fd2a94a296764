import Fastify, { type FastifyInstance } from 'fastify'
import cors from '@fastify/cors'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { randomUUID } from 'node:crypto'
import type { Config } from './config.js'
import { systemClock, type Clock } from './platform/clock.js'
import { missingIntegrationVars } from './config.js'
import errorHandler, { toErrorBody } from './platform/error-handler.js'
import { installLingeringClose } from './platform/lingering-close.js'
import { installValidators } from './platform/validation.js'
import { sharedSchemas } from '../schemas/index.js'
import database from './platform/database.js'
import secrets from './platform/secrets.js'
import openapi from './platform/openapi.js'
import health from './platform/health.js'
import integrationClients from './platform/integrations.js'
import jobs from './jobs/plugin.js'
import { registerAlerts } from './integrations/alerts.js'
import liveKitWebhooks from './platform/livekit-webhooks.js'
import auth, { authenticate } from '../plugins/auth/index.js'
import workspaces from '../plugins/workspaces/index.js'
import agents from '../plugins/agents/index.js'
import calls from '../plugins/calls/index.js'
import doNotCall from '../plugins/do-not-call/index.js'
import telephony from '../plugins/telephony/index.js'
import recordings from '../plugins/recordings/index.js'
import metrics from '../plugins/metrics/index.js'
import billing from '../plugins/billing/index.js'
import callWebhooks from '../plugins/call-webhooks/index.js'
import knowledge from '../plugins/knowledge/index.js'
import campaigns from '../plugins/campaigns/index.js'
import dashboardCompat from '../plugins/dashboard-compat/index.js'
import analysis from '../plugins/analysis/index.js'

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
    /** Business time (windows, retries, retention, trials); tests inject a ManualClock. */
    clock: Clock
  }
}

/** Every method a route of the API answers; a browser on CLIENT_ORIGIN may use each one. */
export const CORS_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
/** Response headers a browser script may read (recording playback reads the range ones). */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'content-range', 'accept-ranges', 'content-length', 'etag', 'retry-after'] as const

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-agent-secret"]',
  'req.headers["x-twilio-signature"]',
  'req.headers["stripe-signature"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.secret',
  '*.apiKey',
  '*.authToken',
  '*.token',
  '*.key',
]

export interface BuildOptions {
  /** Overrides the pino options (tests pass `false` or a stream). */
  logger?: boolean | object
  /** The clock business rules read; defaults to the system clock. */
  clock?: Clock
}

/** Assembles the app: platform plugins first, then one encapsulated plugin per domain. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel, redact: { paths: LOG_REDACT, censor: '[redacted]' } },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Incoming ids are kept only when they look like ids; anything else gets a fresh one.
    requestIdHeader: false,
    genReqId: (req) => {
      const h = req.headers['x-request-id']
      return typeof h === 'string' && REQUEST_ID.test(h) ? h : randomUUID()
    },
    connectionTimeout: 30_000,
    requestTimeout: 30_000,
    keepAliveTimeout: 72_000,
    return503OnClosing: true,
    // First boot of the embedded database (initdb) can take several seconds on a busy machine.
    pluginTimeout: 60_000,
    // Malformed URLs and content types fail before routing; they get the same error body.
    frameworkErrors: (err, _req, reply: import('fastify').FastifyReply) => {
      const { status, body } = toErrorBody(err)
      return reply.code(status).type('application/json').send(body)
    },
  }).withTypeProvider<TypeBoxTypeProvider>()

  installValidators(app, sharedSchemas)
  app.decorate('config', config)
  app.decorate('clock', options.clock ?? systemClock)
  // JSON only; routes that take form posts (Twilio) or raw bodies (signed webhooks) add their own parser.
  app.removeContentTypeParser('text/plain')
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id)
  })
  installLingeringClose(app)

  await app.register(errorHandler)
  await app.register(cors, {
    origin: config.corsOrigins.length ? [...config.corsOrigins] : false,
    credentials: true,
    // The plugin's default answers preflights with GET,HEAD,POST only: a browser could not PATCH or DELETE.
    methods: [...CORS_METHODS],
    exposedHeaders: [...CORS_EXPOSED_HEADERS],
    // Browsers cap this (Chromium at 2 h); one preflight per method and URL per 10 minutes is plenty.
    maxAge: 600,
  })
  await app.register(openapi, { config })
  await app.register(database, { config })
  await app.register(secrets, { config })

  const integrations = () =>
    Object.fromEntries(
      (['livekit', 'sip', 's3', 'twilio', 'stripe', 'agent', 'openai'] as const).map((name) => {
        const missing = missingIntegrationVars(config, name)
        return [name, { configured: missing.length === 0, missing }]
      }),
    )
  await app.register(health, { config, integrations, stripeCatalog: () => app.billing.stripeCatalog() })
  await app.register(integrationClients, { config })
  // After the database: onClose runs in reverse, so the queue drains before the database closes.
  await app.register(jobs, { pollIntervalMs: config.jobsPollIntervalMs })
  await registerAlerts(app.jobs, { url: config.alertWebhookUrl, log: app.log.child({ component: 'alerts' }) })
  await app.register(authenticate, { config })
  await app.register(liveKitWebhooks)

  // Domains: each an encapsulated plugin owning its routes, schemas and SQL.
  await app.register(workspaces)
  await app.register(auth, { prefix: '/api' })
  await app.register(agents)
  await app.register(calls)
  await app.register(doNotCall)
  // Before telephony: inbound start auto-records through app.recordings.
  await app.register(recordings)
  await app.register(telephony)
  await app.register(metrics)
  await app.register(billing)
  await app.register(callWebhooks)
  await app.register(knowledge)
  await app.register(campaigns)
  await app.register(analysis)
  // The existing dashboard's wire format, mapped onto the contract above (last: it calls them all).
  if (config.dashboardCompatPrefix) await app.register(dashboardCompat, { prefix: config.dashboardCompatPrefix, version: config.version })

  return app
}
