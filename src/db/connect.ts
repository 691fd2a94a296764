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

function clientOptions(config: Config['database']): postgres.Options<{}> {
  return {
    max: config.poolMax,
    ssl: config.ssl ? 'require' : false,
    connect_timeout: 5,
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
  const embedded = await startEmbeddedPostgres(config.pgliteDir, config.poolMax + 2)
  const sql = postgres(embedded.url, { ...clientOptions(config), ssl: false })
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
