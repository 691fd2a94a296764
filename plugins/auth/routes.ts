import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { ref, errors } from '../../schemas/common.js'
import { LoginBody, Membership, SignupBody, SwitchWorkspaceBody, User, Workspace } from '../../schemas/auth.js'
import { httpError, HttpError } from '../../src/platform/http-error.js'
import { isUniqueViolation } from '../../src/db/errors.js'
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords.js'
import { normalizeEmail, type UserRow } from './store.js'

const publicUser = (u: Pick<UserRow, 'id' | 'email' | 'name'>) => ({ id: u.id, email: u.email, name: u.name })

export default async function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { authStore, workspaceStore, config } = app
  const perIp = app.rateLimit({
    max: config.authRateLimit.perIpPerMinute,
    timeWindow: 60_000,
    keyGenerator: (req: FastifyRequest) => `auth-ip:${req.ip}`,
  })
  // A second, independent limit: the plugin runs only one of its own hooks per request.
  const emailLimit = app.createRateLimit({
    max: config.authRateLimit.perEmailPer15Minutes,
    timeWindow: 15 * 60_000,
    keyGenerator: (req: FastifyRequest) => `auth-email:${normalizeEmail(String((req.body as { email?: unknown })?.email ?? ''))}`,
  })
  const perEmail = async (req: FastifyRequest) => {
    const r = await emailLimit(req)
    if (!r.isAllowed && r.isExceeded) {
      throw new HttpError(429, 'rate_limited', `Too many attempts for this email: retry in ${r.ttlInSeconds} s`, undefined, { 'retry-after': String(r.ttlInSeconds) })
    }
  }

  app.post(
    '/auth/signup',
    {
      onRequest: perIp,
      schema: {
        tags: ['auth'],
        security: [],
        operationId: 'signup',
        summary: 'Create a user and their first workspace',
        description: 'Answers a dashboard JWT for the new workspace (the caller is its owner). Passwords have at least 8 characters; 409 `email_taken` when the email already has an account.',
        body: SignupBody,
        response: {
          201: Type.Object({ token: Type.String(), user: ref(User), workspace: ref(Workspace) }),
          ...errors(400, 409, 413, 415, 429),
        },
      },
    },
    async (req, reply) => {
      const email = normalizeEmail(req.body.email)
      const passwordHash = await hashPassword(req.body.password)
      const name = req.body.name?.trim() || null
      try {
        const { user, workspace } = await app.sql.begin(async (tx) => {
          const user = await authStore.insertUser({ email, name, passwordHash }, tx)
          const workspace = await workspaceStore.createWorkspace(req.body.workspaceName?.trim() || `${name ?? email.split('@')[0]}'s workspace`, user.id, tx)
          return { user, workspace }
        })
        const token = app.signToken({ sub: user.id, wid: workspace.id, role: 'owner' })
        return reply.code(201).send({ token, user: publicUser(user), workspace: { id: workspace.id, name: workspace.name } })
      } catch (err) {
        if (isUniqueViolation(err, 'users_email_key')) throw httpError(409, 'email_taken', 'An account with this email already exists')
        throw err
      }
    },
  )

  app.post(
    '/auth/login',
    {
      onRequest: perIp,
      preHandler: perEmail,
      schema: {
        tags: ['auth'],
        security: [],
        operationId: 'login',
        summary: 'Log in with email and password',
        description: 'Unknown email and wrong password answer the same 401 `invalid_credentials`, in about the same time.',
        body: LoginBody,
        response: {
          200: Type.Object({ token: Type.String(), user: ref(User), workspaces: Type.Array(ref(Membership)) }),
          ...errors(400, 401, 413, 415, 429),
        },
      },
    },
    async (req) => {
      const user = await authStore.findUserByEmail(normalizeEmail(req.body.email))
      const ok = await verifyPassword(req.body.password, user?.password_hash ?? (await dummyPasswordHash()))
      if (!user || !ok) throw new HttpError(401, 'invalid_credentials', 'Email or password is wrong')
      const workspaces = await workspaceStore.membershipsOf(user.id)
      const active = workspaces[0]
      if (!active) throw new HttpError(401, 'invalid_credentials', 'Email or password is wrong')
      const token = app.signToken({ sub: user.id, wid: active.id, role: active.role, ver: user.token_version })
      return { token, user: publicUser(user), workspaces }
    },
  )

  app.get(
    '/me',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auth'],
        operationId: 'getMe',
        summary: 'The caller, the active workspace and all their workspaces',
        description: 'Dashboard JWT only (an API key has no user: 403). `workspace` is the one the token is for, with the caller\'s role.',
        security: [{ bearerAuth: [] }],
        response: {
          200: Type.Object({ user: ref(User), workspace: ref(Membership), workspaces: Type.Array(ref(Membership)) }),
          ...errors(401, 403),
        },
      },
    },
    async (req) => {
      const user = await authStore.findUserById(req.auth.userId!)
      if (!user) throw new HttpError(401, 'invalid_token', 'User no longer exists')
      const workspaces = await workspaceStore.membershipsOf(user.id)
      const workspace = workspaces.find((w) => w.id === req.auth.workspaceId)!
      return { user: publicUser(user), workspace, workspaces }
    },
  )

  app.post(
    '/auth/switch-workspace',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auth'],
        operationId: 'switchWorkspace',
        summary: 'A token for another workspace the caller belongs to',
        description: 'The old token keeps working for its own workspace. 404 when the caller is not a member of `workspaceId`.',
        security: [{ bearerAuth: [] }],
        body: SwitchWorkspaceBody,
        response: { 200: Type.Object({ token: Type.String() }), ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const role = await workspaceStore.roleOf(req.body.workspaceId, req.auth.userId!)
      if (!role) throw httpError(404, 'workspace_not_found', 'Workspace not found')
      // Same session: a logout revokes the tokens of every workspace it switched to.
      const { id: sid, version: ver } = req.auth.session!
      return { token: app.signToken({ sub: req.auth.userId!, wid: req.body.workspaceId, role, sid, ver }) }
    },
  )
}
