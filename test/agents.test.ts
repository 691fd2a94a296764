import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp } from './helpers/app.js'
import { createAgent, signup } from './helpers/users.js'
import { PROMPT_MAX } from '../schemas/agents.js'
import { agentRuntimeConfig, fallbackRuntimeConfig, fillVariables, promptFor, roomMetadata } from '../plugins/agents/runtime-config.js'

test('signup -> create agent -> list -> patch -> publish -> delete over the real HTTP port', async (t) => {
  const { url } = await startTestApp(t, { listen: true })
  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    return { status: res.status, body: res.status === 204 ? null : await res.json(), headers: res.headers }
  }
  const s = await call('POST', '/api/auth/signup', undefined, { email: 'http@example.com', password: 'longenough' })
  assert.equal(s.status, 201)
  const login = await call('POST', '/api/auth/login', undefined, { email: 'http@example.com', password: 'longenough' })
  const token = login.body.token

  const created = await call('POST', '/api/agents', token, {
    name: 'Receptionist',
    promptDraft: 'Greet {{caller}} for {{business}}.',
    welcome: { mode: 'agent', text: 'Hi, {{business}} here' },
    voice: { provider: 'elevenlabs', voiceId: 'v1', stability: 0.4 },
    enabledTools: ['end_call', 'transfer_call'],
    toolConfigs: { transfer_call: { to: '+15551234567' } },
    defaultDynamicVariables: { business: 'Acme' },
  })
  assert.equal(created.status, 201)
  const agent = created.body
  assert.match(agent.id, /^agt_[0-9A-HJKMNP-TV-Z]{26}$/)
  assert.ok(!agent.id.includes('-'), 'ids never contain "-" (web room names are split on it)')
  assert.equal(agent.voice.stability, 0.4, 'provider-specific voice keys are kept')
  assert.equal(agent.promptPublished, null)
  assert.match(created.headers.get('x-request-id')!, /.+/)

  const list = await call('GET', '/api/agents', token)
  assert.deepEqual(list.body.items.map((a: { id: string }) => a.id), [agent.id])
  assert.equal(list.body.nextCursor, null)

  const patched = await call('PATCH', `/api/agents/${agent.id}`, token, { llmModel: 'gpt-4o-mini', maxCallSeconds: 300 })
  assert.equal(patched.status, 200)
  assert.equal(patched.body.llmModel, 'gpt-4o-mini')
  assert.equal(patched.body.promptDraft, agent.promptDraft, 'PATCH leaves other fields alone')
  assert.deepEqual(patched.body.toolConfigs, agent.toolConfigs)

  const published = await call('POST', `/api/agents/${agent.id}/publish`, token)
  assert.equal(published.body.promptPublished, agent.promptDraft)
  assert.ok(published.body.publishedAt)

  assert.equal((await call('DELETE', `/api/agents/${agent.id}`, token)).status, 204)
  assert.equal((await call('GET', `/api/agents/${agent.id}`, token)).status, 404)
})

test('agent lists paginate newest first with an opaque cursor', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const ids = []
  for (let i = 0; i < 5; i++) ids.push((await createAgent(app, u.headers, { name: `A${i}` })).id)
  const seen: string[] = []
  let cursor: string | null = null
  do {
    const res: { statusCode: number; json: () => any } = await app.inject({ method: 'GET', url: `/api/agents?limit=2${cursor ? `&cursor=${cursor}` : ''}`, headers: u.headers })
    assert.equal(res.statusCode, 200)
    seen.push(...res.json().items.map((a: { id: string }) => a.id))
    cursor = res.json().nextCursor
  } while (cursor)
  assert.deepEqual(seen, [...ids].reverse())
  const bad = await app.inject({ method: 'GET', url: '/api/agents?cursor=garbage!!', headers: u.headers })
  assert.equal(bad.statusCode, 400)
  assert.equal(bad.json().error.code, 'invalid_cursor')
  assert.equal((await app.inject({ method: 'GET', url: '/api/agents?limit=0', headers: u.headers })).statusCode, 400)
  assert.equal((await app.inject({ method: 'GET', url: '/api/agents?limit=201', headers: u.headers })).statusCode, 400)
})

