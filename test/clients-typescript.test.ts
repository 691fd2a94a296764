import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import { startTestApp } from './helpers/app.js'
import { startLiveKit } from './helpers/livekit.js'
import { createRapidCallClient, RapidCallError, unwrap } from '../clients/typescript/index.js'

// The dashboard's path through the committed, generated client only: if the spec and the server
// disagree on a path, a parameter or a body, this fails where the dashboard would.

test('TS client: signup, create agent, web call, list calls against the running API', async (t) => {
  const lk = await startLiveKit(t)
  const { url } = await startTestApp(t, { env: lk.env, listen: true })

  const anonymous = createRapidCallClient({ baseUrl: url })
  const email = `ts-client-${randomBytes(4).toString('hex')}@example.com`
  const session = await unwrap(anonymous.POST('/api/auth/signup', { body: { email, password: 'correct horse battery', workspaceName: 'Client co' } }))
  assert.equal(session.user.email, email)
  assert.equal(session.workspace.name, 'Client co')

  let token: string | undefined = session.token
  const client = createRapidCallClient({ baseUrl: `${url}/`, token: () => token })

  const me = await unwrap(client.GET('/api/me'))
  assert.equal(me.workspace.id, session.workspace.id)

  const agent = await unwrap(client.POST('/api/agents', { body: { name: 'Support line', promptDraft: 'Help {{who}}', defaultDynamicVariables: { who: 'callers' } } }))
  assert.equal(agent.name, 'Support line')
  assert.equal(agent.promptDraft, 'Help {{who}}')

  const web = await unwrap(client.POST('/api/calls/web', { body: { agentId: agent.id } }))
  assert.equal(web.livekitUrl, lk.env.LIVEKIT_URL)
  assert.match(web.roomName, new RegExp(`^call-${agent.id}-[A-Za-z0-9]{6}$`))
  assert.ok(web.token.length > 20)
  assert.equal(lk.server.calls('CreateRoom')[0]?.body.name, web.roomName, 'the room was created on the LiveKit server')

  // The free plan allows one call at a time: the dashboard ends the first before starting another.
  const ended = await unwrap(client.POST('/api/calls/{callId}/end', { params: { path: { callId: web.callId } } }))
  assert.equal(ended.status, 'ended')
  const second = await unwrap(client.POST('/api/agents/{agentId}/start', { params: { path: { agentId: agent.id } } }))
  assert.notEqual(second.callId, web.callId)

  const firstPage = await unwrap(client.GET('/api/calls', { params: { query: { limit: 1 } } }))
  assert.deepEqual(firstPage.items.map((c) => c.id), [second.callId], 'newest first')
  assert.ok(firstPage.nextCursor)
  const rest = await unwrap(client.GET('/api/calls', { params: { query: { limit: 1, cursor: firstPage.nextCursor } } }))
  assert.deepEqual(rest.items.map((c) => c.id), [web.callId])
  assert.equal(rest.items[0].direction, 'web')
  assert.equal(rest.items[0].agentId, agent.id)
  assert.equal(rest.items[0].roomName, web.roomName)
  assert.equal(rest.items[0].status, 'ended')

  const one = await unwrap(client.GET('/api/calls/{callId}', { params: { path: { callId: web.callId } } }))
  assert.equal(one.id, web.callId)

  // The contract's error body arrives as a typed error, with the request id for support.
  const missing = await client.GET('/api/agents/{agentId}', { params: { path: { agentId: 'agt_missing' } } })
  assert.equal(missing.response.status, 404)
  assert.equal(missing.error?.error.code, 'agent_not_found')
  await assert.rejects(unwrap(client.GET('/api/agents/{agentId}', { params: { path: { agentId: 'agt_missing' } } })), (err: unknown) => {
    assert.ok(err instanceof RapidCallError)
    assert.equal(err.status, 404)
    assert.equal(err.code, 'agent_not_found')
    assert.ok(err.requestId)
    return true
  })

  // The token is read per request: after logging out the same client is anonymous again.
  token = undefined
  const loggedOut = await client.GET('/api/calls')
  assert.equal(loggedOut.response.status, 401)

  // An API key works the same way as the dashboard JWT.
  token = session.token
  const key = await unwrap(client.POST('/api/workspaces/{workspaceId}/api-keys', { params: { path: { workspaceId: session.workspace.id } }, body: { name: 'ci' } }))
  const integrator = createRapidCallClient({ baseUrl: url, token: key.key })
  const agents = await unwrap(integrator.GET('/api/agents'))
  assert.deepEqual(agents.items.map((a) => a.id), [agent.id])
})

test('Swagger UI and /openapi.yaml serve the committed openapi.yaml the clients are generated from', async (t) => {
  const { app, config } = await startTestApp(t)
  const committed = await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8')
  // Only the version differs: tests run as 0.0.0-test, the committed file carries package.json's.
  const asCommitted = (text: string) => text.replace(`version: ${config.version}\n`, `version: ${parse(committed).info.version}\n`)
  const served = await app.inject('/openapi.yaml')
  assert.equal(served.statusCode, 200)
  assert.ok(asCommitted(served.body) === committed, 'the served spec differs from openapi.yaml: run `npm run openapi` and `npm run clients`')

  // Swagger UI reads its document from /docs/json; "Authorize" offers the bearer scheme (JWT or API key).
  const ui = await app.inject('/docs/json')
  assert.equal(ui.statusCode, 200)
  const doc = ui.json()
  assert.deepEqual({ ...doc, info: { ...doc.info, version: 'x' } }, { ...parse(committed), info: { ...parse(committed).info, version: 'x' } })
  assert.equal(doc.components.securitySchemes.bearerAuth.scheme, 'bearer')
  assert.equal((await app.inject('/docs/')).statusCode, 200)
})
