import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHash, randomBytes } from 'node:crypto'

// A local Chat Completions server (the wire protocol of `POST /v1/chat/completions`) for the
// official `openai` SDK to talk to: not a stand-in for the SDK. Strict like OpenAI:
//  - `Authorization: Bearer <key>` must be the configured key (401 `invalid_api_key`);
//  - the body must be JSON with a model, non-empty messages of known roles and known top-level
//    arguments only (400 "Unrecognized request argument supplied");
//  - `response_format: json_schema` with `strict: true` is checked with OpenAI's Structured
//    Outputs rules (400 "Invalid schema for response_format"): the root is an object, every
//    object has `additionalProperties: false` and lists every property in `required` (no
//    optional property), only supported keywords, bounded nesting.
// Answers are deterministic: by default a value built from the schema (the first enum value,
// `true`, 0 or the minimum, "<name> <n>" strings) or, without a schema, a fixed text. Tests
// script answers, in order or by predicate: a JSON value, raw (malformed) text, an HTTP status
// with headers (429 + retry-after, 500), a refusal, or a hang until the client gives up.

export interface ChatRequest {
  /** The parsed body. */
  body: ChatBody
  headers: Record<string, string>
  /** The system and user messages' text, joined (for predicates). */
  text: string
  /** `response_format.json_schema.name`, when one was sent. */
  schemaName?: string
  /** Status the server answered (set once it did; undefined for a hang). */
  status?: number
  /** When it arrived (ms since the epoch). */
  at: number
}

export interface ChatBody {
  model: string
  messages: { role: string; content: unknown }[]
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema?: Record<string, unknown>; description?: string } }
  temperature?: number
  [k: string]: unknown
}

/** One scripted answer. A function answer sees the request (e.g. to echo what it was asked). */
export type Answer =
  | { json: unknown; usage?: { prompt_tokens: number; completion_tokens: number } }
  | { text: string }
  | { status: number; headers?: Record<string, string>; error?: { message: string; type?: string; code?: string | null } }
  | { refusal: string }
  | { hang: true }
  | { truncated: true }

export type Responder = (req: ChatRequest) => Answer | undefined

export interface OpenAIServer {
  /** Base URL for the SDK (`OPENAI_BASE_URL`), ending in `/v1`. */
  url: string
  apiKey: string
  /** Every request that reached the endpoint, in order (also the ones answered with an error). */
  requests: ChatRequest[]
  /** Queues one-shot answers, used by the next requests in order (before `when` and the default). */
  next(...answers: (Answer | Responder)[]): void
  /** Answers requests matching `match` (until removed with the returned function), ahead of the default. */
  when(match: (req: ChatRequest) => boolean, answer: Answer | Responder): () => void
  /** Replaces the default answer (the schema-built value). */
  setDefault(answer: Answer | Responder): void
  /** Requests of one schema name (e.g. `call_analysis`). */
  requestsFor(schemaName: string): ChatRequest[]
  close(): Promise<void>
}

const ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function'])
const ARGUMENTS = new Set([
  'model', 'messages', 'response_format', 'temperature', 'top_p', 'n', 'stop', 'max_tokens', 'max_completion_tokens', 'seed', 'user',
  'metadata', 'store', 'stream', 'stream_options', 'tools', 'tool_choice', 'parallel_tool_calls', 'frequency_penalty', 'presence_penalty',
  'logprobs', 'top_logprobs', 'logit_bias', 'service_tier', 'reasoning_effort', 'modalities', 'prediction', 'audio', 'verbosity',
  'prompt_cache_key', 'safety_identifier', 'web_search_options',
])
// Structured Outputs' supported keywords, by what they apply to.
const KEYWORDS = new Set([
  'type', 'description', 'title', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'anyOf', '$ref', '$defs',
  'definitions', 'pattern', 'format', 'multipleOf', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems',
])
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'])
const MAX_DEPTH = 10
const MAX_PROPERTIES = 5000
const MAX_ENUM_VALUES = 1000

class SchemaRefusal extends Error {}

