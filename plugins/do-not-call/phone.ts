import { parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/max'

export type PhoneCheck = { ok: true; e164: string } | { ok: false; reason: string }

/**
 * A phone number as a person types it (`(415) 555-0100`, `+44 20 7946 0958`, `0044...`)
 * to E.164, with `defaultCountry` for numbers written without a country code. The full
 * metadata set ("max") lets `strict` check that the number can exist, not only that it has digits.
 */
export function normalisePhone(raw: string, defaultCountry?: string, opts: { strict?: boolean } = {}): PhoneCheck {
  const text = raw.trim()
  if (!text) return { ok: false, reason: 'phone is empty' }
  try {
    const n = parsePhoneNumberWithError(text.startsWith('00') ? `+${text.slice(2)}` : text, defaultCountry as CountryCode | undefined)
    // Strict (campaign recipients): a number that exists in the numbering plan; otherwise one
    // of a possible length (a do-not-call entry blocks whatever it is written as).
    if (opts.strict ? !n.isValid() : !n.isPossible()) return { ok: false, reason: `${text} is not a valid phone number${n.country ? ` in ${n.country}` : ''}` }
    return { ok: true, e164: n.number }
  } catch (err) {
    const code = (err as Error).message
    const why: Record<string, string> = {
      INVALID_COUNTRY: 'has no country code and no default country was given',
      NOT_A_NUMBER: 'is not a phone number',
      TOO_SHORT: 'is too short',
      TOO_LONG: 'is too long',
      INVALID_LENGTH: 'has an impossible length',
    }
    return { ok: false, reason: `${text} ${why[code] ?? 'is not a phone number'}` }
  }
}

/** The country of an E.164 number (ISO 3166 alpha-2), when libphonenumber knows it. */
export function phoneCountry(e164: string): string | undefined {
  try {
    return parsePhoneNumberWithError(e164).country
  } catch {
    return undefined
  }
}
