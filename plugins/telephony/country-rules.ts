import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js'
import { httpError } from '../../src/platform/http-error.js'

/*
 * A number's country rules: `allowed_outbound_countries` limits where it may call,
 * `allowed_inbound_countries` who it answers; an empty list allows every country. Countries come
 * from libphonenumber-js. A number whose country cannot be told (not a valid number anywhere)
 * passes only an empty list: a rule that names countries is never satisfied by a guess.
 */

/** ISO 3166-1 alpha-2 country of an E.164 number, or null when it is not a valid number of any. */
export function countryOf(e164: string): string | null {
  const parsed = parsePhoneNumberFromString(e164)
  if (!parsed) return null
  // NANP numbers share +1: the country comes from the area code, when the number is valid.
  return parsed.country ?? null
}

export interface CountryDecision {
  allowed: boolean
  country: string | null
}

export function destinationDecision(allowedCountries: readonly string[], e164: string): CountryDecision {
  const country = countryOf(e164)
  return { allowed: allowedCountries.length === 0 || (!!country && allowedCountries.includes(country)), country }
}

/** `from` empty or absent: a withheld caller, allowed unless the number refuses them. */
export function callerDecision(rules: { allowed_inbound_countries: readonly string[]; allow_withheld_callers: boolean }, from: string | null): CountryDecision & { withheld: boolean } {
  if (!from) return { allowed: rules.allow_withheld_callers, country: null, withheld: true }
  return { ...destinationDecision(rules.allowed_inbound_countries, from), withheld: false }
}

/** Upper-cased and checked against the countries libphonenumber-js knows; 400 naming the bad ones. */
export function normaliseCountries(field: string, list: readonly string[] | undefined): string[] | undefined {
  if (!list) return undefined
  const codes = [...new Set(list.map((c) => c.toUpperCase()))]
  const unknown = codes.filter((c) => !isSupportedCountry(c))
  if (unknown.length) {
    throw httpError(400, 'validation_failed', `Unknown country code(s) in ${field}: ${unknown.join(', ')}`, unknown.map(() => ({ in: 'body', field, message: 'must be an ISO 3166-1 alpha-2 country code with telephone numbering' })))
  }
  return codes.sort()
}

/** Prompt of the fallback config for a caller the number does not answer. */
export const CALLER_BLOCKED_PROMPT =
  'You are an automated assistant. Say exactly once: "Sorry, this number cannot take calls from your location. Goodbye." ' +
  'Then immediately call the end_call tool. Do not continue the conversation.'