/** OpenAI's strict-mode rules; throws SchemaRefusal with OpenAI's kind of message. */
export function assertStrictSchema(schema: unknown, name: string) {
  let properties = 0
  const fail = (ctx: string[], why: string) => {
    throw new SchemaRefusal(`Invalid schema for response_format '${name}': In context=(${ctx.map((c) => `'${c}'`).join(', ')}), ${why}.`)
  }
  const walk = (s: unknown, ctx: string[], depth: number) => {
    if (!s || typeof s !== 'object' || Array.isArray(s)) return fail(ctx, 'schema must be a JSON Schema object')
    if (depth > MAX_DEPTH) fail(ctx, `nesting exceeds ${MAX_DEPTH} levels`)
    const o = s as Record<string, unknown>
    for (const k of Object.keys(o)) if (!KEYWORDS.has(k)) fail(ctx, `'${k}' is not permitted`)
    if ('$ref' in o) return
    if ('anyOf' in o) {
      if (!Array.isArray(o.anyOf) || o.anyOf.length === 0) fail(ctx, "'anyOf' must be a non-empty array")
      ;(o.anyOf as unknown[]).forEach((sub, i) => walk(sub, [...ctx, 'anyOf', String(i)], depth + 1))
      return
    }
    const types = Array.isArray(o.type) ? o.type : [o.type]
    if ('enum' in o) {
      if (!Array.isArray(o.enum) || o.enum.length === 0 || o.enum.length > MAX_ENUM_VALUES) fail(ctx, "'enum' must be a non-empty array")
    } else if (!('const' in o)) {
      if (!types.every((t) => typeof t === 'string' && TYPES.has(t))) fail(ctx, `schema must have a 'type' key of ${[...TYPES].join(', ')}`)
    }
    if (types.includes('object')) {
      if (o.additionalProperties !== false) fail(ctx, "'additionalProperties' is required to be supplied and to be false")
      const props = (o.properties ?? {}) as Record<string, unknown>
      if (typeof props !== 'object' || Array.isArray(props)) fail(ctx, "'properties' must be an object")
      const required = o.required
      if (!Array.isArray(required)) fail(ctx, "'required' is required to be supplied and to be an array including every key in properties")
      for (const k of Object.keys(props)) {
        if (!(required as unknown[]).includes(k)) fail(ctx, `'required' is required to be supplied and to be an array including every key in properties. Missing '${k}'`)
      }
      for (const k of required as unknown[]) if (typeof k !== 'string' || !(k in props)) fail(ctx, `'required' names '${String(k)}', which is not in properties`)
      properties += Object.keys(props).length
      if (properties > MAX_PROPERTIES) fail(ctx, `more than ${MAX_PROPERTIES} properties in total`)
      for (const [k, sub] of Object.entries(props)) walk(sub, [...ctx, 'properties', k], depth + 1)
    }
    if (types.includes('array')) {
      if (!('items' in o)) fail(ctx, "array schema missing 'items'")
      walk(o.items, [...ctx, 'items'], depth + 1)
    }
    for (const defs of ['$defs', 'definitions'] as const) {
      if (o[defs]) for (const [k, sub] of Object.entries(o[defs] as Record<string, unknown>)) walk(sub, [...ctx, defs, k], depth + 1)
    }
  }
  if (!schema || typeof schema !== 'object' || (schema as { type?: unknown }).type !== 'object' || 'anyOf' in (schema as object)) {
    fail([], "the root schema must be of type 'object' and not use 'anyOf'")
  }
  walk(schema, [], 1)
}

/** A deterministic value that conforms to a (strict) schema: what the server answers by default. */
export function sampleFromSchema(schema: unknown, name = 'value'): unknown {
  const o = (schema ?? {}) as Record<string, any>
  if (o.anyOf) return sampleFromSchema(o.anyOf[0], name)
  if (o.enum) return o.enum[0]
  if ('const' in o) return o.const
  const type = Array.isArray(o.type) ? o.type.find((t: string) => t !== 'null') ?? 'null' : o.type
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(o.properties ?? {}).map(([k, s]) => [k, sampleFromSchema(s, k)]))
    case 'array':
      return [sampleFromSchema(o.items, name)]
    case 'string':
      return `${name} 1`
    case 'integer':
    case 'number':
      return o.minimum ?? 1
    case 'boolean':
      return true
    default:
      return null
  }
}

