import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors } from '../../schemas/common.js'
import { GeneratedPrompt, GeneratePromptBody } from '../../schemas/prompt-generation.js'
import { httpError } from '../../src/platform/http-error.js'
import { LlmError } from '../../src/integrations/openai.js'
import { EmptyPromptError, generatePrompt } from './prompt-generator.js'
import type { RateWindows } from './rate-window-store.js'

/** The Agents page's "Generate" wizard: a questionnaire turned into a voice-agent prompt. */
export default async function promptRoutes(fastify: FastifyInstance, opts: { rates: RateWindows }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  app.addHook('onRequest', app.requireAuth)

  app.post('/agents/generate-prompt', {
    schema: {
      tags: ['agents'], security: [{ bearerAuth: [] }], operationId: 'generateAgentPrompt', summary: 'Write an agent prompt from a questionnaire',
      description:
        'One Chat Completions request to the LLM of post-call analysis (OPENAI_*, ANALYSIS_MODEL). Nothing is stored: save the answer ' +
        'with PATCH /api/agents/:id. `PROMPT_GENERATION_PER_MINUTE` per workspace (429 `rate_limited`); 502 `prompt_generation_failed` ' +
        'when the LLM fails or answers something unusable; 503 `integration_not_configured` without an LLM.',
      body: GeneratePromptBody, response: { 200: GeneratedPrompt, ...errors(400, 401, 413, 415, 429, 502, 503) },
    },
  }, async (req) => {
    const llm = app.need('openai')
    await opts.rates.take(`generate-prompt:${req.auth.workspaceId}`, app.config.promptGenerationPerMinute)
    try {
      return await generatePrompt(llm, req.body)
    } catch (err) {
      if (!(err instanceof LlmError) && !(err instanceof EmptyPromptError)) throw err
      const kind = err instanceof LlmError ? err.kind : 'empty'
      req.log.warn({ kind, status: err instanceof LlmError ? err.status : undefined }, '[agents.generate-prompt] LLM failed')
      throw httpError(502, 'prompt_generation_failed', `Prompt generation failed: ${err.message}`, { kind })
    }
  })
}
