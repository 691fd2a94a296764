// Checkout Sessions of the Stripe test server: create (payment, setup and subscription mode, with
// the refusals of Stripe's API reference), retrieve, list by customer, and completing one as the
// customer would on the hosted page (subscription mode: the subscription with one item per line
// item, the payment method collected). See stripe-server.ts for the protocol itself.

import { enumParam, intParam, PARAMS, StripeError, type FormObject, type FormValue, type ParamSpec } from './stripe-params.js'

type Json = Record<string, any>

export interface CheckoutWire {
  route: (method: string, pattern: string, handler: (ctx: { query: FormObject; form: FormObject; params: string[] }) => { status: number; body: unknown }, params?: ParamSpec) => void
  stripeId: (prefix: string, length?: number) => string
  now: () => number
  customerOr: (id: string, param: string, status: number) => Json
  addCustomer: (f: { email?: string }) => Json
  missing: (kind: string, id: string, param: string, status?: number) => Error
  prices: Map<string, Json>
  subscriptions: Map<string, Json>
  subscriptionItem: (subscription: string, price: string, quantity: number | undefined, period: { start: number; end: number }) => Json
}

const str = (v: FormValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined)
const strMap = (v: FormValue | undefined): Record<string, string> =>
  !v || typeof v === 'string' || Array.isArray(v) ? {} : Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'))
const invalid = (message: string, param?: string, code = 'parameter_invalid_string') => new StripeError(400, 'invalid_request_error', message, code, param)

const UI_MODES = ['elements', 'embedded_page', 'form', 'hosted_page'] as const
const MAX_RECURRING_ITEMS = 20

