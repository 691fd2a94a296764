import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type Stripe from 'stripe'
import { createHash } from 'node:crypto'
import type { StripeClient } from '../../src/integrations/stripe.js'
import { httpError } from '../../src/platform/http-error.js'
import type { Catalog } from './catalog.js'
import { applyStripeEvent } from './subscription-events.js'
import type { BillingStore } from './store.js'

/** Statuses after which Stripe never revives a subscription: ensuring one creates a new one. */
const ENDED = new Set(['canceled', 'incomplete_expired'])

export const stripeFailed = (err: unknown) => {
  const e = err as { message?: string; type?: string }
  return httpError(502, 'stripe_error', `Stripe did not accept the request: ${e?.message ?? String(err)}`, { type: e?.type })
}

/** 503 naming what the Stripe side of the rate card lacks (prices, meters, amounts). */
export function requireCatalog(catalog: Catalog): Catalog {
  if (catalog.problems.length) {
    throw httpError(503, 'stripe_catalog_mismatch', `Stripe's prices do not match the rate card: ${catalog.problems[0]}`, { problems: catalog.problems })
  }
  return catalog
}

/**
 * Applies a Stripe object we just read (verify after the redirect, ensure subscription) exactly as
 * its webhook would, versioned now: a webhook of an older state that arrives later is ignored, a
 * newer one still applies. Not recorded in webhook_events (no Stripe event id).
 */
export async function applyFromStripe(app: FastifyInstance, store: BillingStore, log: FastifyBaseLogger, type: 'checkout.session.completed' | 'customer.subscription.updated', object: unknown) {
  const created = Math.floor(app.clock.now().getTime() / 1000)
  const event = { id: `read_${created}`, object: 'event', type, created, data: { object } } as unknown as Stripe.Event
  await app.sql.begin((tx) => applyStripeEvent({ app, store, log }, event, tx))
}

const isMissing = (err: unknown) => (err as { code?: string; statusCode?: number })?.code === 'resource_missing'

/** The subscription items the rate card wants: every metered price, and the number fee for the workspace's numbers. */
export function wantedItems(catalog: Catalog, numbers: number): { price: string; quantity?: number }[] {
  return catalog.prices.flatMap((p) => (p.metered ? [{ price: p.priceId }] : numbers > 0 ? [{ price: p.priceId, quantity: numbers }] : []))
}

/**
 * The workspace's subscription carries every price of the rate card, and the number fee's quantity
 * is its count of numbers. Creates the subscription when there is none (or it ended); adds what an
 * existing one lacks (a subscription of the old plans gets the metered prices).
 */
export async function ensureSubscription(
  app: FastifyInstance,
  store: BillingStore,
  log: FastifyBaseLogger,
  stripe: StripeClient,
  c: { workspaceId: string; customerId: string; subscriptionId: string | null; catalog: Catalog },
): Promise<Stripe.Subscription> {
  const numbers = (await app.telephony.all(c.workspaceId)).length
  const wanted = wantedItems(c.catalog, numbers)
  // Only a subscription Stripe says is gone is replaced; any other failure to read it fails the
  // request (a new subscription beside a live one would bill twice).
  let sub = c.subscriptionId
    ? await stripe.subscriptions.retrieve(c.subscriptionId).catch((err: unknown) => {
        if (isMissing(err)) return undefined
        throw err
      })
    : undefined
  if (!sub || ENDED.has(sub.status)) {
    // Created with the metered prices only: nothing is due now, so it starts `active` without
    // charging the customer; the number fee is added below as an item, prorated onto the next invoice.
    const metered = wanted.filter((w) => w.quantity === undefined)
    const params = { customer: c.customerId, items: metered, metadata: { workspaceId: c.workspaceId } }
    const fingerprint = createHash('sha256').update(JSON.stringify(params)).digest('hex').slice(0, 16)
    sub = await stripe.subscriptions.create(params, { idempotencyKey: `rapidcall-subscription-${c.workspaceId}-${fingerprint}` })
    log.info({ workspaceId: c.workspaceId, subscription: sub.id }, '[billing] subscription created')
  }
  const have = new Map(sub.items.data.map((i) => [i.price.id, i]))
  let changed = false
  for (const w of wanted) {
    const item = have.get(w.price)
    if (!item) {
      await stripe.subscriptionItems.create(
        { subscription: sub.id, price: w.price, ...(w.quantity === undefined ? {} : { quantity: w.quantity }) },
        { idempotencyKey: `rapidcall-item-${sub.id}-${w.price}-${w.quantity ?? 'metered'}` },
      )
      changed = true
    } else if (w.quantity !== undefined && item.quantity !== w.quantity) {
      await stripe.subscriptionItems.update(item.id, { quantity: w.quantity })
      changed = true
    }
  }
  const fee = c.catalog.prices.find((p) => !p.metered)
  const feeItem = fee ? have.get(fee.priceId) : undefined
  // No numbers left: the fee's quantity goes to 0 rather than the item away (it keeps its history).
  if (feeItem && numbers === 0 && feeItem.quantity !== 0) {
    await stripe.subscriptionItems.update(feeItem.id, { quantity: 0 })
    changed = true
  }
  if (changed) sub = await stripe.subscriptions.retrieve(sub.id)
  await applyFromStripe(app, store, log, 'customer.subscription.updated', sub)
  return sub
}
