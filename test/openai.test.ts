import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadConfig } from '../src/config.js'
import { completeJson, createOpenAI, LlmError, type Llm } from '../src/integrations/openai.js'
import { S, type JsonSchema } from '../src/integrations/json-schema.js'
import { startOpenAIServer, openAIEnv } from './support/openai-server.js'
import { startTestApp } from './helpers/app.js'

async function setup(t: { after: (fn: () => Promise<void>) => void }, env: Record<string, string> = {}) {
  const server = await startOpenAIServer()
  t.after(() => server.close())
  const config = loadConfig({ ...openAIEnv(server), ...env })
  return { server, llm: createOpenAI(config.openai)! }
}

const Verdict = S.object({
  summary: S.string('One sentence'),
  sentiment: S.enum(['positive', 'neutral', 'negative']),
  score: S.integer('0-100', { minimum: 0, maximum: 100 }),
  followUp: S.nullable(S.string()),
})

const ask = (llm: Llm, schema: JsonSchema, name = 'verdict') =>
  completeJson<Record<string, unknown>>(llm, { schemaName: name, schema, messages: [{ role: 'system', content: 'Judge the call.' }, { role: 'user', content: 'Agent: hi' }] })

async function refusal(p: Promise<unknown>): Promise<LlmError> {
  try {
    await p
  } catch (err) {
    assert.ok(err instanceof LlmError, `expected an LlmError, got ${err}`)
    return err
  }
  assert.fail('expected the completion to fail')
}

test('the SDK sends a strict json_schema request with the bearer key; the default answer is built from the schema and validated', async (t) => {
  const { server, llm } = await setup(t)
  const out = await ask(llm, Verdict)
  assert.deepEqual(out.value, { summary: 'summary 1', sentiment: 'positive', score: 0, followUp: 'followUp 1' })
  assert.equal(out.model, 'gpt-4.1-mini', 'ANALYSIS_MODEL defaults to gpt-4.1-mini')
  assert.ok(out.promptTokens > 0 && out.completionTokens > 0)
  const [req] = server.requests
  assert.equal(req.headers.authorization, `Bearer ${server.apiKey}`)
  assert.equal(req.body.response_format?.type, 'json_schema')
  assert.equal(req.body.response_format?.json_schema?.strict, true)
  assert.equal(server.requests.length, 1, 'maxRetries 0: one request')
})

test('a wrong key is a 401 the SDK reports, not retryable', async (t) => {
  const { server } = await setup(t)
  const llm = createOpenAI(loadConfig({ OPENAI_API_KEY: 'sk-wrong', OPENAI_BASE_URL: server.url }).openai)!
  const err = await refusal(ask(llm, Verdict))
  assert.equal(err.kind, 'rejected')
  assert.equal(err.status, 401)
  assert.equal(err.retryable, false)
})

test('schemas OpenAI refuses in strict mode get a 400: optional property, no additionalProperties:false, unsupported keyword, non-object root', async (t) => {
  const { llm } = await setup(t)
  const optional = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a'], additionalProperties: false }
  const open = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }
  const nestedOpen = { type: 'object', properties: { a: { type: 'object', properties: {}, required: [] } }, required: ['a'], additionalProperties: false }
  const keyword = { type: 'object', properties: { a: { type: 'string', minLength: 2 } }, required: ['a'], additionalProperties: false }
  const root = { anyOf: [{ type: 'object', properties: {}, required: [], additionalProperties: false }] }
  for (const [schema, words] of [[optional, /Missing 'b'/], [open, /additionalProperties/], [nestedOpen, /'a'.*additionalProperties/], [keyword, /'minLength' is not permitted/], [root, /root schema/]] as const) {
    const err = await refusal(ask(llm, schema as unknown as JsonSchema))
    assert.equal(err.status, 400)
    assert.equal(err.retryable, false)
    assert.match(err.message, words)
  }
})