const tokens = (s: string) => Math.max(1, Math.ceil(s.length / 4))

function openaiError(res: ServerResponse, status: number, message: string, extra: { type?: string; code?: string | null; param?: string | null; headers?: Record<string, string> } = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${randomBytes(8).toString('hex')}`, ...extra.headers })
  res.end(JSON.stringify({ error: { message, type: extra.type ?? 'invalid_request_error', param: extra.param ?? null, code: extra.code ?? null } }))
}

function messageText(messages: ChatBody['messages']) {
  return messages
    .map((m) => (typeof m.content === 'string' ? m.content : Array.isArray(m.content) ? m.content.map((p: any) => p?.text ?? '').join('') : ''))
    .join('\n')
}

/** Why the body is not a request OpenAI would take, or undefined. */
function bodyProblem(body: unknown): { message: string; param?: string } | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { message: 'We could not parse the JSON body of your request.' }
  const b = body as Record<string, unknown>
  for (const k of Object.keys(b)) if (!ARGUMENTS.has(k)) return { message: `Unrecognized request argument supplied: ${k}`, param: k }
  if (typeof b.model !== 'string' || !b.model) return { message: 'you must provide a model parameter', param: 'model' }
  if (!Array.isArray(b.messages) || b.messages.length === 0) return { message: "'messages' must contain at least one message", param: 'messages' }
  for (const [i, m] of (b.messages as unknown[]).entries()) {
    const msg = m as Record<string, unknown>
    if (!msg || typeof msg !== 'object' || !ROLES.has(msg.role as string)) return { message: `Invalid value for 'messages[${i}].role'`, param: `messages[${i}].role` }
    const c = msg.content
    const ok = typeof c === 'string' || (Array.isArray(c) && c.every((p) => p && typeof p === 'object' && typeof (p as any).type === 'string'))
    if (!ok && !(msg.role === 'assistant' && c == null)) return { message: `Invalid type for 'messages[${i}].content'`, param: `messages[${i}].content` }
  }
  if (b.temperature !== undefined && (typeof b.temperature !== 'number' || b.temperature < 0 || b.temperature > 2)) {
    return { message: "Invalid 'temperature': must be between 0 and 2", param: 'temperature' }
  }
  for (const k of ['max_tokens', 'max_completion_tokens']) {
    if (b[k] !== undefined && (!Number.isInteger(b[k]) || (b[k] as number) < 1)) return { message: `Invalid '${k}': must be a positive integer`, param: k }
  }
  if (b.stream === true) return { message: 'This test server does not stream; send stream: false', param: 'stream' }
  const rf = b.response_format as ChatBody['response_format']
  if (rf !== undefined) {
    if (!rf || !['text', 'json_object', 'json_schema'].includes(rf.type)) return { message: "Invalid value for 'response_format.type'", param: 'response_format' }
    if (rf.type === 'json_schema') {
      const js = rf.json_schema
      if (!js || typeof js.name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(js.name)) return { message: "Invalid 'response_format.json_schema.name'", param: 'response_format' }
      if (js.strict === true) {
        try {
          assertStrictSchema(js.schema, js.name)
        } catch (err) {
          if (err instanceof SchemaRefusal) return { message: err.message, param: 'response_format' }
          throw err
        }
      }
    }
  }
  return undefined
}

export async function startOpenAIServer(opts: { apiKey?: string } = {}): Promise<OpenAIServer> {
  const apiKey = opts.apiKey ?? `sk-test-${randomBytes(12).toString('hex')}`
  const requests: ChatRequest[] = []
  const queue: (Answer | Responder)[] = []
  const rules: { match: (r: ChatRequest) => boolean; answer: Answer | Responder }[] = []
  const hanging = new Set<ServerResponse>()
  let fallback: Answer | Responder | undefined
  let seq = 0

  const resolve = (a: Answer | Responder, req: ChatRequest): Answer | undefined => (typeof a === 'function' ? a(req) : a)

  function defaultAnswer(req: ChatRequest): Answer {
    const schema = req.body.response_format?.json_schema?.schema
    if (schema) return { json: sampleFromSchema(schema) }
    return { text: 'OK' }
  }

  function complete(res: ServerResponse, req: ChatRequest, message: Record<string, unknown>, finish: string, usage?: { prompt_tokens: number; completion_tokens: number }) {
    const content = typeof message.content === 'string' ? message.content : ''
    const u = usage ?? { prompt_tokens: tokens(req.text), completion_tokens: tokens(content) }
    const id = `chatcmpl-${createHash('sha256').update(`${++seq}`).digest('hex').slice(0, 24)}`
    req.status = 200
    res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req_${seq}` })
    res.end(JSON.stringify({
      id, object: 'chat.completion', created: Math.floor(Date.now() / 1000), model: req.body.model,
      choices: [{ index: 0, message: { role: 'assistant', content: null, refusal: null, annotations: [], ...message }, logprobs: null, finish_reason: finish }],
      usage: { ...u, total_tokens: u.prompt_tokens + u.completion_tokens },
      service_tier: 'default', system_fingerprint: 'fp_test',
    }))
  }

  function answer(res: ServerResponse, req: ChatRequest) {
    let a: Answer | undefined
    const queued = queue.shift()
    if (queued) a = resolve(queued, req)
    for (const r of rules) if (!a && r.match(req)) a = resolve(r.answer, req)
    if (!a && fallback) a = resolve(fallback, req)
    a ??= defaultAnswer(req)
    if ('hang' in a) {
      hanging.add(res)
      res.on('close', () => hanging.delete(res))
      return
    }
    if ('status' in a) {
      req.status = a.status
      const msg = a.error?.message ?? (a.status === 429 ? 'Rate limit reached for requests' : 'The server had an error while processing your request.')
      return openaiError(res, a.status, msg, { type: a.error?.type ?? (a.status === 429 ? 'requests' : 'server_error'), code: a.error?.code, headers: a.headers })
    }
    if ('refusal' in a) return complete(res, req, { refusal: a.refusal }, 'stop')
    if ('truncated' in a) return complete(res, req, { content: '{"summary": "cut' }, 'length')
    if ('text' in a) return complete(res, req, { content: a.text }, 'stop')
    return complete(res, req, { content: JSON.stringify(a.json) }, 'stop', a.usage)
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const path = (req.url ?? '').split('?')[0]
    if (req.method !== 'POST' || path !== '/v1/chat/completions') return openaiError(res, 404, `Invalid URL (${req.method} ${path})`)
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      return openaiError(res, 401, 'Incorrect API key provided.', { code: 'invalid_api_key' })
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return openaiError(res, 400, 'Content-Type must be application/json')
    let body: unknown
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    } catch {
      return openaiError(res, 400, 'We could not parse the JSON body of your request.')
    }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]))
    const b = body as ChatBody
    const record: ChatRequest = {
      body: b, headers,
      text: Array.isArray(b?.messages) ? messageText(b.messages) : '',
      schemaName: b?.response_format?.json_schema?.name,
      at: Date.now(),
    }
    requests.push(record)
    const problem = bodyProblem(body)
    if (problem) {
      record.status = 400
      return openaiError(res, 400, problem.message, { param: problem.param ?? null })
    }
    answer(res, record)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => openaiError(res, 500, String(err)))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/v1`,
    apiKey,
    requests,
    next: (...answers) => void queue.push(...answers),
    when(match, answer) {
      const rule = { match, answer }
      rules.push(rule)
      return () => void rules.splice(rules.indexOf(rule), 1)
    },
    setDefault: (a) => void (fallback = a),
    requestsFor: (name) => requests.filter((r) => r.schemaName === name),
    async close() {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
    },
  }
}

/** Env for startTestApp pointing the app's LLM at this server. */
export const openAIEnv = (s: OpenAIServer, extra: Record<string, string> = {}) => ({ OPENAI_API_KEY: s.apiKey, OPENAI_BASE_URL: s.url, ...extra })
