import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, createApiKey, signup, type TestUser } from './helpers/users.js'
import { eventually, pause } from './helpers/eventually.js'
import { startOpenAIServer, openAIEnv, type ChatRequest } from './support/openai-server.js'
import { newId } from '../src/platform/ids.js'

const agentHeaders = { 'x-agent-secret': TEST_AGENT_SECRET }
const TRANSCRIPT = [
  { speaker: 'Agent', role: 'agent', text: 'Hello, Acme here.' },
  { speaker: 'User', role: 'user', text: 'I would like the pro plan.' },
]
const RUBRIC = {
  score: 72.6, summary: 'Polite, but it never confirmed the price.',
  strengths: ['Greeted by name'], issues: ['No price confirmation'], suggestedFixes: ['Confirm the price before ending'], nextTests: ['Ask about pricing twice'],
}
const isRubric = (r: ChatRequest) => r.schemaName === 'call_evaluation'

async function setup(t: TestContext) {
  const llm = await startOpenAIServer()
  t.after(() => llm.close())
  const { app } = await startTestApp(t, { env: { ...openAIEnv(llm), ANALYSIS_RETRY_BASE_MS: '0' } })
  const owner = await signup(app)
  const agent = await createAgent(app, owner.headers, { name: 'Sales', promptDraft: 'Sell the pro plan.' })
  return { app, llm, owner, agent }
}

/** A phone call ended by the agent, its analysis finished. */
async function endedCall(app: FastifyInstance, owner: TestUser, agent: { id: string; name: string }, transcript: unknown[] = TRANSCRIPT) {
  const call = await app.calls.insert({
    id: newId('call'), workspaceId: owner.workspaceId, agentId: agent.id, agentName: agent.name, direction: 'inbound', status: 'active', roomName: null,
  })
  const end = await app.inject({ method: 'POST', url: `/api/internal/calls/${call.id}/end`, headers: agentHeaders, payload: { outcome: 'agent_hangup', transcript } })
  assert.equal(end.statusCode, 200, end.body)
  await eventually(async () => (await get(app, owner, `/api/calls/${call.id}`)).json().analysis?.status !== 'pending', 'the analysis')
  return call.id
}
const get = (app: FastifyInstance, who: { headers: Record<string, string> }, url: string) => app.inject({ method: 'GET', url, headers: who.headers })
const ids = async (app: FastifyInstance, owner: TestUser, query: string) => (await get(app, owner, `/api/calls?${query}`)).json().items.map((c: { id: string }) => c.id)

test('labels: add (trimmed, unique), list newest first, delete by body, bounded, filter the calls list, other workspaces 404', async (t) => {
  const { app, owner, agent } = await setup(t)
  const callId = await endedCall(app, owner, agent)
  const other = await endedCall(app, owner, agent)
  const add = (label: string, id = callId) => app.inject({ method: 'POST', url: `/api/calls/${id}/labels`, headers: owner.headers, payload: { label } })
  const first = await add('  vip ')
  assert.equal(first.statusCode, 201, first.body)
  assert.equal(first.json().label.label, 'vip')
  const again = await add('vip')
  assert.equal(again.statusCode, 200)
  assert.equal(again.json().label.id, first.json().label.id, 'the stored label, not a second one')
  await add('callback')
  assert.deepEqual((await get(app, owner, `/api/calls/${callId}/labels`)).json().labels.map((l: { label: string }) => l.label), ['callback', 'vip'])
  assert.deepEqual(await ids(app, owner, 'label=vip'), [callId])
  assert.equal((await add('   ')).statusCode, 400)

  const del = await app.inject({ method: 'DELETE', url: `/api/calls/${callId}/labels`, headers: owner.headers, payload: { label: 'vip' } })
  assert.deepEqual([del.statusCode, del.json()], [200, { ok: true }])
  const gone = await app.inject({ method: 'DELETE', url: `/api/calls/${callId}/labels`, headers: owner.headers, payload: { label: 'vip' } })
  assert.equal(gone.json().error.code, 'label_not_found')
  assert.deepEqual(await ids(app, owner, 'label=vip'), [])

  for (let i = 0; i < 50; i++) assert.equal((await add(`l${i}`, other)).statusCode, 201)
  const full = await add('one too many', other)
  assert.deepEqual([full.statusCode, full.json().error.code], [409, 'label_limit_reached'])

  const stranger = await signup(app)
  assert.equal((await get(app, stranger, `/api/calls/${callId}/labels`)).json().error.code, 'call_not_found')
  const foreign = await app.inject({ method: 'POST', url: `/api/calls/${callId}/labels`, headers: stranger.headers, payload: { label: 'x' } })
  assert.equal(foreign.statusCode, 404)
  assert.equal((await get(app, owner, `/api/calls/${callId}/labels`)).json().labels.length, 1, 'nothing written by the other workspace')
})

