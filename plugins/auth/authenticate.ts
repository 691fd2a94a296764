import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import jwt from '@fastify/jwt'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Config } from '../../src/config.js'
import { HttpError, httpError } from '../../src/platform/http-error.js'
import { createAuthStore, type AuthStore } from './store.js'
import type { Static } from '@sinclair/typebox'
import type { Role as RoleSchema } from '../../schemas/auth.js'
import { API_KEY_PREFIX, hashApiKey } from './api-keys.js'

export type Role = Static<typeof RoleSchema>

export interface AuthContext {
  kind: 'user' | 'apiKey'
  userId?: string
  keyId?: string
  workspaceId: string
  role: Role
  /** Dashboard tokens: the session they belong to (logout revokes it) and their lifetime. */
  session?: { id?: string; version: number; lifetimeSeconds: number }
}

export interface TokenClaims {
  sub: string
  wid: string
  role: Role
  /** Session id: new at signup/login, carried over by switch-workspace. Tokens from before it have none. */
  sid?: string
  /** users.token_version when signed; a password change bumps it. Missing counts as 0. */
  ver?: number
  iat?: number
  exp?: number
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    namespaces: 'current' | 'previous'
    payload: TokenClaims
    user: TokenClaims
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext
  }
  interface FastifyInstance {
    /** JWT or API key; sets `req.auth` to the caller's active workspace. */
    requireAuth: (req: FastifyRequest) => Promise<void>
    /** Dashboard users only (JWT), e.g. workspace management. */
    requireUser: (req: FastifyRequest) => Promise<void>
    /** The Python agent's `x-agent-secret` (current or previous). */
    requireAgentSecret: (req: FastifyRequest) => Promise<void>
    /** A JWT user who is a member of `:workspaceId` with one of the roles; 404 for non-members. */
    requireWorkspaceRole: (...roles: Role[]) => (req: FastifyRequest) => Promise<void>
    signToken: (claims: TokenClaims) => string
    authStore: AuthStore
  }
}

const unauthorized = (code: string, message: string) => new HttpError(401, code, message, undefined, { 'www-authenticate': 'Bearer' })

function bearerOf(req: FastifyRequest): string {
  const h = req.headers.authorization
  if (!h) throw unauthorized('unauthorized', 'Authorization: Bearer <token> is required')
  const m = /^Bearer\s+(\S+)$/i.exec(h)
  if (!m) throw unauthorized('unauthorized', 'Authorization must be "Bearer <token>"')
  return m[1]
}

const digest = (s: string) => createHash('sha256').update(s).digest()

/** Compares secrets in constant time: equal-length digests, every candidate checked. */
export function secretMatches(given: string | undefined, secrets: readonly string[]): boolean {
  if (typeof given !== 'string' || given.length === 0) return false
  const g = digest(given)
  let ok = false
  for (const s of secrets) ok = timingSafeEqual(g, digest(s)) || ok
  return ok
}

