import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTwoInstances } from './helpers/app.js'
import { onRealPostgres } from './helpers/database.js'
import { signup } from './helpers/users.js'
import { ManualClock } from '../src/platform/clock.js'

const skip = onRealPostgres() ? false : 'two instances share a database only on real PostgreSQL: set TEST_DATABASE_URL'

test('two instances on one database enforce one login limit per email and per IP; the window moves with app.clock', { skip }, async (t) => {
  const clock = new ManualClock(new Date('2026-03-02T10:00:00Z'))
  const [a, b] = await startTwoInstances(t, { clock, env: { AUTH_RATE_LIMIT_PER_IP: '1000', AUTH_RATE_LIMIT_PER_EMAIL: '4' } })
  const u = await signup(a.app)
  const login = (app: typeof a.app, password: string, ip: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: { email: u.email, password } })

  // Four wrong guesses spread over both instances (two each: per-process counting would allow four on each).
  for (const [i, app] of [a.app, b.app, a.app, b.app].entries()) {
    assert.equal((await login(app, 'wrong-password', `10.0.0.${i + 1}`)).statusCode, 401)
  }
  for (const app of [a.app, b.app]) {
    const limited = await login(app, u.password, '10.0.0.9')
    assert.equal(limited.statusCode, 429, 'the fifth attempt is refused on either instance, even with the right password')
    assert.equal(limited.json().error.code, 'rate_limited')
    assert.equal(limited.headers['retry-after'], '900', 'the window is 15 minutes from the first attempt, by app.clock')
  }
  clock.advance(10 * 60_000)
  assert.equal((await login(b.app, u.password, '10.0.0.9')).headers['retry-after'], '300', 'five minutes left after ten')
  clock.advance(5 * 60_000)
  assert.equal((await login(b.app, u.password, '10.0.0.9')).statusCode, 200, 'a new window once the old one ends')
})

test('the per-IP limit on signup and login is one count across instances', { skip }, async (t) => {
  const clock = new ManualClock(new Date('2026-03-02T10:00:00Z'))
  const [a, b] = await startTwoInstances(t, { clock, env: { AUTH_RATE_LIMIT_PER_IP: '3' } })
  const signupFrom = (app: typeof a.app, ip: string, n: number) =>
    app.inject({ method: 'POST', url: '/api/auth/signup', remoteAddress: ip, payload: { email: `ip-${n}@example.com`, password: 'longenough' } })
  assert.equal((await signupFrom(a.app, '10.2.0.1', 1)).statusCode, 201)
  assert.equal((await signupFrom(b.app, '10.2.0.1', 2)).statusCode, 201)
  assert.equal((await b.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.2.0.1', payload: { email: 'ip-1@example.com', password: 'longenough' } })).statusCode, 200)
  const limited = await signupFrom(a.app, '10.2.0.1', 3)
  assert.equal(limited.statusCode, 429, 'the fourth request from the IP, over both instances and both routes')
  assert.equal(limited.json().error.code, 'rate_limited')
  assert.equal((await signupFrom(a.app, '10.2.0.2', 4)).statusCode, 201, 'another IP has its own count')
  clock.advance(60_000)
  assert.equal((await signupFrom(b.app, '10.2.0.1', 5)).statusCode, 201, 'the minute is over by app.clock')
})
