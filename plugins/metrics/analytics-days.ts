import { httpError } from '../../src/platform/http-error.js'

// A day series longer than this lists only the days that have calls.
const ZERO_FILL_MAX_DAYS = 1000
const DAY_MS = 86_400_000

/** The IANA zone, or 400 `invalid_time_zone` (before PostgreSQL sees a name it would refuse). */
export function checkTimeZone(tz: string | undefined): string {
  const zone = tz ?? 'UTC'
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
  } catch {
    throw httpError(400, 'invalid_time_zone', `Unknown time zone "${zone}": use an IANA name such as Europe/Riga`)
  }
  return zone
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a zone. */
export function dayIn(at: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)
}

/** Every day from `first` to `last` (inclusive, `YYYY-MM-DD`), or undefined past the bound. */
export function daysBetween(first: string, last: string): string[] | undefined {
  const start = Date.parse(`${first}T00:00:00Z`)
  const end = Date.parse(`${last}T00:00:00Z`)
  if (!(end >= start) || (end - start) / DAY_MS >= ZERO_FILL_MAX_DAYS) return undefined
  const out: string[] = []
  for (let t = start; t <= end; t += DAY_MS) out.push(new Date(t).toISOString().slice(0, 10))
  return out
}
