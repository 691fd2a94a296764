import postgres from 'postgres'
import { randomBytes } from 'node:crypto'

/**
 * Environment for a fresh, empty database: a new schema on the real server when
 * TEST_DATABASE_URL is set, otherwise an in-memory PGlite.
 */
export async function freshDatabaseEnv(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL
  if (!base) return { env: { PGLITE_DIR: 'memory://' }, drop: async () => {} }
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = postgres(base, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create schema "${schema}"`)
  await admin.end()
  const url = new URL(base)
  url.searchParams.set('search_path', schema)
  return {
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const sql = postgres(base, { max: 1, onnotice: () => {} })
      await sql.unsafe(`drop schema if exists "${schema}" cascade`)
      await sql.end()
    },
  }
}

export const onRealPostgres = () => !!process.env.TEST_DATABASE_URL
