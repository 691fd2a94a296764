// Request validation of the Stripe test server, as Stripe validates: the parameters each endpoint
// accepts (from the API reference, which the SDK's `*Params` types are generated from), integers,
// enums. A parameter the endpoint does not know is a 400 `parameter_unknown`, as on Stripe.

export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

export class StripeError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message)
  }
}

/**
 * The parameters a route accepts, named as Stripe's API reference names them (the SDK's
 * `*Params` types are generated from it): `mode` (any value), `metadata` (a free map too),
 * `line_items[].price` (a field of each element of an array of objects), `subscription_data.metadata`
 * (a field of a nested object). Anything else is refused as Stripe refuses it:
 * 400 `parameter_unknown`, "Received unknown parameter: line_items[0][foo]".
 */
export type ParamSpec = readonly string[]

export const PAGINATION: ParamSpec = ['limit', 'starting_after', 'ending_before']

/** The first parameter of `form` that `allowed` does not name, in Stripe's bracket notation. */
export function unknownParam(form: FormObject, allowed: ParamSpec): string | undefined {
  const all = ['expand', ...allowed]
  const nested = (path: string) => all.some((a) => a.startsWith(`${path}.`) || a.startsWith(`${path}[].`))
  const walk = (node: FormObject, path: string, shown: string): string | undefined => {
    for (const [k, v] of Object.entries(node)) {
      const name = path ? `${path}.${k}` : k
      const label = shown ? `${shown}[${k}]` : k
      if (all.includes(name)) continue
      if (Array.isArray(v) && nested(`${path ? `${path}.` : ''}${k}`)) {
        for (let i = 0; i < v.length; i++) {
          const item = v[i]
          if (typeof item !== 'object' || Array.isArray(item)) return `${label}[${i}]`
          const bad = walk(item, `${name}[]`, `${label}[${i}]`)
          if (bad) return bad
        }
        continue
      }
      if (typeof v === 'object' && !Array.isArray(v) && nested(name)) {
        const bad = walk(v, name, label)
        if (bad) return bad
        continue
      }
      return label
    }
    return undefined
  }
  return walk(form, '', '')
}

/** A positive integer parameter (Stripe: "Invalid integer: abc"); undefined when absent. */
export function intParam(v: FormValue | undefined, param: string, o: { min?: number; max?: number } = {}): number | undefined {
  if (v === undefined) return undefined
  const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : NaN
  if (!Number.isInteger(n)) throw new StripeError(400, 'invalid_request_error', `Invalid integer: ${String(v)}`, 'parameter_invalid_integer', param)
  if ((o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max)) {
    const range = o.max !== undefined ? `between ${o.min ?? 0} and ${o.max}` : `greater than or equal to ${o.min}`
    throw new StripeError(400, 'invalid_request_error', `This value must be ${range}.`, 'parameter_invalid_integer', param)
  }
  return n
}

/** One of the values an enum parameter accepts (Stripe: "Invalid <param>: must be one of a, b, or c"). */
export function enumParam(v: FormValue | undefined, param: string, values: readonly string[]): string | undefined {
  if (v === undefined) return undefined
  if (typeof v === 'string' && values.includes(v)) return v
  const list = values.length > 1 ? `${values.slice(0, -1).join(', ')}, or ${values[values.length - 1]}` : values[0]
  throw new StripeError(400, 'invalid_request_error', `Invalid ${param}: must be one of ${list}`, 'parameter_invalid_string', param)
}


const CHECKOUT_LINE_ITEM = ['adjustable_quantity', 'metadata', 'price', 'price_data', 'quantity', 'tax_rates']
const CHECKOUT_SUBSCRIPTION_DATA = [
  'application_fee_percent', 'billing_cycle_anchor', 'billing_cycle_anchor_config', 'billing_mode', 'default_tax_rates', 'description',
  'invoice_settings', 'metadata', 'on_behalf_of', 'pending_invoice_item_interval', 'proration_behavior', 'transfer_data', 'trial_end',
  'trial_period_days', 'trial_settings',
]
const SUBSCRIPTION_ITEM = ['billing_thresholds', 'current_trial', 'discounts', 'metadata', 'plan', 'price', 'price_data', 'quantity', 'tax_rates']

