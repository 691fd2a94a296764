import OpenAI from 'openai'
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions'
import type { Config } from '../config.js'
import { checkJson, type JsonSchema } from './json-schema.js'

/** The official OpenAI client, pointed at OpenAI or any Chat Completions-compatible server. */
export type OpenAIClient = OpenAI

/** The client and the model used when a caller names none (ANALYSIS_MODEL). */
export interface Llm {
  client: OpenAIClient
  model: string
}

const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1'

/**
 * The LLM, or `undefined` when OPENAI_API_KEY is missing. `maxRetries: 0`: the job queue owns
 * retries (with backoff and Retry-After), so one job attempt is one request. Every option is
 * passed explicitly: the SDK would otherwise read OPENAI_BASE_URL, OPENAI_ORG_ID and
 * OPENAI_PROJECT_ID from the environment behind the config's back.
 */
export function createOpenAI(config: Config['openai']): Llm | undefined {
  if (!config.apiKey) return undefined
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseUrl ?? OPENAI_DEFAULT_BASE_URL,
    organization: null,
    project: null,
    maxRetries: 0,
    timeout: config.timeoutMs,
  })
  return { client, model: config.model }
}

export type LlmErrorKind = 'rate_limited' | 'unavailable' | 'timeout' | 'rejected' | 'malformed' | 'refused' | 'truncated'

/**
 * A failed completion, classified: `retryable` says whether the same request may succeed later
 * (429, 5xx, timeouts, network errors, an answer that did not parse or match the schema);
 * `retryAfterMs` is the server's Retry-After when it sent one.
 */
export class LlmError extends Error {
  readonly kind: LlmErrorKind
  readonly retryable: boolean
  readonly retryAfterMs?: number
  readonly status?: number
  constructor(kind: LlmErrorKind, message: string, opts: { retryable: boolean; retryAfterMs?: number; status?: number; cause?: unknown }) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause })
    this.name = 'LlmError'
    this.kind = kind
    this.retryable = opts.retryable
    this.retryAfterMs = opts.retryAfterMs
    this.status = opts.status
  }
}

/** Retry-After (seconds or an HTTP date) and OpenAI's retry-after-ms, in milliseconds. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'))
  if (headers?.get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms
  const v = headers?.get('retry-after')
  if (!v) return undefined
  const s = Number(v)
  if (Number.isFinite(s) && s >= 0) return s * 1000
  const at = Date.parse(v)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** Maps what the SDK throws to an LlmError (messages never carry the key or the prompt). */
export function classifyLlmError(err: unknown): LlmError {
  if (err instanceof LlmError) return err
  if (err instanceof OpenAI.APIConnectionTimeoutError) return new LlmError('timeout', 'LLM request timed out', { retryable: true, cause: err })
  if (err instanceof OpenAI.APIConnectionError) return new LlmError('unavailable', `LLM unreachable: ${err.message}`, { retryable: true, cause: err })
  if (err instanceof OpenAI.APIError) {
    const status = err.status
    const reason = `LLM answered ${status}: ${err.message}`
    if (status === 429) return new LlmError('rate_limited', reason, { retryable: true, status, retryAfterMs: retryAfterMs(err.headers), cause: err })
    if (status === 408 || status === 409 || (status !== undefined && status >= 500)) {
      return new LlmError('unavailable', reason, { retryable: true, status, retryAfterMs: retryAfterMs(err.headers), cause: err })
    }
    return new LlmError('rejected', reason, { retryable: false, status, cause: err })
  }
  return new LlmError('unavailable', `LLM request failed: ${err instanceof Error ? err.message : String(err)}`, { retryable: true, cause: err })
}

export interface JsonCompletionRequest {
  /** Defaults to the configured model. */
  model?: string
  messages: ChatCompletionMessageParam[]
  /** `response_format.json_schema.name`: `^[a-zA-Z0-9_-]{1,64}$`. */
  schemaName: string
  /** A strict schema (json-schema.ts builds and checks them): the answer is validated against it too. */
  schema: JsonSchema
  temperature?: number
  maxCompletionTokens?: number
}

export interface JsonCompletion<T> {
  value: T
  /** The model that answered, as the server reports it. */
  model: string
  promptTokens: number
  completionTokens: number
}

/**
 * One Chat Completions request with Structured Outputs (`json_schema`, `strict: true`), its
 * answer parsed and checked against the same schema: a malformed or off-schema answer is a
 * retryable LlmError (`malformed`), never a half-read value.
 */
export async function completeJson<T>(llm: Llm, req: JsonCompletionRequest): Promise<JsonCompletion<T>> {
  let res: OpenAI.Chat.Completions.ChatCompletion
  try {
    res = await llm.client.chat.completions.create({
      model: req.model ?? llm.model,
      messages: req.messages,
      ...(req.temperature === undefined ? {} : { temperature: req.temperature }),
      ...(req.maxCompletionTokens === undefined ? {} : { max_completion_tokens: req.maxCompletionTokens }),
      response_format: { type: 'json_schema', json_schema: { name: req.schemaName, strict: true, schema: req.schema as Record<string, unknown> } },
    })
  } catch (err) {
    throw classifyLlmError(err)
  }
  const choice = res.choices?.[0]
  const usage = { promptTokens: res.usage?.prompt_tokens ?? 0, completionTokens: res.usage?.completion_tokens ?? 0 }
  if (!choice) throw new LlmError('malformed', 'LLM answered no choice', { retryable: true })
  if (choice.message?.refusal) throw new LlmError('refused', `LLM refused: ${choice.message.refusal.slice(0, 300)}`, { retryable: false })
  if (choice.finish_reason === 'length') throw new LlmError('truncated', 'LLM answer was cut at the token limit', { retryable: true })
  const text = choice.message?.content ?? ''
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new LlmError('malformed', `LLM answer is not JSON: ${JSON.stringify(text.slice(0, 120))}`, { retryable: true })
  }
  const problem = checkJson(req.schema, value)
  if (problem) throw new LlmError('malformed', `LLM answer does not match the schema: ${problem}`, { retryable: true })
  return { value: value as T, model: res.model || (req.model ?? llm.model), ...usage }
}
