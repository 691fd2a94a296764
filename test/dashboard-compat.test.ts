import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp } from './helpers/app.js'
import { startLiveKit } from './helpers/livekit.js'

const P = '/legacy'

async function register(app: import('fastify').FastifyInstance, email = `u${Math.random().toString(36).slice(2, 10)}@example.com`) {
  const res = await app.inject({ method: 'POST', url: `${P}/api/auth/register`, payload: { name: 'Ada Lovelace', email, password: 'a long password' } })
  assert.equal(res.statusCode, 201, res.body)
  const body = res.json()
  return { ...body, email, headers: { authorization: `Bearer ${body.token}` } }
}

test('auth: register, login, me, logout in the dashboard wire format', async (t) => {
  const { app } = await startTestApp(t)
  const reg = await app.inject({ method: 'POST', url: `${P}/api/auth/register`, payload: { name: ' Ada ', email: 'Ada@Example.com', password: 'a long password' } })
  assert.equal(reg.statusCode, 201)
  const r = reg.json()
  assert.equal(typeof r.token, 'string')
  assert.equal(r.user.email, 'ada@example.com')
  assert.equal(r.user.name, 'Ada')
  assert.equal(r.workspace.userId, r.user.id)
  const cookies = ([] as string[]).concat(reg.headers['set-cookie'] as string[])
  assert.ok(cookies.some((c) => c.startsWith('auth_token=') && c.includes('HttpOnly')))
  assert.ok(cookies.some((c) => /^csrf_token=[0-9a-f]{48};/.test(c) && !c.includes('HttpOnly')))

  // The pages map these messages by substring; validation failures carry zod-style fieldErrors.
  const dup = await app.inject({ method: 'POST', url: `${P}/api/auth/register`, payload: { name: 'A', email: 'ada@example.com', password: 'a long password' } })
  assert.match(dup.json().error, /email already registered/i)
  const bad = await app.inject({ method: 'POST', url: `${P}/api/auth/register`, payload: { name: 'A', email: 'nope', password: 'x' } })
  assert.equal(bad.statusCode, 400)
  assert.equal(bad.json().error, 'Validation failed')
  assert.deepEqual(Object.keys(bad.json().details.fieldErrors).sort(), ['email', 'password'])
  const missing = await app.inject({ method: 'POST', url: `${P}/api/auth/register`, payload: { email: 'x@example.com' } })
  assert.equal(missing.statusCode, 400)
  assert.ok(missing.json().details.fieldErrors.name, missing.body)

  const wrong = await app.inject({ method: 'POST', url: `${P}/api/auth/login`, payload: { email: 'ada@example.com', password: 'not it' } })
  assert.equal(wrong.statusCode, 401)
  assert.match(wrong.json().error, /invalid email or password/i)
  const unknown = await app.inject({ method: 'POST', url: `${P}/api/auth/login`, payload: { email: 'who@example.com', password: 'not it' } })
  assert.equal(unknown.body, wrong.body)

  const login = await app.inject({ method: 'POST', url: `${P}/api/auth/login`, payload: { email: 'ada@example.com', password: 'a long password' } })
  assert.equal(login.statusCode, 200)
  assert.equal(login.json().workspace.id, r.workspace.id)

  // The guard calls /api/me with the bearer token, or only the cookie.
  const me = await app.inject({ method: 'GET', url: `${P}/api/me`, headers: { authorization: `Bearer ${login.json().token}` } })
  assert.deepEqual(me.json(), { user: r.user, workspace: r.workspace })
  const byCookie = await app.inject({ method: 'GET', url: `${P}/api/me`, headers: { cookie: `csrf_token=x; auth_token=${login.json().token}` } })
  assert.equal(byCookie.statusCode, 200)
  const anon = await app.inject({ method: 'GET', url: `${P}/api/me` })
  assert.equal(anon.statusCode, 401)
  assert.equal(typeof anon.json().error, 'string', 'the error is a sentence, not an object')

  const out = await app.inject({ method: 'POST', url: `${P}/api/auth/logout`, headers: { authorization: `Bearer ${login.json().token}` } })
  assert.deepEqual(out.json(), { ok: true })
  assert.ok(([] as string[]).concat(out.headers['set-cookie'] as string[]).every((c) => c.includes('Max-Age=0')))
  assert.equal((await app.inject({ method: 'POST', url: `${P}/api/auth/logout` })).statusCode, 401)
  const after = await app.inject({ method: 'GET', url: `${P}/api/me`, headers: { authorization: `Bearer ${login.json().token}` } })
  assert.equal(after.statusCode, 401, 'the logged-out token is revoked, not only its cookies cleared')
})