/** What each endpoint the API calls accepts (API version 2026-10-28, the SDK's own). */
export const PARAMS = {
  createCustomer: [
    'address', 'balance', 'business_name', 'cash_balance', 'description', 'email', 'individual_name', 'invoice_prefix', 'invoice_settings',
    'metadata', 'name', 'next_invoice_sequence', 'payment_method', 'phone', 'preferred_locales', 'shipping', 'source', 'tax', 'tax_exempt',
    'tax_id_data', 'test_clock', 'validate',
  ],
  createCheckoutSession: [
    'adaptive_pricing', 'after_expiration', 'allow_promotion_codes', 'allowed_payment_method_types', 'automatic_tax', 'billing_address_collection',
    'branding_settings', 'cancel_url', 'client_reference_id', 'consent_collection', 'currency', 'custom_fields', 'custom_text', 'customer',
    'customer_account', 'customer_creation', 'customer_email', 'customer_update', 'discounts', 'excluded_payment_method_types', 'expires_at',
    'integration_identifier', 'invoice_creation', 'locale', 'managed_payments', 'metadata', 'mode', 'name_collection', 'optional_items',
    'origin_context', 'payment_intent_data', 'payment_method_collection', 'payment_method_configuration', 'payment_method_data',
    'payment_method_options', 'permissions', 'phone_number_collection', 'redirect_on_completion', 'return_url', 'saved_payment_method_options',
    'setup_intent_data', 'shipping_address_collection', 'shipping_options', 'submit_type', 'success_url', 'tax_id_collection', 'ui_mode',
    'wallet_options',
    ...CHECKOUT_LINE_ITEM.map((k) => `line_items[].${k}`),
    ...CHECKOUT_SUBSCRIPTION_DATA.map((k) => `subscription_data.${k}`),
  ],
  listCheckoutSessions: [...PAGINATION, 'created', 'customer', 'customer_account', 'customer_details', 'payment_intent', 'payment_link', 'status', 'subscription'],
  createPortalSession: ['after_expiration', 'configuration', 'customer', 'customer_account', 'flow_data', 'locale', 'on_behalf_of', 'return_url'],
  createMeterEvent: ['event_name', 'payload', 'identifier', 'timestamp'],
  createMeter: ['customer_mapping', 'default_aggregation', 'display_name', 'event_name', 'event_time_window', 'value_settings'],
  listMeters: [...PAGINATION, 'status'],
  listPrices: [...PAGINATION, 'active', 'created', 'currency', 'lookup_keys', 'product', 'recurring', 'type'],
  createSubscription: [
    'add_invoice_items', 'application_fee_percent', 'automatic_tax', 'backdate_start_date', 'billing_cycle_anchor', 'billing_cycle_anchor_config',
    'billing_mode', 'billing_schedules', 'billing_thresholds', 'cancel_at', 'cancel_at_period_end', 'collection_method', 'currency', 'customer',
    'customer_account', 'days_until_due', 'default_payment_method', 'default_source', 'default_tax_rates', 'description', 'discounts',
    'invoice_settings', 'metadata', 'off_session', 'on_behalf_of', 'payment_behavior', 'payment_settings', 'pending_invoice_item_interval',
    'proration_behavior', 'transfer_data', 'trial_end', 'trial_from_plan', 'trial_period_days', 'trial_settings',
    ...SUBSCRIPTION_ITEM.map((k) => `items[].${k}`),
  ],
  retrieve: [],
  createSubscriptionItem: [
    'subscription', 'billing_thresholds', 'current_trial', 'discounts', 'metadata', 'payment_behavior', 'plan', 'price', 'price_data',
    'proration_behavior', 'proration_date', 'quantity', 'tax_rates',
  ],
  updateSubscriptionItem: [
    'billing_thresholds', 'current_trial', 'discounts', 'metadata', 'off_session', 'payment_behavior', 'plan', 'price', 'price_data',
    'proration_behavior', 'proration_date', 'quantity', 'tax_rates',
  ],
  createInvoicePreview: [
    'automatic_tax', 'currency', 'customer', 'customer_account', 'customer_details', 'discounts', 'invoice_items', 'issuer', 'on_behalf_of',
    'preview_mode', 'schedule', 'schedule_details', 'subscription', 'subscription_details',
  ],
  listInvoices: [...PAGINATION, 'collection_method', 'created', 'customer', 'customer_account', 'due_date', 'status', 'subscription'],
} satisfies Record<string, ParamSpec>
