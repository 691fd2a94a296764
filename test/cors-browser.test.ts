/**
 * CORS as a dashboard on another origin meets it: headless Chromium loads a page from an origin listed
 * in CLIENT_ORIGIN and, from that page's script, logs in, creates, PATCHes and DELETEs an agent and
 * plays a recording with a Range request; a page from an origin not listed is refused by the browser.
 * Every non-simple request here (JSON bodies, Authorization, PATCH, DELETE, Range) goes through a real
 * preflight, which `app.inject` tests cannot exercise.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { startTestApp } from './helpers/app.js'
import { signup } from './helpers/users.js'
import { sendLiveKitEvent, startLiveKit } from './helpers/livekit.js'
import { startS3Server } from './support/s3-server.js'
import { browserFetch, browserSkipReason, launchBrowser, servePages, type BrowserResponse } from './support/browser.js'
import { newId } from '../src/platform/ids.js'

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'

function ok(res: BrowserResponse | { error: string }, status: number, what: string): BrowserResponse {
  assert.ok(!('error' in res), `${what}: the browser refused the request (${'error' in res ? res.error : ''})`)
  assert.equal(res.status, status, `${what}: ${res.body}`)
  return res
}

test('a dashboard on a CLIENT_ORIGIN origin logs in, PATCHes and DELETEs an agent and reads a recording range; an unlisted origin is refused', { skip: browserSkipReason(), timeout: 120_000 }, async (t) => {
  const dashboard = await servePages(t)
  const stranger = await servePages(t)
  const lk = await startLiveKit(t)
  const s3 = await startS3Server()
  t.after(() => s3.close())
  const { app, url: api } = await startTestApp(t, {
    listen: true,
    env: { ...lk.env, ...s3.env, CLIENT_ORIGIN: `https://app.rapidcall.ai,${dashboard.origin}` },
  })
  const owner = await signup(app)

  // A finished recording of one of the owner's calls, as egress leaves it (object in S3, then egress_ended).
  const callId = newId('call')
  const roomName = `call-cors-${randomBytes(3).toString('hex')}`
  await app.calls.insert({ id: callId, workspaceId: owner.workspaceId, agentId: null, agentName: null, direction: 'web', status: 'active', roomName })
  await app.integrations.livekit!.rooms.createRoom({ name: roomName })
  const started = await app.inject({ method: 'POST', url: `/api/calls/${callId}/recording/start`, headers: owner.headers })
  assert.equal(started.statusCode, 202, started.body)
  const audio = randomBytes(1000)
  await s3.putObject(`calls/${callId}.mp3`, audio)
  const info = lk.server.endEgress(started.json().recording.egressId, { size: audio.length, durationSeconds: 3 })
  assert.equal((await sendLiveKitEvent(app, { event: 'egress_ended', egressInfo: info })).statusCode, 200)

  const browser = await launchBrowser(t)
  const page = await dashboard.open(browser)
  const json = { 'content-type': 'application/json' }

  const login = ok(await browserFetch(page, `${api}/api/auth/login`, {
    method: 'POST', headers: json, body: JSON.stringify({ email: owner.email, password: owner.password }),
  }), 200, 'login')
  assert.match(login.headers['x-request-id'] ?? '', /.+/, 'x-request-id is exposed to the page')
  const auth = { authorization: `Bearer ${JSON.parse(login.body).token}` }

  const created = ok(await browserFetch(page, `${api}/api/agents`, {
    method: 'POST', headers: { ...json, ...auth }, body: JSON.stringify({ name: 'Browser agent', promptDraft: 'Hello.' }),
  }), 201, 'create agent')
  const agentId = JSON.parse(created.body).id

  const patched = ok(await browserFetch(page, `${api}/api/agents/${agentId}`, {
    method: 'PATCH', headers: { ...json, ...auth }, body: JSON.stringify({ name: 'Renamed in a browser' }),
  }), 200, 'PATCH agent')
  assert.equal(JSON.parse(patched.body).name, 'Renamed in a browser')
  const agentNow = await app.inject({ method: 'GET', url: `/api/agents/${agentId}`, headers: owner.headers })
  assert.equal(agentNow.json().name, 'Renamed in a browser', 'the PATCH reached the server')

  ok(await browserFetch(page, `${api}/api/agents/${agentId}`, { method: 'DELETE', headers: auth }), 204, 'DELETE agent')
  assert.equal((await app.inject({ method: 'GET', url: `/api/agents/${agentId}`, headers: owner.headers })).statusCode, 404, 'the DELETE reached the server')

  const range = ok(await browserFetch(page, `${api}/api/calls/${callId}/recording`, {
    headers: { ...auth, range: 'bytes=100-199' },
  }), 206, 'recording range')
  assert.equal(range.bytes, 100)
  assert.equal(range.headers['content-range'], 'bytes 100-199/1000', 'content-range is exposed to the page')
  assert.equal(range.headers['accept-ranges'], 'bytes', 'accept-ranges is exposed to the page')
  assert.equal(range.headers['content-length'], '100')
  assert.match(range.headers.etag ?? '', /.+/, 'etag is exposed to the page')

  // The same requests from an origin the API does not list: the browser blocks them (no allow-origin).
  const other = await stranger.open(browser)
  const refusedLogin = await browserFetch(other, `${api}/api/auth/login`, {
    method: 'POST', headers: json, body: JSON.stringify({ email: owner.email, password: owner.password }),
  })
  assert.ok('error' in refusedLogin, `an unlisted origin must be refused, got ${JSON.stringify(refusedLogin)}`)
  const refusedPatch = await browserFetch(other, `${api}/api/agents/${agentId}`, {
    method: 'PATCH', headers: { ...json, ...auth }, body: JSON.stringify({ name: 'x' }),
  })
  assert.ok('error' in refusedPatch, 'a PATCH from an unlisted origin must be refused')
})
