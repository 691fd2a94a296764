import Stripe from 'stripe'
import type { Config } from '../config.js'

/** The official Stripe client. */
export type StripeClient = Stripe

/** Stripe's own default, and the window `constructStripeEvent` accepts. */
export const STRIPE_WEBHOOK_TOLERANCE_SECONDS = 300

export interface StripeClientOptions {
  /**
   * Retries of connection errors, 409s and 5xx (the SDK sends an Idempotency-Key on every POST when
   * retries are on, so a retried POST is not applied twice). Default 2.
   */
  maxNetworkRetries?: number
  /** Per-request timeout in milliseconds. Default 20 000 (the SDK's own default is 80 s). */
  timeoutMs?: number
}

/**
 * The Stripe client, or `undefined` when STRIPE_SECRET_KEY is missing.
 * With `apiBaseUrl` (`http://127.0.0.1:12111`) requests go to that host, port and protocol instead of
 * `https://api.stripe.com`; the SDK has no path prefix option, so a path in the URL is not used.
 */
export function createStripe(config: Config['stripe'], options: StripeClientOptions = {}): StripeClient | undefined {
  if (!config.secretKey) return undefined
  const common = {
    maxNetworkRetries: options.maxNetworkRetries ?? 2,
    timeout: options.timeoutMs ?? 20_000,
    appInfo: { name: 'rapidcall-api' },
  }
  if (!config.apiBaseUrl) return new Stripe(config.secretKey, common)
  const base = new URL(config.apiBaseUrl)
  const protocol = base.protocol === 'http:' ? 'http' : 'https'
  return new Stripe(config.secretKey, {
    ...common,
    host: base.hostname,
    port: base.port || (protocol === 'http' ? 80 : 443),
    protocol,
  })
}

/** No configured webhook secret accepted the Stripe-Signature header (or there is none configured). */
export class StripeWebhookSignatureError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StripeWebhookSignatureError'
  }
}

/**
 * Verifies a webhook delivery against each secret in turn (current, then previous) and returns the event.
 * `rawBody` must be the exact bytes received; `stripe` may be a client or the Stripe class itself.
 * Throws StripeWebhookSignatureError when no secret matches, the header is malformed, or the timestamp
 * is older than `toleranceSeconds`.
 */
export function constructStripeEvent(
  stripe: { webhooks: Stripe['webhooks'] },
  rawBody: Buffer | string,
  header: string | undefined,
  secrets: readonly string[],
  toleranceSeconds: number = STRIPE_WEBHOOK_TOLERANCE_SECONDS,
): Stripe.Event {
  if (secrets.length === 0) throw new StripeWebhookSignatureError('No Stripe webhook secret is configured (STRIPE_WEBHOOK_SECRET)')
  if (!header) throw new StripeWebhookSignatureError('Missing Stripe-Signature header')
  const reasons: string[] = []
  for (const secret of secrets) {
    try {
      return stripe.webhooks.constructEvent(rawBody, header, secret, toleranceSeconds)
    } catch (err) {
      if (!(err instanceof Stripe.errors.StripeSignatureVerificationError)) throw err
      reasons.push(err.message.split('\n')[0].trim())
    }
  }
  // A secret whose signature matched explains more (e.g. "Timestamp outside the tolerance zone") than a mismatch.
  const reason = reasons.find((r) => !r.startsWith('No signatures found')) ?? reasons[0]
  throw new StripeWebhookSignatureError(`Stripe-Signature matches none of the ${secrets.length} configured webhook secret(s): ${reason}`)
}
