import { createHash } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import PgBoss from 'pg-boss'
import type { Queryable, Sql } from '../db/connect.js'

/**
 * The durable job queue every domain uses (alerts, customer call webhooks, Stripe
 * usage reports, egress retries): pg-boss 10 tables in the connection's own schema,
 * reached through our postgres.js client instead of a second `pg` pool (the embedded
 * PGlite serves a fixed number of sockets, and per-test schemas must hold the tables).
 *
 * Jobs are claimed with `FOR UPDATE SKIP LOCKED` by polling (LISTEN/NOTIFY does not work
 * over pglite-socket), so any number of API instances can work the same queue and each
 * job runs once. `enqueue(tx, ...)` writes the job inside the caller's transaction: it
 * exists only if the change that caused it commits.
 */

type LogFn = (obj: Record<string, unknown>, msg: string) => void
/** The subset of a pino/Fastify logger the queue writes to. */
export interface JobLogger {
  debug: LogFn
  info: LogFn
  warn: LogFn
  error: LogFn
}

export interface Job<T = unknown> {
  id: string
  name: string
  data: T
  /** 1 on the first run. */
  attempt: number
  maxAttempts: number
  /** Aborted when the job type's timeout passes: pass it to requests so they stop too. */
  signal: AbortSignal
}

export type JobHandler<T = unknown> = (job: Job<T>) => Promise<void>

export interface EnqueueOptions {
  /** At most one job per (name, key) while the job is kept (at least `retentionDays`): later enqueues return null. */
  singletonKey?: string
  /** Not before this time. */
  runAt?: Date
  /** Total runs before the job is dead (default 5). */
  maxAttempts?: number
  /**
   * Retry n waits between base*2^(n-1) and twice that (exponential backoff with jitter).
   * pg-boss counts whole seconds: a non-zero base is rounded to at least 1 s; 0 retries at once.
   * Default 1000.
   */
  backoffBaseMs?: number
}

/** Per job type: how much of the instance it may take, and how long one run may last. */
export interface WorkOptions {
  /** Runs of this type at once on this instance (default: the instance's concurrency minus one). */
  concurrency?: number
  /** A run still going after this is failed (and retried as any failure) and its slot freed (default 5 min). */
  timeoutMs?: number
}

export interface DeadJob {
  id: string
  name: string
  data: unknown
  singletonKey: string | null
  attempts: number
  error: string | null
  createdAt: Date
  failedAt: Date | null
}

export interface JobQueue {
  /** Adds a job using `db` (pass the transaction to commit it with the caller's change). Returns its id, or null when deduplicated. */
  enqueue<T>(db: Queryable, name: string, data: T, opts?: EnqueueOptions): Promise<string | null>
  /** Registers the handler of a job name; register every name before `start()` (or await this after it). */
  work<T>(name: string, handler: JobHandler<T>, options?: WorkOptions): Promise<void>
  /** Installs or upgrades the queue tables, creates the queues and starts polling. */
  start(): Promise<void>
  /** Stops polling and waits for the jobs in flight. Enqueueing keeps working. */
  stop(): Promise<void>
  /** Dead jobs (all attempts used, or refused as not retryable), newest first. */
  failed(name?: string): Promise<DeadJob[]>
  /** Jobs this instance runs at once over all names (a type's own cap is at most this). */
  readonly concurrency: number
}

export interface JobQueueOptions {
  sql: Sql
  log: JobLogger
  /** How often an idle instance looks for due jobs (default 1000 ms). */
  pollIntervalMs?: number
  /** Jobs run at once by this instance, over all names (default 5). */
  concurrency?: number
  /** Where pg-boss keeps its tables; default: the connection's current_schema(). */
  schema?: string
  /** How long completed and dead jobs stay before pg-boss archives them (default 14 days). */
  retentionDays?: number
  /** A job still active after this long (its process died) is failed and retried (default 900 s). */
  expireInSeconds?: number
}

/**
 * Throw it (or any error with `retryAfterMs` / `retryable`) from a handler to say when
 * to retry (e.g. to honour Retry-After) or that retrying is pointless (the job goes dead).
 */
