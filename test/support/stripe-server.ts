import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import { closeServer, readBody } from './http.js'
import { installStripeBilling, type StripeBillingState } from './stripe-billing.js'
import { installStripeCheckout } from './stripe-checkout.js'
import { PARAMS, StripeError, unknownParam, type ParamSpec } from './stripe-params.js'

// A local stand-in for the Stripe REST API (not for the SDK): the real `stripe` package talks to it
// through createStripe({apiBaseUrl}). Wire protocol as Stripe's: `Authorization: Bearer <secret key>`
// (or Basic with the key as user name), bracket-encoded form bodies (`line_items[0][price]=...`),
// JSON answers with `object` fields, errors as `{error: {type, code, message, param, doc_url}}`,
// a `Request-Id` header, and Idempotency-Key replay (same key + same method, path and parameters
// replays the first answer with `Idempotent-Replayed: true`; the same key with other parameters is a
// 400 idempotency_error). As on Stripe, answers to requests that failed validation (400) are not
// kept for replay; neither are the 5xx a test injects with failNext (they stand for requests that
// never reached the endpoint), so the SDK's retry with the same key goes through.

export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

export interface StripeRequestRecord {
  method: string
  path: string
  query: FormObject
  /** The body, parsed into nested objects and arrays. */
  form: FormObject
  /** Lower-cased request headers. */
  headers: Record<string, string>
  idempotencyKey?: string
  /** Set once the answer is sent. */
  status?: number
  replayed?: boolean
}

export interface RecordedMeterEvent {
  event_name: string
  identifier: string
  payload: Record<string, string>
  timestamp: number
  created: number
}

type Json = Record<string, unknown>

export interface StripeServerState {
  readonly customers: Map<string, Json>
  readonly checkoutSessions: Map<string, Json>
  readonly portalSessions: Map<string, Json>
  readonly subscriptions: Map<string, Json>
  /** Meter events accepted, in order. */
  readonly meterEvents: RecordedMeterEvent[]
  addCustomer(fields?: { email?: string; name?: string; metadata?: Record<string, string> }): Json
  /** A subscription (as Stripe would create at the end of Checkout), retrievable with GET /v1/subscriptions/:id. */
  addSubscription(fields: {
    customer: string
    price?: string
    status?: string
    currentPeriodEnd?: number
    metadata?: Record<string, string>
  }): Json
  /** Marks an open Checkout Session paid: creates its subscription (mode=subscription) and returns both. */
  completeCheckoutSession(id: string): { session: Json; subscription?: Json }
  /** A Stripe `event` envelope around an object, ready to sign with `stripe.webhooks.generateTestHeaderString`. */
  makeEvent(type: string, object: Json, previousAttributes?: Json): Json
  /** Meters, prices (by lookup key), invoices: stripe-billing.ts. */
  billing: StripeBillingState
}

