import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { startTestApp, startTwoInstances, TEST_JWT_SECRET } from './helpers/app.js'
import { onRealPostgres } from './helpers/database.js'
import { signup } from './helpers/users.js'

const skip = onRealPostgres() ? false : 'two instances share a database only on real PostgreSQL: set TEST_DATABASE_URL'
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const me = (app: FastifyInstance, token: string) => app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })

test('logout on one instance revokes that session (and its switched tokens) on the other at once; other sessions stay', { skip }, async (t) => {
  const [a, b] = await startTwoInstances(t)
  const u = await signup(a.app)
  const second = await b.app.inject({ method: 'POST', url: '/api/workspaces', headers: u.headers, payload: { name: 'Second' } })
  assert.equal(second.statusCode, 201, second.body)
  const switched = await b.app.inject({ method: 'POST', url: '/api/auth/switch-workspace', headers: u.headers, payload: { workspaceId: second.json().id } })
  const switchedToken = switched.json().token as string
  const otherLogin = await b.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: u.email, password: u.password } })
  const otherSession = otherLogin.json().token as string
  for (const token of [u.token, switchedToken, otherSession]) assert.equal((await me(b.app, token)).statusCode, 200)

  assert.equal((await a.app.inject({ method: 'POST', url: '/api/auth/logout', headers: u.headers })).statusCode, 204)
  for (const [app, token] of [[b.app, u.token], [a.app, u.token], [b.app, switchedToken]] as const) {
    const res = await me(app, token)
    assert.equal(res.statusCode, 401)
    assert.equal(res.json().error.code, 'token_revoked')
  }
  assert.equal((await b.app.inject({ method: 'GET', url: '/api/agents', headers: u.headers })).statusCode, 401, 'every route, not only /me')
  assert.equal((await b.app.inject({ method: 'POST', url: '/api/auth/logout', headers: u.headers })).statusCode, 401, 'a revoked token cannot log out again')
  assert.equal((await me(a.app, otherSession)).statusCode, 200, 'the login in another browser is another session')
})

test('a password change revokes every earlier token of the user on both instances and answers a new one', { skip }, async (t) => {
  const [a, b] = await startTwoInstances(t)
  const u = await signup(a.app)
  const laptop = (await a.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: u.email, password: u.password } })).json().token as string
  const change = (app: FastifyInstance, currentPassword: string) =>
    app.inject({ method: 'POST', url: '/api/auth/password', headers: u.headers, payload: { currentPassword, newPassword: 'a brand new passphrase' } })
  const wrong = await change(b.app, 'not my password')
  assert.equal(wrong.statusCode, 403)
  assert.equal(wrong.json().error.code, 'wrong_password')
  assert.equal((await me(a.app, laptop)).statusCode, 200, 'a refused change revokes nothing')
  const tooShort = await b.app.inject({ method: 'POST', url: '/api/auth/password', headers: u.headers, payload: { currentPassword: u.password, newPassword: 'short' } })
  assert.equal(tooShort.json().error.code, 'validation_failed')

  const ok = await change(b.app, u.password)
  assert.equal(ok.statusCode, 200, ok.body)
  const fresh = ok.json().token as string
  for (const app of [a.app, b.app]) {
    for (const token of [u.token, laptop]) assert.equal((await me(app, token)).json().error.code, 'token_revoked')
    assert.equal((await me(app, fresh)).statusCode, 200, 'the answered token works everywhere')
  }
  const login = (password: string) => a.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: u.email, password } })
  assert.equal((await login(u.password)).statusCode, 401, 'the old password is gone')
  const again = await login('a brand new passphrase')
  assert.equal(again.statusCode, 200)
  assert.equal((await me(b.app, again.json().token)).statusCode, 200)
})

test('a token signed before sessions existed (no sid, no ver) works until its user logs out or changes password', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  const data = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: u.userId, wid: u.workspaceId, role: 'owner', iat: Math.floor(Date.now() / 1000) })}`
  const legacy = `${data}.${createHmac('sha256', TEST_JWT_SECRET).update(data).digest('base64url')}`
  assert.equal((await me(app, legacy)).statusCode, 200)
  assert.equal((await app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(legacy) })).statusCode, 204)
  assert.equal((await me(app, legacy)).json().error.code, 'token_revoked')
  // Without a session to revoke, logout revoked all of the user's tokens.
  assert.equal((await me(app, u.token)).json().error.code, 'token_revoked')
  const api = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: 'Bearer rk_nope' } })
  assert.equal(api.statusCode, 403, 'API keys have no session to end')
})
