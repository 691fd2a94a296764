import type { FastifyInstance } from 'fastify'
import rateLimit from '@fastify/rate-limit'
import authRoutes from './routes.js'
import { HttpError } from '../../src/platform/http-error.js'

/** Signup, login, /me and workspace switching, under /api. */
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
}