export class JobError extends Error {
  readonly retryAfterMs?: number
  readonly retryable: boolean
  constructor(message: string, opts: { retryAfterMs?: number; retryable?: boolean; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause })
    this.name = 'JobError'
    this.retryAfterMs = opts.retryAfterMs
    this.retryable = opts.retryable ?? true
  }
}

const DEFAULT_MAX_ATTEMPTS = 5
const DEFAULT_TIMEOUT_MS = 5 * 60_000
const DEFAULT_BACKOFF_BASE_MS = 1000
const NAME = /^[A-Za-z0-9_.-]{1,100}$/

interface FetchedJob {
  id: string
  name: string
  data: unknown
  retryCount: number
  retryLimit: number
}

type Params = Parameters<Sql['unsafe']>[1]

/**
 * Parameterized text queries run as NAMED prepared statements. Unnamed ones are parsed,
 * then bound in a second round trip; pglite-socket serves every connection from one
 * backend session, so another connection's unnamed statement can replace ours in between
 * ("bind message supplies 1 parameters, but prepared statement "" requires 2").
 */
function query(db: Queryable, text: string, params: unknown[]) {
  return db.unsafe(text, params as Params, { prepare: true })
}

/**
 * pg-boss' `db` interface over postgres.js. pg-boss sends its locked maintenance and
 * migration scripts as one multi-statement `BEGIN; ...; COMMIT;` text: postgres.js only
 * allows that on a reserved connection.
 */
function executor(db: Queryable) {
  return {
    // pg-boss's own interface: its rows are untyped.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async executeSql(text: string, values: unknown[] = []): Promise<{ rows: any[] }> {
      // postgres.js serializes by the parameter types the server describes: an object
      // bound to a json/jsonb parameter is JSON-encoded once, as node-postgres would.
      const params = values.map((v) => (v === undefined ? null : v))
      if (/^\s*BEGIN\b/i.test(text) && 'reserve' in db) {
        const conn = await db.reserve()
        try {
          return { rows: await query(conn, text, params) }
        } catch (err) {
          // A failed statement leaves the script's transaction open and aborted (e.g. two
          // instances installing at once): end it before the connection goes back to the pool.
          await conn.unsafe('rollback').catch(() => undefined)
          throw err
        } finally {
          conn.release()
        }
      }
      return { rows: await query(db, text, params) }
    },
  }
}

