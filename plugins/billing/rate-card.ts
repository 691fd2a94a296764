import type { Config } from '../../src/config.js'

/**
 * The rate card: the one source of RapidCall's prices (every number comes from configuration,
 * README "Billing"). Calls are billed per second; a line keeps 6 decimals and only invoices
 * round, so the usage summary (a sum of these lines) equals what Stripe bills for the same
 * quantities. Stripe prices are found by `lookupKey` and meter events go to `eventName`.
 */

export const LINE_KEYS = ['voice_base_minutes', 'voice_model_upgrade_minutes', 'telephony_minutes', 'llm_token_overage_1k', 'phone_numbers'] as const
export type LineKey = (typeof LINE_KEYS)[number]

const DESCRIPTIONS: Record<LineKey, string> = {
  voice_base_minutes: 'Base voice minutes',
  voice_model_upgrade_minutes: 'Model upgrade minutes',
  telephony_minutes: 'Telephony minutes',
  llm_token_overage_1k: 'LLM token overage',
  phone_numbers: 'Phone numbers',
}
const UNITS: Record<LineKey, string> = {
  voice_base_minutes: 'min',
  voice_model_upgrade_minutes: 'min',
  telephony_minutes: 'min',
  llm_token_overage_1k: '1k tokens',
  phone_numbers: 'number-month',
}

export interface CostLine {
  key: LineKey
  /** The Stripe meter this line is reported to: the key, or `voice_model_upgrade_minutes:<model>`. */
  meter: string
  description: string
  quantity: number
  unit: string
  unitUsd: number
  amountUsd: number
  model?: string
}

export interface CallCost {
  totalUsd: number
  lines: CostLine[]
  /** The model the call was priced with. */
  model: string | null
}

/** One priced line of the card as Stripe knows it: a metered price (or the licensed number fee). */
export interface MeterSpec {
  meter: string
  key: LineKey
  description: string
  unit: string
  unitUsd: number
  lookupKey: string
  /** Billing Meter event name; none for the licensed phone-number fee. */
  eventName?: string
  model?: string
}

export interface RateCard {
  baseUsdPerMin: number
  defaultLlmModel: string
  llmSurchargeUsdPerMinByModel: Readonly<Record<string, number>>
  includedTokensPerMin: number
  tokenOverageUsdPer1K: number
  telephonyUsdPerMin: number
  telephonyMarkupRate: number
  /** Telephony as billed: cost plus markup. */
  telephonyBilledUsdPerMin: number
  phoneNumberMonthlyFeeUsd: number
  meters: MeterSpec[]
}

export const round6 = (n: number) => Math.round(n * 1e6) / 1e6

/** Meter names and event names: `[a-z0-9_]` only, as Stripe's event names and lookup keys accept. */
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '')

export function createRateCard(billing: Config['billing']): RateCard {
  const r = billing.rates
  const prefix = billing.lookupKeyPrefix
  const telephonyBilledUsdPerMin = round6(r.telephonyUsdPerMin * (1 + r.telephonyMarkupRate))
  const spec = (key: LineKey, unitUsd: number, model?: string): MeterSpec => {
    const meter = model ? `${key}:${model}` : key
    const name = `${prefix}${slug(model ? `${key}__${model}` : key)}`
    return {
      meter, key, unitUsd, lookupKey: name, description: model ? `${DESCRIPTIONS[key]} (${model})` : DESCRIPTIONS[key], unit: UNITS[key],
      ...(key === 'phone_numbers' ? {} : { eventName: name }), ...(model ? { model } : {}),
    }
  }
  const upgrades = Object.entries(r.llmSurchargeUsdPerMinByModel).filter(([, usd]) => usd > 0).sort(([a], [b]) => a.localeCompare(b))
  return {
    ...r,
    telephonyBilledUsdPerMin,
    meters: [
      spec('voice_base_minutes', r.baseUsdPerMin),
      ...upgrades.map(([model, usd]) => spec('voice_model_upgrade_minutes', usd, model)),
      spec('telephony_minutes', telephonyBilledUsdPerMin),
      spec('llm_token_overage_1k', r.tokenOverageUsdPer1K),
      spec('phone_numbers', r.phoneNumberMonthlyFeeUsd),
    ],
  }
}

/**
 * The surcharge entry for a model as agents name it: case-insensitive, a `provider/` prefix dropped,
 * a dated or versioned variant (`gpt-4.1-2025-04-14`, `gpt-4o-latest`) matched to the listed name it extends.
 * Another model of the family (`gpt-5-mini` beside `gpt-5`) is not the listed one.
 */
const VERSION_SUFFIX = /^-(\d|latest\b|preview\b)/

export function surchargeModel(card: RateCard, model: string): string | undefined {
  const name = model.toLowerCase().replace(/^.*\//, '')
  const table = card.llmSurchargeUsdPerMinByModel
  if (Object.hasOwn(table, name)) return name
  return Object.keys(table)
    .filter((known) => name.startsWith(`${known}-`) && VERSION_SUFFIX.test(name.slice(known.length)))
    .sort((a, b) => b.length - a.length)[0]
}

export interface PricedCall {
  /** Billed seconds: 0 for a call nobody answered. */
  seconds: number
  /** Phone network leg (inbound or outbound phone call) rather than a browser call. */
  pstn: boolean
  /** LLM tokens the agent used (prompt + completion), our own post-call analysis excluded. */
  tokens: number
  model: string | null
}

/** The cost of one call by the card. A call that was never answered costs nothing. */
export function priceCall(card: RateCard, c: PricedCall): CallCost {
  const model = c.model ?? card.defaultLlmModel
  if (c.seconds <= 0) return { totalUsd: 0, lines: [], model }
  const minutes = round6(c.seconds / 60)
  const lines: CostLine[] = []
  const add = (key: LineKey, quantity: number, unitUsd: number, upgrade?: string) => {
    const m = card.meters.find((x) => x.key === key && x.model === upgrade)!
    lines.push({
      key, meter: m.meter, description: m.description, quantity, unit: m.unit, unitUsd, amountUsd: round6(quantity * unitUsd),
      ...(upgrade ? { model: upgrade } : {}),
    })
  }
  add('voice_base_minutes', minutes, card.baseUsdPerMin)
  const upgrade = surchargeModel(card, model)
  const surcharge = upgrade ? card.llmSurchargeUsdPerMinByModel[upgrade] : 0
  if (upgrade && surcharge > 0) add('voice_model_upgrade_minutes', minutes, surcharge, upgrade)
  if (c.pstn) add('telephony_minutes', minutes, card.telephonyBilledUsdPerMin)
  const overage = c.tokens - card.includedTokensPerMin * (c.seconds / 60)
  if (overage > 0 && card.tokenOverageUsdPer1K > 0) add('llm_token_overage_1k', round6(overage / 1000), card.tokenOverageUsdPer1K)
  return { totalUsd: round6(lines.reduce((s, l) => s + l.amountUsd, 0)), lines, model }
}