export function installStripeCheckout(w: CheckoutWire) {
  const sessions = new Map<string, Json>()
  // Internal fields (prefixed `_`) stay on the stored session but never go on the wire.
  const publicSession = (s: Json): Json => Object.fromEntries(Object.entries(s).filter(([k]) => !k.startsWith('_')))

  function lineItems(form: FormObject, mode: string): { price: string; quantity?: number }[] {
    const raw = form.line_items
    if (mode === 'setup') {
      if (raw !== undefined) throw invalid('You cannot pass `line_items` in `setup` mode.', 'line_items')
      return []
    }
    const list = Array.isArray(raw) ? raw : []
    if (!list.length) throw invalid('Missing required param: line_items.', 'line_items', 'parameter_missing')
    const items = list.map((li, i) => {
      const item = (typeof li === 'object' && !Array.isArray(li) ? li : {}) as FormObject
      const param = `line_items[${i}]`
      const priceId = str(item.price)
      if (!priceId) throw invalid(`Missing required param: ${param}[price].`, `${param}[price]`, 'parameter_missing')
      const price = w.prices.get(priceId)
      if (!price) throw w.missing('price', priceId, `${param}[price]`, 400)
      if (!price.active) throw invalid('The price specified is inactive. This field only accepts active prices.', `${param}[price]`)
      const quantity = intParam(item.quantity, `${param}[quantity]`, { min: 0, max: 999_999 })
      const metered = price.recurring?.usage_type === 'metered'
      if (metered && quantity !== undefined) {
        throw invalid(`Quantity should not be specified where usage_type is \`metered\`. Remove quantity from \`${param}\`.`, `${param}[quantity]`, 'parameter_invalid_integer')
      }
      if (!metered && quantity === undefined) throw invalid(`Quantity is required. Add \`quantity\` to \`${param}\``, `${param}[quantity]`, 'parameter_missing')
      if (mode === 'payment' && price.type === 'recurring') {
        throw invalid('You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.', `${param}[price]`)
      }
      return { price: priceId, ...(quantity === undefined ? {} : { quantity }), recurring: price.recurring, currency: price.currency }
    })
    if (mode === 'subscription') {
      const recurring = items.filter((i) => i.recurring)
      if (!recurring.length) throw invalid('You must provide at least one recurring price in `subscription` mode when using prices.', 'line_items')
      if (recurring.length > MAX_RECURRING_ITEMS) throw invalid(`You can only have up to ${MAX_RECURRING_ITEMS} line items with recurring prices in subscription mode.`, 'line_items')
      const first = recurring[0]
      if (recurring.some((i) => i.recurring.interval !== first.recurring.interval || i.recurring.interval_count !== first.recurring.interval_count)) {
        throw invalid('All prices on a subscription must have the same `recurring.interval` and `recurring.interval_count`.', 'line_items')
      }
      if (items.some((i) => i.currency !== first.currency)) throw invalid('All line items must have the same currency.', 'line_items')
    }
    return items.map(({ price, quantity }) => ({ price, ...(quantity === undefined ? {} : { quantity }) }))
  }

  w.route('POST', '/v1/checkout/sessions', ({ form }) => {
    const mode = enumParam(form.mode, 'mode', ['payment', 'setup', 'subscription'])
    if (!mode) throw invalid('Missing required param: mode.', 'mode', 'parameter_missing')
    const customer = str(form.customer)
    if (customer) w.customerOr(customer, 'customer', 400)
    if (customer && form.customer_email !== undefined) throw invalid('You may only specify one of these parameters: customer, customer_email.', 'customer_email')
    const uiMode = enumParam(form.ui_mode, 'ui_mode', UI_MODES) ?? 'hosted_page'
    const embedded = uiMode === 'embedded_page' || uiMode === 'elements'
    if (embedded && form.success_url !== undefined) throw invalid(`success_url is not allowed when ui_mode is \`${uiMode}\`.`, 'success_url')
    if (!embedded && form.return_url !== undefined) throw invalid(`return_url is only allowed when ui_mode is \`embedded_page\` or \`elements\`.`, 'return_url')
    if (mode !== 'subscription' && form.subscription_data !== undefined) throw invalid('`subscription_data` can only be used in `subscription` mode.', 'subscription_data')
    const items = lineItems(form, mode)
    const id = `cs_test_${w.stripeId('x', 58).slice(2)}`
    const created = w.now()
    const subscriptionData = form.subscription_data as FormObject | undefined
    const session: Json = {
      id, object: 'checkout.session', allow_promotion_codes: null, amount_subtotal: null, amount_total: null,
      cancel_url: str(form.cancel_url) ?? null, client_reference_id: str(form.client_reference_id) ?? null, created,
      currency: mode === 'setup' ? null : 'usd', customer: customer ?? null, customer_email: str(form.customer_email) ?? null,
      expires_at: created + 24 * 3600, livemode: false, locale: str(form.locale) ?? null, metadata: strMap(form.metadata), mode,
      payment_intent: null, payment_status: mode === 'setup' ? 'no_payment_required' : 'unpaid', setup_intent: null, status: 'open',
      subscription: null, success_url: str(form.success_url) ?? null, ui_mode: uiMode,
      url: embedded ? null : `https://checkout.stripe.com/c/pay/${id}`,
      _line_items: items,
      _subscription_metadata: subscriptionData ? strMap(subscriptionData.metadata) : {},
    }
    sessions.set(id, session)
    return { status: 200, body: publicSession(session) }
  }, PARAMS.createCheckoutSession)

  w.route('GET', '/v1/checkout/sessions/([A-Za-z0-9_]+)', ({ params }) => {
    const s = sessions.get(params[0])
    if (!s) throw w.missing('checkout.session', params[0], 'session')
    return { status: 200, body: publicSession(s) }
  }, PARAMS.retrieve)

  w.route('GET', '/v1/checkout/sessions', ({ query }) => {
    const limit = intParam(query.limit, 'limit', { min: 1, max: 100 }) ?? 10
    const status = enumParam(query.status, 'status', ['complete', 'expired', 'open'])
    const customer = str(query.customer)
    const subscription = str(query.subscription)
    const found = [...sessions.values()]
      .filter((s) => (!customer || s.customer === customer) && (!status || s.status === status) && (!subscription || s.subscription === subscription))
      .reverse()
    return { status: 200, body: { object: 'list', url: '/v1/checkout/sessions', has_more: found.length > limit, data: found.slice(0, limit).map(publicSession) } }
  }, PARAMS.listCheckoutSessions)

  /** The customer paid on the hosted page: the session completes and (subscription mode) its subscription starts. */
  function complete(id: string): { session: Json; subscription?: Json } {
    const session = sessions.get(id)
    if (!session) throw new Error(`no checkout session ${id}`)
    if (session.status !== 'open') throw new Error(`checkout session ${id} is ${session.status}`)
    if (!session.customer) session.customer = w.addCustomer({ email: session.customer_email ?? undefined }).id
    const paymentMethod = w.stripeId('pm')
    let subscription: Json | undefined
    if (session.mode === 'subscription') {
      const start = w.now()
      const period = { start, end: start + 30 * 86400 }
      const subId = w.stripeId('sub')
      const data = (session._line_items as { price: string; quantity?: number }[]).map((li) => w.subscriptionItem(subId, li.price, li.quantity, period))
      subscription = {
        id: subId, object: 'subscription', billing_cycle_anchor: start, cancel_at: null, cancel_at_period_end: false, canceled_at: null,
        collection_method: 'charge_automatically', created: start, currency: 'usd', customer: session.customer,
        default_payment_method: paymentMethod, ended_at: null,
        items: { object: 'list', data, has_more: false, total_count: data.length, url: `/v1/subscription_items?subscription=${subId}` },
        latest_invoice: null, livemode: false, metadata: session._subscription_metadata, start_date: start, status: 'active', trial_end: null, trial_start: null,
      }
      w.subscriptions.set(subId, subscription)
      session.subscription = subId
      session.payment_status = 'paid'
    } else if (session.mode === 'setup') {
      session.setup_intent = w.stripeId('seti')
    } else {
      session.payment_status = 'paid'
    }
    session.status = 'complete'
    return { session: publicSession(session), subscription }
  }

  return { sessions, complete }
}
