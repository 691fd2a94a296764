import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import FindMyWay from 'find-my-way'

// Methods a route of the API can answer. OPTIONS is left out: @fastify/cors answers preflights
// itself when CLIENT_ORIGIN is set, and a known path without CORS answers OPTIONS with 405 too.
const ROUTABLE = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

/**
 * HTTP says a known path asked with a method it does not answer is 405 with `Allow`, not 404
 * (schemathesis' unsupported_method check, and clients that probe with TRACE or QUERY).
 * Fastify's router only knows "no route": a second router of the same kind (find-my-way, the one
 * Fastify uses, so paths match identically) holds every path and answers which methods it has.
 */
export function trackRoutes(app: FastifyInstance) {
  const paths = FindMyWay({ ignoreTrailingSlash: false, ignoreDuplicateSlashes: false })
  const seen = new Set<string>()
  app.addHook('onRoute', (route) => {
    for (const m of [route.method].flat()) {
      const method = String(m).toUpperCase()
      // A catch-all (e.g. the CORS preflight on `*`) says nothing about which paths exist.
      if (!(ROUTABLE as readonly string[]).includes(method) || route.url.includes('*')) continue
      const key = `${method} ${route.url}`
      if (seen.has(key)) continue
      seen.add(key)
      paths.on(method as (typeof ROUTABLE)[number], route.url, () => {})
    }
  })
  return {
    /** The methods the request's path answers, or none when the path is unknown. */
    allowedFor(url: string): string[] {
      const path = url.split('?')[0]
      const allowed = ROUTABLE.filter((m) => paths.find(m, path) !== null)
      if (allowed.includes('GET') && !allowed.includes('HEAD')) allowed.push('HEAD')
      return allowed
    },
  }
}

/** Answers 405 when the request's path is known under other methods; otherwise leaves the reply alone. */
export function methodNotAllowedHook(allowedFor: (url: string) => string[]) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const allowed = allowedFor(req.url)
    if (allowed.length === 0 || allowed.includes(req.method)) return
    return reply
      .code(405)
      .header('allow', allowed.join(', '))
      .type('application/json')
      .send({
        error: { code: 'method_not_allowed', message: `${req.method} is not allowed on ${req.url.split('?')[0]}: use ${allowed.join(', ')}`, details: { allow: allowed } },
      })
  }
}
