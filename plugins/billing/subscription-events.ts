import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type postgres from 'postgres'
import type Stripe from 'stripe'
import type {} from '../../src/jobs/plugin.js'
import { enqueueAlert } from '../../src/integrations/alerts.js'
import type { BillingAccountRow, BillingStore } from './store.js'

/**
 * What each Stripe event does to a workspace's billing row, inside the transaction that records
 * the event id (so a replay or a concurrent duplicate changes nothing) and under the row's lock
 * (so two different events for one workspace apply one after the other).
 *
 * Stripe does not deliver in order. Every subscription state is stored with its version: the
 * event's `created` time, then a rank for events of the same second (created < updated/invoice <
 * deleted). An event older than the stored version is recorded and ignored. Between two different
 * subscriptions of one workspace, the one created later wins, so late events of an old,
 * canceled subscription never undo a new one.
 */

// Stripe event payloads, read field by field with checks: typing every shape would add nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>

export const HANDLED_EVENTS = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
] as const

const RANK: Record<string, number> = {
  'customer.subscription.created': 0,
  'customer.subscription.updated': 1,
  'invoice.paid': 1,
  'invoice.payment_failed': 1,
  'customer.subscription.deleted': 2,
}

/** Statuses after which Stripe never revives a subscription. */
const TERMINAL = new Set(['canceled', 'incomplete_expired'])

const idOf = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as Obj).id === 'string' ? (v as Obj).id : undefined
const epoch = (s: unknown): Date | null => (typeof s === 'number' && Number.isFinite(s) ? new Date(s * 1000) : null)

export interface EventContext {
  app: FastifyInstance
  store: BillingStore
  log: FastifyBaseLogger
}

interface Version {
  at: Date
  rank: number
}

function isNewer(row: BillingAccountRow, v: Version): boolean {
  if (!row.subscription_event_at) return true
  const stored = row.subscription_event_at.getTime()
  return v.at.getTime() > stored || (v.at.getTime() === stored && v.rank >= (row.subscription_event_rank ?? 0))
}

/** Whether a state of subscription `subId` (created at `created`) may replace what the row holds. */
function supersedes(row: BillingAccountRow, subId: string, created: Date, v: Version, status: string): boolean {
  if (row.stripe_subscription_id && row.stripe_subscription_id !== subId) {
    return !row.subscription_created_at || created.getTime() >= row.subscription_created_at.getTime()
  }
  if (row.stripe_subscription_id === subId && TERMINAL.has(row.status) && !TERMINAL.has(status)) return false
  return isNewer(row, v)
}

/** The workspace of a Stripe object: by its customer (we create one per workspace), else by our metadata. */
async function workspaceOf(ctx: EventContext, tx: postgres.TransactionSql, customerId: string | undefined, metadataWorkspace: unknown) {
  if (customerId) {
    const ws = await ctx.store.workspaceOfCustomer(customerId, tx)
    if (ws) return ws
  }
  return typeof metadataWorkspace === 'string' && metadataWorkspace ? metadataWorkspace : undefined
}

function periodOf(sub: Obj): { start: Date | null; end: Date | null } {
  // Since API version 2025-03-31 the period lives on the items; older versions have it on the subscription.
  const items: Obj[] = Array.isArray(sub.items?.data) ? sub.items.data : []
  const starts = [sub.current_period_start, ...items.map((i) => i.current_period_start)].filter((x) => typeof x === 'number')
  const ends = [sub.current_period_end, ...items.map((i) => i.current_period_end)].filter((x) => typeof x === 'number')
  return { start: starts.length ? epoch(Math.max(...starts)) : null, end: ends.length ? epoch(Math.max(...ends)) : null }
}

async function onCheckoutCompleted(ctx: EventContext, event: Stripe.Event, tx: postgres.TransactionSql) {
  const session = event.data.object as Obj
  const workspaceId = session.client_reference_id ?? session.metadata?.workspaceId
  const customerId = idOf(session.customer)
  if (typeof workspaceId !== 'string' || !customerId) {
    ctx.log.warn({ eventId: event.id, session: session.id }, '[stripe-webhook] checkout session without our workspace: ignored')
    return
  }
  const row = await ctx.store.lock(tx, workspaceId)
  if (!row) return ctx.log.warn({ eventId: event.id, workspaceId }, '[stripe-webhook] checkout for an unknown workspace: ignored')
  if (row.stripe_customer_id && row.stripe_customer_id !== customerId) {
    ctx.log.warn({ eventId: event.id, workspaceId, customerId, linked: row.stripe_customer_id }, '[stripe-webhook] checkout completed with another customer than the workspace\'s')
    return
  }
  // The plan itself comes from the subscription events, which carry the subscription's own version.
  await ctx.store.setCustomer(tx, workspaceId, customerId)
  // A completed Checkout collected a payment method (subscription or setup mode).
  if (session.status === 'complete' || session.mode === 'setup' || session.subscription) await ctx.store.setPaymentMethod(tx, workspaceId)
}

