import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import type { FastifyInstance } from 'fastify'
import { startTestApp, TEST_AGENT_SECRET, TEST_JWT_SECRET } from './helpers/app.js'
import { createAgent, signup, type TestUser } from './helpers/users.js'
import { sendLiveKitEvent, startLiveKit } from './helpers/livekit.js'
import { startJsonReceiver } from './helpers/json-receiver.js'
import { freshDatabaseEnv, onRealPostgres } from './helpers/database.js'
import { eventually, pause } from './helpers/eventually.js'
import { startOpenAIServer, openAIEnv, type ChatRequest, type OpenAIServer } from './support/openai-server.js'
import { loadConfig } from '../src/config.js'
import { buildApp } from '../src/app.js'
import { newId } from '../src/platform/ids.js'
import { fitTranscript } from '../plugins/analysis/prompt.js'

type Hook = { event: string; call: Record<string, any> }
const agentHeaders = { 'x-agent-secret': TEST_AGENT_SECRET }
const FIELDS = [
  { name: 'appointment date', type: 'text', description: 'The date the caller booked' },
  { name: 'interested', type: 'boolean', description: 'Whether the caller wants a follow-up' },
  { name: 'plan', type: 'selector', description: 'The plan chosen', options: ['basic', 'pro'] },
  { name: 'seats', type: 'number', description: 'How many seats' },
]
const TRANSCRIPT = [
  { speaker: 'Agent', role: 'agent', text: 'Hello, Acme here. How can I help?' },
  { speaker: 'User', role: 'user', text: 'I want the pro plan for 3 seats, and a demo on May 4.' },
  { speaker: 'Agent', role: 'agent', text: 'Booked: pro, 3 seats, demo May 4.' },
]
const ANSWER = {
  summary: 'The caller chose the pro plan for 3 seats and booked a demo on May 4.',
  sentiment: 'positive', successful: true, voicemail: false,
  custom: { 'appointment date': 'May 4', interested: true, plan: 'pro', seats: 3 },
}
const analysisRequests = (s: OpenAIServer) => s.requestsFor('call_analysis')

async function setup(t: TestContext, env: Record<string, string> = {}) {
  const llm = await startOpenAIServer()
  t.after(() => llm.close())
  const lk = await startLiveKit(t)
  const hooks = await startJsonReceiver<Hook>(t, '/hooks')
  const { app } = await startTestApp(t, {
    env: { ...openAIEnv(llm), ...lk.env, WEBHOOKS_ALLOW_INSECURE: 'true', WEBHOOK_RETRY_BASE_MS: '100', ANALYSIS_RETRY_BASE_MS: '0', ...env },
  })
  const owner = await signup(app)
  const agent = await createAgent(app, owner.headers, {
    name: 'Sales', promptDraft: 'You sell Acme plans. Success: the caller picks a plan.', postCallDataExtraction: FIELDS, webhookUrl: hooks.url,
  })
  return { app, llm, hooks, owner, agent }
}

/** An answered phone call, as inbound start leaves it. */
async function phoneCall(app: FastifyInstance, owner: TestUser, agent: { id: string; name: string }) {
  return app.calls.insert({
    id: newId('call'), workspaceId: owner.workspaceId, agentId: agent.id, agentName: agent.name, direction: 'inbound', status: 'active',
    roomName: `call-${newId('call')}`, from: '+15550001111', to: '+15550002222',
  })
}

const agentEnd = (app: FastifyInstance, callId: string, transcript: unknown[] = TRANSCRIPT) =>
  app.inject({ method: 'POST', url: `/api/internal/calls/${callId}/end`, headers: agentHeaders, payload: { outcome: 'agent_hangup', transcript } })
const sync = (app: FastifyInstance, callId: string, transcript: unknown[]) =>
  app.inject({ method: 'POST', url: `/api/internal/calls/${callId}/transcript`, headers: agentHeaders, payload: { transcript } })
const getCall = async (app: FastifyInstance, owner: TestUser, id: string) => (await app.inject({ method: 'GET', url: `/api/calls/${id}`, headers: owner.headers })).json()
const analyzed = (hooks: { received: Hook[] }, callId: string) => hooks.received.filter((h) => h.event === 'call_analyzed' && h.call.call_id === callId)
const isAnalysis = (r: ChatRequest) => r.schemaName === 'call_analysis'

