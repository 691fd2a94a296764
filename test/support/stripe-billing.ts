// The Stripe Billing part of the Stripe test server: meters, prices looked up by lookup key,
// checkout sessions listed by customer, subscriptions and their items, the invoice preview
// (computed from the meter events, as Stripe bills them) and the invoice history. Wire shapes
// and refusals follow Stripe's API reference; see stripe-server.ts for the protocol itself.

import { enumParam, intParam, PARAMS, type FormObject, type FormValue, type ParamSpec } from './stripe-params.js'

type Json = Record<string, any>

export interface BillingWire {
  route: (method: string, pattern: string, handler: (ctx: { query: FormObject; form: FormObject; params: string[] }) => { status: number; body: unknown }, params?: ParamSpec) => void
  fail: (status: number, message: string, code?: string, param?: string) => Error
  missing: (kind: string, id: string, param: string, status?: number) => Error
  stripeId: (prefix: string, length?: number) => string
  now: () => number
  customers: Map<string, Json>
  subscriptions: Map<string, Json>
  meterEvents: { event_name: string; identifier: string; payload: Record<string, string>; timestamp: number }[]
}

export interface StripeBillingState {
  readonly meters: Map<string, Json>
  readonly prices: Map<string, Json>
  readonly invoices: Map<string, Json>
  /** A Billing Meter summing `value` by `stripe_customer_id`. */
  addMeter(f: { eventName: string; displayName?: string }): Json
  /** A recurring USD price: metered on `meter` (per unit, `unitAmountDecimal` cents) or licensed. */
  addPrice(f: { lookupKey?: string; unitAmountDecimal: string; meter?: string; nickname?: string }): Json
  /** A past invoice of a customer (for GET /v1/invoices). */
  addInvoice(f: { customer: string; subscription?: string; number?: string; status?: string; totalCents: number; periodStart: number; periodEnd: number; lines?: { description: string; amountCents: number; price?: string; quantity?: number }[] }): Json
  /** The subscription item Stripe builds for a price. */
  subscriptionItem(subscription: string, price: string, quantity: number | undefined, period: { start: number; end: number }): Json
}

const str = (v: FormValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined)
const list = (url: string, data: Json[], hasMore = false) => ({ object: 'list', url, has_more: hasMore, data })

