import { test } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import { startTestApp } from './helpers/app.js'

// node:http rather than fetch: fetch refuses TRACE and CONNECT.
function send(url: string, method: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, { method }, (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (c) => (body += c)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
    })
    req.on('error', reject).end()
  })
}

// Over a real socket: TRACE and QUERY are what HTTP clients and schemathesis send, and QUERY has no
// Content-Type, which Fastify's parser would reject (400) before any 404 handler ran.
test('an unknown method on a known path answers 405 with Allow and the error body; an unknown path stays 404', async (t) => {
  const { url } = await startTestApp(t, { listen: true })
  const cases: [string, string, string][] = [
    ['TRACE', '/api/agents', 'GET, HEAD, POST'],
    ['QUERY', '/api/agents', 'GET, HEAD, POST'],
    ['PUT', '/api/agents', 'GET, HEAD, POST'],
    // A parametric path: the methods of /agents/:agentId, whether or not that agent exists.
    ['PUT', '/api/agents/agt_unknown?x=1', 'GET, HEAD, PATCH, DELETE'],
    ['POST', '/health', 'GET, HEAD'],
    // No CLIENT_ORIGIN: no CORS preflight route answers, so OPTIONS is just another method.
    ['OPTIONS', '/api/agents', 'GET, HEAD, POST'],
  ]
  for (const [method, path, allow] of cases) {
    const res = await send(`${url}${path}`, method)
    assert.equal(res.status, 405, `${method} ${path}: ${res.body}`)
    assert.equal(res.headers.allow, allow, `${method} ${path}`)
    assert.match(res.headers['content-type'] ?? '', /application\/json/)
    const body = JSON.parse(res.body) as { error: { code: string; message: string; details: { allow: string[] } } }
    assert.equal(body.error.code, 'method_not_allowed')
    assert.match(body.error.message, new RegExp(`^${method} is not allowed on ${path.split('?')[0]}`))
    assert.deepEqual(body.error.details.allow, allow.split(', '))
  }
  // The routes themselves still answer (an unauthenticated GET is 401, not 405).
  assert.equal((await fetch(`${url}/api/agents`)).status, 401)
  assert.equal((await fetch(`${url}/health`)).status, 200)
  const unknown = await send(`${url}/api/no-such-thing`, 'TRACE')
  assert.equal(unknown.status, 404)
  assert.equal(unknown.headers.allow, undefined)
  assert.equal(JSON.parse(unknown.body).error.code, 'not_found')
})