test('a caller-hangup web call gets one analysis and one call_analyzed with call_analysis and the custom fields typed', async (t) => {
  const { app, llm, hooks, owner, agent } = await setup(t)
  llm.when(isAnalysis, { json: ANSWER })
  const started = await app.inject({ method: 'POST', url: '/api/calls/web', headers: owner.headers, payload: { agentId: agent.id } })
  assert.equal(started.statusCode, 201, started.body)
  const { callId, roomName } = started.json()
  const room = { name: roomName, sid: 'RM_1' }
  const person = { identity: 'user-web', kind: 0 as never }
  assert.equal((await sendLiveKitEvent(app, { event: 'participant_joined', room, participant: person })).statusCode, 200)
  assert.equal((await sync(app, callId, TRANSCRIPT)).statusCode, 200)
  // The caller hangs up: LiveKit reports it, without any transcript in the event.
  assert.equal((await sendLiveKitEvent(app, { event: 'participant_left', room, participant: person })).statusCode, 200)
  assert.equal((await sendLiveKitEvent(app, { event: 'room_finished', room })).statusCode, 200)

  await eventually(() => analyzed(hooks, callId).length === 1, 'call_analyzed')
  await pause(400)
  assert.equal(analyzed(hooks, callId).length, 1, 'one call_analyzed for the call, however many endings were reported')
  assert.equal(analysisRequests(llm).length, 1, 'one analysis')
  const hook = analyzed(hooks, callId)[0].call
  assert.deepEqual(hook.call_analysis, {
    call_summary: ANSWER.summary, in_voicemail: false, user_sentiment: 'Positive', call_successful: true,
    custom_analysis_data: { 'appointment date': 'May 4', interested: true, plan: 'pro', seats: 3 }, analysis_status: 'done',
  })
  assert.deepEqual(hook.transcript, TRANSCRIPT)
  assert.equal(hook.disconnection_reason, 'user_hangup')

  // What the LLM was asked: the agent's prompt, the transcript, and the fields typed as declared.
  const [req] = analysisRequests(llm)
  assert.match(req.text, /You sell Acme plans/)
  assert.match(req.text, /Caller: I want the pro plan/)
  const custom = (req.body.response_format!.json_schema!.schema as any).properties.custom.properties
  assert.deepEqual(custom.plan.anyOf[0], { type: 'string', enum: ['basic', 'pro'], description: 'The plan chosen' })
  assert.equal(custom.seats.anyOf[0].type, 'number')
  assert.equal(custom.interested.anyOf[0].type, 'boolean')
  assert.equal(req.body.model, 'gpt-4.1-mini')

  const call = await getCall(app, owner, callId)
  assert.equal(call.analysis.status, 'done')
  assert.equal(call.analysis.userHungUp, true, 'from how the call ended')
  assert.equal(call.analysis.sentiment, 'positive')
  assert.deepEqual(call.analysis.custom, ANSWER.custom)
  assert.ok(call.analysis.tokens.prompt > 0 && call.analysis.costUsd > 0, 'tokens and a priced cost')
  const list = (await app.inject({ method: 'GET', url: '/api/calls', headers: owner.headers })).json()
  assert.deepEqual(list.items[0].analysis, call.analysis, 'the list shows the same analysis')
})

