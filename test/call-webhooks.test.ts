import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { startTestApp, TEST_AGENT_SECRET, TEST_JWT_SECRET } from './helpers/app.js'
import { createAgent, createApiKey, signup, type TestUser } from './helpers/users.js'
import { sendLiveKitEvent, startLiveKit } from './helpers/livekit.js'
import { freshDatabaseEnv, onRealPostgres } from './helpers/database.js'
import { loadConfig } from '../src/config.js'
import { buildApp } from '../src/app.js'
import { newId } from '../src/platform/ids.js'
import { eventually, pause } from './helpers/eventually.js'

// ---------------------------------------------------------------- helpers


interface Received {
  headers: http.IncomingHttpHeaders
  body: string
  json: { event: string; call: Record<string, any> }
  at: number
  path: string
}
type Answer = number | { status: number; headers?: Record<string, string> } | 'hang'

/** A customer's webhook endpoint: records every request; `answer(n)` decides the n-th (1-based) reply. */
async function startReceiver(t: Pick<TestContext, 'after'>, answer: (n: number) => Answer = () => 200) {
  const requests: Received[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      requests.push({ headers: req.headers, body, json: JSON.parse(body), at: Date.now(), path: req.url ?? '' })
      const a = answer(requests.length)
      if (a === 'hang') return
      const { status, headers = {} } = typeof a === 'number' ? { status: a } : a
      res.writeHead(status, headers).end(status < 300 ? 'ok' : 'nope')
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  t.after(() => new Promise<void>((r) => {
    server.closeAllConnections()
    server.close(() => r())
  }))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/calls?token=abc`, requests }
}

/** The Node verification recipe exactly as README.md documents it (extracted, not copied). */
async function readmeNodeVerify(): Promise<(raw: string, header: string, secret: string) => boolean> {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('## Call webhooks: verifying the signature'))
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1]
  assert.ok(code, 'README has the Node example')
  const dir = mkdtempSync(join(tmpdir(), 'rc-verify-'))
  const file = join(dir, 'verify.mjs')
  writeFileSync(file, code)
  const mod = await import(pathToFileURL(file).href)
  rmSync(dir, { recursive: true, force: true })
  return mod.verify
}

/** The README's Python recipe, run by python3 when it is installed. */
function readmePythonVerify(raw: string, header: string, secret: string): boolean | undefined {
  if (spawnSync('python3', ['--version']).status !== 0) return undefined
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('## Call webhooks: verifying the signature'))
  const code = /```python\n([\s\S]*?)```/.exec(section)?.[1]
  assert.ok(code, 'README has the Python example')
  const script = `${code}\nimport sys, json\nargs = json.load(sys.stdin)\nprint(verify(args["raw"].encode(), args["header"], args["secret"]))\n`
  const out = execFileSync('python3', ['-c', script], { input: JSON.stringify({ raw, header, secret }) }).toString().trim()
  return out === 'True'
}

const WEBHOOK_ENV = { WEBHOOKS_ALLOW_INSECURE: 'true', WEBHOOK_RETRY_BASE_MS: '100' }

async function setup(t: TestContext, env: Record<string, string> = {}) {
  const { app } = await startTestApp(t, { env: { ...WEBHOOK_ENV, ...env } })
  const owner = await signup(app)
  return { app, owner }
}

/** A call row as the calls domain creates it, without LiveKit. */
async function newCall(app: FastifyInstance, owner: TestUser, agent: { id: string; name: string } | null, extra: Record<string, unknown> = {}) {
  return app.calls.insert({
    id: newId('call'), workspaceId: owner.workspaceId, agentId: agent?.id ?? null, agentName: agent?.name ?? null,
    direction: 'web', status: 'created', roomName: null, ...extra,
  })
}

async function deliveries(app: FastifyInstance, headers: Record<string, string>, query = '') {
  const res = await app.inject({ method: 'GET', url: `/api/webhooks/deliveries${query}`, headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json() as { items: any[]; nextCursor: string | null }
}

async function delivery(app: FastifyInstance, headers: Record<string, string>, id: string) {
  const res = await app.inject({ method: 'GET', url: `/api/webhooks/deliveries/${id}`, headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json()
}

async function secretOf(app: FastifyInstance, owner: TestUser) {
  const res = await app.inject({ method: 'GET', url: `/api/workspaces/${owner.workspaceId}/webhook-secret`, headers: owner.headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json().secret as string
}

const transcript = [
  { speaker: 'Agent', role: 'agent', text: 'Hello, how can I help?' },
  { speaker: 'User', role: 'user', text: 'Book a table', lang: 'en' },
  { kind: 'tool_invocation', toolCallId: 't1', toolName: 'book', input: { people: 2 } },
]

// ---------------------------------------------------------------- tests

test('a web call sends call_started, call_ended and call_analyzed, signed as the README says', async (t) => {
  const lk = await startLiveKit(t)
  const receiver = await startReceiver(t)
  const { app } = await startTestApp(t, { env: { ...lk.env, ...WEBHOOK_ENV } })
  const owner = await signup(app)
  const agent = await createAgent(app, owner.headers, { name: 'Support', webhookUrl: receiver.url })

  const started = await app.inject({ method: 'POST', url: '/api/calls/web', headers: owner.headers, payload: { agentId: agent.id } })
  assert.equal(started.statusCode, 201, started.body)
  const { callId, roomName } = started.json()
  const joined = await sendLiveKitEvent(app, {
    event: 'participant_joined', room: { name: roomName, sid: 'RM_test' }, participant: { identity: `user-${owner.userId}` }, createdAt: Math.floor(Date.now() / 1000),
  })
  assert.equal(joined.statusCode, 200)
  await eventually(() => receiver.requests.length === 1, 'call_started')

  const ended = await app.inject({
    method: 'POST', url: `/api/internal/calls/${callId}/end`, headers: { 'x-agent-secret': TEST_AGENT_SECRET },
    payload: { outcome: 'agent_hangup', transcript },
  })
  assert.equal(ended.statusCode, 200, ended.body)
  await eventually(() => receiver.requests.length === 3, 'call_ended and call_analyzed')

  const byEvent = Object.fromEntries(receiver.requests.map((r) => [r.json.event, r]))
  assert.deepEqual(Object.keys(byEvent).sort(), ['call_analyzed', 'call_ended', 'call_started'])
  assert.equal(receiver.requests[0].json.event, 'call_started')
  assert.equal(receiver.requests[0].path, '/hooks/calls?token=abc')

  const s = byEvent.call_started.json.call
  assert.equal(s.call_id, callId)
  assert.equal(s.agent_id, agent.id)
  assert.equal(s.agent_name, 'Support')
  assert.equal(s.call_type, 'web_call')
  assert.equal(s.direction, 'web')
  assert.equal(s.call_status, 'ongoing')
  assert.equal(s.from_number, null)
  assert.equal(s.to_number, null)
  assert.equal(typeof s.start_timestamp, 'number')
  assert.equal(s.end_timestamp, undefined)
  assert.deepEqual(s.metadata, {})

  const e = byEvent.call_ended.json.call
  assert.equal(e.call_status, 'ended')
  assert.equal(e.disconnection_reason, 'agent_hangup')
  assert.equal(e.start_timestamp, s.start_timestamp)
  assert.ok(e.end_timestamp >= e.start_timestamp)
  assert.equal(e.duration_ms, e.end_timestamp - e.start_timestamp)
  assert.equal(e.recording_status, 'none')
  assert.equal(e.recording_url, undefined)

  const a = byEvent.call_analyzed.json.call
  assert.deepEqual(a.transcript, transcript, 'the stored entries, extra keys included')
  assert.equal(a.disconnection_reason, 'agent_hangup')

  // Every request: content type, a distinct stable event id, and a signature the README recipe accepts.
  const verify = await readmeNodeVerify()
  const secret = await secretOf(app, owner)
  assert.match(secret, /^whsec_/)
  const ids = new Set<string>()
  for (const r of receiver.requests) {
    assert.equal(r.headers['content-type'], 'application/json')
    const id = r.headers['x-rapidcall-event-id'] as string
    assert.match(id, /^evt_[0-9A-Z]{26}$/)
    ids.add(id)
    const sig = r.headers['x-rapidcall-signature'] as string
    assert.match(sig, /^t=\d+,v1=[0-9a-f]{64}$/)
    assert.equal(verify(r.body, sig, secret), true)
    assert.equal(verify(r.body, sig, 'whsec_wrong'), false)
    assert.equal(verify(r.body.replace('Support', 'Supp0rt'), sig, secret), false, 'a changed body fails')
    const py = readmePythonVerify(r.body, sig, secret)
    if (py !== undefined) assert.equal(py, true, 'the README Python recipe accepts it')
  }
  assert.equal(ids.size, 3)
  const py = readmePythonVerify(receiver.requests[0].body, receiver.requests[0].headers['x-rapidcall-signature'] as string, 'whsec_wrong')
  if (py !== undefined) assert.equal(py, false)

  const page = await deliveries(app, owner.headers)
  assert.equal(page.items.length, 3)
  for (const d of page.items) {
    assert.equal(d.status, 'delivered')
    assert.equal(d.attempts, 1)
    assert.equal(d.lastStatusCode, 200)
    assert.equal(d.nextAttemptAt, null)
    assert.equal(d.url, receiver.url)
    assert.ok(ids.has(d.eventId))
  }
  assert.deepEqual(page.items.map((d: any) => d.event), ['call_analyzed', 'call_ended', 'call_started'], 'newest first')
})

test('a receiver failing twice with 500 gets the event once more and succeeds: same event id, every attempt listed', async (t) => {
  const receiver = await startReceiver(t, (n) => (n <= 2 ? 500 : 200))
  const { app, owner } = await setup(t)
  const agent = await createAgent(app, owner.headers, { webhookUrl: receiver.url })
  const call = await newCall(app, owner, agent)
  await app.callLifecycle.activate(call.id, new Date())

  await eventually(() => receiver.requests.length === 3, 'three requests')
  await pause(600) // several backoff periods: nothing more may arrive
  assert.equal(receiver.requests.length, 3, 'exactly one successful delivery, no repeat after it')
  const eventIds = new Set(receiver.requests.map((r) => r.headers['x-rapidcall-event-id']))
  assert.equal(eventIds.size, 1, 'the same event id on every attempt')
  assert.equal(new Set(receiver.requests.map((r) => r.body)).size, 1, 'the same body on every attempt')

  const [d] = (await deliveries(app, owner.headers)).items
  assert.equal(d.status, 'delivered')
  assert.equal(d.attempts, 3)
  assert.equal(d.eventId, [...eventIds][0])
  const detail = await delivery(app, owner.headers, d.id)
  assert.deepEqual(detail.attemptLog.map((a: any) => [a.attempt, a.statusCode, a.error]), [[1, 500, 'HTTP 500'], [2, 500, 'HTTP 500'], [3, 200, null]])
  assert.ok(detail.attemptLog[0].nextAttemptAt && detail.attemptLog[1].nextAttemptAt, 'failed attempts say when the next one is due')
  assert.equal(detail.attemptLog[2].nextAttemptAt, null)
  assert.ok(Date.parse(detail.attemptLog[1].nextAttemptAt) - Date.parse(detail.attemptLog[1].at) > Date.parse(detail.attemptLog[0].nextAttemptAt) - Date.parse(detail.attemptLog[0].at) - 60, 'backoff grows')
  for (const a of detail.attemptLog) assert.equal(typeof a.durationMs, 'number')
})

test('a hanging receiver is cut at the timeout, logged, and retried', async (t) => {
  const receiver = await startReceiver(t, (n) => (n === 1 ? 'hang' : 200))
  const { app, owner } = await setup(t, { WEBHOOK_TIMEOUT_MS: '300' })
  const agent = await createAgent(app, owner.headers, { webhookUrl: receiver.url })
  const call = await newCall(app, owner, agent)
  await app.callLifecycle.activate(call.id, new Date())

  await eventually(() => receiver.requests.length === 2, 'the retry after the timeout')
  await eventually(async () => (await deliveries(app, owner.headers)).items[0]?.status === 'delivered', 'delivered')
  const [d] = (await deliveries(app, owner.headers)).items
  const detail = await delivery(app, owner.headers, d.id)
  assert.equal(detail.attemptLog.length, 2)
  assert.equal(detail.attemptLog[0].statusCode, null)
  assert.equal(detail.attemptLog[0].error, 'timed out after 300 ms')
  assert.ok(detail.attemptLog[0].durationMs < 5000, `cut at the timeout, not the receiver's pace (${detail.attemptLog[0].durationMs} ms)`)
  assert.equal(detail.attemptLog[1].statusCode, 200)
})

