// The dashboard's client for the RapidCall API. The types (schema.d.ts) are generated from
// openapi.yaml by `npm run clients`; the calls go through openapi-fetch. Only what generation
// cannot express is written here: where the credentials come from, and turning the contract's
// error body into an exception for callers that prefer `await` over checking `error`.
import createClient, { type Client, type Middleware } from 'openapi-fetch'
import type { components, paths } from './schema.js'

export type * from './schema.js'
export type RapidCallClient = Client<paths>
export type ErrorBody = components['schemas']['ErrorResponse']

type TokenSource = string | null | undefined | (() => string | null | undefined | Promise<string | null | undefined>)

export interface RapidCallClientOptions {
  /** The API origin, e.g. `https://api.rapidcall.ai` (no `/api`: the paths carry it). */
  baseUrl: string
  /**
   * A dashboard JWT or a workspace API key (`rk_...`), sent as `Authorization: Bearer`. A function
   * is asked before every request, so a login or a workspace switch takes effect without a new client.
   */
  token?: TokenSource
  /** `x-agent-secret`, for the agent-runtime routes (the Python agent normally uses clients/python). */
  agentSecret?: string
  /** Another fetch (tests, SSR, retries). */
  fetch?: typeof globalThis.fetch
  headers?: Record<string, string>
}

/** A typed client: `client.GET('/api/calls', { params: { query: { limit: 20 } } })`. */
export function createRapidCallClient(options: RapidCallClientOptions): RapidCallClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: options.headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  })
  const credentials: Middleware = {
    async onRequest({ request }) {
      const token = typeof options.token === 'function' ? await options.token() : options.token
      if (token && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${token}`)
      if (options.agentSecret && !request.headers.has('x-agent-secret')) request.headers.set('x-agent-secret', options.agentSecret)
      return request
    },
  }
  client.use(credentials)
  return client
}

/** A non-2xx answer, carrying the contract's `{error:{code,message,details?}}`. */
export class RapidCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
    readonly requestId: string | null,
  ) {
    super(message)
    this.name = 'RapidCallError'
  }
}

/**
 * `const agent = await unwrap(client.POST('/api/agents', { body }))`: the data of a 2xx, or a
 * RapidCallError with the server's code (`not_found`, `validation_failed`, ...).
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call
  if (response.ok) return data as T
  const body = (error ?? {}) as Partial<ErrorBody>
  throw new RapidCallError(
    response.status,
    body.error?.code ?? `http_${response.status}`,
    body.error?.message ?? response.statusText,
    body.error?.details,
    response.headers.get('x-request-id'),
  )
}
