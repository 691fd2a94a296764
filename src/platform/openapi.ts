import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { Config } from '../config.js'
import { sharedSchemas } from '../../schemas/index.js'

export const TAGS = [
  { name: 'platform', description: 'Health and the API contract' },
  { name: 'auth', description: 'Signup, login, tokens' },
  { name: 'workspaces', description: 'Workspaces, members, API keys, diagnostics' },
  { name: 'agents', description: 'Voice agents: prompt, voice, LLM and tool settings' },
  { name: 'calls', description: 'Web, inbound and outbound calls' },
  { name: 'metrics', description: 'Per-call metrics and usage analytics' },
  { name: 'recordings', description: 'LiveKit Egress recordings stored in S3' },
  { name: 'telephony', description: 'Phone numbers, SIP provisioning, routing' },
  { name: 'agent-runtime', description: 'Routes the Python voice agent calls with x-agent-secret' },
  { name: 'webhooks', description: 'Signed webhooks from LiveKit, Twilio and Stripe; call webhook deliveries' },
  { name: 'billing', description: 'Rate card, call costs, trial credit, pay as you go through Stripe, concurrency and spend caps' },
  { name: 'analysis', description: 'Post-call LLM analysis, evaluations and the call export' },
  { name: 'knowledge', description: 'Knowledge base: folders, documents (text, Markdown, PDF) and search' },
  { name: 'do-not-call', description: 'Numbers no call of the workspace may dial' },
  { name: 'campaigns', description: 'Outbound campaigns: recipients, calling windows, retries, results' },
]

/** Builds the OpenAPI 3.1 document from the route schemas and serves it with Swagger UI. */
export default fp(
  async function openapi(app: FastifyInstance, opts: { config: Config }) {
    for (const s of sharedSchemas) app.addSchema(s)
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'RapidCall API',
          version: opts.config.version,
          description:
            'Backend for voice-AI phone agents: agents, calls over LiveKit (web, inbound and outbound SIP via Twilio), ' +
            'recordings, metrics, billing. Errors are always `{ "error": { "code", "message", "details?" } }`.',
        },
        servers: [{ url: '/', description: 'This server' }],
        tags: TAGS,
        components: {
          securitySchemes: {
            bearerAuth: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT or API key (rk_...)',
              description: 'A dashboard JWT from /api/auth/login, or a workspace API key starting with `rk_`.',
            },
            liveKitWebhook: {
              type: 'apiKey',
              in: 'header',
              name: 'Authorization',
              description: 'LiveKit webhook JWT (no `Bearer`), HS256 with LIVEKIT_API_SECRET, `sha256` claim = base64 SHA-256 of the raw body.',
            },
            twilioSignature: {
              type: 'apiKey',
              in: 'header',
              name: 'X-Twilio-Signature',
              description: 'base64 HMAC-SHA1 with TWILIO_AUTH_TOKEN of PUBLIC_API_BASE_URL + path + sorted form params.',
            },
            stripeSignature: {
              type: 'apiKey',
              in: 'header',
              name: 'Stripe-Signature',
              description: '`t=<unix>,v1=<hex HMAC-SHA256>` with STRIPE_WEBHOOK_SECRET over `<t>.<raw body>`.',
            },
            agentSecret: {
              type: 'apiKey',
              in: 'header',
              name: 'x-agent-secret',
              description: 'AGENT_SHARED_SECRET (or AGENT_SHARED_SECRET_PREVIOUS while rotating); used by the Python voice agent.',
            },
            adminToken: {
              type: 'apiKey',
              in: 'header',
              name: 'x-admin-token',
              description: 'BILLING_ADMIN_TOKEN: the operator\'s routes (a workspace\'s concurrency limit and trial credit).',
            },
          },
        },
      },
      // The dashboard-compatible surface has its own document; the contract's leaves it out.
      transform: ({ schema, url, route }) =>
        (route.config as { dashboardCompat?: boolean } | undefined)?.dashboardCompat ? { schema: { ...schema, hide: true }, url } : { schema, url },
      // Named components instead of def-0, def-1: the generated clients get real type names.
      refResolver: { buildLocalReference: (json, _base, _fragment, i) => (json.$id as string) || `def-${i}` },
    })
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { persistAuthorization: true } })

    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
    app.get('/openapi.yaml', { schema: { hide: true } }, async (_req, reply) => reply.type('application/yaml').send(app.swagger({ yaml: true })))
  },
  { name: 'openapi' },
)