test('a 4xx is final; a failing endpoint alerts once for many events; retry sends the same event again', async (t) => {
  let status = 410
  const receiver = await startReceiver(t, () => status)
  const alerts = await startReceiver(t)
  const { app, owner } = await setup(t, { ALERT_WEBHOOK_URL: alerts.url })
  await app.inject({ method: 'PATCH', url: `/api/workspaces/${owner.workspaceId}`, headers: owner.headers, payload: { webhookUrl: receiver.url } })
  const first = await newCall(app, owner, null)
  const second = await newCall(app, owner, null)
  await app.callLifecycle.activate(first.id, new Date())
  await app.callLifecycle.activate(second.id, new Date())

  await eventually(async () => (await deliveries(app, owner.headers, '?status=failed')).items.length === 2, 'two failed deliveries')
  await pause(600)
  assert.equal(receiver.requests.length, 2, 'no retry after a 410')
  const failed = (await deliveries(app, owner.headers)).items
  for (const d of failed) {
    assert.equal(d.status, 'failed')
    assert.equal(d.attempts, 1)
    assert.equal(d.lastStatusCode, 410)
    assert.equal(d.nextAttemptAt, null)
  }
  await eventually(() => alerts.requests.length >= 1, 'the alert')
  await pause(300)
  assert.equal(alerts.requests.length, 1, 'one alert per endpoint per hour, not one per event')
  assert.equal(alerts.requests[0].json.event, undefined)
  const alert = alerts.requests[0].json as unknown as Record<string, string>
  assert.equal(alert.type, 'call_webhook_failing')
  assert.match(alert.message, /127\.0\.0\.1:\d+/)
  assert.doesNotMatch(alert.message, /token=abc/, 'the URL token stays out of alerts')

  status = 200
  const target = failed[1]
  const retry = await app.inject({ method: 'POST', url: `/api/webhooks/deliveries/${target.id}/retry`, headers: owner.headers })
  assert.equal(retry.statusCode, 202, retry.body)
  assert.equal(retry.json().status, 'pending')
  await eventually(() => receiver.requests.length === 3, 'the manual retry')
  assert.equal(receiver.requests[2].headers['x-rapidcall-event-id'], target.eventId)
  await eventually(async () => (await delivery(app, owner.headers, target.id)).status === 'delivered', 'delivered on retry')
  assert.equal((await delivery(app, owner.headers, target.id)).attempts, 2)
})