async function onSubscription(ctx: EventContext, event: Stripe.Event, tx: postgres.TransactionSql) {
  const sub = event.data.object as Obj
  const customerId = idOf(sub.customer)
  const workspaceId = await workspaceOf(ctx, tx, customerId, sub.metadata?.workspaceId)
  const facts = { eventId: event.id, type: event.type, subscription: sub.id, workspaceId }
  if (!workspaceId) return ctx.log.warn(facts, '[stripe-webhook] subscription of no known workspace: ignored')
  const row = await ctx.store.lock(tx, workspaceId)
  if (!row) return ctx.log.warn(facts, '[stripe-webhook] subscription of an unknown workspace: ignored')
  if (customerId && !row.stripe_customer_id) await ctx.store.setCustomer(tx, workspaceId, customerId)

  const version: Version = { at: new Date(event.created * 1000), rank: RANK[event.type] ?? 1 }
  const status = event.type === 'customer.subscription.deleted' ? 'canceled' : String(sub.status ?? 'active')
  const created = epoch(sub.created) ?? version.at
  if (!supersedes(row, String(sub.id), created, version, status)) {
    return ctx.log.info({ ...facts, status }, '[stripe-webhook] older than the applied subscription state: ignored')
  }

  // Any live subscription of the workspace's customer is pay-as-you-go, the old plans' included:
  // their subscriptions keep applying after the move to the rate card.
  const ended = TERMINAL.has(status)
  const plan = ended ? 'trial' : 'paid'
  const period = ended ? { start: null, end: null } : periodOf(sub)
  const pastDueSince = status === 'past_due' || status === 'unpaid' ? (row.past_due_since ?? version.at) : null
  await ctx.store.applySubscription(
    tx,
    workspaceId,
    {
      plan, status, subscriptionId: String(sub.id), subscriptionCreatedAt: created,
      currentPeriodStart: period.start, currentPeriodEnd: period.end, eventAt: version.at, eventRank: version.rank,
    },
    pastDueSince,
  )
  ctx.log.info({ ...facts, plan, status }, '[stripe-webhook] subscription applied')
}

function subscriptionOfInvoice(inv: Obj): string | undefined {
  return idOf(inv.parent?.subscription_details?.subscription) ?? idOf(inv.subscription)
}

async function onInvoice(ctx: EventContext, event: Stripe.Event, tx: postgres.TransactionSql) {
  const inv = event.data.object as Obj
  const workspaceId = await workspaceOf(ctx, tx, idOf(inv.customer), inv.parent?.subscription_details?.metadata?.workspaceId ?? inv.metadata?.workspaceId)
  const subId = subscriptionOfInvoice(inv)
  const facts = { eventId: event.id, type: event.type, invoice: inv.id, subscription: subId, workspaceId }
  if (!workspaceId) return ctx.log.warn(facts, '[stripe-webhook] invoice of no known workspace: ignored')
  const row = await ctx.store.lock(tx, workspaceId)
  if (!row) return ctx.log.warn(facts, '[stripe-webhook] invoice of an unknown workspace: ignored')

  const version: Version = { at: new Date(event.created * 1000), rank: RANK[event.type] ?? 1 }
  const ofCurrent = !subId || !row.stripe_subscription_id || subId === row.stripe_subscription_id
  const applies = ofCurrent && isNewer(row, version)

  if (event.type === 'invoice.payment_failed') {
    if (applies && ['active', 'trialing', 'past_due'].includes(row.status) && row.plan === 'paid') {
      await ctx.store.setStatus(tx, workspaceId, { status: 'past_due', eventAt: version.at, eventRank: version.rank, pastDueSince: row.past_due_since ?? version.at })
    }
    const amount = typeof inv.amount_due === 'number' ? ` (${(inv.amount_due / 100).toFixed(2)} ${String(inv.currency ?? '').toUpperCase()})` : ''
    // Queued in this transaction: sent only if the event commits, once per invoice attempt.
    await enqueueAlert(
      ctx.app.jobs,
      tx,
      {
        type: 'billing_payment_failed',
        severity: 'warning',
        workspaceId,
        message: `Payment failed for invoice ${inv.id}${amount}, attempt ${inv.attempt_count ?? 1}: the workspace is past_due and keeps calling for ${ctx.app.config.billing.pastDueGraceDays} days`,
        at: version.at,
      },
      { dedupeKey: `billing_payment_failed:${inv.id}:${inv.attempt_count ?? event.id}` },
    )
    ctx.log.warn({ ...facts, applied: applies }, '[stripe-webhook] payment failed')
    return
  }
  // invoice.paid: a past_due or unpaid subscription whose invoice got paid is active again.
  if (applies && (row.status === 'past_due' || row.status === 'unpaid')) {
    await ctx.store.setStatus(tx, workspaceId, { status: 'active', eventAt: version.at, eventRank: version.rank, pastDueSince: null })
    ctx.log.info(facts, '[stripe-webhook] invoice paid: active again')
  }
}

/** Applies one verified event; unknown types change nothing. */
export async function applyStripeEvent(ctx: EventContext, event: Stripe.Event, tx: postgres.TransactionSql): Promise<void> {
  switch (event.type) {
    case 'checkout.session.completed':
      return onCheckoutCompleted(ctx, event, tx)
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return onSubscription(ctx, event, tx)
    case 'invoice.paid':
    case 'invoice.payment_failed':
      return onInvoice(ctx, event, tx)
    default:
      return
  }
}