test('agents: list, create, open, save with merges, publish, delete', async (t) => {
  const { app } = await startTestApp(t)
  const u = await register(app)
  assert.deepEqual((await app.inject({ method: 'GET', url: `${P}/api/agents`, headers: u.headers })).json(), { agents: [] })

  const created = await app.inject({ method: 'POST', url: `${P}/api/agents`, headers: u.headers, payload: { name: 'Front desk', promptDraft: '' } })
  assert.equal(created.statusCode, 201, created.body)
  const agent = created.json().agent
  assert.equal(agent.promptDraft, '')
  assert.equal(agent.promptPublished, '')
  assert.equal(agent.publishedAt, null)
  assert.equal(typeof agent.createdAt, 'number')
  // Our agents speak first unless told otherwise: the dashboard shows that as its `ai` mode.
  assert.deepEqual(agent.welcome, { mode: 'ai', aiMessageMode: 'dynamic', aiMessageText: '', aiDelaySeconds: 0 })
  assert.deepEqual([agent.voice.provider, agent.voice.model, agent.voice.voiceId], [null, null, null])
  assert.equal(agent.autoEvalEnabled, false)
  assert.deepEqual(agent.knowledgeFolderIds, [])

  const tooLong = await app.inject({ method: 'POST', url: `${P}/api/agents`, headers: u.headers, payload: { name: 'x'.repeat(61) } })
  assert.equal(tooLong.statusCode, 400)
  assert.ok(tooLong.json().details.fieldErrors.name)

  // Save draft: the page's full body; welcome and voice merge into the saved values.
  const save = await app.inject({
    method: 'PUT', url: `${P}/api/agents/${agent.id}`, headers: u.headers,
    payload: {
      promptDraft: 'You are the front desk.', llmModel: 'gpt-4.1', knowledgeFolderIds: [],
      welcome: { mode: 'ai', aiMessageMode: 'custom', aiMessageText: 'Hello there', aiDelaySeconds: 1 },
      voice: { provider: 'elevenlabs', model: 'eleven_flash_v2_5', voiceId: 'voice123' },
      unknownField: 'dropped like the old API did',
    },
  })
  assert.equal(save.statusCode, 200, save.body)
  const saved = save.json().agent
  assert.equal(saved.promptDraft, 'You are the front desk.')
  assert.equal(saved.llmModel, 'gpt-4.1')
  assert.deepEqual(saved.welcome, { mode: 'ai', aiMessageMode: 'custom', aiMessageText: 'Hello there', aiDelaySeconds: 1 })
  assert.equal(saved.voice.voiceId, 'voice123')
  assert.equal(saved.promptPublished, '')

  // "Default" in the model dropdown sends no llmModel: the saved one stays. Publish copies the draft.
  const pub = await app.inject({ method: 'PUT', url: `${P}/api/agents/${agent.id}`, headers: u.headers, payload: { promptDraft: 'v2', llmModel: '', welcome: { aiDelaySeconds: 2 }, publish: true } })
  assert.equal(pub.statusCode, 200, pub.body)
  const published = pub.json().agent
  assert.equal(published.promptPublished, 'v2')
  assert.equal(typeof published.publishedAt, 'number')
  assert.equal(published.llmModel, 'gpt-4.1')
  assert.deepEqual(published.welcome, { mode: 'ai', aiMessageMode: 'custom', aiMessageText: 'Hello there', aiDelaySeconds: 2 })

  const toggle = await app.inject({ method: 'PUT', url: `${P}/api/agents/${agent.id}`, headers: u.headers, payload: { autoEvalEnabled: true } })
  assert.equal(toggle.json().agent.autoEvalEnabled, true)

  const got = await app.inject({ method: 'GET', url: `${P}/api/agents/${agent.id}`, headers: u.headers })
  assert.deepEqual(got.json().agent, toggle.json().agent)
  const listed = (await app.inject({ method: 'GET', url: `${P}/api/agents`, headers: u.headers })).json().agents
  assert.deepEqual(listed.map((a: { id: string }) => a.id), [agent.id])

  // Tenants: another workspace's agent is not found, and its delete changes nothing.
  const other = await register(app)
  const foreign = await app.inject({ method: 'GET', url: `${P}/api/agents/${agent.id}`, headers: other.headers })
  assert.equal(foreign.statusCode, 404)
  assert.match(foreign.json().error, /not found/i)
  assert.deepEqual((await app.inject({ method: 'DELETE', url: `${P}/api/agents/${agent.id}`, headers: other.headers })).json(), { ok: true })
  assert.equal((await app.inject({ method: 'GET', url: `${P}/api/agents/${agent.id}`, headers: u.headers })).statusCode, 200)

  assert.deepEqual((await app.inject({ method: 'DELETE', url: `${P}/api/agents/${agent.id}`, headers: u.headers })).json(), { ok: true })
  assert.equal((await app.inject({ method: 'GET', url: `${P}/api/agents/${agent.id}`, headers: u.headers })).statusCode, 404)
})

