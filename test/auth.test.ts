import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { startTestApp, TEST_JWT_SECRET } from './helpers/app.js'
import { signup } from './helpers/users.js'

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
function hs256(payload: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }) {
  const data = `${b64(header)}.${b64(payload)}`
  return `${data}.${createHmac('sha256', secret).update(data).digest('base64url')}`
}

test('signup -> login -> me, with emails normalised and the same 401 for unknown email and wrong password', async (t) => {
  const { app } = await startTestApp(t)
  const res = await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: '  Ada@Example.COM ', password: 'longenough', name: 'Ada', workspaceName: 'Analytical' } })
  assert.equal(res.statusCode, 201)
  const body = res.json()
  assert.equal(body.user.email, 'ada@example.com')
  assert.equal(body.workspace.name, 'Analytical')
  assert.match(body.user.id, /^usr_[0-9A-HJKMNP-TV-Z]{26}$/)
  assert.match(body.workspace.id, /^ws_[0-9A-HJKMNP-TV-Z]{26}$/)

  const dup = await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: 'ADA@example.com', password: 'longenough' } })
  assert.equal(dup.statusCode, 409)
  assert.equal(dup.json().error.code, 'email_taken')

  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'ada@example.com ', password: 'longenough' } })
  assert.equal(login.statusCode, 200)
  assert.deepEqual(login.json().workspaces, [{ id: body.workspace.id, name: 'Analytical', role: 'owner' }])

  const me = await app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${login.json().token}` } })
  assert.equal(me.statusCode, 200)
  assert.equal(me.json().workspace.id, body.workspace.id)
  assert.equal(me.json().user.email, 'ada@example.com')

  const wrongPw = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'ada@example.com', password: 'wrong-password' } })
  const unknown = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.com', password: 'longenough' } })
  assert.equal(wrongPw.statusCode, 401)
  assert.deepEqual(wrongPw.json(), unknown.json())
  assert.equal(unknown.json().error.code, 'invalid_credentials')
})

test('short passwords and malformed emails are refused with field details', async (t) => {
  const { app } = await startTestApp(t)
  const res = await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: 'not-an-email', password: 'short' } })
  assert.equal(res.statusCode, 400)
  const err = res.json().error
  assert.equal(err.code, 'validation_failed')
  const fields = err.details.map((d: { field: string }) => d.field).sort()
  assert.deepEqual(fields, ['email', 'password'])
})

test('tampered, expired, alg:none and foreign-secret JWTs answer 401', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const [h, p] = u.token.split('.')
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString())
  const now = Math.floor(Date.now() / 1000)
  const tokens = {
    tampered: `${h}.${b64({ ...claims, role: 'owner', wid: 'ws_other' })}.${u.token.split('.')[2]}`,
    expired: hs256({ ...claims, iat: now - 7200, exp: now - 3600 }, TEST_JWT_SECRET),
    algNone: `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
    foreign: hs256(claims, 'some-other-secret-that-is-long-enough-xxxxxxx'),
    garbage: 'not.a.jwt',
  }
  for (const [name, token] of Object.entries(tokens)) {
    const res = await app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })
    assert.equal(res.statusCode, 401, name)
    assert.ok(res.json().error.code, name)
  }
  const expired = await app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${tokens.expired}` } })
  assert.equal(expired.json().error.code, 'token_expired')
  const noHeader = await app.inject({ method: 'GET', url: '/api/me' })
  assert.equal(noHeader.statusCode, 401)
  assert.equal(noHeader.json().error.code, 'unauthorized')
})

test('JWT_SECRET rotation: tokens signed with JWT_SECRET_PREVIOUS keep working while it is set', async (t) => {
  const oldSecret = 'the-old-secret-that-is-long-enough-0123456789'
  const before = await startTestApp(t, { env: { JWT_SECRET: oldSecret } })
  const u = await signup(before.app)
  // Same database, new secret, old one as previous: the old token still works.
  const dbEnv = before.config.database.url ? { DATABASE_URL: before.config.database.url } : undefined
  if (!dbEnv) {
    // On PGlite each app has its own in-memory database, so check verification directly.
    const rotated = await startTestApp(t, { env: { JWT_SECRET_PREVIOUS: oldSecret } })
    const other = await signup(rotated.app)
    const viaOld = hs256({ sub: other.userId, wid: other.workspaceId, role: 'owner', iat: Math.floor(Date.now() / 1000) }, oldSecret)
    assert.equal((await rotated.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${viaOld}` } })).statusCode, 200)
    const withoutPrevious = await startTestApp(t)
    const third = await signup(withoutPrevious.app)
    const viaOld2 = hs256({ sub: third.userId, wid: third.workspaceId, role: 'owner', iat: Math.floor(Date.now() / 1000) }, oldSecret)
    assert.equal((await withoutPrevious.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${viaOld2}` } })).statusCode, 401)
    return
  }
  const rotated = await startTestApp(t, { env: { ...dbEnv, JWT_SECRET_PREVIOUS: oldSecret } })
  assert.equal((await rotated.app.inject({ method: 'GET', url: '/api/me', headers: u.headers })).statusCode, 200)
  const removed = await startTestApp(t, { env: dbEnv })
  assert.equal((await removed.app.inject({ method: 'GET', url: '/api/me', headers: u.headers })).statusCode, 401)
})

test('login is rate limited per IP and per email with 429 and retry-after', async (t) => {
  const { app } = await startTestApp(t, { env: { AUTH_RATE_LIMIT_PER_IP: '100', AUTH_RATE_LIMIT_PER_EMAIL: '3' } })
  const u = await signup(app)
  const attempt = (email: string, ip = '10.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: { email, password: 'wrong-password' } })
  for (let i = 0; i < 3; i++) assert.equal((await attempt(u.email)).statusCode, 401)
  const limited = await attempt(u.email, '10.0.0.2')
  assert.equal(limited.statusCode, 429, 'per email, whatever the IP')
  assert.equal(limited.json().error.code, 'rate_limited')
  assert.ok(Number(limited.headers['retry-after']) > 0)
  // Another email is not affected by that email's limit.
  assert.equal((await attempt('someone-else@example.com')).statusCode, 401)

  const perIp = await startTestApp(t, { env: { AUTH_RATE_LIMIT_PER_IP: '2' } })
  const hit = (ip: string) => perIp.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: { email: 'x@example.com', password: 'whatever1' } })
  await hit('10.1.1.1')
  await hit('10.1.1.1')
  assert.equal((await hit('10.1.1.1')).statusCode, 429)
  assert.equal((await hit('10.1.1.2')).statusCode, 401)
})

test('switch-workspace gives a token for a workspace the user belongs to, 404 otherwise', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const stranger = await signup(app)
  const created = await app.inject({ method: 'POST', url: '/api/workspaces', headers: u.headers, payload: { name: 'Second' } })
  assert.equal(created.statusCode, 201)
  const second = created.json().id
  const sw = await app.inject({ method: 'POST', url: '/api/auth/switch-workspace', headers: u.headers, payload: { workspaceId: second } })
  assert.equal(sw.statusCode, 200)
  const me = await app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${sw.json().token}` } })
  assert.equal(me.json().workspace.id, second)
  assert.equal(me.json().workspaces.length, 2)
  const foreign = await app.inject({ method: 'POST', url: '/api/auth/switch-workspace', headers: u.headers, payload: { workspaceId: stranger.workspaceId } })
  assert.equal(foreign.statusCode, 404)
})
