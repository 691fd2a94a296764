import twilio from 'twilio'
import type RequestClient from 'twilio/lib/base/RequestClient.js'
import type { Config } from '../config.js'

/** The official Twilio REST client. */
export type TwilioClient = twilio.Twilio

/**
 * When TWILIO_API_BASE_URL is set, every request carries the host the SDK meant to reach
 * (`api.twilio.com`, `trunking.twilio.com`, ...) in this header, so one server can tell the products apart.
 */
export const TWILIO_HOST_HEADER = 'x-twilio-host'

// The SDK's own socket/request timeout is 30 s; a dashboard request waiting on Twilio should give up sooner.
const TIMEOUT_MS = 15_000

const requestClientOptions: RequestClient.RequestClientOptions = {
  timeout: TIMEOUT_MS,
  // Retries only 429 (Too Many Requests), with jittered exponential backoff; nothing else is retried.
  autoRetry: true,
  maxRetries: 3,
}

/**
 * The SDK's RequestClient, with every URL moved onto one base URL.
 *
 * Each Twilio product lives on its own host (`https://api.twilio.com/2010-04-01/...`,
 * `https://trunking.twilio.com/v1/...`) and the SDK has no base-URL option. The Twilio client hands
 * every request, including the absolute `next_page_url` of list pages, to its `httpClient.request`,
 * so rewriting the URI here covers all products. The original host travels in `x-twilio-host`,
 * the original path is kept (after the base URL's own path, if any) and so is the query string.
 */
class RebasedRequestClient extends twilio.RequestClient {
  readonly #base: URL

  constructor(baseUrl: string, opts: RequestClient.RequestClientOptions) {
    super(opts)
    this.#base = new URL(baseUrl)
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const original = new URL(opts.uri)
    const target = new URL(this.#base.href)
    target.pathname = this.#base.pathname.replace(/\/+$/, '') + original.pathname
    target.search = original.search
    return super.request({
      ...opts,
      uri: target.href,
      headers: { ...opts.headers, [TWILIO_HOST_HEADER]: original.host },
    })
  }
}

/**
 * The Twilio REST client, or `undefined` when TWILIO_ACCOUNT_SID or TWILIO_AUTH_TOKEN is missing.
 * With `apiBaseUrl` every product host is sent to that URL (see RebasedRequestClient).
 * Edge and region are never set: they rewrite hostnames.
 */
export function createTwilio(config: Config['twilio']): TwilioClient | undefined {
  if (!config.accountSid || !config.authToken) return undefined
  if (config.apiBaseUrl) {
    return twilio(config.accountSid, config.authToken, {
      httpClient: new RebasedRequestClient(config.apiBaseUrl, requestClientOptions),
    })
  }
  return twilio(config.accountSid, config.authToken, requestClientOptions)
}

/** The auth tokens a webhook signature may be made with: the current one, then the previous one. */
export function twilioSignatureTokens(config: Config['twilio']): string[] {
  return [config.authToken, config.previousAuthToken].filter((t): t is string => !!t)
}

/**
 * True when `signature` (the X-Twilio-Signature header) was made by one of `authTokens` for this
 * exact public URL and these POST parameters. The comparison inside the SDK is constant-time.
 */
export function validateTwilioSignature(input: {
  authTokens: readonly string[]
  signature: string | undefined
  url: string
  params: Record<string, unknown>
}): boolean {
  const { authTokens, signature, url, params } = input
  if (!signature) return false
  return authTokens.some((token) => !!token && twilio.validateRequest(token, signature, url, params))
}
