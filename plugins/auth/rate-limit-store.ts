import { createHash } from 'node:crypto'
import type { Sql } from '../../src/db/connect.js'
import type { Clock } from '../../src/platform/clock.js'

type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void

// Every this many hits an instance deletes windows that ended a day ago (a few rows at a time).
const SWEEP_EVERY = 500
const SWEEP_AFTER_MS = 86_400_000

const digest = (key: string) => createHash('sha256').update(key).digest()

/**
 * A `@fastify/rate-limit` store in PostgreSQL (auth_rate_windows): the login/signup limits count
 * once for all API instances, not once per process. Fixed windows, like the plugin's LocalStore,
 * but timed by `clock` (app.clock) so tests move the window instead of waiting.
 * One upsert per request: the row lock serializes concurrent hits on one key.
 */
export function postgresRateLimitStore(sql: Sql, clock: Clock) {
  let hits = 0

  async function hit(key: string, windowMs: number) {
    const now = clock.now()
    const expiredBefore = new Date(now.getTime() - windowMs)
    // Both CASEs read the row's old window_start (UPDATE ... SET sees the pre-update row).
    const [row] = await sql<{ hits: number; window_start: Date }[]>`
      insert into auth_rate_windows (key, window_start, hits) values (${digest(key)}, ${now}, 1)
      on conflict (key) do update set
        hits = case when auth_rate_windows.window_start <= ${expiredBefore} then 1 else auth_rate_windows.hits + 1 end,
        window_start = case when auth_rate_windows.window_start <= ${expiredBefore} then excluded.window_start else auth_rate_windows.window_start end
      returning hits, window_start`
    if (++hits % SWEEP_EVERY === 0) {
      await sql`delete from auth_rate_windows where key in (
        select key from auth_rate_windows where window_start < ${new Date(now.getTime() - SWEEP_AFTER_MS)} limit 1000)`
    }
    return { current: row.hits, ttl: Math.max(0, windowMs - (now.getTime() - row.window_start.getTime())) }
  }

  async function peek(key: string, windowMs: number) {
    const now = clock.now()
    const [row] = await sql<{ hits: number; window_start: Date }[]>`
      select hits, window_start from auth_rate_windows where key = ${digest(key)} and window_start > ${new Date(now.getTime() - windowMs)}`
    return row ? { current: row.hits, ttl: windowMs - (now.getTime() - row.window_start.getTime()) } : { current: 0, ttl: 0 }
  }

  // The plugin instantiates the store itself (`new Store(options)`) and asks each limit for a child.
  return class PostgresRateLimitStore {
    incr(key: string, cb: Callback, timeWindow: number) {
      hit(key, timeWindow).then((r) => cb(null, r), (err: Error) => cb(err))
    }

    read(key: string, cb: Callback, timeWindow: number) {
      peek(key, timeWindow).then((r) => cb(null, r), (err: Error) => cb(err))
    }

    child() {
      return new PostgresRateLimitStore()
    }
  }
}