test('web test call: start answers the old fields, end and the call pages read epoch-ms calls', async (t) => {
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: lk.env })
  const u = await register(app)
  const agent = (await app.inject({ method: 'POST', url: `${P}/api/agents`, headers: u.headers, payload: { name: 'Talker', promptDraft: 'Hi' } })).json().agent
  const start = await app.inject({ method: 'POST', url: `${P}/api/agents/${agent.id}/start`, headers: u.headers, payload: { welcome: { mode: 'ai' } } })
  assert.equal(start.statusCode, 200, start.body)
  const s = start.json()
  assert.equal(s.livekitUrl, lk.env.LIVEKIT_URL)
  assert.match(s.roomName, new RegExp(`^call-${agent.id}-[A-Za-z0-9]{6}$`))
  assert.deepEqual(s.agent, { id: agent.id, name: 'Talker' })
  assert.equal(s.expectedAgentName, 'VoiceAgent')
  assert.equal(lk.server.calls('CreateRoom').length, 1)

  const list = (await app.inject({ method: 'GET', url: `${P}/api/calls`, headers: u.headers })).json().calls
  assert.equal(list.length, 1)
  assert.equal(list[0].id, s.callId)
  assert.equal(list[0].to, 'webtest')
  assert.equal(list[0].outcome, 'in_progress')
  assert.equal(list[0].agentName, 'Talker')
  assert.equal(typeof list[0].startedAt, 'number')
  assert.equal(list[0].durationSec, null)

  const badEnd = await app.inject({ method: 'POST', url: `${P}/api/calls/${s.callId}/end`, headers: u.headers, payload: { outcome: 'ended', transcript: [{ speaker: 'User', role: 'user', text: '' }] } })
  assert.equal(badEnd.statusCode, 400, 'an empty text rejects the whole request, as the old API did')
  const end = await app.inject({ method: 'POST', url: `${P}/api/calls/${s.callId}/end`, headers: u.headers, payload: { outcome: 'ended', transcript: [{ speaker: 'User', role: 'user', text: 'bye' }] } })
  assert.equal(end.statusCode, 200, end.body)
  const ended = end.json().call
  assert.equal(typeof ended.endedAt, 'number')
  assert.ok(ended.endedAt >= ended.startedAt)
  assert.notEqual(ended.outcome, 'in_progress')
  assert.ok(Array.isArray(ended.transcript))
  assert.equal(ended.roomName, s.roomName)

  const one = (await app.inject({ method: 'GET', url: `${P}/api/calls/${s.callId}`, headers: u.headers })).json().call
  assert.equal(one.id, s.callId)
  assert.equal(one.recording, null)
  assert.equal(typeof one.durationSec, 'number')
  assert.equal(one.metrics.abTest, null)
  const other = await register(app)
  assert.equal((await app.inject({ method: 'GET', url: `${P}/api/calls/${s.callId}`, headers: other.headers })).statusCode, 404)
  assert.deepEqual((await app.inject({ method: 'GET', url: `${P}/api/calls`, headers: other.headers })).json(), { calls: [] })
})

test('the surface has its own document, kept out of the contract, and can be turned off', async (t) => {
  const { app } = await startTestApp(t)
  const doc = (await app.inject({ method: 'GET', url: `${P}/openapi.json` })).json()
  assert.ok(doc.paths['/legacy/api/agents'].get)
  const contract = (await app.inject({ method: 'GET', url: '/openapi.json' })).json()
  assert.deepEqual(Object.keys(contract.paths).filter((p) => p.startsWith('/legacy')), [])

  const { app: off } = await startTestApp(t, { env: { DASHBOARD_COMPAT_PREFIX: '' } })
  assert.equal((await off.inject({ method: 'GET', url: `${P}/api/agents` })).statusCode, 404)
})

