import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup } from './helpers/users.js'
import { startLiveKit } from './helpers/livekit.js'

const agentHeaders = { 'x-agent-secret': TEST_AGENT_SECRET }

/** Everything the dashboard's agent page saves, at its bounds. */
const dashboardProfile = {
  name: 'Front desk',
  promptDraft: 'p'.repeat(200_000),
  llmModel: 'gpt-4.1',
  autoEvalEnabled: true,
  postCallExtractionModel: 'gpt-4.1-mini',
  maxCallSeconds: 86_400,
  welcome: { mode: 'agent', aiMessageMode: 'custom', aiMessageText: 'h'.repeat(400), aiDelaySeconds: 10 },
  voice: { provider: 'elevenlabs', model: 'eleven_flash_v2_5', voiceId: 'EXAVITQu4vr4xnSDxMaL', languageCode: 'en-US' },
  backgroundAudio: { preset: 'office2', ambientVolume: 1, thinkingVolume: 0 },
}

/** The profile with 50 knowledge folders of the caller's own workspace (ids must name real folders). */
async function profileWithFolders(app: import('fastify').FastifyInstance, headers: Record<string, string>) {
  const knowledgeFolderIds: string[] = []
  for (let i = 0; i < 50; i++) {
    const res = await app.inject({ method: 'POST', url: '/api/kb/folders', headers, payload: { name: `Folder ${i}` } })
    assert.equal(res.statusCode, 201, res.body)
    knowledgeFolderIds.push(res.json().id)
  }
  return { ...dashboardProfile, knowledgeFolderIds }
}

test('the fields the dashboard edits round-trip through create, patch and get', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const profile = await profileWithFolders(app, u.headers)
  const created = await createAgent(app, u.headers, profile)
  for (const [k, v] of Object.entries(profile)) assert.deepEqual(created[k], v, k)

  const plain = await createAgent(app, u.headers, { name: 'Defaults' })
  assert.equal(plain.autoEvalEnabled, false)
  assert.equal(plain.postCallExtractionModel, null)

  const patch = { autoEvalEnabled: false, maxCallSeconds: 0, postCallExtractionModel: null, welcome: { mode: 'user', aiMessageMode: 'dynamic', aiDelaySeconds: 0.5 } }
  const res = await app.inject({ method: 'PATCH', url: `/api/agents/${created.id}`, headers: u.headers, payload: patch })
  assert.equal(res.statusCode, 200, res.body)
  const got = (await app.inject({ method: 'GET', url: `/api/agents/${created.id}`, headers: u.headers })).json()
  for (const [k, v] of Object.entries(patch)) assert.deepEqual(got[k], v, k)
  assert.deepEqual(got.backgroundAudio, dashboardProfile.backgroundAudio, 'fields not sent stay')
})

test('new fields are typed and bounded; unknown keys, also nested, are 400', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const bad: [string, Record<string, unknown>][] = [
    ['maxCallSeconds', { maxCallSeconds: 86_401 }],
    ['maxCallSeconds', { maxCallSeconds: -1 }],
    ['maxCallSeconds', { maxCallSeconds: 1.5 }],
    ['autoEvalEnabled', { autoEvalEnabled: 'yes' }],
    ['postCallExtractionModel', { postCallExtractionModel: 'm'.repeat(121) }],
    ['postCallExtractionModel', { postCallExtractionModel: 42 }],
    ['welcome.aiMessageText', { welcome: { mode: 'agent', aiMessageText: 'x'.repeat(401) } }],
    ['welcome.aiDelaySeconds', { welcome: { mode: 'agent', aiDelaySeconds: 11 } }],
    ['welcome.aiMessageMode', { welcome: { mode: 'agent', aiMessageMode: 'scripted' } }],
    ['welcome', { welcome: { mode: 'agent', shout: true } }],
    ['backgroundAudio.preset', { backgroundAudio: { preset: 'beach' } }],
    ['backgroundAudio.ambientVolume', { backgroundAudio: { ambientVolume: 1.5 } }],
    ['backgroundAudio', { backgroundAudio: { loud: true } }],
    ['promptDraft', { promptDraft: 'x'.repeat(200_001) }],
    ['isAdmin', { isAdmin: true }],
  ]
  for (const [field, body] of bad) {
    const res = await app.inject({ method: 'POST', url: '/api/agents', headers: u.headers, payload: { name: 'x', ...body } })
    assert.equal(res.statusCode, 400, `${field}: ${res.body}`)
    assert.equal(res.json().error.code, 'validation_failed')
    const fields = res.json().error.details.map((d: { field: string }) => d.field).join(' ')
    assert.ok(fields.includes(field.split('.')[0]), `${field} named in ${fields}`)
  }
  const list = (await app.inject({ method: 'GET', url: '/api/agents', headers: u.headers })).json()
  assert.equal(list.items.length, 0, 'nothing was created')
})

test('maxCallSeconds 0 puts no limit in the room metadata; the new fields reach the runtime config and metadata', async (t) => {
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: lk.env })
  const u = await signup(app)
  const profile = await profileWithFolders(app, u.headers)
  const agent = await createAgent(app, u.headers, { ...profile, promptDraft: 'Hi', maxCallSeconds: 0 })
  const started = await app.inject({ method: 'POST', url: '/api/calls/web', headers: u.headers, payload: { agentId: agent.id } })
  assert.equal(started.statusCode, 201, started.body)
  const meta = JSON.parse(lk.server.calls('CreateRoom')[0].body.metadata)
  assert.equal('maxCallSeconds' in meta, false, 'no top-level limit')
  assert.equal('maxCallSeconds' in meta.agent, false, 'no limit where the agent reads it (agent.maxCallSeconds)')
  assert.equal(meta.agent.postCallExtractionModel, 'gpt-4.1-mini', 'the agent reads agent.postCallExtractionModel')
  assert.equal(meta.agent.autoEvalEnabled, true)
  assert.deepEqual(meta.welcome, dashboardProfile.welcome)
  assert.deepEqual(meta.agent.backgroundAudio, dashboardProfile.backgroundAudio)
  assert.equal(meta.agent.voice.languageCode, 'en-US')

  const config = await app.inject({ method: 'GET', url: `/api/internal/agents/config?agentId=${agent.id}`, headers: agentHeaders })
  assert.equal(config.statusCode, 200, config.body)
  const c = config.json()
  assert.equal(c.maxCallSeconds, 0)
  assert.equal(c.postCallExtractionModel, 'gpt-4.1-mini')
  assert.equal(c.autoEvalEnabled, true)
  assert.deepEqual(c.welcome, dashboardProfile.welcome)

  await app.inject({ method: 'PATCH', url: `/api/agents/${agent.id}`, headers: u.headers, payload: { maxCallSeconds: 90 } })
  await app.inject({ method: 'POST', url: '/api/calls/web', headers: u.headers, payload: { agentId: agent.id } })
  const limited = JSON.parse(lk.server.calls('CreateRoom')[1].body.metadata)
  assert.equal(limited.maxCallSeconds, 90)
  assert.equal(limited.agent.maxCallSeconds, 90)
})