export interface StripeTestServer {
  /** `http://127.0.0.1:<port>`, for STRIPE_API_BASE_URL. */
  url: string
  host: string
  port: number
  secretKey: string
  /** STRIPE_SECRET_KEY and STRIPE_API_BASE_URL pointing at this server. */
  env: { STRIPE_SECRET_KEY: string; STRIPE_API_BASE_URL: string }
  requests: StripeRequestRecord[]
  state: StripeServerState
  /**
   * The next `count` requests to `path` (e.g. `/v1/billing/meter_events`; any method unless given) answer
   * `status` (default 500) with a Stripe api_error. `shouldRetry` sets the Stripe-Should-Retry header,
   * which the SDK obeys (false: no automatic retry). `applied`: the request takes effect (and its
   * answer is kept for Idempotency-Key replay) but the client gets the error: an answer lost on the way back.
   */
  failNext(path: string, count?: number, opts?: { status?: number; method?: string; shouldRetry?: boolean; applied?: boolean }): void
  close(): Promise<void>
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
/** Stripe-looking id: prefix_ and random alphanumerics. */
export function stripeId(prefix: string, length = 24): string {
  const bytes = randomBytes(length)
  let s = ''
  for (const b of bytes) s += ALNUM[b % ALNUM.length]
  return `${prefix}_${s}`
}

const now = () => Math.floor(Date.now() / 1000)

/** Stripe's (qs-style) bracket encoding into nested objects; objects keyed 0..n-1 become arrays. */
export function parseStripeForm(text: string): FormObject {
  const root: FormObject = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const head = /^[^[]+/.exec(key)?.[0] ?? key
    const rest = [...key.slice(head.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1])
    const segments = [head, ...rest]
    let node: { [key: string]: FormValue } = root
    segments.forEach((seg, i) => {
      const last = i === segments.length - 1
      const name = seg === '' ? String(Object.keys(node).length) : seg
      if (last) {
        node[name] = value
        return
      }
      const next = node[name]
      if (next === undefined || typeof next === 'string') node[name] = {}
      node = node[name] as { [key: string]: FormValue }
    })
  }
  const arrays = (v: FormValue): FormValue => {
    if (typeof v === 'string' || Array.isArray(v)) return v
    const keys = Object.keys(v)
    const mapped = Object.fromEntries(keys.map((k) => [k, arrays(v[k])]))
    if (keys.length && keys.every((k, i) => k === String(i))) return keys.map((k) => mapped[k])
    return mapped
  }
  return arrays(root) as FormObject
}

const str = (v: FormValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined)
const strMap = (v: FormValue | undefined): Record<string, string> => {
  if (!v || typeof v === 'string' || Array.isArray(v)) return {}
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'))
}

function requiredParam(form: FormObject, name: string): string {
  const v = str(form[name])
  if (v === undefined || v === '') throw new StripeError(400, 'invalid_request_error', `Missing required param: ${name}.`, 'parameter_missing', name)
  return v
}

function missing(kind: string, id: string, param: string, status = 404): StripeError {
  return new StripeError(status, 'invalid_request_error', `No such ${kind}: '${id}'`, 'resource_missing', param)
}

interface Ctx {
  method: string
  path: string
  query: FormObject
  form: FormObject
  params: string[]
}

interface Answer {
  status: number
  body: unknown
}

type Handler = (ctx: Ctx) => Answer

/** Starts a Stripe REST fake on 127.0.0.1:<random port>. */
export async function startStripeServer(opts: { secretKey?: string } = {}): Promise<StripeTestServer> {
  const secretKey = opts.secretKey ?? `sk_test_${randomBytes(12).toString('hex')}`
  const requests: StripeRequestRecord[] = []
  const customers = new Map<string, Json>()
  const portalSessions = new Map<string, Json>()
  const subscriptions = new Map<string, Json>()
  const meterEvents: RecordedMeterEvent[] = []
  const idempotent = new Map<string, { method: string; path: string; params: string; status: number; body: string; requestId: string }>()
  const failures: { path: string; method?: string; remaining: number; status: number; shouldRetry?: boolean; applied?: boolean }[] = []
  const takeFailure = (path: string, method: string, applied: boolean) => {
    const f = failures.find((x) => x.remaining > 0 && x.path === path && (!x.method || x.method === method) && !!x.applied === applied)
    if (f) f.remaining--
    return f
  }
  const injected = (f: { status: number }) => new StripeError(f.status, 'api_error', "Something went wrong on Stripe's end. (injected by the test server)")
  const retryHeader = (f: { shouldRetry?: boolean }): Record<string, string> => (f.shouldRetry === undefined ? {} : { 'stripe-should-retry': String(f.shouldRetry) })

  function addCustomer(f: { email?: string; name?: string; metadata?: Record<string, string>; description?: string; phone?: string } = {}): Json {
    const id = stripeId('cus', 14)
    const c: Json = {
      id,
      object: 'customer',
      address: null,
      balance: 0,
      created: now(),
      currency: null,
      default_source: null,
      delinquent: false,
      description: f.description ?? null,
      discount: null,
      email: f.email ?? null,
      invoice_prefix: randomBytes(4).toString('hex').toUpperCase(),
      invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
      livemode: false,
      metadata: f.metadata ?? {},
      name: f.name ?? null,
      next_invoice_sequence: 1,
      phone: f.phone ?? null,
      preferred_locales: [],
      shipping: null,
      tax_exempt: 'none',
      test_clock: null,
    }
    customers.set(id, c)
    return c
  }

  function priceJson(id: string): Json {
    return {
      id,
      object: 'price',
      active: true,
      billing_scheme: 'per_unit',
      created: now(),
      currency: 'usd',
      livemode: false,
      lookup_key: null,
      metadata: {},
      nickname: null,
      product: stripeId('prod', 14),
      recurring: { interval: 'month', interval_count: 1, meter: null, usage_type: 'licensed' },
      tax_behavior: 'unspecified',
      type: 'recurring',
      unit_amount: 0,
      unit_amount_decimal: '0',
    }
  }

  function addSubscription(f: { customer: string; price?: string; status?: string; currentPeriodEnd?: number; metadata?: Record<string, string> }): Json {
    const id = stripeId('sub')
    const start = now()
    const end = f.currentPeriodEnd ?? start + 30 * 86400
    const s: Json = {
      id,
      object: 'subscription',
      application: null,
      billing_cycle_anchor: start,
      cancel_at: null,
      cancel_at_period_end: false,
      canceled_at: null,
      collection_method: 'charge_automatically',
      created: start,
      currency: 'usd',
      customer: f.customer,
      default_payment_method: null,
      ended_at: null,
      items: {
        object: 'list',
        data: [
          {
            id: stripeId('si', 14),
            object: 'subscription_item',
            created: start,
            current_period_end: end,
            current_period_start: start,
            metadata: {},
            price: priceJson(f.price ?? stripeId('price')),
            quantity: 1,
            subscription: id,
          },
        ],
        has_more: false,
        total_count: 1,
        url: `/v1/subscription_items?subscription=${id}`,
      },
      latest_invoice: null,
      livemode: false,
      metadata: f.metadata ?? {},
      start_date: start,
      status: f.status ?? 'active',
      trial_end: null,
      trial_start: null,
    }
    subscriptions.set(id, s)
    return s
  }

  function makeEvent(type: string, object: Json, previousAttributes?: Json): Json {
    return {
      id: stripeId('evt'),
      object: 'event',
      api_version: null,
      created: now(),
      data: previousAttributes ? { object, previous_attributes: previousAttributes } : { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    }
  }

  const customerOr = (id: string, param: string, status: number) => {
    const c = customers.get(id)
    if (!c || c.deleted) throw missing('customer', id, param, status)
    return c
  }

  // ---- routes ------------------------------------------------------------------------------------

  const routes: { method: string; pattern: RegExp; handler: Handler; params?: ParamSpec }[] = []
  const route = (method: string, pattern: string, handler: Handler, params?: ParamSpec) =>
    routes.push({ method, pattern: new RegExp(`^${pattern}$`), handler, params })
  const ID = '([A-Za-z0-9_]+)'

  route('POST', '/v1/customers', ({ form }) => {
    const c = addCustomer({
      email: str(form.email),
      name: str(form.name),
      description: str(form.description),
      phone: str(form.phone),
      metadata: strMap(form.metadata),
    })
    return { status: 200, body: c }
  }, PARAMS.createCustomer)
  route('GET', `/v1/customers/${ID}`, ({ params }) => {
    const c = customers.get(params[0])
    if (!c) throw missing('customer', params[0], 'id')
    return { status: 200, body: c }
  }, PARAMS.retrieve)
  route('POST', `/v1/customers/${ID}`, ({ params, form }) => {
    const c = customerOr(params[0], 'id', 404)
    for (const k of ['email', 'name', 'description', 'phone'] as const) if (str(form[k]) !== undefined) c[k] = str(form[k]) || null
    if (form.metadata !== undefined) {
      const meta = { ...(c.metadata as Record<string, string>) }
      // An empty value unsets a key, as on Stripe.
      for (const [k, v] of Object.entries(strMap(form.metadata))) {
        if (v === '') delete meta[k]
        else meta[k] = v
      }
      c.metadata = meta
    }
    return { status: 200, body: c }
  })
  route('DELETE', `/v1/customers/${ID}`, ({ params }) => {
    customerOr(params[0], 'id', 404)
    customers.set(params[0], { id: params[0], object: 'customer', deleted: true })
    return { status: 200, body: { id: params[0], object: 'customer', deleted: true } }
  })

  route('POST', '/v1/billing_portal/sessions', ({ form }) => {
    const customer = requiredParam(form, 'customer')
    customerOr(customer, 'customer', 400)
    const id = stripeId('bps')
    const session: Json = {
      id,
      object: 'billing_portal.session',
      configuration: stripeId('bpc'),
      created: now(),
      customer,
      flow: null,
      livemode: false,
      locale: str(form.locale) ?? null,
      on_behalf_of: null,
      return_url: str(form.return_url) ?? null,
      url: `https://billing.stripe.com/p/session/test_${stripeId('x', 40).slice(2)}`,
    }
    portalSessions.set(id, session)
    return { status: 200, body: session }
  }, PARAMS.createPortalSession)

  route('POST', '/v1/billing/meter_events', ({ form }) => {
    const eventName = requiredParam(form, 'event_name')
    const payload = strMap(form.payload)
    // The default meter maps stripe_customer_id and value; Stripe rejects an event without them.
    for (const key of ['stripe_customer_id', 'value']) {
      if (!payload[key]) {
        throw new StripeError(400, 'invalid_request_error', `Missing required param: payload[${key}].`, 'parameter_missing', `payload[${key}]`)
      }
    }
    if (!/^-?\d+(\.\d+)?$/.test(payload.value)) {
      throw new StripeError(400, 'invalid_request_error', 'payload[value] must be a number.', 'parameter_invalid_string', 'payload[value]')
    }
    // API 2026-04-22: at most 15 significant digits (more lose precision as doubles).
    if (payload.value.replace(/^-?0*|\./g, '').replace(/^0+/, '').length > 15) {
      throw new StripeError(400, 'invalid_request_error', `The value in the event payload can have at most 15 digits. Received ${payload.value}.`, 'meter_event_value_too_many_digits', 'payload[value]')
    }
    const created = now()
    const timestamp = form.timestamp === undefined ? created : Number(str(form.timestamp))
    if (!Number.isInteger(timestamp) || timestamp < created - 35 * 86400 || timestamp > created + 300) {
      throw new StripeError(400, 'invalid_request_error', 'Timestamp must be within the past 35 calendar days or up to 5 minutes in the future.', 'parameter_invalid_integer', 'timestamp')
    }
    const identifier = str(form.identifier) || stripeId('ident')
    if (meterEvents.some((e) => e.identifier === identifier)) {
      throw new StripeError(400, 'invalid_request_error', `An event already exists with identifier ${identifier}.`, 'resource_already_exists', 'identifier')
    }
    const ev: RecordedMeterEvent = { event_name: eventName, identifier, payload, timestamp, created }
    meterEvents.push(ev)
    return { status: 200, body: { object: 'billing.meter_event', ...ev, livemode: false } }
  }, PARAMS.createMeterEvent)

  route('GET', `/v1/subscriptions/${ID}`, ({ params }) => {
    const s = subscriptions.get(params[0])
    if (!s) throw missing('subscription', params[0], 'id')
    return { status: 200, body: s }
  }, PARAMS.retrieve)
  route('DELETE', `/v1/subscriptions/${ID}`, ({ params }) => {
    const s = subscriptions.get(params[0])
    if (!s) throw missing('subscription', params[0], 'id')
    s.status = 'canceled'
    s.canceled_at = now()
    s.ended_at = now()
    return { status: 200, body: s }
  })

  const billing = installStripeBilling({
    route, stripeId, now, customers, subscriptions, meterEvents,
    fail: (status, message, code, param) => new StripeError(status, 'invalid_request_error', message, code, param),
    missing,
  })
  const checkout = installStripeCheckout({
    route, stripeId, now, customerOr, addCustomer, missing, prices: billing.prices, subscriptions, subscriptionItem: billing.subscriptionItem,
  })

  // ---- HTTP plumbing -----------------------------------------------------------------------------

  function apiKeyOf(req: IncomingMessage): string | undefined {
    const auth = req.headers.authorization ?? ''
    const bearer = /^Bearer\s+(\S+)$/i.exec(auth)
    if (bearer) return bearer[1]
    const basic = /^Basic\s+(\S+)$/i.exec(auth)
    if (basic) return Buffer.from(basic[1], 'base64').toString('utf8').split(':')[0]
    return undefined
  }

  const masked = (key: string) => `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req)
    const u = new URL(req.url ?? '/', 'http://localhost')
    const method = (req.method ?? 'GET').toUpperCase()
    const path = u.pathname
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]))
    const idempotencyKey = headers['idempotency-key'] || undefined
    const record: StripeRequestRecord = {
      method,
      path,
      query: parseStripeForm(u.search.slice(1)),
      form: (headers['content-type'] ?? '').includes('application/x-www-form-urlencoded') ? parseStripeForm(raw) : {},
      headers,
      idempotencyKey,
    }
    requests.push(record)

    const requestId = stripeId('req', 14)
    const send = (status: number, body: string, extra: Record<string, string> = {}, reqId = requestId) => {
      record.status = status
      res
        .writeHead(status, {
          'content-type': 'application/json',
          'request-id': reqId,
          'stripe-version': headers['stripe-version'] || '2026-10-28.endive',
          ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
          ...extra,
        })
        .end(body)
    }
    const sendError = (e: StripeError, extra: Record<string, string> = {}) => {
      const error: Json = { message: e.message, type: e.type, request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}` }
      if (e.code) {
        error.code = e.code
        error.doc_url = `https://stripe.com/docs/error-codes/${e.code.replace(/_/g, '-')}`
      }
      if (e.param) error.param = e.param
      send(e.status, JSON.stringify({ error }, null, 2), extra)
    }