test('the adapter owns no table and runs no SQL: it only calls the contract', async () => {
  const { readdir, readFile } = await import('node:fs/promises')
  const dir = new URL('../plugins/dashboard-compat/', import.meta.url)
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts'))
  assert.ok(files.length > 3)
  for (const f of files) {
    const src = await readFile(new URL(f, dir), 'utf8')
    assert.doesNotMatch(src, /\b(app|fastify|instance)\.sql\b|\bsql`|\btx`/, `${f} runs SQL`)
    assert.doesNotMatch(src, /from '\.\.\/[^']+\/(store|.*-store)\.js'/, `${f} imports another domain's store`)
    assert.doesNotMatch(src, /from '\.\.\/\.\.\/src\/db\//, `${f} reaches the database layer`)
  }
})

test('a cookie-authenticated write must come from a listed origin', async (t) => {
  const { app } = await startTestApp(t, { env: { CLIENT_ORIGIN: 'https://dash.example.com' } })
  const u = await register(app)
  const cookie = `auth_token=${u.token}`
  const forged = await app.inject({ method: 'POST', url: `${P}/api/agents`, headers: { cookie, origin: 'https://evil.example.com' }, payload: { name: 'x' } })
  assert.equal(forged.statusCode, 403)
  assert.match(forged.json().error, /Origin not allowed/)
  const noOrigin = await app.inject({ method: 'POST', url: `${P}/api/agents`, headers: { cookie }, payload: { name: 'x' } })
  assert.equal(noOrigin.statusCode, 403)
  const listed = await app.inject({ method: 'POST', url: `${P}/api/agents`, headers: { cookie, origin: 'https://dash.example.com' }, payload: { name: 'x' } })
  assert.equal(listed.statusCode, 201, listed.body)
  // Reads and bearer-authenticated writes need no origin (a bearer token is never sent by the browser on its own).
  assert.equal((await app.inject({ method: 'GET', url: `${P}/api/agents`, headers: { cookie } })).statusCode, 200)
  assert.equal((await app.inject({ method: 'POST', url: `${P}/api/agents`, headers: u.headers, payload: { name: 'y' } })).statusCode, 201)
})

test('knowledge base: folders, notes, PDF upload and deletes as the KB page does them', async (t) => {
  const { multipartBody } = await import('./helpers/knowledge.js')
  const { makePdf } = await import('./support/pdf-writer.js')
  const { app } = await startTestApp(t)
  const u = await register(app)
  const f = await app.inject({ method: 'POST', url: `${P}/api/kb/folders`, headers: u.headers, payload: { name: '  Policies ' } })
  assert.equal(f.statusCode, 201, f.body)
  const folder = f.json().folder
  assert.equal(folder.name, 'Policies')
  assert.equal(folder.parentId, null)
  assert.equal(typeof folder.createdAt, 'number')
  assert.deepEqual((await app.inject({ method: 'GET', url: `${P}/api/kb/folders`, headers: u.headers })).json().folders.map((x: { id: string }) => x.id), [folder.id])

  const note = await app.inject({ method: 'POST', url: `${P}/api/kb/folders/${folder.id}/text`, headers: u.headers, payload: { title: 'Note', contentText: 'Refunds within 30 days.' } })
  assert.equal(note.statusCode, 201, note.body)
  assert.equal(note.json().doc.kind, 'text')
  assert.equal(note.json().doc.sizeBytes, null)
  assert.equal(note.json().doc.sourceFilename, null)

  const pdf = makePdf([{ lines: ['Warranty terms', 'The warranty covers parts and labour for two years.'] }])
  const body = multipartBody([{ name: 'title', value: 'warranty.pdf' }, { name: 'file', filename: 'warranty.pdf', type: 'application/pdf', value: pdf }])
  const up = await app.inject({ method: 'POST', url: `${P}/api/kb/folders/${folder.id}/pdf`, headers: { ...u.headers, 'content-type': body.contentType }, payload: body.payload })
  assert.equal(up.statusCode, 201, up.body)
  const d = up.json().doc
  assert.equal(d.kind, 'pdf')
  assert.match(d.contentText, /parts and labour/)
  assert.equal(d.sizeBytes, pdf.length)
  assert.equal(d.sourceFilename, 'warranty.pdf')

  const scanned = multipartBody([{ name: 'file', filename: 'scan.pdf', type: 'application/pdf', value: makePdf([{ image: true }]) }])
  const noText = await app.inject({ method: 'POST', url: `${P}/api/kb/folders/${folder.id}/pdf`, headers: { ...u.headers, 'content-type': scanned.contentType }, payload: scanned.payload })
  assert.equal(noText.statusCode, 422)
  assert.equal(typeof noText.json().error, 'string')
  assert.equal(noText.json().code, 'no_text_found')

  const docs = (await app.inject({ method: 'GET', url: `${P}/api/kb/folders/${folder.id}/docs`, headers: u.headers })).json().docs
  assert.ok(docs.some((x: { id: string }) => x.id === d.id))
  assert.ok(docs.every((x: { contentText: string }) => typeof x.contentText === 'string' && x.contentText.length <= 2000))
  assert.deepEqual((await app.inject({ method: 'GET', url: `${P}/api/kb/folders/unknown/docs`, headers: u.headers })).json(), { docs: [] })

  const other = await register(app)
  assert.deepEqual((await app.inject({ method: 'GET', url: `${P}/api/kb/folders/${folder.id}/docs`, headers: other.headers })).json(), { docs: [] })
  assert.deepEqual((await app.inject({ method: 'DELETE', url: `${P}/api/kb/folders/${folder.id}`, headers: other.headers })).json(), { ok: true })

  assert.deepEqual((await app.inject({ method: 'DELETE', url: `${P}/api/kb/docs/${note.json().doc.id}`, headers: u.headers })).json(), { ok: true })
  assert.deepEqual((await app.inject({ method: 'DELETE', url: `${P}/api/kb/folders/${folder.id}`, headers: u.headers })).json(), { ok: true })
  assert.deepEqual((await app.inject({ method: 'GET', url: `${P}/api/kb/folders`, headers: u.headers })).json(), { folders: [] })
})

test('call detail: evaluations (manual and AI), labels with a JSON DELETE, export', async (t) => {
  const { startOpenAIServer, openAIEnv } = await import('./support/openai-server.js')
  const llm = await startOpenAIServer()
  t.after(() => llm.close())
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: { ...lk.env, ...openAIEnv(llm) } })
  const u = await register(app)
  const agent = (await app.inject({ method: 'POST', url: `${P}/api/agents`, headers: u.headers, payload: { name: 'Eval', promptDraft: 'Be kind.' } })).json().agent
  const { callId } = (await app.inject({ method: 'POST', url: `${P}/api/agents/${agent.id}/start`, headers: u.headers, payload: {} })).json()
  const c = (await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: u.headers })).json()
  await app.inject({ method: 'POST', url: `/api/internal/calls/${callId}/transcript`, headers: { 'x-agent-secret': 'agent-secret-current-0123456789' }, payload: { roomName: c.roomName, transcript: [{ speaker: 'agent', role: 'agent', text: 'Hello, how can I help?' }, { speaker: 'user', role: 'user', text: 'Just testing.' }] } })
  await app.inject({ method: 'POST', url: `${P}/api/calls/${callId}/end`, headers: u.headers, payload: { outcome: 'ended' } })

  const manual = await app.inject({ method: 'POST', url: `${P}/api/calls/${callId}/evaluations`, headers: u.headers, payload: { score: 80, notes: '' } })
  assert.equal(manual.statusCode, 201, manual.body)
  assert.equal(manual.json().evaluation.source, 'manual')
  assert.equal(manual.json().evaluation.score, 80)
  assert.equal(typeof manual.json().evaluation.createdAt, 'number')
  assert.equal((await app.inject({ method: 'POST', url: `${P}/api/calls/${callId}/evaluations`, headers: u.headers, payload: { score: 101 } })).statusCode, 400)

  const auto = await app.inject({ method: 'POST', url: `${P}/api/calls/${callId}/auto-evaluate`, headers: u.headers })
  assert.equal(auto.statusCode, 201, auto.body)
  const ev = auto.json().evaluation
  assert.equal(ev.source, 'auto')
  for (const k of ['summary', 'strengths', 'issues', 'suggestedFixes', 'nextTests']) assert.ok(k in ev.details, `details.${k}`)
  const evals = (await app.inject({ method: 'GET', url: `${P}/api/calls/${callId}/evaluations`, headers: u.headers })).json().evaluations
  assert.deepEqual(evals.map((e: { id: string }) => e.id), [ev.id, manual.json().evaluation.id], 'newest first')

  const added = await app.inject({ method: 'POST', url: `${P}/api/calls/${callId}/labels`, headers: u.headers, payload: { label: ' follow-up ' } })
  assert.equal(added.statusCode, 201, added.body)
  assert.equal(added.json().label.label, 'follow-up')
  await app.inject({ method: 'POST', url: `${P}/api/calls/${callId}/labels`, headers: u.headers, payload: { label: 'vip' } })
  assert.deepEqual((await app.inject({ method: 'GET', url: `${P}/api/calls/${callId}/labels`, headers: u.headers })).json().labels.map((l: { label: string }) => l.label), ['vip', 'follow-up'])
  const del = await app.inject({ method: 'DELETE', url: `${P}/api/calls/${callId}/labels`, headers: u.headers, payload: { label: 'vip' } })
  assert.deepEqual(del.json(), { ok: true })
  assert.deepEqual((await app.inject({ method: 'GET', url: `${P}/api/calls/${callId}/labels`, headers: u.headers })).json().labels.map((l: { label: string }) => l.label), ['follow-up'])

  const exp = await app.inject({ method: 'GET', url: `${P}/api/calls/${callId}/export`, headers: u.headers })
  assert.equal(exp.statusCode, 200, exp.body)
  assert.equal(exp.json().call.id, callId)
  assert.equal(exp.json().call.transcript.length, 2)
  assert.equal(typeof exp.json().call.startedAt, 'number')

  const other = await register(app)
  for (const path of ['evaluations', 'labels', 'export']) {
    assert.equal((await app.inject({ method: 'GET', url: `${P}/api/calls/${callId}/${path}`, headers: other.headers })).statusCode, 404, path)
  }
})

test('A/B tab and voice preview: variants append to the prompt, toggled with PUT; preview answers audio', async (t) => {
  const { startElevenLabsServer } = await import('./support/tts-servers.js')
  const { parseMp3Frames } = await import('./support/mp3.js')
  const el = await startElevenLabsServer('sk_test_el_compat')
  t.after(() => el.close())
  el.voices.add('voice123')
  const { app } = await startTestApp(t, { env: { ELEVENLABS_API_KEY: 'sk_test_el_compat', ELEVENLABS_BASE_URL: el.url } })
  const u = await register(app)
  const agent = (await app.inject({ method: 'POST', url: `${P}/api/agents`, headers: u.headers, payload: { name: 'AB', promptDraft: 'Base.' } })).json().agent
  const created = await app.inject({ method: 'POST', url: `${P}/api/agents/${agent.id}/variants`, headers: u.headers, payload: { name: 'Short', prompt: 'Be brief.', trafficPercent: 60 } })
  assert.equal(created.statusCode, 201, created.body)
  const v = created.json().variant
  assert.deepEqual([v.name, v.prompt, v.trafficPercent, v.enabled, v.promptMode], ['Short', 'Be brief.', 60, true, 'append'])
  const over = await app.inject({ method: 'POST', url: `${P}/api/agents/${agent.id}/variants`, headers: u.headers, payload: { name: 'Long', prompt: 'Be long.', trafficPercent: 50 } })
  assert.equal(over.statusCode, 400, 'enabled variants add up to at most 100 %')
  assert.equal((await app.inject({ method: 'POST', url: `${P}/api/agents/${agent.id}/variants`, headers: u.headers, payload: { name: 'x', prompt: 'y', trafficPercent: 12.5 } })).statusCode, 400)
  const off = await app.inject({ method: 'PUT', url: `${P}/api/agents/${agent.id}/variants/${v.id}`, headers: u.headers, payload: { enabled: false } })
  assert.equal(off.statusCode, 200, off.body)
  assert.equal(off.json().variant.enabled, false)
  assert.equal((await app.inject({ method: 'GET', url: `${P}/api/agents/${agent.id}/variants`, headers: u.headers })).json().variants.length, 1)
  assert.deepEqual((await app.inject({ method: 'GET', url: `${P}/api/agents/nope/variants`, headers: u.headers })).json(), { variants: [] })
  assert.deepEqual((await app.inject({ method: 'DELETE', url: `${P}/api/agents/${agent.id}/variants/${v.id}`, headers: u.headers })).json(), { ok: true })
  assert.deepEqual((await app.inject({ method: 'GET', url: `${P}/api/agents/${agent.id}/variants`, headers: u.headers })).json(), { variants: [] })

  const audio = await app.inject({ method: 'POST', url: `${P}/api/tts/preview`, headers: u.headers, payload: { provider: 'elevenlabs', model: 'eleven_flash_v2_5', voiceId: 'voice123', text: 'Hello from the preview.' } })
  assert.equal(audio.statusCode, 200, audio.body)
  assert.equal(audio.headers['content-type'], 'audio/mpeg')
  assert.equal(audio.headers['cache-control'], 'no-store')
  assert.ok(parseMp3Frames(audio.rawPayload).frames > 0)
  const tooLong = await app.inject({ method: 'POST', url: `${P}/api/tts/preview`, headers: u.headers, payload: { provider: 'elevenlabs', voiceId: 'voice123', text: 'x'.repeat(301) } })
  assert.equal(tooLong.statusCode, 400)
  const noKey = await app.inject({ method: 'POST', url: `${P}/api/tts/preview`, headers: u.headers, payload: { provider: 'cartesia', voiceId: 'v', text: 'Hi' } })
  assert.equal(noKey.statusCode, 503)
  assert.equal(typeof noKey.json().error, 'string')
})

test('phone numbers page: add, save each field, reprovision, diagnostics, delete; no SIP secret sent', async (t) => {
  const { startOutboundApp } = await import('./helpers/outbound.js')
  const s = await startOutboundApp(t)
  const u = await register(s.app)
  s.twilio.state.addIncomingNumber('+17073808675')
  const created = await s.app.inject({ method: 'POST', url: `${P}/api/phone-numbers`, headers: u.headers, payload: { e164: '17073808675', label: 'Front desk' } })
  assert.equal(created.statusCode, 201, created.body)
  const n = created.json().phoneNumber
  assert.equal(n.e164, '+17073808675')
  assert.equal(n.label, 'Front desk')
  assert.equal(n.status, 'unconfigured')
  assert.deepEqual(n.allowedInboundCountries, ['all'])
  assert.equal(n.livekitSipPassword, null)

  const agent = (await s.app.inject({ method: 'POST', url: `${P}/api/agents`, headers: u.headers, payload: { name: 'Desk' } })).json().agent
  const saves: [Record<string, unknown>, (x: Record<string, unknown>) => unknown, unknown][] = [
    [{ label: 'Main line' }, (x) => x.label, 'Main line'],
    [{ inboundAgentId: agent.id }, (x) => x.inboundAgentId, agent.id],
    [{ outboundAgentId: agent.id }, (x) => x.outboundAgentId, agent.id],
    [{ allowedInboundCountries: ['us', ' CA', ''] }, (x) => x.allowedInboundCountries, ['CA', 'US']],
    [{ allowedOutboundCountries: 'US, GB' }, (x) => x.allowedOutboundCountries, ['GB', 'US']],
    [{ allowedOutboundCountries: ['all'] }, (x) => x.allowedOutboundCountries, ['all']],
    [{ inboundAgentId: null }, (x) => x.inboundAgentId, null],
  ]
  for (const [body, read, want] of saves) {
    const r = await s.app.inject({ method: 'PUT', url: `${P}/api/phone-numbers/${n.id}`, headers: u.headers, payload: body })
    assert.equal(r.statusCode, 200, r.body)
    assert.deepEqual(read(r.json().phoneNumber), want, JSON.stringify(body))
  }

  const re = await s.app.inject({ method: 'POST', url: `${P}/api/phone-numbers/${n.id}/reprovision-outbound`, headers: u.headers, payload: {} })
  assert.equal(re.statusCode, 200, re.body)
  assert.equal(re.json().ok, true)
  assert.equal(re.json().status, 'active')
  assert.equal(re.json().errors, undefined)
  assert.match(re.json().trunkId, /.+/)

  const diag = await s.app.inject({ method: 'GET', url: `${P}/api/workspaces/${u.workspace.id}/inbound-diagnostics`, headers: u.headers })
  assert.equal(diag.statusCode, 200, diag.body)
  const d = diag.json()
  assert.equal(d.LIVEKIT_SIP_ENDPOINT, 'test123.sip.livekit.cloud')
  assert.ok(d.originationUrls.some((o: { sipUrl: string; error?: string }) => !o.error && o.sipUrl === d.expectedOriginationSipUrl), 'the page finds the expected origination URI')
  assert.deepEqual(d.phoneNumbers.map((p: { e164: string }) => p.e164), ['+17073808675'])

  const list = (await s.app.inject({ method: 'GET', url: `${P}/api/phone-numbers`, headers: u.headers })).json().phoneNumbers
  assert.equal(list.length, 1)
  assert.equal(list[0].status, 'active')
  const everything = JSON.stringify(list) + re.body + diag.body
  assert.doesNotMatch(everything, /"(sipPassword|password|authToken)"\s*:\s*"[^"]+"/, 'no stored secret reaches the browser')

  const other = await register(s.app)
  assert.equal((await s.app.inject({ method: 'PUT', url: `${P}/api/phone-numbers/${n.id}`, headers: other.headers, payload: { label: 'x' } })).statusCode, 404)
  assert.equal((await s.app.inject({ method: 'GET', url: `${P}/api/workspaces/${u.workspace.id}/inbound-diagnostics`, headers: other.headers })).statusCode, 404, 'another workspace is not found (our tenancy rule)')
  assert.deepEqual((await s.app.inject({ method: 'DELETE', url: `${P}/api/phone-numbers/${n.id}`, headers: u.headers })).json(), { ok: true })
  assert.deepEqual((await s.app.inject({ method: 'GET', url: `${P}/api/phone-numbers`, headers: u.headers })).json(), { phoneNumbers: [] })
})

test('analytics page and the agent header line read numbers from the usage report', async (t) => {
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: lk.env })
  const u = await register(app)
  const agent = (await app.inject({ method: 'POST', url: `${P}/api/agents`, headers: u.headers, payload: { name: 'Stats', promptDraft: 'Hi' } })).json().agent
  const { callId } = (await app.inject({ method: 'POST', url: `${P}/api/agents/${agent.id}/start`, headers: u.headers, payload: {} })).json()
  await app.inject({ method: 'POST', url: `/api/calls/${callId}/metrics`, headers: { 'x-agent-secret': 'agent-secret-current-0123456789' }, payload: { latency: { agent_turn_latency_ms_avg: 980 }, usage: { llm_prompt_tokens: 100, llm_prompt_cached_tokens: 40, llm_completion_tokens: 20, stt_audio_duration: 7.5, tts_characters_count: 321 } } })
  await app.inject({ method: 'POST', url: `${P}/api/calls/${callId}/end`, headers: u.headers, payload: {} })

  const now = Date.now()
  const a = await app.inject({ method: 'GET', url: `${P}/api/analytics?from=${now - 86_400_000}&to=${now + 60_000}`, headers: u.headers })
  assert.equal(a.statusCode, 200, a.body)
  const body = a.json()
  assert.equal(body.totals.callCount, 1)
  assert.equal(typeof body.totals.avgDurationSec, 'number')
  assert.equal(body.range.tz, 'UTC')
  assert.equal(body.series.length, 1)
  assert.match(body.series[0].day, /^\d{4}-\d{2}-\d{2}$/)
  assert.equal(body.series[0].calls, 1)
  const empty = (await app.inject({ method: 'GET', url: `${P}/api/analytics?from=0&to=1000`, headers: u.headers })).json()
  assert.deepEqual([empty.totals.callCount, empty.series], [0, []])
  const absurd = await app.inject({ method: 'GET', url: `${P}/api/analytics?from=5e307&to=3e16`, headers: u.headers })
  assert.deepEqual([absurd.statusCode, absurd.json().code], [400, 'validation_failed'], 'a time past the year 9999 is refused, not a 500')

  const h = await app.inject({ method: 'GET', url: `${P}/api/agents/${agent.id}/analytics`, headers: u.headers })
  assert.equal(h.statusCode, 200, h.body)
  assert.equal(h.json().latest.callId, callId)
  assert.equal(h.json().latest.latencyMs, 980, 'the real agent reports only latency averages')
  assert.equal(h.json().latest.tokensTotal, 120)
  assert.equal(h.json().totals.callCount, 1)

  const summary = await app.inject({ method: 'GET', url: `${P}/api/agents/${agent.id}/usage-summary`, headers: u.headers })
  assert.equal(summary.statusCode, 200, summary.body)
  const month = summary.json()
  assert.equal(month.range.tz, 'UTC')
  assert.ok(month.range.from <= now && now <= month.range.to, 'the current month by default')
  const { durationSec, minutes, ...sums } = month.totals
  assert.ok(Math.abs(minutes * 60 - durationSec) <= 0.5, 'durationSec and minutes describe the same calls')
  assert.deepEqual(sums, { llmPromptTokens: 100, llmPromptCachedTokens: 40, llmCompletionTokens: 20, sttAudioSeconds: 7.5, ttsCharacters: 321 })
  const lastYear = (await app.inject({ method: 'GET', url: `${P}/api/agents/${agent.id}/usage-summary?from=0&to=1000`, headers: u.headers })).json()
  assert.deepEqual([lastYear.totals.llmPromptTokens, lastYear.totals.durationSec], [0, 0], 'a range without calls sums to zero')

  const other = await register(app)
  assert.equal((await app.inject({ method: 'GET', url: `${P}/api/agents/${agent.id}/analytics`, headers: other.headers })).statusCode, 404)
  assert.equal((await app.inject({ method: 'GET', url: `${P}/api/agents/${agent.id}/usage-summary`, headers: other.headers })).statusCode, 404)
})
