import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Readable } from 'node:stream'
import { compatError, dashboardError } from './errors.js'

export interface Forwarded<T = unknown> {
  status: number
  body: T
  headers: Record<string, string | string[] | number | undefined>
  /** The answer's bytes, for binary answers (audio). */
  raw: Buffer
}

/** Headers that carry identity or tracing; everything else stays behind. */
const PASSED_HEADERS = ['authorization', 'x-agent-secret', 'user-agent', 'x-request-id'] as const

/**
 * Sends one request to our own `/api` contract and returns its answer. The adapter holds
 * no business rule: the contract route does the auth, tenancy, limits and validation, and
 * the adapter only reshapes. The caller's address is passed on so per-IP limits see the
 * real client, not the loopback of an in-process request.
 */
export async function forward<T = unknown>(
  app: FastifyInstance,
  req: FastifyRequest,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown | { stream: Readable | Buffer; contentType: string },
): Promise<Forwarded<T>> {
  const headers: Record<string, string> = {}
  for (const h of PASSED_HEADERS) {
    const v = req.headers[h]
    if (typeof v === 'string') headers[h] = v
  }
  if (!headers.authorization) {
    const cookieToken = readCookie(req.headers.cookie, 'auth_token')
    if (cookieToken) {
      // A cookie travels with any request the browser makes, forged or not: a write it
      // authenticates must come from a listed origin (the old API's CSRF rule).
      if (method !== 'GET' && !originAllowed(app, req)) throw compatError(403, 'origin_not_allowed', 'Origin not allowed. Add it to CLIENT_ORIGIN.')
      headers.authorization = `Bearer ${cookieToken}`
    }
  }
  headers['x-request-id'] ??= req.id
  const raw = isRaw(payload) ? payload : undefined
  if (raw) headers['content-type'] = raw.contentType
  else if (payload !== undefined) headers['content-type'] = 'application/json'
  const res = await app.inject({
    method,
    url,
    headers,
    remoteAddress: req.ip,
    ...(raw ? { payload: raw.stream } : payload !== undefined ? { payload: JSON.stringify(payload) } : {}),
  })
  const type = String(res.headers['content-type'] ?? '')
  const body = type.includes('json') && res.body ? (JSON.parse(res.body) as T) : (res.body as T)
  return { status: res.statusCode, body, headers: res.headers, raw: res.rawPayload }
}

function isRaw(p: unknown): p is { stream: Readable | Buffer; contentType: string } {
  return typeof p === 'object' && p !== null && 'stream' in p && 'contentType' in p
}

/** Like `forward`, but a non-2xx answer becomes the dashboard's error. */
export async function call<T = unknown>(
  app: FastifyInstance,
  req: FastifyRequest,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
): Promise<T> {
  const res = await forward<T>(app, req, method, url, payload)
  if (res.status >= 400) throw dashboardError(res.status, res.body, res.headers)
  return res.body
}

/**
 * The caller's workspace, authenticated by the contract (`GET /api/me`), for the routes that use
 * a domain's decorated surface directly. A write authenticated only by the cookie must come
 * from a listed origin, as for every forwarded write.
 */
export async function workspaceOf(app: FastifyInstance, req: FastifyRequest): Promise<{ id: string; name: string }> {
  if (req.method !== 'GET' && !req.headers.authorization && readCookie(req.headers.cookie, 'auth_token') && !originAllowed(app, req)) {
    throw compatError(403, 'origin_not_allowed', 'Origin not allowed. Add it to CLIENT_ORIGIN.')
  }
  const me = await call<{ workspace: { id: string; name: string } }>(app, req, 'GET', '/api/me')
  return me.workspace
}

function originAllowed(app: FastifyInstance, req: FastifyRequest): boolean {
  let origin = req.headers.origin
  if (!origin && typeof req.headers.referer === 'string') {
    try {
      origin = new URL(req.headers.referer).origin
    } catch {
      origin = undefined
    }
  }
  return !!origin && app.config.corsOrigins.includes(origin)
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim())
      } catch {
        return undefined
      }
    }
  }
  return undefined
}

/** The dashboard sends numbers with or without the leading `+`. */
export const withPlus = (number: string) => {
  const n = number.trim()
  return n.startsWith('+') ? n : `+${n}`
}

/** `?a=1&b=2` from an object, leaving out undefined values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? `?${s}` : ''
}

/** Every item of a contract list (`{items, nextCursor}`), page by page, up to `max`. */
export async function allPages<T>(app: FastifyInstance, req: FastifyRequest, path: string, max = Infinity): Promise<T[]> {
  const out: T[] = []
  const sep = path.includes('?') ? '&' : '?'
  let cursor: string | null = null
  do {
    const page: { items: T[]; nextCursor: string | null } = await call(app, req, 'GET', `${path}${sep}${query({ limit: 200, cursor }).slice(1)}`)
    out.push(...page.items)
    cursor = page.nextCursor
  } while (cursor && out.length < max)
  return out.slice(0, max)
}
