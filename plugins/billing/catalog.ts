import type { StripeClient } from '../../src/integrations/stripe.js'
import type { MeterSpec, RateCard } from './rate-card.js'

/**
 * The rate card as Stripe holds it: for each meter of the card, the price found by its lookup key
 * (`<STRIPE_LOOKUP_KEY_PREFIX><line>`), checked against the card. The card is the one source of
 * prices: a missing price, another unit amount, or a metered price on another meter than the
 * card's event name is a problem (the upgrade refuses to start, `npm run doctor` lists them).
 */

export interface CatalogPrice {
  spec: MeterSpec
  priceId: string
  metered: boolean
}

export interface Catalog {
  prices: CatalogPrice[]
  problems: string[]
}

const CACHE_MS = 60_000
const LOOKUP_KEYS_PER_REQUEST = 10

/** Stripe keeps unit prices in cents, up to 12 decimals: `0.1` USD is `"10"`. */
const centsOf = (usd: number) => Math.round(usd * 100 * 1e10) / 1e10

export async function loadCatalog(stripe: StripeClient, card: RateCard): Promise<Catalog> {
  const keys = card.meters.map((m) => m.lookupKey)
  const found = new Map<string, Awaited<ReturnType<StripeClient['prices']['list']>>['data'][number]>()
  for (let i = 0; i < keys.length; i += LOOKUP_KEYS_PER_REQUEST) {
    const page = await stripe.prices.list({ lookup_keys: keys.slice(i, i + LOOKUP_KEYS_PER_REQUEST), active: true, limit: 100 })
    for (const p of page.data) if (p.lookup_key) found.set(p.lookup_key, p)
  }
  const meters = (await stripe.billing.meters.list({ status: 'active', limit: 100 })).data
  const problems: string[] = []
  const prices: CatalogPrice[] = []
  for (const spec of card.meters) {
    const price = found.get(spec.lookupKey)
    if (!price) {
      problems.push(`${spec.meter}: no active Stripe price with lookup key ${spec.lookupKey}`)
      continue
    }
    const cents = Number(price.unit_amount_decimal ?? price.unit_amount ?? NaN)
    if (!(Math.abs(cents - centsOf(spec.unitUsd)) < 1e-9)) {
      problems.push(`${spec.meter}: Stripe price ${price.id} is ${cents} cents per unit, the rate card says ${centsOf(spec.unitUsd)}`)
    }
    const meterId = typeof price.recurring?.meter === 'string' ? price.recurring.meter : null
    if (spec.eventName) {
      const meter = meters.find((m) => m.id === meterId)
      if (price.recurring?.usage_type !== 'metered' || !meter) {
        problems.push(`${spec.meter}: Stripe price ${price.id} is not metered on an active Billing Meter`)
      } else if (meter.event_name !== spec.eventName) {
        problems.push(`${spec.meter}: Stripe price ${price.id} is on meter ${meter.id} (event ${meter.event_name}), the rate card reports ${spec.eventName}`)
      }
    } else if (price.recurring?.usage_type !== 'licensed') {
      problems.push(`${spec.meter}: Stripe price ${price.id} should be a licensed (per quantity) monthly price`)
    }
    prices.push({ spec, priceId: price.id, metered: !!spec.eventName })
  }
  return { prices, problems }
}

/** loadCatalog, kept a minute per process (the upgrade and the invoices read it; Stripe changes rarely). */
export function cachedCatalog(stripe: StripeClient, card: RateCard) {
  let cached: { at: number; catalog: Promise<Catalog> } | undefined
  return (): Promise<Catalog> => {
    if (!cached || Date.now() - cached.at > CACHE_MS) {
      const catalog = loadCatalog(stripe, card)
      cached = { at: Date.now(), catalog }
      // A failed load is not kept: the next request asks Stripe again.
      catalog.catch(() => { if (cached?.catalog === catalog) cached = undefined })
    }
    return cached.catalog
  }
}

/** What /health and `npm run doctor -- --billing` say about Stripe's side of the rate card. */
export interface CatalogHealth {
  /** `mismatch`: a price is missing or differs from the card; `unavailable`: Stripe did not answer. */
  status: 'ok' | 'mismatch' | 'unavailable'
  problems: string[]
}

const HEALTH_TIMEOUT_MS = 2000
/** A Stripe error message may quote the API key (masked by Stripe); never let even part of one out. */
const withoutKeys = (s: string) => s.replace(/\b(sk|rk|pk)_(live|test)_[A-Za-z0-9*]+/g, '$1_$2_***')

export async function catalogHealth(get: () => Promise<Catalog>, timeoutMs = HEALTH_TIMEOUT_MS): Promise<CatalogHealth> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Stripe within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    const c = await Promise.race([get(), late])
    return { status: c.problems.length ? 'mismatch' : 'ok', problems: c.problems }
  } catch (err) {
    return { status: 'unavailable', problems: [`Stripe's prices could not be read: ${withoutKeys((err as Error)?.message ?? String(err))}`] }
  } finally {
    clearTimeout(timer)
  }
}