test('429 with Retry-After waits as long as the receiver asked', async (t) => {
  const receiver = await startReceiver(t, (n) => (n === 1 ? { status: 429, headers: { 'retry-after': '2' } } : 200))
  const { app, owner } = await setup(t)
  const agent = await createAgent(app, owner.headers, { webhookUrl: receiver.url })
  await app.callLifecycle.activate((await newCall(app, owner, agent)).id, new Date())

  await eventually(() => receiver.requests.length === 2, 'the retry')
  const gap = receiver.requests[1].at - receiver.requests[0].at
  assert.ok(gap >= 1900, `waited ${gap} ms; backoff alone would be about 100 ms`)
  const [d] = (await deliveries(app, owner.headers)).items
  const detail = await delivery(app, owner.headers, d.id)
  assert.equal(detail.attemptLog[0].statusCode, 429)
  assert.ok(Date.parse(detail.attemptLog[0].nextAttemptAt) - Date.parse(detail.attemptLog[0].at) >= 2000)
})

test('rotation signs with both secrets for a while; each signature verifies with its secret; only owners/admins see it', async (t) => {
  const receiver = await startReceiver(t)
  const { app, owner } = await setup(t)
  const agent = await createAgent(app, owner.headers, { webhookUrl: receiver.url })
  const verify = await readmeNodeVerify()
  const before = await secretOf(app, owner)
  assert.equal(await secretOf(app, owner), before, 'stable until rotated')

  const rotated = await app.inject({ method: 'POST', url: `/api/workspaces/${owner.workspaceId}/webhook-secret/rotate`, headers: owner.headers })
  assert.equal(rotated.statusCode, 200, rotated.body)
  const after = rotated.json().secret
  assert.notEqual(after, before)
  assert.ok(rotated.json().previousSecretExpiresAt)
  assert.equal(await secretOf(app, owner), after)

  await app.callLifecycle.activate((await newCall(app, owner, agent)).id, new Date())
  await eventually(() => receiver.requests.length === 1, 'the event')
  const r = receiver.requests[0]
  const sig = r.headers['x-rapidcall-signature'] as string
  const parts = sig.split(',')
  assert.equal(parts.filter((p) => p.startsWith('v1=')).length, 2, 'two v1 entries')
  const t0 = parts[0]
  assert.equal(verify(r.body, sig, after), true, 'the new secret verifies')
  assert.equal(verify(r.body, sig, before), true, 'the old secret still verifies')
  assert.equal(verify(r.body, `${t0},${parts[1]}`, after), true, 'the first v1 is the new secret')
  assert.equal(verify(r.body, `${t0},${parts[2]}`, before), true, 'the second v1 is the previous secret')
  assert.equal(verify(r.body, `${t0},${parts[1]}`, before), false)

  // Members and API keys may not read or rotate it; other workspaces do not exist for this user.
  const member = await signup(app)
  await app.inject({ method: 'POST', url: `/api/workspaces/${owner.workspaceId}/members`, headers: owner.headers, payload: { email: member.email, role: 'member' } })
  const memberToken = app.signToken({ sub: member.userId, wid: owner.workspaceId, role: 'member' })
  const asMember = await app.inject({ method: 'GET', url: `/api/workspaces/${owner.workspaceId}/webhook-secret`, headers: { authorization: `Bearer ${memberToken}` } })
  assert.equal(asMember.statusCode, 403)
  const key = await createApiKey(app, owner)
  assert.equal((await app.inject({ method: 'POST', url: `/api/workspaces/${owner.workspaceId}/webhook-secret/rotate`, headers: key.headers })).statusCode, 403)
  const outsider = await signup(app)
  assert.equal((await app.inject({ method: 'GET', url: `/api/workspaces/${owner.workspaceId}/webhook-secret`, headers: outsider.headers })).statusCode, 404)
  assert.equal(await secretOf(app, owner), after, 'nothing rotated by the refused calls')
})

