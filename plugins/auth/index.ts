import type { FastifyInstance } from 'fastify'
import rateLimit from '@fastify/rate-limit'
import authRoutes from './routes.js'
import apiKeyRoutes from './api-key-routes.js'
import { HttpError } from '../../src/platform/http-error.js'

// The auth domain's public surface: the request guards (registered as a platform plugin by
// src/app.ts before any domain), the caller's context type and email normalisation.
export { default as authenticate, type AuthContext, type Role } from './authenticate.js'
export { normalizeEmail } from './store.js'

/** Signup, login, /me, workspace switching and a workspace's API keys, under /api. */
export default async function auth(app: FastifyInstance) {
  // Per-route limits only (login/signup); state is per process, see the README.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new HttpError(429, 'rate_limited', `Too many attempts: retry in ${Math.ceil(ctx.ttl / 1000)} s`, undefined, {
        'retry-after': String(Math.ceil(ctx.ttl / 1000)),
      }),
  })
  await app.register(authRoutes)
  await app.register(apiKeyRoutes)
}
