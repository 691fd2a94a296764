import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { InjectOptions } from 'fastify'
import { startTestApp } from './helpers/app.js'
import { signup } from './helpers/users.js'

test('bad input gets a 4xx in the contract error shape, never a 500 or a stack', async (t) => {
  const { app } = await startTestApp(t, { env: { BODY_LIMIT_BYTES: '4096' } })
  const u = await signup(app)
  const json = { 'content-type': 'application/json', ...u.headers }
  const cases: [string, InjectOptions, number, string][] = [
    ['malformed JSON', { method: 'POST', url: '/api/agents', headers: json, payload: '{"name": "x",' }, 400, 'invalid_json'],
    ['empty JSON body', { method: 'POST', url: '/api/agents', headers: json, payload: '' }, 400, 'invalid_json'],
    ['wrong content type', { method: 'POST', url: '/api/agents', headers: { ...u.headers, 'content-type': 'text/plain' }, payload: 'name=x' }, 415, 'unsupported_media_type'],
    ['form body', { method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=a@b.co&password=x' }, 415, 'unsupported_media_type'],
    ['oversized body', { method: 'POST', url: '/api/agents', headers: json, payload: JSON.stringify({ name: 'x', promptDraft: 'y'.repeat(10_000) }) }, 413, 'payload_too_large'],
    ['unknown field', { method: 'POST', url: '/api/agents', headers: json, payload: { name: 'x', role: 'admin' } }, 400, 'validation_failed'],
    ['wrong type', { method: 'POST', url: '/api/agents', headers: json, payload: { name: 42 } }, 400, 'validation_failed'],
    ['array instead of object', { method: 'POST', url: '/api/agents', headers: json, payload: '[1,2]' }, 400, 'validation_failed'],
    ['null body', { method: 'POST', url: '/api/auth/signup', headers: { 'content-type': 'application/json' }, payload: 'null' }, 400, 'validation_failed'],
    ['prototype pollution keys', { method: 'POST', url: '/api/agents', headers: json, payload: '{"name":"x","__proto__":{"admin":true}}' }, 400, 'invalid_json'],
    ['bad query', { method: 'GET', url: '/api/calls?since=yesterday', headers: u.headers }, 400, 'validation_failed'],
    ['bad enum in query', { method: 'GET', url: '/api/calls?direction=sideways', headers: u.headers }, 400, 'validation_failed'],
    ['malformed URL encoding', { method: 'GET', url: '/api/agents/%E0%A4%A', headers: u.headers }, 400, 'invalid_request'],
  ]
  for (const [name, req, status, code] of cases) {
    const res = await app.inject(req)
    assert.equal(res.statusCode, status, `${name}: ${res.body}`)
    const body = res.json()
    assert.equal(body.error.code, code, name)
    assert.equal(typeof body.error.message, 'string', name)
    assert.ok(!res.body.includes('    at '), `${name}: no stack trace`)
  }
  const details = (await app.inject({ method: 'POST', url: '/api/agents', headers: json, payload: { name: 42, maxCallSeconds: 'x' } })).json().error.details
  assert.deepEqual(details.map((d: { field: string }) => d.field).sort(), ['maxCallSeconds', 'name'], 'all failing fields are listed')
  assert.equal((await app.inject({ method: 'GET', url: '/api/agents', headers: u.headers })).json().items.length, 0, 'nothing was written')
})