test('no event leaves with a rolled-back change; the agent URL wins over the workspace default; none configured sends nothing', async (t) => {
  const agentReceiver = await startReceiver(t)
  const workspaceReceiver = await startReceiver(t)
  const { app, owner } = await setup(t)
  const withUrl = await createAgent(app, owner.headers, { webhookUrl: agentReceiver.url })
  const withoutUrl = await createAgent(app, owner.headers)

  // No destination at all yet: nothing recorded.
  await app.callLifecycle.activate((await newCall(app, owner, withoutUrl)).id, new Date())
  assert.equal((await deliveries(app, owner.headers)).items.length, 0)

  const patched = await app.inject({ method: 'PATCH', url: `/api/workspaces/${owner.workspaceId}`, headers: owner.headers, payload: { webhookUrl: workspaceReceiver.url } })
  assert.equal(patched.statusCode, 200, patched.body)

  const rolledBack = await newCall(app, owner, withUrl)
  await assert.rejects(app.sql.begin(async (tx) => {
    await app.callLifecycle.activate(rolledBack.id, new Date(), tx)
    throw new Error('the change fails after the event')
  }))
  await app.callLifecycle.activate((await newCall(app, owner, withUrl)).id, new Date())
  await app.callLifecycle.activate((await newCall(app, owner, withoutUrl, { direction: 'inbound', from: '+15550001111', to: '+15550002222' })).id, new Date())

  await eventually(() => agentReceiver.requests.length === 1 && workspaceReceiver.requests.length === 1, 'one event each')
  await pause(300)
  assert.equal(agentReceiver.requests.length, 1, 'the rolled-back activation sent nothing')
  assert.notEqual(agentReceiver.requests[0].json.call.call_id, rolledBack.id)
  const phone = workspaceReceiver.requests[0].json.call
  assert.equal(phone.call_type, 'phone_call')
  assert.equal(phone.direction, 'inbound')
  assert.equal(phone.from_number, '+15550001111')
  assert.equal(phone.to_number, '+15550002222')

  const list = await deliveries(app, owner.headers)
  assert.equal(list.items.length, 2)
  assert.deepEqual((await deliveries(app, owner.headers, `?agentId=${withUrl.id}`)).items.map((d) => d.url), [agentReceiver.url])
  assert.equal((await deliveries(app, owner.headers, '?event=call_ended')).items.length, 0)
})

