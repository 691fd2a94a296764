import { newId } from '../../src/platform/ids.js'
import type { RecipientInput } from '../../schemas/campaigns.js'
import { normalisePhone } from '../do-not-call/index.js'
import type { NewRecipient } from './recipient-store.js'

export interface RejectedRow {
  row: number
  phone: string
  reason: string
}

export interface CheckedRows {
  rows: NewRecipient[]
  rejected: RejectedRow[]
  /** Rows whose number came earlier in the same input (merged into that one). */
  duplicates: number
}

const zoneCache = new Map<string, boolean>()

/** Whether the runtime's tz database knows the zone (the same IANA names PostgreSQL's has). */
export function isTimeZone(zone: string): boolean {
  let ok = zoneCache.get(zone)
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone })
      ok = zone.length <= 64
    } catch {
      ok = false
    }
    if (zoneCache.size < 10_000) zoneCache.set(zone, ok)
  }
  return ok
}

/**
 * Normalises and validates rows (JSON entries or CSV lines): E.164 with the default country,
 * a real time zone; a number seen earlier in the input is merged into that row (its non-empty
 * name, zone and variables win). `row` numbers the input as the client counts it.
 */
export function checkRecipientRows(input: Iterable<{ row: number; value: RecipientInput }>, defaultCountry: string | undefined): CheckedRows {
  const byPhone = new Map<string, NewRecipient>()
  const rejected: RejectedRow[] = []
  let duplicates = 0
  for (const { row, value } of input) {
    const phone = normalisePhone(value.phone, defaultCountry, { strict: true })
    if (!phone.ok) {
      rejected.push({ row, phone: value.phone, reason: phone.reason })
      continue
    }
    const timezone = value.timezone?.trim() || null
    if (timezone && !isTimeZone(timezone)) {
      rejected.push({ row, phone: value.phone, reason: `unknown time zone ${JSON.stringify(timezone)}` })
      continue
    }
    const name = value.name?.trim() ?? ''
    const seen = byPhone.get(phone.e164)
    if (seen) {
      duplicates++
      if (name) seen.name = name
      if (timezone) seen.timezone = timezone
      seen.variables = { ...seen.variables, ...value.variables }
      continue
    }
    byPhone.set(phone.e164, {
      id: newId('rcp'),
      phone: phone.e164,
      name,
      timezone,
      variables: { ...value.variables },
      status: 'queued',
      phoneNumberId: value.phoneNumberId ?? null,
      maxAttempts: value.maxAttempts ?? null,
      recordingEnabled: value.recordingEnabled ?? null,
    })
  }
  return { rows: [...byPhone.values()], rejected, duplicates }
}