test('the calls list filters on the analysis: ?successful and ?sentiment', async (t) => {
  const { app, llm, owner, agent } = await setup(t)
  llm.next({ json: { summary: 'good', sentiment: 'positive', successful: true, voicemail: false, custom: {} } })
  const good = await endedCall(app, owner, agent)
  llm.next({ json: { summary: 'bad', sentiment: 'negative', successful: false, voicemail: false, custom: {} } })
  const bad = await endedCall(app, owner, agent)
  assert.deepEqual(await ids(app, owner, 'successful=true'), [good])
  assert.deepEqual(await ids(app, owner, 'successful=false'), [bad])
  assert.deepEqual(await ids(app, owner, 'sentiment=negative'), [bad])
  assert.deepEqual(await ids(app, owner, 'sentiment=neutral'), [])
  assert.equal((await get(app, owner, '/api/calls?sentiment=angry')).statusCode, 400)
})

test('manual evaluations: created by the caller, newest first, changed and deleted only by their author, tenant-isolated', async (t) => {
  const { app, owner, agent } = await setup(t)
  const callId = await endedCall(app, owner, agent)
  const url = `/api/calls/${callId}/evaluations`
  const created = await app.inject({ method: 'POST', url, headers: owner.headers, payload: { score: 80, notes: 'fine' } })
  assert.equal(created.statusCode, 201, created.body)
  const e = created.json().evaluation
  assert.deepEqual([e.source, e.score, e.notes, e.details, e.authorId], ['manual', 80, 'fine', {}, owner.userId])
  await pause(5)
  const second = (await app.inject({ method: 'POST', url, headers: owner.headers, payload: { score: 40, details: { issues: ['slow'] } } })).json().evaluation
  assert.deepEqual((await get(app, owner, url)).json().evaluations.map((x: { id: string }) => x.id), [second.id, e.id])
  assert.equal((await app.inject({ method: 'POST', url, headers: owner.headers, payload: { score: 101 } })).statusCode, 400)

  const key = await createApiKey(app, owner)
  const notMine = await app.inject({ method: 'PATCH', url: `${url}/${e.id}`, headers: key.headers, payload: { score: 10 } })
  assert.deepEqual([notMine.statusCode, notMine.json().error.code], [403, 'not_evaluation_author'])
  const patched = await app.inject({ method: 'PATCH', url: `${url}/${e.id}`, headers: owner.headers, payload: { score: 90 } })
  assert.deepEqual([patched.json().evaluation.score, patched.json().evaluation.notes], [90, 'fine'])

  const stranger = await signup(app)
  assert.equal((await get(app, stranger, url)).statusCode, 404)
  assert.equal((await app.inject({ method: 'DELETE', url: `${url}/${e.id}`, headers: stranger.headers })).json().error.code, 'evaluation_not_found')
  assert.equal((await app.inject({ method: 'DELETE', url: `${url}/${e.id}`, headers: owner.headers })).statusCode, 204)
  assert.equal((await app.inject({ method: 'DELETE', url: `${url}/${e.id}`, headers: owner.headers })).statusCode, 404)
})

