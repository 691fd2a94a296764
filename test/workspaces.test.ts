import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp } from './helpers/app.js'
import { createApiKey, signup } from './helpers/users.js'

test('members: owner adds admin and member; roles gate management; the last owner stays', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const admin = await signup(app)
  const member = await signup(app)
  const ws = owner.workspaceId
  const add = (by: { headers: object }, email: string, role: string) =>
    app.inject({ method: 'POST', url: `/api/workspaces/${ws}/members`, headers: by.headers as Record<string, string>, payload: { email, role } })

  assert.equal((await add(owner, admin.email, 'admin')).statusCode, 201)
  assert.equal((await add(owner, member.email, 'member')).statusCode, 201)
  assert.equal((await add(owner, 'nobody@example.com', 'member')).json().error.code, 'user_not_found')

  // Admin and member act in the shared workspace after switching to it.
  const tokenIn = async (u: typeof admin) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/switch-workspace', headers: u.headers, payload: { workspaceId: ws } })
    return { headers: { authorization: `Bearer ${res.json().token}` } }
  }
  const adminIn = await tokenIn(admin)
  const memberIn = await tokenIn(member)

  const byMember = await app.inject({ method: 'POST', url: `/api/workspaces/${ws}/api-keys`, headers: member.headers, payload: { name: 'x' } })
  assert.equal(byMember.statusCode, 403, 'a member cannot create keys')
  assert.equal((await app.inject({ method: 'POST', url: `/api/workspaces/${ws}/api-keys`, headers: admin.headers, payload: { name: 'x' } })).statusCode, 201)
  assert.equal((await add(member, 'x@example.com', 'member')).statusCode, 403, 'a member cannot add members')
  assert.equal((await add(admin, member.email, 'owner')).statusCode, 403, 'only owners grant owner')
  assert.equal((await app.inject({ method: 'GET', url: `/api/workspaces/${ws}/members`, headers: memberIn.headers })).json().items.length, 3)

  // The last owner can be neither demoted nor removed.
  const demote = await add(admin, owner.email, 'member')
  assert.equal(demote.statusCode, 409)
  assert.equal(demote.json().error.code, 'last_owner')
  const remove = await app.inject({ method: 'DELETE', url: `/api/workspaces/${ws}/members/${owner.userId}`, headers: adminIn.headers })
  assert.equal(remove.statusCode, 409)

  // Removing a member revokes their access at once, even with a token still valid.
  assert.equal((await app.inject({ method: 'DELETE', url: `/api/workspaces/${ws}/members/${member.userId}`, headers: owner.headers })).statusCode, 204)
  const after = await app.inject({ method: 'GET', url: '/api/agents', headers: memberIn.headers })
  assert.equal(after.statusCode, 401)
})

test('API keys: shown once, listed without secret, work as member, cannot manage, revoked at once', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const key = await createApiKey(app, owner, 'CRM')
  assert.match(key.key, /^rk_[A-Za-z0-9_-]{43}$/)
  assert.ok(key.key.startsWith(key.prefix))

  const list = await app.inject({ method: 'GET', url: `/api/workspaces/${owner.workspaceId}/api-keys`, headers: owner.headers })
  assert.equal(list.statusCode, 200)
  assert.equal(list.json().items.length, 1)
  assert.ok(!JSON.stringify(list.json()).includes(key.key), 'the secret is never listed')
  assert.equal(list.json().items[0].lastUsedAt, null)

  assert.equal((await app.inject({ method: 'GET', url: '/api/agents', headers: key.headers })).statusCode, 200)
  const listed = await app.inject({ method: 'GET', url: `/api/workspaces/${owner.workspaceId}/api-keys`, headers: owner.headers })
  assert.notEqual(listed.json().items[0].lastUsedAt, null, 'use is recorded')

  const manage = await app.inject({ method: 'POST', url: `/api/workspaces/${owner.workspaceId}/api-keys`, headers: key.headers, payload: { name: 'escalate' } })
  assert.equal(manage.statusCode, 403)
  const members = await app.inject({ method: 'POST', url: `/api/workspaces/${owner.workspaceId}/members`, headers: key.headers, payload: { email: 'a@b.co', role: 'owner' } })
  assert.equal(members.statusCode, 403)

  assert.equal((await app.inject({ method: 'DELETE', url: `/api/workspaces/${owner.workspaceId}/api-keys/${key.id}`, headers: owner.headers })).statusCode, 204)
  const revoked = await app.inject({ method: 'GET', url: '/api/agents', headers: key.headers })
  assert.equal(revoked.statusCode, 401)
  assert.equal(revoked.json().error.code, 'invalid_api_key')
  const again = await app.inject({ method: 'DELETE', url: `/api/workspaces/${owner.workspaceId}/api-keys/${key.id}`, headers: owner.headers })
  assert.equal(again.statusCode, 404)
})

test('workspace default webhook URL can be set and cleared by owners/admins', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const res = await app.inject({ method: 'PATCH', url: `/api/workspaces/${owner.workspaceId}`, headers: owner.headers, payload: { webhookUrl: 'https://hooks.example.com/calls' } })
  assert.equal(res.statusCode, 200)
  assert.equal(res.json().webhookUrl, 'https://hooks.example.com/calls')
  const cleared = await app.inject({ method: 'PATCH', url: `/api/workspaces/${owner.workspaceId}`, headers: owner.headers, payload: { webhookUrl: null } })
  assert.equal(cleared.json().webhookUrl, null)
  assert.equal(cleared.json().name, res.json().name)
  const bad = await app.inject({ method: 'PATCH', url: `/api/workspaces/${owner.workspaceId}`, headers: owner.headers, payload: { webhookUrl: 'not a url' } })
  assert.equal(bad.statusCode, 400)
})
