import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
// The knowledge base's typo correction and fuzzy matching (migration 050 creates it in public).
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'

/**
 * Runs PGlite in-process and serves it on a loopback port, so the same postgres.js
 * code path serves the embedded and the real database.
 */
export async function startEmbeddedPostgres(dataDir: string, maxConnections: number) {
  const inMemory = dataDir.startsWith('memory://')
  if (!inMemory) mkdirSync(dataDir, { recursive: true })
  const db = await PGlite.create(inMemory ? undefined : dataDir, { extensions: { pg_trgm } })
  // maxConnections defaults to 1; a pool larger than it gets "Too many connections".
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections })
  await server.start()
  const url = `postgres://postgres:postgres@${server.getServerConn()}/postgres`
  return {
    url,
    async stop() {
      await server.stop()
      await db.close()
    },
  }
}