test('hostile strings round-trip unchanged; over-long fields and oversized JSON are 400', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const nasty = `Robert'); DROP TABLE agents;-- \\ " \u0000x ${'\u{1F600}'} 名前 \u202e {{x}} $1 %s`.replace('\u0000', '')
  const a = await createAgent(app, u.headers, { name: nasty.slice(0, 120), promptDraft: nasty, voice: { provider: nasty } })
  const got = (await app.inject({ method: 'GET', url: `/api/agents/${a.id}`, headers: u.headers })).json()
  assert.equal(got.name, nasty.slice(0, 120))
  assert.equal(got.promptDraft, nasty)
  assert.equal(got.voice.provider, nasty)

  const long = await app.inject({ method: 'POST', url: '/api/agents', headers: u.headers, payload: { name: 'x'.repeat(121) } })
  assert.equal(long.statusCode, 400)
  assert.equal(long.json().error.details[0].field, 'name')
  const bigPrompt = await app.inject({ method: 'PATCH', url: `/api/agents/${a.id}`, headers: u.headers, payload: { promptDraft: 'x'.repeat(PROMPT_MAX + 1) } })
  assert.equal(bigPrompt.statusCode, 400)
  const bigTools = await app.inject({ method: 'PATCH', url: `/api/agents/${a.id}`, headers: u.headers, payload: { toolConfigs: { t: 'y'.repeat(70_000) } } })
  assert.equal(bigTools.statusCode, 400)
  assert.equal(bigTools.json().error.details[0].field, 'toolConfigs')
  const unknownField = await app.inject({ method: 'POST', url: '/api/agents', headers: u.headers, payload: { name: 'x', isAdmin: true } })
  assert.equal(unknownField.statusCode, 400)
  const wrongType = await app.inject({ method: 'POST', url: '/api/agents', headers: u.headers, payload: { name: 'x', maxCallSeconds: 'forever' } })
  assert.equal(wrongType.statusCode, 400)
  const emptyPatch = await app.inject({ method: 'PATCH', url: `/api/agents/${a.id}`, headers: u.headers, payload: {} })
  assert.equal(emptyPatch.statusCode, 400)
  const badWelcome = await app.inject({ method: 'POST', url: '/api/agents', headers: u.headers, payload: { name: 'x', welcome: { mode: 'shout' } } })
  assert.equal(badWelcome.statusCode, 400)
})

test('runtime config: prompt choice by call type, {{variables}}, toolConfigs always an object, fallback', () => {
  const row = {
    id: 'agt_1', workspace_id: 'ws_1', name: 'A', prompt_draft: 'Draft for {{name}}', prompt_published: 'Live for {{name}} at {{ place }}',
    published_at: new Date(), welcome: { mode: 'user' as const, text: 'Hello {{name}}' }, voice: { provider: 'x' }, llm_model: 'm', max_call_seconds: 120,
    enabled_tools: ['end_call'], tool_configs: null, default_dynamic_variables: { name: 'Default', place: 'HQ' }, call_settings: { a: 1 },
    backchannel_enabled: true, background_audio: { preset: 'office' }, fallback_voice: null, knowledge_folder_ids: [], post_call_data_extraction: [],
    post_call_extraction_model: null, auto_eval_enabled: false,
    webhook_url: null, settings: {}, created_at: new Date(), updated_at: new Date(),
  }
  const phone = agentRuntimeConfig(row, { callType: 'phone', variables: { name: 'Caller' }, callId: 'call_1' })
  assert.equal(phone.prompt, 'Live for Caller at HQ')
  assert.equal(phone.welcome.text, 'Hello Caller')
  assert.equal(phone.welcome.mode, 'user')
  assert.deepEqual(phone.toolConfigs, {})
  assert.equal(phone.callId, 'call_1')
  assert.equal(agentRuntimeConfig(row, { callType: 'web' }).prompt, 'Draft for Default')
  assert.equal(promptFor({ prompt_draft: '  ', prompt_published: 'P' }, 'web'), 'P')
  assert.equal(promptFor({ prompt_draft: 'D', prompt_published: null }, 'phone'), 'D')
  assert.equal(fillVariables('{{unknown}} stays', {}), '{{unknown}} stays')

  const fb = fallbackRuntimeConfig({ workspaceId: null, callId: 'call_2' })
  assert.equal(fb.fallback, true)
  assert.equal(fb.agent.id, null)
  assert.equal(fb.welcome.mode, 'agent')
  assert.ok(fb.enabledTools.includes('end_call'))
  assert.match(fb.prompt, /This number is not configured for inbound calls/)

  const meta = JSON.parse(roomMetadata(phone, { id: 'call_1', to: '+1555', direction: 'inbound' }))
  assert.deepEqual(meta.call, { id: 'call_1', to: '+1555', from: null, direction: 'inbound' })
  assert.equal(meta.agent.prompt, 'Live for Caller at HQ')
  assert.equal(meta.agent.id, 'agt_1')
  assert.equal(meta.maxCallSeconds, 120)
  assert.deepEqual(meta.callOptions, { a: 1 })
  assert.deepEqual(meta.backgroundAudio, { preset: 'office' })
  assert.deepEqual(meta.agent.toolConfigs, {})
})