test('malformed JSON, an answer off the schema and a cut answer are retryable `malformed`/`truncated` errors', async (t) => {
  const { server, llm } = await setup(t)
  server.next({ text: '{"summary": "half' }, { json: { summary: 'x', sentiment: 'angry', score: 5, followUp: null } }, { json: { summary: 'x' } }, { truncated: true })
  const bad = await refusal(ask(llm, Verdict))
  assert.equal(bad.kind, 'malformed')
  assert.equal(bad.retryable, true)
  assert.match((await refusal(ask(llm, Verdict))).message, /\$\.sentiment: must be one of/)
  assert.match((await refusal(ask(llm, Verdict))).message, /\$\.sentiment: missing/)
  assert.equal((await refusal(ask(llm, Verdict))).kind, 'truncated')
  // And then the scripted queue is empty: the default answer again.
  assert.equal((await ask(llm, Verdict)).value.sentiment, 'positive')
})

test('429 carries Retry-After, 500 is retryable, a hang times out at OPENAI_TIMEOUT_MS', async (t) => {
  const { server, llm } = await setup(t, { OPENAI_TIMEOUT_MS: '300' })
  server.next({ status: 429, headers: { 'retry-after': '7' } }, { status: 500 }, { hang: true })
  const limited = await refusal(ask(llm, Verdict))
  assert.deepEqual([limited.kind, limited.status, limited.retryAfterMs, limited.retryable], ['rate_limited', 429, 7000, true])
  const down = await refusal(ask(llm, Verdict))
  assert.deepEqual([down.kind, down.status, down.retryable], ['unavailable', 500, true])
  const started = Date.now()
  const hung = await refusal(ask(llm, Verdict))
  assert.deepEqual([hung.kind, hung.retryable], ['timeout', true])
  assert.ok(Date.now() - started < 5000)
  assert.equal(server.requests.length, 3, 'the SDK never retried by itself')
})

test('the server refuses arguments Chat Completions does not have, and unknown roles', async (t) => {
  const { server } = await setup(t)
  const post = (body: unknown) =>
    fetch(`${server.url}/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${server.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const unknownArg = await post({ model: 'm', messages: [{ role: 'user', content: 'x' }], schema: {} })
  assert.equal(unknownArg.status, 400)
  assert.match((await unknownArg.json()).error.message, /Unrecognized request argument supplied: schema/)
  assert.equal((await post({ model: 'm', messages: [{ role: 'robot', content: 'x' }] })).status, 400)
  assert.equal((await post({ model: 'm', messages: [] })).status, 400)
  const ok = await post({ model: 'm', messages: [{ role: 'user', content: 'x' }] })
  assert.equal((await ok.json()).choices[0].message.content, 'OK')
})

test('scripted answers: `when` matches requests by content, a responder sees the request', async (t) => {
  const { server, llm } = await setup(t)
  server.when((r) => r.text.includes('hi'), (r) => ({ json: { summary: `asked ${r.schemaName}`, sentiment: 'neutral', score: 50, followUp: null } }))
  const out = await ask(llm, Verdict, 'my_verdict')
  assert.deepEqual(out.value, { summary: 'asked my_verdict', sentiment: 'neutral', score: 50, followUp: null })
  assert.equal(server.requestsFor('my_verdict').length, 1)
})

test('the app decorates the LLM when OPENAI_API_KEY is set; without it /health names the variable and need() answers 503', async (t) => {
  const server = await startOpenAIServer()
  t.after(() => server.close())
  const { app } = await startTestApp(t, { env: openAIEnv(server, { ANALYSIS_MODEL: 'gpt-test' }) })
  assert.equal(app.need('openai').model, 'gpt-test')
  const out = await ask(app.need('openai'), Verdict)
  assert.equal(out.model, 'gpt-test')

  const { app: bare } = await startTestApp(t)
  assert.equal(bare.integrations.openai, undefined)
  const health = (await bare.inject({ method: 'GET', url: '/health' })).json()
  assert.deepEqual(health.integrations.openai, { configured: false, missing: ['OPENAI_API_KEY'] })
  assert.throws(() => bare.need('openai'), (err: any) => err.statusCode === 503 && err.code === 'integration_not_configured')
})
