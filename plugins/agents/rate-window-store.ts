import type { Sql } from '../../src/db/connect.js'
import { HttpError } from '../../src/platform/http-error.js'

/**
 * A fixed one-minute window per key in PostgreSQL (studio_rate_windows), shared by every API
 * instance. `take` counts one hit and throws 429 `rate_limited` past `max`.
 */
export function createRateWindows(sql: Sql, now: () => Date) {
  return {
    async take(key: string, max: number) {
      const windowMs = 60_000
      const at = now().getTime()
      const start = new Date(at - (at % windowMs))
      const [row] = await sql<{ hits: number }[]>`
        insert into studio_rate_windows (key, window_start, hits) values (${key}, ${start}, 1)
        on conflict (key) do update set
          hits = case when studio_rate_windows.window_start = excluded.window_start then studio_rate_windows.hits + 1 else 1 end,
          window_start = excluded.window_start
        returning hits`
      if (row.hits > max) {
        const retry = Math.max(1, Math.ceil((start.getTime() + windowMs - at) / 1000))
        throw new HttpError(429, 'rate_limited', `At most ${max} per minute for this workspace: retry in ${retry} s`, { limit: max }, { 'retry-after': String(retry) })
      }
    },
  }
}

export type RateWindows = ReturnType<typeof createRateWindows>
