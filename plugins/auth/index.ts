import type { FastifyInstance } from 'fastify'
import rateLimit from '@fastify/rate-limit'
import authRoutes from './routes.js'
import apiKeyRoutes from './api-key-routes.js'
import sessionRoutes from './session-routes.js'
import { HttpError } from '../../src/platform/http-error.js'
import { postgresRateLimitStore } from './rate-limit-store.js'

// The auth domain's public surface: the request guards (registered as a platform plugin by
// src/app.ts before any domain), the caller's context type and email normalisation.
export { default as authenticate, type AuthContext, type Role } from './authenticate.js'
export { normalizeEmail } from './store.js'

/** Signup, login, logout, password change, /me, workspace switching and a workspace's API keys, under /api. */
export default async function auth(app: FastifyInstance) {
  // Per-route limits only (login/signup), counted in PostgreSQL so every instance shares them.
  await app.register(rateLimit, {
    global: false,
    store: postgresRateLimitStore(app.sql, app.clock),
    errorResponseBuilder: (_req, ctx) =>
      new HttpError(429, 'rate_limited', `Too many attempts: retry in ${Math.ceil(ctx.ttl / 1000)} s`, undefined, {
        'retry-after': String(Math.ceil(ctx.ttl / 1000)),
      }),
  })
  await app.register(authRoutes)
  await app.register(sessionRoutes)
  await app.register(apiKeyRoutes)
}
