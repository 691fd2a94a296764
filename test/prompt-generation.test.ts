import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp } from './helpers/app.js'
import { signup } from './helpers/users.js'
import { openAIEnv, startOpenAIServer } from './support/openai-server.js'
import { GENERATOR_SYSTEM_PROMPT } from '../plugins/agents/prompt-generator.js'

const wizard = {
  templateId: 'receptionist', businessName: 'Acme Dental', primaryGoal: 'Book cleanings', tone: 'warm', hours: 'Mon-Fri 8-17',
  requiredFields: 'name, phone', disallowed: 'Never quote prices', faqs: '',
}

async function setup(t: { after: (fn: () => Promise<void>) => void }, env: Record<string, string> = {}) {
  const llm = await startOpenAIServer()
  t.after(() => llm.close())
  const { app } = await startTestApp(t, { env: { ...openAIEnv(llm), ...env } })
  const u = await signup(app)
  const generate = (body: Record<string, unknown> = wizard) => app.inject({ method: 'POST', url: '/api/agents/generate-prompt', headers: u.headers, payload: body })
  return { app, llm, u, generate }
}

test('the questionnaire goes to the LLM with the system prompt in the code; the answer is a prompt draft and a welcome', async (t) => {
  const s = await setup(t)
  s.llm.next({ json: { promptDraft: '  Role\nYou are the front desk of Acme Dental.  ', welcomeMessage: 'Hi, Acme Dental, how can I help?' } })
  const res = await s.generate()
  assert.equal(res.statusCode, 200, res.body)
  assert.deepEqual(res.json(), {
    promptDraft: 'Role\nYou are the front desk of Acme Dental.',
    welcome: { mode: 'agent', aiMessageMode: 'custom', aiMessageText: 'Hi, Acme Dental, how can I help?' },
  })
  const [req] = s.llm.requestsFor('agent_prompt')
  assert.equal(req.body.model, 'gpt-4.1-mini')
  assert.equal(req.body.temperature, 0.4)
  assert.equal(req.body.response_format?.json_schema?.strict, true)
  assert.deepEqual(req.body.messages[0], { role: 'system', content: GENERATOR_SYSTEM_PROMPT })
  assert.equal(req.body.messages[1].content, 'Template: receptionist\nBusiness name: Acme Dental\nPrimary goal: Book cleanings\nTone: warm\nHours: Mon-Fri 8-17\nInformation to collect: name, phone\nNever do: Never quote prices')

  // The generated welcome can be saved on an agent as it is.
  const agent = await s.app.inject({ method: 'POST', url: '/api/agents', headers: s.u.headers, payload: { name: 'Generated', ...(res.json() as Record<string, unknown>) } })
  assert.equal(agent.statusCode, 201, agent.body)
})

test('a malformed, empty or failing LLM answer is 502 prompt_generation_failed; no LLM is 503; limits and bounds', async (t) => {
  const s = await setup(t, { PROMPT_GENERATION_PER_MINUTE: '5' })
  s.llm.next({ text: 'Sure! Here is your prompt: ...' })
  const malformed = await s.generate()
  assert.equal(malformed.statusCode, 502)
  assert.equal(malformed.json().error.code, 'prompt_generation_failed')
  assert.equal(malformed.json().error.details.kind, 'malformed')

  s.llm.next({ status: 500, error: { message: 'The server had an error' } })
  const failed = await s.generate()
  assert.equal(failed.statusCode, 502)
  assert.equal(failed.json().error.details.kind, 'unavailable')

  s.llm.next({ json: { promptDraft: '   ', welcomeMessage: '' } })
  assert.equal((await s.generate()).json().error.details.kind, 'empty')

  s.llm.next({ json: { promptDraft: 'P' } })
  assert.equal((await s.generate()).json().error.details.kind, 'malformed', 'an answer missing a field is not half-read')

  assert.equal((await s.generate()).statusCode, 200, 'the default schema-built answer')
  const limited = await s.generate()
  assert.equal(limited.statusCode, 429)
  assert.equal(limited.json().error.code, 'rate_limited')
  assert.equal(s.llm.requestsFor('agent_prompt').length, 5, 'the refused request reached no LLM')

  for (const body of [{}, { templateId: '' }, { templateId: 'sales', primaryGoal: 'x'.repeat(601) }, { templateId: 'sales', budget: 1 }]) {
    assert.equal((await s.generate(body)).statusCode, 400, JSON.stringify(body))
  }

  const { app } = await startTestApp(t)
  const u = await signup(app)
  const none = await app.inject({ method: 'POST', url: '/api/agents/generate-prompt', headers: u.headers, payload: wizard })
  assert.equal(none.statusCode, 503)
  assert.equal(none.json().error.code, 'integration_not_configured')
})