test('deliveries: keyset pages, filters validated, other workspaces see 404', async (t) => {
  const receiver = await startReceiver(t)
  const { app, owner } = await setup(t)
  const agent = await createAgent(app, owner.headers, { webhookUrl: receiver.url })
  for (let i = 0; i < 3; i++) await app.callLifecycle.activate((await newCall(app, owner, agent)).id, new Date())
  await eventually(() => receiver.requests.length === 3, 'three events')

  const seen: string[] = []
  let cursor: string | null = null
  do {
    const page: { items: any[]; nextCursor: string | null } = await deliveries(app, owner.headers, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
    assert.ok(page.items.length <= 2)
    seen.push(...page.items.map((d) => d.id))
    cursor = page.nextCursor
  } while (cursor)
  assert.equal(seen.length, 3)
  assert.equal(new Set(seen).size, 3)
  assert.deepEqual([...seen].sort().reverse(), seen, 'newest first across pages')

  const bad = await app.inject({ method: 'GET', url: '/api/webhooks/deliveries?status=lost', headers: owner.headers })
  assert.equal(bad.statusCode, 400)
  assert.equal(bad.json().error.code, 'validation_failed')
  assert.equal((await app.inject({ method: 'GET', url: '/api/webhooks/deliveries?cursor=nope', headers: owner.headers })).json().error.code, 'invalid_cursor')
  assert.equal((await app.inject({ method: 'GET', url: '/api/webhooks/deliveries' })).statusCode, 401)

  const other = await signup(app)
  assert.equal((await deliveries(app, other.headers)).items.length, 0)
  assert.equal((await app.inject({ method: 'GET', url: `/api/webhooks/deliveries/${seen[0]}`, headers: other.headers })).statusCode, 404)
  const retry = await app.inject({ method: 'POST', url: `/api/webhooks/deliveries/${seen[0]}/retry`, headers: other.headers })
  assert.equal(retry.statusCode, 404)
  assert.equal(retry.json().error.code, 'delivery_not_found')
  await pause(200)
  assert.equal(receiver.requests.length, 3, "another workspace's retry sent nothing")
  const key = await createApiKey(app, owner)
  assert.equal((await deliveries(app, key.headers)).items.length, 3, 'API keys read deliveries too')
})

test('without WEBHOOKS_ALLOW_INSECURE: only https to public hosts, checked when saved and again when sent', async (t) => {
  const receiver = await startReceiver(t)
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const patch = (webhookUrl: string | null) =>
    app.inject({ method: 'PATCH', url: `/api/workspaces/${owner.workspaceId}`, headers: owner.headers, payload: { webhookUrl } })
  for (const url of ['http://hooks.example.com/x', 'https://127.0.0.1/x', 'https://localhost:8443/x', 'https://10.1.2.3/x',
    'https://169.254.169.254/latest/meta-data', 'https://[::1]/x', 'https://[::ffff:127.0.0.1]/x', 'https://printer.local/x', 'ftp://example.com/x']) {
    const res = await patch(url)
    assert.equal(res.statusCode, 400, url)
    assert.equal(res.json().error.code, 'webhook_url_not_allowed', url)
  }
  assert.equal((await patch('https://hooks.example.com/rapidcall')).statusCode, 200)
  assert.equal((await patch(null)).statusCode, 200)

  // The agents route refuses it too; a URL stored before that check existed is refused at delivery, which says why.
  const refused = await app.inject({ method: 'POST', url: '/api/agents', headers: owner.headers, payload: { name: 'Local', webhookUrl: receiver.url } })
  assert.equal(refused.json().error.code, 'webhook_url_not_allowed')
  const agent = await createAgent(app, owner.headers)
  await app.sql`update agents set webhook_url = ${receiver.url} where id = ${agent.id}`
  await app.callLifecycle.activate((await newCall(app, owner, agent)).id, new Date())
  await eventually(async () => (await deliveries(app, owner.headers)).items[0]?.status === 'failed', 'refused')
  const [d] = (await deliveries(app, owner.headers)).items
  assert.match(d.lastError, /^URL refused: must use https/)
  assert.equal(receiver.requests.length, 0)
})

test('an event committed while no queue runs is delivered after a restart, with its event id', async (t) => {
  const receiver = await startReceiver(t)
  // The same database for both lifetimes of the API: a schema on the real server, or a PGlite directory on disk.
  let dbEnv: Record<string, string>
  if (onRealPostgres()) {
    const fresh = await freshDatabaseEnv()
    t.after(() => fresh.drop())
    dbEnv = fresh.env
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'rc-pglite-'))
    t.after(() => rmSync(dir, { recursive: true, force: true }))
    dbEnv = { PGLITE_DIR: dir }
  }
  const config = loadConfig({
    LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, AGENT_SHARED_SECRET: TEST_AGENT_SECRET, JOBS_POLL_INTERVAL_MS: '50', ANALYSIS_DELAY_MS: '0', ...WEBHOOK_ENV, ...dbEnv,
  }, '0.0.0-test')

  const first = await buildApp(config, { logger: false })
  await first.ready()
  const owner = await signup(first)
  const agent = await createAgent(first, owner.headers, { webhookUrl: receiver.url })
  const call = await newCall(first, owner, agent)
  await first.jobs.stop() // the process is about to die: nothing picks jobs up any more
  await first.callLifecycle.activate(call.id, new Date())
  await first.callLifecycle.end(call.id, { outcome: 'user_hangup', transcript })
  // call_analyzed waits for the analysis job, itself committed with the end and run after the restart.
  const pending = (await deliveries(first, owner.headers)).items
  assert.equal(pending.length, 2)
  assert.ok(pending.every((d) => d.status === 'pending' && d.attempts === 0))
  await pause(300)
  assert.equal(receiver.requests.length, 0)
  await first.close()

  const second = await buildApp(config, { logger: false })
  t.after(() => second.close())
  await second.ready()
  await eventually(() => receiver.requests.length === 3, 'all three events after the restart')
  const ids = receiver.requests.map((r) => r.headers['x-rapidcall-event-id'])
  for (const d of pending) assert.ok(ids.includes(d.eventId), 'the event ids committed before the restart')
  assert.deepEqual(receiver.requests.map((r) => r.json.event).sort(), ['call_analyzed', 'call_ended', 'call_started'])
})

