/**
 * The existing dashboard's flows in a real browser: headless Chromium loads a page from a second
 * origin listed in CLIENT_ORIGIN whose script talks to the compatible surface the way the dashboard's
 * `src/lib/api.ts` does (`credentials: "include"`, `Authorization: Bearer`, `x-csrf-token` when its
 * own cookies hold one), and every field the pages read (../shared/dashboard-api.md) is checked.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { startTestApp } from './helpers/app.js'
import { sendLiveKitEvent, startLiveKit } from './helpers/livekit.js'
import { startS3Server } from './support/s3-server.js'
import { makePdf } from './support/pdf-writer.js'
import { browserSkipReason, launchBrowser, servePages } from './support/browser.js'
import { dash, expectOk } from './support/dashboard-client.js'

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'

test('the dashboard\'s pages work against the compatible surface in a real browser', { skip: browserSkipReason(), timeout: 180_000 }, async (t) => {
  const dashboard = await servePages(t)
  const lk = await startLiveKit(t)
  const s3 = await startS3Server()
  t.after(() => s3.close())
  const { app, url: api } = await startTestApp(t, { listen: true, env: { ...lk.env, ...s3.env, CLIENT_ORIGIN: dashboard.origin } })
  const base = `${api}/legacy`
  const browser = await launchBrowser(t)
  const page = await dashboard.open(browser)

  // Register, then log in: the pages store the token and read nothing else.
  const email = `dash-${randomBytes(4).toString('hex')}@example.com`
  const reg = expectOk(await dash(page, base, 'POST', '/api/auth/register', { name: 'Dash User', email, password: 'a long password' }), 201, 'register')
  assert.equal(typeof reg.token, 'string')
  const badLogin = await dash(page, base, 'POST', '/api/auth/login', { email, password: 'wrong one' })
  assert.equal(badLogin.status, 401)
  assert.match(badLogin.body.error, /invalid email or password/i, 'the login page maps this message')
  const login = expectOk(await dash(page, base, 'POST', '/api/auth/login', { email, password: 'a long password' }), 200, 'login')
  await page.evaluate((token) => { sessionStorage.setItem('auth_token', token); localStorage.setItem('auth_token', token) }, login.token)
  // API and page share a host here, so the page sees the API's csrf_token cookie and sends x-csrf-token
  // on every request: its preflight must pass (the old API refused it).
  assert.match(await page.evaluate(() => document.cookie), /csrf_token=[0-9a-f]{48}/)

  const me = expectOk(await dash(page, base, 'GET', '/api/me'), 200, 'me')
  assert.equal(me.user.name, 'Dash User')
  assert.equal(me.user.email, email)
  assert.equal(typeof me.workspace.name, 'string')
  assert.equal(typeof me.workspace.id, 'string')

  // Agents page and agent page.
  assert.deepEqual(expectOk(await dash(page, base, 'GET', '/api/agents'), 200, 'list agents').agents, [])
  const agent = expectOk(await dash(page, base, 'POST', '/api/agents', { name: 'Browser agent', promptDraft: '' }), 201, 'create agent').agent
  assert.equal(typeof agent.id, 'string')
  const opened = expectOk(await dash(page, base, 'GET', `/api/agents/${agent.id}`), 200, 'open agent').agent
  for (const k of ['name', 'promptDraft', 'promptPublished', 'llmModel', 'autoEvalEnabled', 'knowledgeFolderIds', 'maxCallSeconds', 'welcome', 'voice', 'backgroundAudio']) {
    assert.ok(k in opened, `agent.${k} is read by the agent page`)
  }
  const saveBody = {
    promptDraft: 'You are the browser agent.', llmModel: 'gpt-4.1', knowledgeFolderIds: [], maxCallSeconds: 0,
    welcome: { mode: 'ai', aiMessageMode: 'custom', aiMessageText: 'Hi from the browser', aiDelaySeconds: 0 },
    voice: { provider: 'elevenlabs', model: 'eleven_flash_v2_5', voiceId: 'abc123' },
    backgroundAudio: { preset: 'office', ambientVolume: 0.7, thinkingVolume: 0.7 },
  }
  const saved = expectOk(await dash(page, base, 'PUT', `/api/agents/${agent.id}`, saveBody), 200, 'save agent').agent
  assert.equal(saved.promptDraft, 'You are the browser agent.')
  assert.equal(saved.maxCallSeconds, 0)
  assert.equal(saved.welcome.aiMessageText, 'Hi from the browser')
  assert.equal(saved.backgroundAudio.preset, 'office')
  const published = expectOk(await dash(page, base, 'PUT', `/api/agents/${agent.id}`, { ...saveBody, publish: true }), 200, 'publish agent').agent
  assert.equal(published.promptPublished, 'You are the browser agent.')
  assert.equal(typeof published.publishedAt, 'number')
  assert.equal(expectOk(await dash(page, base, 'PUT', `/api/agents/${agent.id}`, { autoEvalEnabled: true }), 200, 'auto-eval').agent.autoEvalEnabled, true)

  // Talk: a web call, then Exit.
  const started = expectOk(await dash(page, base, 'POST', `/api/agents/${agent.id}/start`, { welcome: saveBody.welcome }), 200, 'start web call')
  assert.equal(started.livekitUrl, lk.env.LIVEKIT_URL)
  assert.equal(typeof started.token, 'string')
  assert.match(started.roomName, new RegExp(`^call-${agent.id}-`))
  assert.equal(started.expectedAgentName, 'VoiceAgent')
  // The call is recorded (egress to S3) while it is live.
  await sendLiveKitEvent(app, { event: 'participant_joined', room: { name: started.roomName }, participant: { identity: 'agent-1', kind: 4 } })
  const egress = await app.inject({ method: 'POST', url: `/api/calls/${started.callId}/recording/start`, headers: { authorization: `Bearer ${login.token}` } })
  assert.equal(egress.statusCode, 202, egress.body)
  expectOk(await dash(page, base, 'POST', `/api/calls/${started.callId}/end`, { outcome: 'ended', transcript: [{ speaker: 'You', role: 'user', text: 'Hello?' }] }), 200, 'end call')

  // The recording as egress leaves it; Call History lists, opens and plays it.
  const audio = randomBytes(4000)
  await s3.putObject(`calls/${started.callId}.mp3`, audio)
  const info = lk.server.endEgress(egress.json().recording.egressId, { size: audio.length, durationSeconds: 3 })
  assert.equal((await sendLiveKitEvent(app, { event: 'egress_ended', egressInfo: info })).statusCode, 200)
  const calls = expectOk(await dash(page, base, 'GET', '/api/calls'), 200, 'call history').calls
  assert.equal(calls.length, 1)
  for (const k of ['id', 'startedAt', 'agentName', 'to', 'durationSec', 'outcome']) assert.ok(k in calls[0], `calls[].${k}`)
  assert.equal(calls[0].to, 'webtest')
  assert.equal(typeof calls[0].startedAt, 'number')
  const call = expectOk(await dash(page, base, 'GET', `/api/calls/${started.callId}`), 200, 'open call').call
  for (const k of ['id', 'agentName', 'to', 'outcome', 'durationSec', 'startedAt', 'endedAt', 'roomName', 'transcript', 'recording']) assert.ok(k in call, `call.${k}`)
  assert.equal(typeof call.endedAt, 'number')
  {
    assert.equal(call.recording.kind, 'egress_s3')
    assert.equal(call.recording.status, 'ready')
    const rec = expectOk(await dash(page, base, 'GET', `/api/calls/${started.callId}/recording-url`), 200, 'recording url')
    assert.match(rec.url, /^https?:\/\//, 'an absolute URL an <audio> element can load')
    // <audio> loads it without credentials and with Range requests, as the pages do.
    const media = new Promise<number>((resolve) => {
      page.on('response', (r) => { if (r.url() === rec.url) resolve(r.status()) })
    })
    await page.evaluate((src) => { const a = new Audio(src); a.preload = 'auto'; a.load(); (window as unknown as { a: unknown }).a = a }, rec.url)
    assert.ok([200, 206].includes(await media), 'the recording URL plays')
  }

  // Knowledge base: folder, note, PDF upload (multipart from the page), list, delete.
  const folder = expectOk(await dash(page, base, 'POST', '/api/kb/folders', { name: 'Help center' }), 201, 'create folder').folder
  assert.equal(folder.name, 'Help center')
  expectOk(await dash(page, base, 'POST', `/api/kb/folders/${folder.id}/text`, { title: 'Note', contentText: 'Open 9 to 5.' }), 201, 'save note')
  const pdf = makePdf([{ lines: ['Returns policy', 'Items can be returned within thirty days.'] }]).toString('base64')
  const upload = await page.evaluate(async (base, folderId, pdf) => {
    const bytes = Uint8Array.from(atob(pdf), (c) => c.charCodeAt(0))
    const form = new FormData()
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'returns.pdf')
    form.append('title', 'returns.pdf')
    const token = sessionStorage.getItem('auth_token')!
    const r = await fetch(`${base}/api/kb/folders/${folderId}/pdf`, { method: 'POST', body: form, credentials: 'include', headers: { authorization: `Bearer ${token}` } })
    return { status: r.status, text: await r.text() }
  }, base, folder.id, pdf)
  assert.equal(upload.status, 201, upload.text)
  const pdfDoc = JSON.parse(upload.text).doc
  assert.equal(pdfDoc.kind, 'pdf')
  assert.match(pdfDoc.contentText, /thirty days/)
  const docs = expectOk(await dash(page, base, 'GET', `/api/kb/folders/${folder.id}/docs`), 200, 'list docs').docs
  assert.equal(docs.length, 2)
  for (const d of docs) for (const k of ['id', 'kind', 'title', 'contentText', 'sourceFilename', 'sizeBytes', 'createdAt']) assert.ok(k in d, `docs[].${k}`)
  expectOk(await dash(page, base, 'DELETE', `/api/kb/docs/${pdfDoc.id}`), 200, 'delete doc')
  expectOk(await dash(page, base, 'DELETE', `/api/kb/folders/${folder.id}`), 200, 'delete folder')
  assert.deepEqual(expectOk(await dash(page, base, 'GET', '/api/kb/folders'), 200, 'folders').folders, [])

  // Delete the agent, then log out: the next request is 401 and the client signs out.
  expectOk(await dash(page, base, 'DELETE', `/api/agents/${agent.id}`), 200, 'delete agent')
  assert.deepEqual(expectOk(await dash(page, base, 'GET', '/api/agents'), 200, 'agents after delete').agents, [])
  expectOk(await dash(page, base, 'POST', '/api/auth/logout'), 200, 'logout')
})