test('an agent-ended phone call is analysed once; a longer transcript pushed after the analysis re-runs it once', async (t) => {
  const { app, llm, hooks, owner, agent } = await setup(t)
  llm.when(isAnalysis, (r) => ({ json: { ...ANSWER, summary: r.text.includes('Anything else') ? 'with the late turn' : 'first', voicemail: false } }))
  const call = await phoneCall(app, owner, agent)
  assert.equal((await agentEnd(app, call.id)).statusCode, 200)
  await eventually(() => analyzed(hooks, call.id).length === 1, 'first call_analyzed')
  const first = analyzed(hooks, call.id)[0].call
  assert.equal(first.call_analysis.call_summary, 'first')
  assert.equal(first.call_type, 'phone_call')
  assert.equal((await getCall(app, owner, call.id)).analysis.userHungUp, false)

  // The agent's shutdown flush: the same list changes nothing, a longer one re-runs the analysis once.
  await sync(app, call.id, TRANSCRIPT)
  await pause(300)
  assert.equal(analysisRequests(llm).length, 1)
  const longer = [...TRANSCRIPT, { speaker: 'Agent', role: 'agent', text: 'Anything else?' }]
  assert.equal((await sync(app, call.id, longer)).statusCode, 200)
  await eventually(() => analyzed(hooks, call.id).length === 2, 'the late re-run')
  assert.equal(analyzed(hooks, call.id)[1].call.call_analysis.call_summary, 'with the late turn')
  await sync(app, call.id, [...longer, { speaker: 'User', role: 'user', text: 'No.' }])
  await pause(400)
  assert.equal(analysisRequests(llm).length, 2, 'only one late re-run')
})

test('malformed JSON, 429 with retry-after, 500 and a hang are retried until done; attempts are counted', async (t) => {
  const { app, llm, hooks, owner, agent } = await setup(t, { OPENAI_TIMEOUT_MS: '400' })
  llm.next({ text: '{"summary": "cut' }, { status: 429, headers: { 'retry-after': '1' } }, { status: 500 }, { hang: true }, { json: ANSWER })
  const call = await phoneCall(app, owner, agent)
  await agentEnd(app, call.id)
  await eventually(() => analyzed(hooks, call.id).length === 1, 'call_analyzed after the retries', 20_000)
  const reqs = analysisRequests(llm)
  assert.equal(reqs.length, 5)
  assert.ok(reqs[2].at - reqs[1].at >= 950, `the retry after the 429 waited for retry-after (${reqs[2].at - reqs[1].at} ms)`)
  const a = (await getCall(app, owner, call.id)).analysis
  assert.equal(a.status, 'done')
  assert.equal(a.attempts, 5)
  assert.equal(analyzed(hooks, call.id)[0].call.call_analysis.analysis_status, 'done')
})

test('an LLM that keeps failing ends the analysis `failed` with the reason; a refused request fails at once; neither stays pending', async (t) => {
  const { app, llm, hooks, owner, agent } = await setup(t, { ANALYSIS_MAX_ATTEMPTS: '3' })
  const call = await phoneCall(app, owner, agent)
  llm.when(isAnalysis, { status: 500 })
  await agentEnd(app, call.id)
  await eventually(() => analyzed(hooks, call.id).length === 1, 'call_analyzed of the failed analysis')
  assert.equal(analysisRequests(llm).length, 3, 'ANALYSIS_MAX_ATTEMPTS attempts')
  const failed = (await getCall(app, owner, call.id)).analysis
  assert.equal(failed.status, 'failed')
  assert.match(failed.error, /LLM answered 500/)
  assert.equal(failed.summary, null)
  const payload = analyzed(hooks, call.id)[0].call.call_analysis
  assert.equal(payload.analysis_status, 'failed')
  assert.equal(payload.user_sentiment, 'Unknown')

  llm.next({ status: 400, error: { message: 'Invalid schema for response_format' } })
  const second = await phoneCall(app, owner, agent)
  const before = analysisRequests(llm).length
  await agentEnd(app, second.id)
  await eventually(() => analyzed(hooks, second.id).length === 1, 'call_analyzed of the refused analysis')
  assert.equal(analysisRequests(llm).length - before, 1, 'a 400 is not retried')
  assert.match((await getCall(app, owner, second.id)).analysis.error, /LLM answered 400/)
})