test('two API instances on one database deliver each event once', { skip: !onRealPostgres() && 'needs TEST_DATABASE_URL (PGlite serves one process)' }, async (t) => {
  const receiver = await startReceiver(t)
  const fresh = await freshDatabaseEnv()
  t.after(() => fresh.drop())
  const config = loadConfig({
    LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, AGENT_SHARED_SECRET: TEST_AGENT_SECRET, JOBS_POLL_INTERVAL_MS: '20', ...WEBHOOK_ENV, ...fresh.env,
  }, '0.0.0-test')
  const a = await buildApp(config, { logger: false })
  await a.ready()
  const b = await buildApp(config, { logger: false })
  await b.ready()
  t.after(async () => {
    await a.close()
    await b.close()
  })
  const owner = await signup(a)
  const agent = await createAgent(a, owner.headers, { webhookUrl: receiver.url })
  for (let i = 0; i < 20; i++) {
    const app = i % 2 ? a : b
    await app.callLifecycle.activate((await newCall(app, owner, agent)).id, new Date())
  }
  await eventually(() => receiver.requests.length >= 20, '20 events')
  await pause(500)
  assert.equal(receiver.requests.length, 20)
  assert.equal(new Set(receiver.requests.map((r) => r.headers['x-rapidcall-event-id'])).size, 20)
})