/** A stable job id for a singleton key: the (name, id) primary key makes the insert a no-op. */
function singletonId(name: string, key: string): string {
  const h = createHash('sha256').update(`${name}\u0000${key}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** Job bookkeeping survives a blip of the database (a restart, a failover, a dropped socket). */
async function withRetries<T>(fn: () => Promise<T>, delaysMs = [50, 250, 1000]): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn()
    } catch (err) {
      if (i >= delaysMs.length) throw err
      await sleep(delaysMs[i])
    }
  }
}

function errorFacts(err: unknown): { message: string; retryAfterMs?: number; retryable: boolean } {
  const e = (err ?? {}) as { message?: unknown; retryAfterMs?: unknown; retryable?: unknown }
  const message = typeof e.message === 'string' ? e.message : String(err)
  const retryAfterMs = typeof e.retryAfterMs === 'number' && Number.isFinite(e.retryAfterMs) && e.retryAfterMs >= 0 ? e.retryAfterMs : undefined
  return { message, retryAfterMs, retryable: e.retryable !== false }
}

export function createJobQueue(options: JobQueueOptions): JobQueue {
  const { sql, log } = options
  const pollIntervalMs = options.pollIntervalMs ?? 1000
  const concurrency = Math.max(1, options.concurrency ?? 5)
  // Each handler is typed by its own job name at `work`; the map holds them all.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const handlers = new Map<string, JobHandler<any>>()
  // One slow or hanging type (a customer's receiver that never answers) must not take every slot:
  // each type has its own cap, below the instance's unless set, and a timeout that frees its slot.
  const limits = new Map<string, { concurrency: number; timeoutMs: number }>()
  const runningByName = new Map<string, number>()
  const created = new Set<string>()
  const inflight = new Set<Promise<void>>()

  let boss: PgBoss | undefined
  let schema = ''
  let running = false
  let loop: Promise<void> | undefined
  let wakeUp: AbortController | undefined

  const wake = () => wakeUp?.abort()
  const q = (s: string) => `"${s.replaceAll('"', '""')}"`

  async function createQueue(name: string) {
    if (created.has(name)) return
    // pg-boss' createQueue is not locked: two instances creating the same queue at boot
    // deadlock (one adds the partition's foreign key to `queue` while the other waits on the
    // queue row). One advisory lock per schema serializes them; the later one is a no-op.
    await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext(${`rapidcall.jobs.${schema}.create_queue`}))`
      await query(tx, `select ${q(schema)}.create_queue($1, $2)`, [name, { policy: 'standard' }])
    })
    created.add(name)
  }

  /** The handler's run, failed with a retryable error once the type's timeout passes. */
  async function runWithTimeout(job: FetchedJob, attempt: number, maxAttempts: number) {
    const { timeoutMs } = limits.get(job.name)!
    const abort = new AbortController()
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const err = new JobError(`timed out after ${timeoutMs} ms`)
        abort.abort(err)
        reject(err)
      }, timeoutMs)
    })
    const run = handlers.get(job.name)!({ id: job.id, name: job.name, data: job.data, attempt, maxAttempts, signal: abort.signal })
    // A handler that ignores the signal keeps running detached; its late outcome is dropped.
    run.catch(() => undefined)
    try {
      await Promise.race([run, timedOut])
    } finally {
      clearTimeout(timer)
    }
  }

  async function runJob(job: FetchedJob) {
    const attempt = job.retryCount + 1
    const maxAttempts = job.retryLimit + 1
    const facts = { jobId: job.id, job: job.name, attempt, maxAttempts }
    try {
      await runWithTimeout(job, attempt, maxAttempts)
    } catch (err) {
      const { message, retryAfterMs, retryable } = errorFacts(err)
      const dead = !retryable || attempt >= maxAttempts
      try {
        await withRetries(() => sql.begin(async (tx) => {
          const table = `${q(schema)}.job`
          // No retries left: pg-boss marks a failure dead when retry_count has reached retry_limit.
          if (!retryable) await query(tx, `update ${table} set retry_limit = retry_count where name = $1 and id = $2 and state = 'active'`, [job.name, job.id])
          await boss!.fail(job.name, job.id, undefined as unknown as object, { db: executor(tx) })
          // pg-boss JSON-encodes the output itself; through postgres.js that would be encoded twice.
          const output = { message, attempt, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) }
          await query(tx, `update ${table} set output = $3 where name = $1 and id = $2`, [job.name, job.id, output])
          if (retryAfterMs !== undefined && !dead) {
            await query(tx, `update ${table} set start_after = now() + $3 * interval '1 millisecond' where name = $1 and id = $2 and state = 'retry'`, [job.name, job.id, retryAfterMs])
          }
        }))
      } catch (dbErr) {
        // The job stays active; pg-boss maintenance fails it after expireInSeconds and it is retried then.
        log.error({ ...facts, err: dbErr }, 'Job failure could not be recorded')
        return
      }
      if (dead) log.error({ ...facts, error: message, retryable }, 'Job dead: no more attempts')
      else log.warn({ ...facts, error: message, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) }, 'Job failed, will retry')
      return
    }
    try {
      await withRetries(() => boss!.complete(job.name, job.id))
      log.debug(facts, 'Job done')
    } catch (err) {
      // Runs again once expired: handlers must tolerate a repeat (at-least-once).
      log.error({ ...facts, err }, 'Job completion could not be recorded')
    }
  }

  async function poll() {
    while (running) {
      let fetched = 0
      for (const name of handlers.keys()) {
        if (!running || inflight.size >= concurrency) break
        const capacity = Math.min(concurrency - inflight.size, limits.get(name)!.concurrency - (runningByName.get(name) ?? 0))
        if (capacity <= 0 || !created.has(name)) continue
        let jobs: FetchedJob[]
        try {
          jobs = (await boss!.fetch(name, { batchSize: capacity, includeMetadata: true })) as unknown as FetchedJob[]
        } catch (err) {
          log.error({ job: name, err }, 'Job fetch failed')
          continue
        }
        for (const job of jobs) {
          fetched++
          runningByName.set(name, (runningByName.get(name) ?? 0) + 1)
          const p = runJob(job).finally(() => {
            inflight.delete(p)
            runningByName.set(name, runningByName.get(name)! - 1)
            wake()
          })
          inflight.add(p)
        }
      }
      // Busy: look again at once; idle or full: wait for the interval or a finished job.
      if (!running || (fetched > 0 && inflight.size < concurrency)) continue
      wakeUp = new AbortController()
      await sleep(pollIntervalMs, undefined, { signal: wakeUp.signal }).catch(() => {})
    }
  }

  return {
    concurrency,

    async enqueue(db, name, data, opts = {}) {
      if (!boss) throw new Error(`Job queue not started: cannot enqueue "${name}"`)
      if (!created.has(name)) throw new Error(`No worker registered for job "${name}": call jobs.work("${name}", ...) first`)
      const maxAttempts = Math.max(1, Math.floor(opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS))
      const backoffMs = Math.max(0, opts.backoffBaseMs ?? DEFAULT_BACKOFF_BASE_MS)
      const sendOptions: PgBoss.SendOptions & { db: PgBoss.Db } = {
        db: executor(db),
        retryLimit: maxAttempts - 1,
        retryDelay: backoffMs === 0 ? 0 : Math.max(1, Math.round(backoffMs / 1000)),
        retryBackoff: backoffMs > 0,
        expireInSeconds: options.expireInSeconds ?? 900,
      }
      if (opts.runAt) sendOptions.startAfter = opts.runAt
      if (opts.singletonKey !== undefined) {
        sendOptions.id = singletonId(name, opts.singletonKey)
        sendOptions.singletonKey = opts.singletonKey
      }
      return boss.send(name, (data ?? {}) as object, sendOptions)
    },

    async work(name, handler, opts = {}) {
      if (!NAME.test(name)) throw new Error(`Invalid job name "${name}"`)
      if (handlers.has(name)) throw new Error(`Job "${name}" already has a worker`)
      limits.set(name, {
        concurrency: Math.max(1, Math.min(concurrency, Math.floor(opts.concurrency ?? concurrency - 1))),
        timeoutMs: Math.max(1, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      })
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      handlers.set(name, handler as JobHandler<any>)
      if (boss) await createQueue(name)
    },

    async start() {
      if (running) return
      if (!boss) {
        schema = options.schema ?? (await sql<{ schema: string }[]>`select current_schema() as schema`)[0].schema
        const retentionSeconds = Math.round((options.retentionDays ?? 14) * 86_400)
        boss = new PgBoss({
          db: executor(sql),
          schema,
          migrate: true,
          supervise: true,
          schedule: false,
          archiveCompletedAfterSeconds: retentionSeconds,
          archiveFailedAfterSeconds: retentionSeconds,
        })
        boss.on('error', (err) => log.error({ err }, 'pg-boss error'))
      }
      await boss.start()
      try {
        for (const name of handlers.keys()) await createQueue(name)
      } catch (err) {
        await boss.stop({ graceful: false, close: false }).catch(() => undefined)
        throw err
      }
      running = true
      loop = poll()
      log.info({ schema, names: [...handlers.keys()], pollIntervalMs, concurrency }, 'Job queue started')
    },

    async stop() {
      if (!running) return
      running = false
      wake()
      await loop
      await Promise.allSettled([...inflight])
      await boss?.stop({ graceful: true, close: false, wait: true })
      log.info({}, 'Job queue stopped')
    },

    async failed(name) {
      if (!boss) throw new Error('Job queue not started')
      const cols = `id::text as id, name, data, singleton_key as "singletonKey", retry_count + 1 as attempts,
        output->>'message' as error, created_on as "createdAt", completed_on as "failedAt"`
      const where = `state = 'failed' and ($1::text is null or name = $1)`
      const rows = await query(
        sql,
        `select * from (
           select ${cols} from ${q(schema)}.job where ${where}
           union all
           select ${cols} from ${q(schema)}.archive where ${where}
         ) dead order by "failedAt" desc nulls last`,
        [name ?? null],
      )
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        data: r.data,
        singletonKey: r.singletonKey,
        attempts: Number(r.attempts),
        error: r.error,
        createdAt: r.createdAt,
        failedAt: r.failedAt,
      }))
    },
  }
}
