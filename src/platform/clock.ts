/**
 * The one clock the API reads for business time: calling windows, retry schedules,
 * retention, trials. Production uses the system clock; tests pass a `ManualClock`
 * to `buildApp` and move it instead of waiting.
 *
 * SQL that needs "now" for a business rule takes `clock.now()` as a parameter rather
 * than calling the database's `now()`, so both sides agree on one time.
 */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock that stands still until told to move. */
export class ManualClock implements Clock {
  #ms: number

  constructor(start: Date | number = Date.now()) {
    this.#ms = typeof start === 'number' ? start : start.getTime()
  }

  now(): Date {
    return new Date(this.#ms)
  }

  set(to: Date | number): void {
    this.#ms = typeof to === 'number' ? to : to.getTime()
  }

  advance(ms: number): void {
    this.#ms += ms
  }
}