/** The one scoping mechanism: resolves every caller to `{workspaceId, role}` once per request. */
export default fp(
  async function authenticate(app: FastifyInstance, opts: { config: Config }) {
    const { config } = opts
    const verifyOpts = { algorithms: ['HS256' as const] }
    await app.register(jwt, { secret: config.jwt.secret, namespace: 'current', sign: { algorithm: 'HS256', expiresIn: config.jwt.expiresIn }, verify: verifyOpts })
    if (config.jwt.previousSecret) await app.register(jwt, { secret: config.jwt.previousSecret, namespace: 'previous', verify: verifyOpts })

    const authStore = createAuthStore(app.sql)
    app.decorate('authStore', authStore)
    // Roles are the workspaces domain's data: its plugin (registered after this one, as its routes
    // need the guards below) decorates `workspaceStore`, read at request time.
    app.addHook('onReady', async () => {
      if (!app.hasDecorator('workspaceStore')) throw new Error('authenticate needs the workspaces plugin (app.workspaceStore) for roles')
    })
    app.decorateRequest('auth', null as unknown as AuthContext)
    app.decorate('signToken', (claims: TokenClaims) =>
      app.jwt.current.sign({ sub: claims.sub, wid: claims.wid, role: claims.role, sid: claims.sid ?? randomBytes(16).toString('base64url'), ver: claims.ver ?? 0 }))

    function verifyJwt(token: string): TokenClaims {
      for (const ns of ['current', 'previous'] as const) {
        const signer = app.jwt[ns]
        if (!signer) continue
        try {
          const claims = signer.verify<TokenClaims>(token)
          if (typeof claims.sub === 'string' && typeof claims.wid === 'string') return claims
        } catch (err) {
          if ((err as { code?: string }).code === 'FAST_JWT_EXPIRED') throw unauthorized('token_expired', 'Token has expired: log in again')
        }
      }
      throw unauthorized('invalid_token', 'Token is invalid')
    }

    async function userContext(token: string, workspaceId?: string): Promise<AuthContext> {
      const claims = verifyJwt(token)
      const wid = workspaceId ?? claims.wid
      // Role comes from the database, so a removed member loses access at once; the token's
      // session and version too, so a logout or a password change on any instance counts at once.
      const [role, state] = await Promise.all([app.workspaceStore.roleOf(wid, claims.sub), authStore.tokenState(claims.sub, claims.sid)])
      if (!state) throw unauthorized('invalid_token', 'User no longer exists')
      if (state.revoked || state.version !== (claims.ver ?? 0)) {
        throw unauthorized('token_revoked', 'This token was revoked (logout or password change): log in again')
      }
      if (!role) {
        if (workspaceId) throw httpError(404, 'workspace_not_found', 'Workspace not found')
        throw unauthorized('not_a_member', 'You are no longer a member of this workspace: switch workspace or log in again')
      }
      const lifetimeSeconds = claims.exp && claims.iat ? claims.exp - claims.iat : 0
      return { kind: 'user', userId: claims.sub, workspaceId: wid, role, session: { id: claims.sid, version: claims.ver ?? 0, lifetimeSeconds } }
    }

    async function keyContext(token: string): Promise<AuthContext> {
      const key = await authStore.findActiveApiKey(hashApiKey(token))
      if (!key) throw unauthorized('invalid_api_key', 'API key is invalid or revoked')
      // Awaited (once a minute per key at most) so a listing right after a use shows it.
      if (!key.last_used_at || Date.now() - key.last_used_at.getTime() > 60_000) {
        await authStore.touchApiKey(key.id).catch((err) => app.log.warn({ err }, 'could not record API key use'))
      }
      return { kind: 'apiKey', keyId: key.id, workspaceId: key.workspace_id, role: 'member' }
    }

    app.decorate('requireAuth', async (req: FastifyRequest) => {
      const token = bearerOf(req)
      req.auth = token.startsWith(API_KEY_PREFIX) ? await keyContext(token) : await userContext(token)
    })

    app.decorate('requireUser', async (req: FastifyRequest) => {
      const token = bearerOf(req)
      if (token.startsWith(API_KEY_PREFIX)) throw httpError(403, 'forbidden', 'API keys cannot manage workspaces, members or keys: use a dashboard login')
      req.auth = await userContext(token)
    })

    app.decorate('requireWorkspaceRole', (...roles: Role[]) => async (req: FastifyRequest) => {
      const token = bearerOf(req)
      if (token.startsWith(API_KEY_PREFIX)) throw httpError(403, 'forbidden', 'API keys cannot manage workspaces, members or keys: use a dashboard login')
      const { workspaceId } = req.params as { workspaceId: string }
      req.auth = await userContext(token, workspaceId)
      if (roles.length && !roles.includes(req.auth.role)) {
        throw httpError(403, 'forbidden', `This needs the ${roles.join(' or ')} role in the workspace`)
      }
    })

    app.decorate('requireAgentSecret', async (req: FastifyRequest) => {
      if (config.agentSecrets.length === 0) {
        throw httpError(503, 'integration_not_configured', 'AGENT_SHARED_SECRET is not set on the API', { missing: ['AGENT_SHARED_SECRET'] })
      }
      const given = req.headers['x-agent-secret']
      if (!secretMatches(typeof given === 'string' ? given : undefined, config.agentSecrets)) {
        throw httpError(401, 'invalid_agent_secret', 'x-agent-secret is missing or wrong: it must equal AGENT_SHARED_SECRET on the API')
      }
    })
  },
  { name: 'authenticate', dependencies: ['database'] },
)
