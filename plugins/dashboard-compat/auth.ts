import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Type } from '@sinclair/typebox'
import { randomBytes } from 'node:crypto'
import { call } from './forward.js'
import { compatErrors, DashboardUser, DashboardWorkspace, Ok } from './shapes.js'

const THIRTY_DAYS_S = 30 * 24 * 3600

interface ContractUser {
  id: string
  email: string
  name: string | null
}
interface ContractMembership {
  id: string
  name: string
  role: string
}

const user = (u: ContractUser) => ({ id: u.id, email: u.email, name: u.name ?? u.email })
const workspace = (w: { id: string; name: string }, ownerId: string | null) => ({ id: w.id, name: w.name, userId: ownerId, twilioSubaccountSid: null })

function isHttps(req: FastifyRequest) {
  return req.protocol === 'https' || req.headers['x-forwarded-proto'] === 'https'
}

/** The old API's two cookies: the session (httpOnly) and a script-readable CSRF token. */
function setSessionCookies(req: FastifyRequest, reply: FastifyReply, token: string) {
  const secure = isHttps(req) ? '; Secure' : ''
  const base = `Path=/; SameSite=Lax; Max-Age=${THIRTY_DAYS_S}${secure}`
  reply.header('set-cookie', [
    `auth_token=${encodeURIComponent(token)}; HttpOnly; ${base}`,
    `csrf_token=${randomBytes(24).toString('hex')}; ${base}`,
  ])
}

function clearSessionCookies(reply: FastifyReply) {
  reply.header('set-cookie', ['auth_token=; HttpOnly; Path=/; SameSite=Lax; Max-Age=0', 'csrf_token=; Path=/; SameSite=Lax; Max-Age=0'])
}

const Session = Type.Object({ token: Type.String(), user: DashboardUser, workspace: DashboardWorkspace })
const Unbounded = Type.String({ maxLength: 10_000 })

export default async function authRoutes(app: FastifyInstance) {
  app.post(
    '/api/auth/register',
    {
      schema: {
        tags: ['auth'],
        operationId: 'dashboardRegister',
        summary: 'Register (the dashboard\'s Register page)',
        description: 'Maps onto `POST /api/auth/signup`. Sets the `auth_token` and `csrf_token` cookies.',
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 80 }), email: Unbounded, password: Unbounded }, { additionalProperties: true }),
        response: { 201: Session, ...compatErrors(400, 409, 413, 415, 429) },
      },
    },
    async (req, reply) => {
      const b = req.body as { name: string; email: string; password: string }
      const r = await call<{ token: string; user: ContractUser; workspace: { id: string; name: string } }>(app, req, 'POST', '/api/auth/signup', {
        email: b.email,
        password: b.password,
        name: b.name.trim() || undefined,
      })
      setSessionCookies(req, reply, r.token)
      return reply.code(201).send({ token: r.token, user: user(r.user), workspace: workspace(r.workspace, r.user.id) })
    },
  )

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        operationId: 'dashboardLogin',
        summary: 'Log in (the dashboard\'s Login page)',
        description: 'Maps onto `POST /api/auth/login`; the answer names the token\'s workspace. Sets the session cookies.',
        body: Type.Object({ email: Unbounded, password: Unbounded }, { additionalProperties: true }),
        response: { 200: Session, ...compatErrors(400, 401, 413, 415, 429) },
      },
    },
    async (req, reply) => {
      const b = req.body as { email: string; password: string }
      const r = await call<{ token: string; user: ContractUser; workspaces: ContractMembership[] }>(app, req, 'POST', '/api/auth/login', {
        email: b.email,
        password: b.password,
      })
      setSessionCookies(req, reply, r.token)
      const ws = r.workspaces[0]
      return { token: r.token, user: user(r.user), workspace: workspace(ws, ws.role === 'owner' ? r.user.id : null) }
    },
  )

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        operationId: 'dashboardLogout',
        summary: 'Log out',
        description: 'Maps onto `POST /api/auth/logout`: the token stops working at once (the old API only cleared cookies); clears both cookies.',
        response: { 200: Ok, ...compatErrors(401, 403) },
      },
    },
    async (req, reply) => {
      await call(app, req, 'POST', '/api/auth/logout')
      clearSessionCookies(reply)
      return { ok: true as const }
    },
  )

  app.get(
    '/api/me',
    {
      schema: {
        tags: ['auth'],
        operationId: 'dashboardMe',
        summary: 'The signed-in user and their workspace',
        description: 'Maps onto `GET /api/me`.',
        response: { 200: Type.Object({ user: DashboardUser, workspace: DashboardWorkspace }), ...compatErrors(401, 403) },
      },
    },
    async (req) => {
      const r = await call<{ user: ContractUser; workspace: ContractMembership }>(app, req, 'GET', '/api/me')
      return { user: user(r.user), workspace: workspace(r.workspace, r.workspace.role === 'owner' ? r.user.id : null) }
    },
  )
}
