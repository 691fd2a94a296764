import net from 'node:net'
import postgres from 'postgres'
import type { Config } from '../config.js'
import { startEmbeddedPostgres } from './pglite.js'

export type Sql = postgres.Sql
/** A transaction or the pool: store functions accept either. */
export type Queryable = postgres.Sql | postgres.TransactionSql

export interface Database {
  sql: Sql
  /** Where the data lives, for the boot log; never contains a password. */
  description: string
  embedded: boolean
  close(): Promise<void>
}

const CONNECT_TIMEOUT_S = 5

/**
 * The TCP socket postgres.js talks through. Without it, a server that accepts and then closes before
 * answering (a proxy or load balancer whose PostgreSQL is down, docker-proxy, a failover) makes
 * postgres.js reconnect in a tight loop, connect_timeout restarting each time: queries wait until the
 * database returns instead of failing. Here such a close is an error, so the query fails at once
 * (503 database_unavailable) and postgres.js backs off before the next attempt.
 */
function handshakeAwareSocket(options: { host: string[]; port: number[]; path?: string | false }): net.Socket {
  // Returned while still connecting: postgres.js queues its first write, and its connect_timeout
  // and error handling cover the TCP connect as they do for its own sockets.
  const socket = options.path ? net.connect(options.path) : net.connect(options.port[0], options.host[0])
  socket.once('end', () => {
    if (socket.bytesRead === 0) socket.destroy(Object.assign(new Error('PostgreSQL closed the connection before answering'), { code: 'CONNECTION_CLOSED' }))
  })
  return socket
}

function clientOptions(config: Config['database']): postgres.Options<Record<string, never>> {
  return {
    max: config.poolMax,
    ssl: config.ssl ? 'require' : false,
    connect_timeout: CONNECT_TIMEOUT_S,
    // A documented option that postgres.js's type definitions leave out.
    ...({ socket: handshakeAwareSocket } as object),
    // A query that finds its connection closed waits out this delay before reconnecting. The default
    // grows to 20 s after a few failures: during an outage every request would hang that long, and
    // stay slow for that long after the database is back. Capped at 1 s, it fails fast and recovers fast.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    idle_timeout: 60,
    onnotice: () => {},
  }
}

export function describeUrl(url: string): string {
  const u = new URL(url)
  return `${u.hostname}${u.port ? `:${u.port}` : ''}/${decodeURIComponent(u.pathname.slice(1)) || '(default)'}`
}

export async function connectDatabase(config: Config['database']): Promise<Database> {
  if (config.url) {
    const sql = postgres(config.url, clientOptions(config))
    return { sql, description: `PostgreSQL at ${describeUrl(config.url)}`, embedded: false, close: () => sql.end({ timeout: 5 }) }
  }
  const embedded = await startEmbeddedPostgres(config.pgliteDir, 4)
  // PGlite is one backend: extended-protocol messages of several sockets can interleave
  // under load ("portal does not exist", another session's state). One connection
  // serialises them; PGlite could not run them in parallel anyway.
  const sql = postgres(embedded.url, { ...clientOptions(config), ssl: false, max: 1 })
  return {
    sql,
    description: `embedded PGlite at ${config.pgliteDir}`,
    embedded: true,
    async close() {
      await sql.end({ timeout: 5 })
      await embedded.stop()
    },
  }
}