    const key = apiKeyOf(req)
    if (!key) {
      return sendError(
        new StripeError(401, 'invalid_request_error', 'You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. \'Authorization: Bearer YOUR_SECRET_KEY\').'),
        { 'www-authenticate': 'Bearer realm="Stripe"' },
      )
    }
    if (key !== secretKey) {
      return sendError(new StripeError(401, 'invalid_request_error', `Invalid API Key provided: ${masked(key)}`), { 'www-authenticate': 'Bearer realm="Stripe"' })
    }

    const failure = takeFailure(path, method, false)
    if (failure) return sendError(injected(failure), retryHeader(failure))

    // Stripe applies idempotency keys to POST only.
    const paramsFingerprint = JSON.stringify(record.form)
    if (idempotencyKey && method === 'POST') {
      const prior = idempotent.get(idempotencyKey)
      if (prior) {
        if (prior.method !== method || prior.path !== path || prior.params !== paramsFingerprint) {
          return sendError(
            new StripeError(
              400,
              'idempotency_error',
              `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
            ),
          )
        }
        record.replayed = true
        return send(prior.status, prior.body, { 'idempotent-replayed': 'true', 'original-request': prior.requestId }, requestId)
      }
    }

    const matching = routes.filter((r) => r.pattern.test(path))
    const r = matching.find((x) => x.method === method)
    if (!r) {
      return sendError(
        new StripeError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`),
      )
    }
    const ctx: Ctx = { method, path, query: record.query, form: record.form, params: (r.pattern.exec(path) ?? []).slice(1) }
    let status: number
    let body: string
    try {
      const unknown = r.params ? unknownParam(method === 'GET' || method === 'DELETE' ? record.query : record.form, r.params) : undefined
      if (unknown) throw new StripeError(400, 'invalid_request_error', `Received unknown parameter: ${unknown}`, 'parameter_unknown', unknown)
      const answer = r.handler(ctx)
      status = answer.status
      body = JSON.stringify(answer.body, null, 2)
    } catch (err) {
      if (!(err instanceof StripeError)) throw err
      if (err.status === 400 || !idempotencyKey || method !== 'POST') return sendError(err)
      const error = { message: err.message, type: err.type, code: err.code, param: err.param }
      status = err.status
      body = JSON.stringify({ error }, null, 2)
    }
    if (idempotencyKey && method === 'POST') idempotent.set(idempotencyKey, { method, path, params: paramsFingerprint, status, body, requestId })
    const lost = takeFailure(path, method, true)
    if (lost) return sendError(injected(lost), retryHeader(lost))
    send(status, body)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { type: 'api_error', message: String(err) } }))
      }
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const host = '127.0.0.1'
  const url = `http://${host}:${port}`

  return {
    url,
    host,
    port,
    secretKey,
    env: { STRIPE_SECRET_KEY: secretKey, STRIPE_API_BASE_URL: url },
    requests,
    state: {
      customers,
      checkoutSessions: checkout.sessions,
      portalSessions,
      subscriptions,
      meterEvents,
      addCustomer,
      addSubscription,
      completeCheckoutSession: checkout.complete,
      makeEvent,
      billing,
    },
    failNext(path, count = 1, o = {}) {
      failures.push({ path, method: o.method?.toUpperCase(), remaining: count, status: o.status ?? 500, shouldRetry: o.shouldRetry, applied: o.applied })
    },
    close: () => closeServer(server),
  }
}