export function installStripeBilling(w: BillingWire): StripeBillingState {
  const meters = new Map<string, Json>()
  const prices = new Map<string, Json>()
  const invoices = new Map<string, Json>()

  function addMeter(f: { eventName: string; displayName?: string }): Json {
    if ([...meters.values()].some((m) => m.event_name === f.eventName && m.status === 'active')) {
      throw w.fail(400, `A meter with event_name ${f.eventName} already exists.`, 'resource_already_exists', 'event_name')
    }
    const id = w.stripeId('mtr', 24)
    const m: Json = {
      id, object: 'billing.meter', created: w.now(), customer_mapping: { event_payload_key: 'stripe_customer_id', type: 'by_id' },
      default_aggregation: { formula: 'sum' }, display_name: f.displayName ?? f.eventName, event_name: f.eventName, event_time_window: null,
      livemode: false, status: 'active', status_transitions: { deactivated_at: null }, updated: w.now(), value_settings: { event_payload_key: 'value' },
    }
    meters.set(id, m)
    return m
  }

  function addPrice(f: { lookupKey?: string; unitAmountDecimal: string; meter?: string; nickname?: string }): Json {
    if (f.meter && !meters.has(f.meter)) throw w.missing('billing.meter', f.meter, 'recurring[meter]', 400)
    if (f.lookupKey && [...prices.values()].some((p) => p.lookup_key === f.lookupKey)) {
      throw w.fail(400, `A price (\`${[...prices.values()].find((p) => p.lookup_key === f.lookupKey)!.id}\`) already uses that lookup key.`, 'lookup_key_already_exists', 'lookup_key')
    }
    const id = w.stripeId('price', 24)
    const cents = Number(f.unitAmountDecimal)
    const p: Json = {
      id, object: 'price', active: true, billing_scheme: 'per_unit', created: w.now(), currency: 'usd', livemode: false,
      lookup_key: f.lookupKey ?? null, metadata: {}, nickname: f.nickname ?? null, product: w.stripeId('prod', 14),
      recurring: { interval: 'month', interval_count: 1, meter: f.meter ?? null, usage_type: f.meter ? 'metered' : 'licensed' },
      tax_behavior: 'unspecified', type: 'recurring',
      unit_amount: Number.isInteger(cents) ? cents : null, unit_amount_decimal: f.unitAmountDecimal,
    }
    prices.set(id, p)
    return p
  }

  function subscriptionItem(subscription: string, priceId: string, quantity: number | undefined, period: { start: number; end: number }): Json {
    const price = prices.get(priceId)
    return {
      id: w.stripeId('si', 14), object: 'subscription_item', created: w.now(), current_period_start: period.start, current_period_end: period.end,
      metadata: {}, price: price ?? { id: priceId, object: 'price', recurring: { usage_type: 'licensed', meter: null }, unit_amount_decimal: '0' },
      ...(price?.recurring?.usage_type === 'metered' ? {} : { quantity: quantity ?? 1 }), subscription,
    }
  }

  function addInvoice(f: Parameters<StripeBillingState['addInvoice']>[0]): Json {
    const id = w.stripeId('in', 24)
    const inv: Json = {
      ...invoiceShell(f.customer, f.subscription ?? null, f.periodStart, f.periodEnd),
      id, number: f.number ?? `INV-${invoices.size + 1}`, status: f.status ?? 'paid', created: f.periodEnd,
      hosted_invoice_url: `https://invoice.stripe.com/i/acct_test/${id}`, total: f.totalCents, amount_due: f.totalCents, subtotal: f.totalCents,
      lines: list(`/v1/invoices/${id}/lines`, (f.lines ?? []).map((l) => line(l.description, l.amountCents, l.price ?? null, l.quantity ?? null, f.periodStart, f.periodEnd))),
    }
    invoices.set(id, inv)
    return inv
  }

  function invoiceShell(customer: string, subscription: string | null, start: number, end: number): Json {
    return {
      object: 'invoice', account_country: 'US', billing_reason: 'subscription_cycle', collection_method: 'charge_automatically', currency: 'usd',
      customer, livemode: false, metadata: {}, period_start: start, period_end: end,
      parent: subscription ? { type: 'subscription_details', subscription_details: { subscription, metadata: {} } } : null,
    }
  }

  function line(description: string, amount: number, price: string | null, quantity: number | null, start: number, end: number): Json {
    return {
      id: w.stripeId('il', 24), object: 'line_item', amount, currency: 'usd', description, period: { start, end },
      pricing: price ? { type: 'price_details', price_details: { price, product: prices.get(price)?.product ?? null }, unit_amount_decimal: prices.get(price)?.unit_amount_decimal ?? null } : null,
      quantity,
    }
  }

  // ---- meters ----
  w.route('POST', '/v1/billing/meters', ({ form }) => {
    const eventName = str(form.event_name)
    if (!eventName) throw w.fail(400, 'Missing required param: event_name.', 'parameter_missing', 'event_name')
    if (!str(form.display_name)) throw w.fail(400, 'Missing required param: display_name.', 'parameter_missing', 'display_name')
    const agg = form.default_aggregation as FormObject | undefined
    if (!agg || !['sum', 'count', 'last'].includes(str(agg.formula) ?? '')) throw w.fail(400, 'Missing required param: default_aggregation[formula].', 'parameter_missing', 'default_aggregation[formula]')
    return { status: 200, body: addMeter({ eventName, displayName: str(form.display_name) }) }
  }, PARAMS.createMeter)
  w.route('GET', '/v1/billing/meters', ({ query }) => {
    const status = enumParam(query.status, 'status', ['active', 'inactive'])
    const limit = intParam(query.limit, 'limit', { min: 1, max: 100 }) ?? 10
    const found = [...meters.values()].filter((m) => !status || m.status === status)
    return { status: 200, body: list('/v1/billing/meters', found.slice(0, limit), found.length > limit) }
  }, PARAMS.listMeters)

  // ---- prices by lookup key ----
  w.route('GET', '/v1/prices', ({ query }) => {
    const raw = query.lookup_keys
    const keys = Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : typeof raw === 'string' ? [raw] : undefined
    if (keys && keys.length > 10) throw w.fail(400, 'You can only pass up to 10 lookup keys.', 'parameter_invalid_array', 'lookup_keys')
    const active = enumParam(query.active, 'active', ['true', 'false'])
    const type = enumParam(query.type, 'type', ['one_time', 'recurring'])
    const limit = intParam(query.limit, 'limit', { min: 1, max: 100 }) ?? 10
    const found = [...prices.values()].filter((p) => (!keys || keys.includes(p.lookup_key)) && (active === undefined || String(p.active) === active) && (!type || p.type === type))
    return { status: 200, body: list('/v1/prices', found.slice(0, limit), found.length > limit) }
  }, PARAMS.listPrices)

  /** A price an item may use: known, active; a metered one takes no quantity. */
  function itemPrice(priceId: string | undefined, quantity: FormValue | undefined, item: string): { price: Json; quantity?: number } {
    const param = (field: string) => (item ? `${item}[${field}]` : field)
    if (!priceId) throw w.fail(400, `Missing required param: ${param('price')}.`, 'parameter_missing', param('price'))
    const price = prices.get(priceId)
    if (!price) throw w.missing('price', priceId, param('price'), 400)
    if (!price.active) throw w.fail(400, 'The price specified is inactive. This field only accepts active prices.', 'parameter_invalid_string', param('price'))
    const q = intParam(quantity, param('quantity'), { min: 0 })
    if (price.recurring?.usage_type === 'metered' && q !== undefined) {
      throw w.fail(400, `Quantity should not be specified where usage_type is \`metered\`. Remove quantity from \`${item || 'the request'}\`.`, 'parameter_invalid_integer', param('quantity'))
    }
    return { price, ...(q === undefined ? {} : { quantity: q }) }
  }
  const PRORATION = ['always_invoice', 'create_prorations', 'none'] as const

  // ---- subscriptions created by the API (ensure subscription) and their items ----
  w.route('POST', '/v1/subscriptions', ({ form }) => {
    const customer = str(form.customer)
    if (!customer) throw w.fail(400, 'Missing required param: customer.', 'parameter_missing', 'customer')
    const c = w.customers.get(customer)
    if (!c || c.deleted) throw w.missing('customer', customer, 'customer', 400)
    const items = Array.isArray(form.items) ? (form.items as FormObject[]) : []
    if (!items.length) throw w.fail(400, 'Missing required param: items.', 'parameter_missing', 'items')
    if (items.length > 20) throw w.fail(400, 'A subscription can have at most 20 items.', 'parameter_invalid_array', 'items')
    const behavior = enumParam(form.payment_behavior, 'payment_behavior', ['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete']) ?? 'allow_incomplete'
    enumParam(form.proration_behavior, 'proration_behavior', PRORATION)
    const pm = str(form.default_payment_method)
    if (pm !== undefined && !pm.startsWith('pm_')) throw w.missing('payment_method', pm, 'default_payment_method', 400)
    const start = w.now()
    const period = { start, end: start + 30 * 86400 }
    const id = w.stripeId('sub')
    const seen = new Set<string>()
    const data = items.map((it, i) => {
      const { price, quantity } = itemPrice(str(it.price), it.quantity, `items[${i}]`)
      if (seen.has(price.id)) throw w.fail(400, `Cannot add multiple subscription items with the same price: ${price.id}`, 'parameter_invalid_string', `items[${i}][price]`)
      seen.add(price.id)
      return subscriptionItem(id, price.id, quantity, period)
    })
    // The first invoice charges the licensed items now: with no payment method to charge, the
    // subscription is `incomplete` (or refused with error_if_incomplete), as on Stripe.
    const dueNow = data.reduce((sum: number, item: Json) => sum + (item.quantity ?? 0) * Number(item.price.unit_amount_decimal ?? 0), 0)
    const payable = !!pm || !!c.invoice_settings?.default_payment_method
    if (dueNow > 0 && !payable && behavior === 'error_if_incomplete') {
      throw Object.assign(w.fail(402, 'This customer has no attached payment source or default payment method.', 'resource_missing', 'default_payment_method'), { type: 'card_error' })
    }
    const metadata = (form.metadata && typeof form.metadata === 'object' && !Array.isArray(form.metadata) ? form.metadata : {}) as Record<string, string>
    const sub: Json = {
      id, object: 'subscription', billing_cycle_anchor: start, cancel_at: null, cancel_at_period_end: false, canceled_at: null,
      collection_method: 'charge_automatically', created: start, currency: 'usd', customer, default_payment_method: pm ?? null, ended_at: null,
      items: { object: 'list', data, has_more: false, total_count: data.length, url: `/v1/subscription_items?subscription=${id}` },
      latest_invoice: null, livemode: false, metadata, start_date: start,
      status: dueNow > 0 && (!payable || behavior === 'default_incomplete') ? 'incomplete' : 'active',
    }
    w.subscriptions.set(id, sub)
    return { status: 200, body: sub }
  }, PARAMS.createSubscription)

  const liveSubscription = (subId: string | undefined, param: string) => {
    if (!subId) throw w.fail(400, `Missing required param: ${param}.`, 'parameter_missing', param)
    const sub = w.subscriptions.get(subId)
    if (!sub) throw w.missing('subscription', subId, param, 400)
    if (sub.status === 'canceled' || sub.status === 'incomplete_expired') {
      throw w.fail(400, `This subscription is ${sub.status} and can no longer be updated.`, 'resource_missing', param)
    }
    return sub
  }
  w.route('POST', '/v1/subscription_items', ({ form }) => {
    const sub = liveSubscription(str(form.subscription), 'subscription')
    enumParam(form.proration_behavior, 'proration_behavior', PRORATION)
    const { price, quantity } = itemPrice(str(form.price), form.quantity, '')
    if (sub.items.data.some((i: Json) => i.price.id === price.id)) throw w.fail(400, `Cannot add multiple subscription items with the same price: ${price.id}`, 'parameter_invalid_string', 'price')
    const first = sub.items.data[0]
    const item = subscriptionItem(sub.id, price.id, quantity, { start: first?.current_period_start ?? w.now(), end: first?.current_period_end ?? w.now() + 30 * 86400 })
    sub.items.data.push(item)
    sub.items.total_count = sub.items.data.length
    return { status: 200, body: item }
  }, PARAMS.createSubscriptionItem)
  w.route('POST', '/v1/subscription_items/([A-Za-z0-9_]+)', ({ params, form }) => {
    enumParam(form.proration_behavior, 'proration_behavior', PRORATION)
    for (const sub of w.subscriptions.values()) {
      const item = sub.items.data.find((i: Json) => i.id === params[0])
      if (!item) continue
      liveSubscription(sub.id, 'subscription')
      const quantity = intParam(form.quantity, 'quantity', { min: 0 })
      if (quantity !== undefined) {
        if (item.price.recurring?.usage_type === 'metered') throw w.fail(400, 'Quantity should not be specified where usage_type is `metered`.', 'parameter_invalid_integer', 'quantity')
        item.quantity = quantity
      }
      return { status: 200, body: item }
    }
    throw w.missing('subscription_item', params[0], 'id')
  }, PARAMS.updateSubscriptionItem)

  // ---- invoices ----
  w.route('POST', '/v1/invoices/create_preview', ({ form }) => {
    const customer = str(form.customer)
    const subId = str(form.subscription)
    if (!customer && !subId) throw w.fail(400, 'Missing required param: customer.', 'parameter_missing', 'customer')
    if (customer && !w.customers.get(customer)) throw w.missing('customer', customer, 'customer', 400)
    if (subId && !w.subscriptions.get(subId)) throw w.missing('subscription', subId, 'subscription', 400)
    const sub = subId ? w.subscriptions.get(subId)! : [...w.subscriptions.values()].find((s) => s.customer === customer && s.status !== 'canceled')
    if (sub && customer && sub.customer !== customer) throw w.fail(400, `The subscription ${sub.id} does not belong to customer ${customer}.`, 'parameter_invalid_string', 'subscription')
    if (!sub || sub.status === 'canceled' || sub.status === 'incomplete_expired') {
      throw w.fail(400, `No upcoming invoices for customer: ${customer ?? sub?.customer}`, 'invoice_upcoming_none')
    }
    const first = sub.items.data[0]
    const start = first?.current_period_start ?? sub.created
    const end = first?.current_period_end ?? start + 30 * 86400
    const lines = sub.items.data.map((item: Json) => {
      const price = prices.get(item.price.id) ?? item.price
      let quantity: number = item.quantity ?? 0
      if (price.recurring?.usage_type === 'metered') {
        // What the meter summed for this customer over the period: the events Stripe bills.
        const meter = meters.get(price.recurring.meter)
        quantity = w.meterEvents
          .filter((e) => e.event_name === meter?.event_name && e.payload.stripe_customer_id === sub.customer && e.timestamp >= start && e.timestamp < end)
          .reduce((s, e) => s + Number(e.payload.value), 0)
        quantity = Math.round(quantity * 1e12) / 1e12
      }
      const amount = Math.round(quantity * Number(price.unit_amount_decimal ?? 0))
      return line(price.nickname ?? price.lookup_key ?? price.id, amount, price.id, quantity, start, end)
    })
    const total = lines.reduce((s: number, l: Json) => s + l.amount, 0)
    const inv: Json = {
      ...invoiceShell(sub.customer, sub.id, start, end), id: `upcoming_in_${w.stripeId('x', 24).slice(2)}`, number: null, status: 'draft', created: w.now(),
      hosted_invoice_url: null, total, subtotal: total, amount_due: total, lines: list('/v1/invoices/upcoming/lines', lines),
    }
    return { status: 200, body: inv }
  }, PARAMS.createInvoicePreview)
  w.route('GET', '/v1/invoices', ({ query }) => {
    const customer = str(query.customer)
    const subscription = str(query.subscription)
    const status = enumParam(query.status, 'status', ['draft', 'open', 'paid', 'uncollectible', 'void'])
    const limit = intParam(query.limit, 'limit', { min: 1, max: 100 }) ?? 10
    const found = [...invoices.values()]
      .filter((i) => (!customer || i.customer === customer) && (!status || i.status === status) && (!subscription || i.parent?.subscription_details?.subscription === subscription))
      .sort((a, b) => b.created - a.created)
    return { status: 200, body: list('/v1/invoices', found.slice(0, limit), found.length > limit) }
  }, PARAMS.listInvoices)

  return { meters, prices, invoices, addMeter, addPrice, addInvoice, subscriptionItem }
}
