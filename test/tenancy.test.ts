import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp } from './helpers/app.js'
import { createAgent, createApiKey, signup } from './helpers/users.js'
import { newId } from '../src/platform/ids.js'

/**
 * Route by route: no credentials -> 401; another workspace's JWT and API key -> 404
 * with none of the data; a revoked key -> 401 at once.
 */
test('every workspace resource route is isolated between tenants', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const intruder = await signup(app)
  const intruderKey = await createApiKey(app, intruder)
  const agent = await createAgent(app, owner.headers, { name: 'Secret agent', promptDraft: 'TOP-SECRET-PROMPT' })
  const callId = newId('call')
  await app.calls.insert({ id: callId, workspaceId: owner.workspaceId, agentId: agent.id, agentName: agent.name, direction: 'web', status: 'active', roomName: `call-${agent.id}-abcdef` })

  const resourceRoutes: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object }[] = [
    { method: 'GET', url: `/api/agents/${agent.id}` },
    { method: 'PATCH', url: `/api/agents/${agent.id}`, payload: { name: 'pwned' } },
    { method: 'POST', url: `/api/agents/${agent.id}/publish` },
    { method: 'DELETE', url: `/api/agents/${agent.id}` },
    { method: 'GET', url: `/api/calls/${callId}` },
    { method: 'POST', url: `/api/calls/${callId}/end` },
  ]
  for (const r of resourceRoutes) {
    const none = await app.inject({ method: r.method, url: r.url, payload: r.payload })
    assert.equal(none.statusCode, 401, `${r.method} ${r.url} without credentials`)
    for (const [who, headers] of [['JWT', intruder.headers], ['API key', intruderKey.headers]] as const) {
      const res = await app.inject({ method: r.method, url: r.url, payload: r.payload, headers })
      assert.equal(res.statusCode, 404, `${r.method} ${r.url} with the other workspace's ${who}`)
      assert.ok(!res.body.includes('TOP-SECRET') && !res.body.includes('Secret agent'), 'no data leaks')
    }
  }
  // Lists: the intruder sees nothing of the owner's.
  for (const headers of [intruder.headers, intruderKey.headers]) {
    for (const url of ['/api/agents', '/api/calls', `/api/calls?agentId=${agent.id}`]) {
      const res = await app.inject({ method: 'GET', url, headers })
      assert.equal(res.statusCode, 200)
      assert.deepEqual(res.json().items, [], url)
    }
  }
  for (const url of ['/api/agents', '/api/calls', '/api/me', '/api/workspaces']) {
    assert.equal((await app.inject({ method: 'GET', url })).statusCode, 401, url)
  }
  // The owner's data is untouched by all of the above.
  const still = await app.inject({ method: 'GET', url: `/api/agents/${agent.id}`, headers: owner.headers })
  assert.equal(still.json().name, 'Secret agent')
  assert.equal(still.json().promptPublished, null)
  assert.equal((await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: owner.headers })).json().status, 'active')

  // Workspace management routes: a non-member gets 404, never the data.
  const ws = owner.workspaceId
  const mgmt: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object }[] = [
    { method: 'GET', url: `/api/workspaces/${ws}/members` },
    { method: 'POST', url: `/api/workspaces/${ws}/members`, payload: { email: intruder.email, role: 'owner' } },
    { method: 'DELETE', url: `/api/workspaces/${ws}/members/${owner.userId}` },
    { method: 'GET', url: `/api/workspaces/${ws}/api-keys` },
    { method: 'POST', url: `/api/workspaces/${ws}/api-keys`, payload: { name: 'x' } },
    { method: 'DELETE', url: `/api/workspaces/${ws}/api-keys/key_whatever` },
    { method: 'PATCH', url: `/api/workspaces/${ws}`, payload: { name: 'pwned' } },
  ]
  for (const r of mgmt) {
    assert.equal((await app.inject({ method: r.method, url: r.url, payload: r.payload })).statusCode, 401, `${r.method} ${r.url} unauthenticated`)
    const res = await app.inject({ method: r.method, url: r.url, payload: r.payload, headers: intruder.headers })
    assert.equal(res.statusCode, 404, `${r.method} ${r.url} by a non-member`)
    assert.ok(!res.body.includes(owner.email))
    assert.equal((await app.inject({ method: r.method, url: r.url, payload: r.payload, headers: intruderKey.headers })).statusCode, 403, 'keys never manage')
  }

  // A revoked key stops at once, on every route.
  const ownerKey = await createApiKey(app, owner)
  assert.equal((await app.inject({ method: 'GET', url: `/api/agents/${agent.id}`, headers: ownerKey.headers })).statusCode, 200)
  await app.inject({ method: 'DELETE', url: `/api/workspaces/${ws}/api-keys/${ownerKey.id}`, headers: owner.headers })
  for (const r of resourceRoutes.filter((x) => x.method === 'GET')) {
    assert.equal((await app.inject({ method: r.method, url: r.url, headers: ownerKey.headers })).statusCode, 401)
  }
})

test('bogus ids in paths answer 400 or 404, never 500', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const weird = ['00000000-0000-0000-0000-000000000000', "1'%20OR%20'1'='1", '%00', 'x'.repeat(65), '..%2F..%2Fetc', 'agt_%F0%9F%98%80', '%E0%A4%A']
  for (const id of weird) {
    for (const url of [`/api/agents/${id}`, `/api/calls/${id}`]) {
      const res = await app.inject({ method: 'GET', url, headers: u.headers })
      assert.ok([400, 404].includes(res.statusCode), `${url} -> ${res.statusCode}`)
      assert.ok(res.json().error.code)
    }
  }
})