test('a job whose process died (still active past its expiry) is run again, and the analysis ends once', async (t) => {
  const { app, llm, hooks, owner, agent } = await setup(t, { OPENAI_TIMEOUT_MS: '3000' })
  llm.next({ hang: true })
  const call = await phoneCall(app, owner, agent)
  await agentEnd(app, call.id)
  await eventually(() => analysisRequests(llm).length === 1, 'the first attempt reached the LLM')
  // pg-boss' own expiry (its maintenance runs it on a timer): the attempt counts as dead.
  const [{ schema }] = await app.sql<{ schema: string }[]>`select current_schema() as schema`
  await app.sql.unsafe(`update "${schema}".job set started_on = now() - interval '2 hours' where name = 'call.analyze' and state = 'active'`)
  const plans = createRequire(import.meta.url)('pg-boss/src/plans')
  await app.sql.unsafe(plans.failJobsByTimeout(`"${schema}"`))
  await eventually(() => analyzed(hooks, call.id).length === 1, 'the retry finished the analysis')
  assert.equal((await getCall(app, owner, call.id)).analysis.attempts, 2)
  // The first attempt's request times out later; its run is over, so it changes nothing.
  await pause(3300)
  assert.equal(analyzed(hooks, call.id).length, 1)
  assert.equal((await getCall(app, owner, call.id)).analysis.status, 'done')
})

test('re-run: 202 then 409 while pending, a new call_analyzed with a new event id; 409 for an open call, 404 across workspaces', async (t) => {
  const { app, llm, hooks, owner, agent } = await setup(t, { OPENAI_TIMEOUT_MS: '1000' })
  const call = await phoneCall(app, owner, agent)
  await agentEnd(app, call.id)
  await eventually(() => analyzed(hooks, call.id).length === 1, 'first analysis')
  llm.next({ hang: true })
  const rerun = await app.inject({ method: 'POST', url: `/api/calls/${call.id}/analyze`, headers: owner.headers })
  assert.equal(rerun.statusCode, 202, rerun.body)
  assert.equal(rerun.json().analysis.status, 'pending')
  const again = await app.inject({ method: 'POST', url: `/api/calls/${call.id}/analyze`, headers: owner.headers })
  assert.equal(again.statusCode, 409)
  assert.equal(again.json().error.code, 'analysis_in_progress')
  // The hung attempt times out, the retry answers: the re-run ends with its own event.
  await eventually(() => analyzed(hooks, call.id).length === 2, 'the re-run call_analyzed')
  const events = (await app.inject({ method: 'GET', url: '/api/webhooks/deliveries?event=call_analyzed', headers: owner.headers })).json().items
  assert.equal(new Set(events.map((d: { eventId: string }) => d.eventId)).size, 2)

  const open = await phoneCall(app, owner, agent)
  const notEnded = await app.inject({ method: 'POST', url: `/api/calls/${open.id}/analyze`, headers: owner.headers })
  assert.equal(notEnded.json().error.code, 'call_not_ended')
  const stranger = await signup(app)
  const hidden = await app.inject({ method: 'POST', url: `/api/calls/${call.id}/analyze`, headers: stranger.headers })
  assert.equal(hidden.statusCode, 404)
  assert.equal(hidden.json().error.code, 'call_not_found')
})

test('without an LLM the analysis is skipped, not failed; a dial that never connected is skipped at once; call_analyzed still goes out', async (t) => {
  const hooks = await startJsonReceiver<Hook>(t, '/hooks')
  const { app } = await startTestApp(t, { env: { WEBHOOKS_ALLOW_INSECURE: 'true' } })
  const owner = await signup(app)
  const agent = await createAgent(app, owner.headers, { webhookUrl: hooks.url })
  const call = await phoneCall(app, owner, agent)
  await agentEnd(app, call.id)
  await eventually(() => analyzed(hooks, call.id).length === 1, 'call_analyzed')
  const a = (await getCall(app, owner, call.id)).analysis
  assert.equal(a.status, 'skipped')
  assert.match(a.error, /OPENAI_API_KEY/)

  const dial = await app.calls.insert({ id: newId('call'), workspaceId: owner.workspaceId, agentId: agent.id, agentName: agent.name, direction: 'outbound', status: 'ringing', roomName: null })
  await app.callLifecycle.end(dial.id, { outcome: 'no_answer', status: 'failed', failureReason: 'busy' })
  await eventually(() => analyzed(hooks, dial.id).length === 1, 'call_analyzed of the failed dial')
  assert.equal((await getCall(app, owner, dial.id)).analysis.error, 'The call never connected')
})