test('auto-evaluate: 201 with the rubric in the details the dashboard renders; 502 on a bad LLM answer, 400 without transcript', async (t) => {
  const { app, llm, owner, agent } = await setup(t)
  const callId = await endedCall(app, owner, agent)
  llm.when(isRubric, { json: RUBRIC })
  const res = await app.inject({ method: 'POST', url: `/api/calls/${callId}/auto-evaluate`, headers: owner.headers })
  assert.equal(res.statusCode, 201, res.body)
  const e = res.json().evaluation
  assert.deepEqual([e.source, e.score, e.notes, e.model], ['auto', 73, RUBRIC.summary, 'gpt-4.1-mini'])
  assert.deepEqual(e.details, { ...RUBRIC, score: 73 })
  const [req] = llm.requestsFor('call_evaluation')
  assert.match(req.text, /Sell the pro plan/)
  assert.match(req.text, /Caller: I would like the pro plan/)

  llm.next({ text: 'not json' })
  const broken = await app.inject({ method: 'POST', url: `/api/calls/${callId}/auto-evaluate`, headers: owner.headers })
  assert.deepEqual([broken.statusCode, broken.json().error.code], [502, 'llm_failed'])

  const silent = await endedCall(app, owner, agent, [])
  const empty = await app.inject({ method: 'POST', url: `/api/calls/${silent}/auto-evaluate`, headers: owner.headers })
  assert.deepEqual([empty.statusCode, empty.json().error.code], [400, 'transcript_required'])
  assert.equal((await get(app, owner, `/api/calls/${callId}/evaluations`)).json().evaluations.length, 1, 'the failed runs stored nothing')

  const { app: bare } = await startTestApp(t)
  const u = await signup(bare)
  const a = await createAgent(bare, u.headers)
  const c = await endedCall(bare, u, a)
  assert.equal((await bare.inject({ method: 'POST', url: `/api/calls/${c}/auto-evaluate`, headers: u.headers })).statusCode, 503)
})

test('autoEvalEnabled queues one auto evaluation after the analysis', async (t) => {
  const { app, llm, owner, agent } = await setup(t)
  llm.when(isRubric, { json: RUBRIC })
  assert.equal((await app.inject({ method: 'PATCH', url: `/api/agents/${agent.id}`, headers: owner.headers, payload: { autoEvalEnabled: true } })).statusCode, 200)
  const callId = await endedCall(app, owner, agent)
  const url = `/api/calls/${callId}/evaluations`
  await eventually(async () => (await get(app, owner, url)).json().evaluations.length === 1, 'the auto evaluation')
  await app.inject({ method: 'POST', url: `/api/calls/${callId}/analyze`, headers: owner.headers })
  await pause(800)
  const evals = (await get(app, owner, url)).json().evaluations
  assert.deepEqual(evals.map((e: { source: string }) => e.source), ['auto'], 'once per call, also after a re-run')
  assert.equal(llm.requestsFor('call_evaluation').length, 1)
})

test('export: one JSON document with call, transcript, analysis, evaluations, labels and recording link; ?format=txt the transcript as text', async (t) => {
  const { app, owner, agent } = await setup(t)
  const callId = await endedCall(app, owner, agent)
  await app.inject({ method: 'POST', url: `/api/calls/${callId}/labels`, headers: owner.headers, payload: { label: 'vip' } })
  await app.inject({ method: 'POST', url: `/api/calls/${callId}/evaluations`, headers: owner.headers, payload: { score: 60 } })
  const res = await get(app, owner, `/api/calls/${callId}/export`)
  assert.equal(res.statusCode, 200, res.body)
  assert.match(String(res.headers['content-disposition']), new RegExp(`call-${callId}\\.json`))
  const doc = res.json()
  assert.deepEqual(doc.call.transcript, TRANSCRIPT)
  assert.equal(doc.call.analysis.status, 'done')
  assert.deepEqual(doc.labels.map((l: { label: string }) => l.label), ['vip'])
  assert.deepEqual(doc.evaluations.map((e: { score: number }) => e.score), [60])
  assert.equal(doc.recordingUrl, null)

  const txt = await get(app, owner, `/api/calls/${callId}/export?format=txt`)
  assert.match(String(txt.headers['content-type']), /^text\/plain/)
  assert.match(txt.body, /Agent: Hello, Acme here\.\nCaller: I would like the pro plan\./)
  assert.match(txt.body, /Summary: summary 1/)
  const stranger = await signup(app)
  assert.equal((await get(app, stranger, `/api/calls/${callId}/export`)).statusCode, 404)
})
