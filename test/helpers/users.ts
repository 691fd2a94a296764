import type { FastifyInstance } from 'fastify'
import { randomBytes } from 'node:crypto'

export interface TestUser {
  token: string
  userId: string
  workspaceId: string
  email: string
  password: string
  headers: { authorization: string }
}

/** Signs a user up through the API (a new workspace each), as the dashboard would. */
export async function signup(app: FastifyInstance, opts: { email?: string; workspaceName?: string } = {}): Promise<TestUser> {
  const email = opts.email ?? `user-${randomBytes(4).toString('hex')}@example.com`
  const password = 'correct horse battery staple'
  const res = await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email, password, workspaceName: opts.workspaceName } })
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`)
  const body = res.json()
  return { token: body.token, userId: body.user.id, workspaceId: body.workspace.id, email, password, headers: { authorization: `Bearer ${body.token}` } }
}

export async function createApiKey(app: FastifyInstance, owner: TestUser, name = 'test key') {
  const res = await app.inject({ method: 'POST', url: `/api/workspaces/${owner.workspaceId}/api-keys`, headers: owner.headers, payload: { name } })
  if (res.statusCode !== 201) throw new Error(`api key failed: ${res.statusCode} ${res.body}`)
  const body = res.json()
  return { ...body, headers: { authorization: `Bearer ${body.key}` } } as { id: string; key: string; prefix: string; headers: { authorization: string } }
}

export async function createAgent(app: FastifyInstance, headers: Record<string, string>, body: Record<string, unknown> = {}) {
  const res = await app.inject({ method: 'POST', url: '/api/agents', headers, payload: { name: 'Test agent', promptDraft: 'You are helpful.', ...body } })
  if (res.statusCode !== 201) throw new Error(`create agent failed: ${res.statusCode} ${res.body}`)
  return res.json()
}
