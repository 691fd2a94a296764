const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i
// Below this a number is unix seconds (Python's time.time()), above it milliseconds (Date.now()).
const SECONDS_BELOW = 1e11

/**
 * An event's `at` as the agent sends it: an ISO-8601 string or unix seconds/milliseconds.
 * `null` when absent, `undefined` when present but not a time.
 */
export function parseEventTime(at: unknown): Date | null | undefined {
  if (at === undefined || at === null) return null
  let d: Date | undefined
  if (typeof at === 'number' && Number.isFinite(at) && at >= 0 && at <= 1e13) d = new Date(at < SECONDS_BELOW ? at * 1000 : at)
  else if (typeof at === 'string' && ISO_8601.test(at)) d = new Date(at)
  return d && !Number.isNaN(d.getTime()) ? d : undefined
}