test('agents: post-call fields are typed and checked when saved', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const bad = async (fields: unknown[], field: RegExp) => {
    const res = await app.inject({ method: 'POST', url: '/api/agents', headers: owner.headers, payload: { name: 'x', postCallDataExtraction: fields } })
    assert.equal(res.statusCode, 400, res.body)
    assert.equal(res.json().error.code, 'validation_failed')
    assert.match(JSON.stringify(res.json().error), field)
  }
  await bad([{ name: 'a', type: 'date' }], /type/)
  await bad([{ name: 'a', type: 'text' }, { name: 'A', type: 'number' }], /duplicates/)
  await bad([{ name: 'a', type: 'selector' }], /at least one option/)
  await bad([{ name: 'a', type: 'boolean', options: ['x'] }], /only a selector/)
  await bad([{ name: 'a', type: 'text', extra: 1 }], /extra|additional/i)
  await bad(Array.from({ length: 31 }, (_, i) => ({ name: `f${i}`, type: 'text' })), /postCallDataExtraction/)
  const ok = await app.inject({ method: 'POST', url: '/api/agents', headers: owner.headers, payload: { name: 'x', postCallDataExtraction: FIELDS } })
  assert.equal(ok.statusCode, 201, ok.body)
  assert.deepEqual(ok.json().postCallDataExtraction, FIELDS)
})

test('a long transcript is cut to the token budget, head and tail kept, the cut marked', () => {
  const lines = Array.from({ length: 400 }, (_, i) => `Caller: line ${i} ${'word '.repeat(20)}`)
  const { text, cut } = fitTranscript(lines, 2000)
  assert.equal(cut, true)
  assert.ok(text.length / 4 < 2200, `about the budget (${text.length / 4} tokens)`)
  assert.match(text, /^Caller: line 0 /)
  assert.match(text, /Caller: line 399 /)
  assert.match(text, /\[\.\.\. \d+ line\(s\) of the transcript, about \d+ tokens, left out here \.\.\.\]/)
  assert.deepEqual(fitTranscript(lines.slice(0, 3), 2000), { text: lines.slice(0, 3).join('\n'), cut: false })
})

test('a long call is analysed with its cut transcript, not refused', async (t) => {
  const { app, llm, hooks, owner, agent } = await setup(t, { ANALYSIS_TRANSCRIPT_TOKEN_BUDGET: '600' })
  const long = Array.from({ length: 200 }, (_, i) => ({ speaker: 'User', role: 'user', text: `turn ${i} ${'blah '.repeat(30)}` }))
  const call = await phoneCall(app, owner, agent)
  await agentEnd(app, call.id, long)
  await eventually(() => analyzed(hooks, call.id).length === 1, 'call_analyzed')
  assert.ok(analysisRequests(llm)[0].text.length < 8000)
  const a = (await getCall(app, owner, call.id)).analysis
  assert.deepEqual([a.status, a.transcriptCut], ['done', true])
})

test('two API instances on one database analyse each call once', { skip: !onRealPostgres() && 'needs TEST_DATABASE_URL (PGlite serves one process)' }, async (t) => {
  const llm = await startOpenAIServer()
  t.after(() => llm.close())
  const hooks = await startJsonReceiver<Hook>(t, '/hooks')
  const fresh = await freshDatabaseEnv()
  t.after(() => fresh.drop())
  const config = loadConfig({
    LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, AGENT_SHARED_SECRET: TEST_AGENT_SECRET, JOBS_POLL_INTERVAL_MS: '20',
    ANALYSIS_DELAY_MS: '0', WEBHOOKS_ALLOW_INSECURE: 'true', ...openAIEnv(llm), ...fresh.env,
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
  const agent = await createAgent(a, owner.headers, { webhookUrl: hooks.url, postCallDataExtraction: FIELDS })
  const ids: string[] = []
  for (let i = 0; i < 12; i++) {
    const app = i % 2 ? a : b
    const call = await phoneCall(app, owner, agent)
    ids.push(call.id)
    assert.equal((await agentEnd(app, call.id)).statusCode, 200)
  }
  await eventually(() => hooks.received.filter((h) => h.event === 'call_analyzed').length >= 12, '12 call_analyzed')
  await pause(500)
  assert.equal(analysisRequests(llm).length, 12, 'one LLM request per call')
  for (const id of ids) assert.equal(analyzed(hooks, id).length, 1, `one call_analyzed for ${id}`)
})
