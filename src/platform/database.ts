import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { connectDatabase, type Database, type Sql } from '../db/connect.js'
import { migrate } from '../db/migrate.js'
import type { Config } from '../config.js'

declare module 'fastify' {
  interface FastifyInstance {
    sql: Sql
    database: Database
  }
}

/** Connects (or starts the embedded PGlite), runs migrations, closes on shutdown. */
export default fp(
  async function database(app: FastifyInstance, opts: { config: Config }) {
    const db = await connectDatabase(opts.config.database)
    try {
      app.log.info(`Postgres: ${db.description}`)
      const applied = await migrate(db.sql)
      if (applied.length) app.log.info({ applied }, 'Postgres: migrations applied')
      app.log.info('Postgres: schema ready.')
    } catch (err) {
      await db.close().catch(() => {})
      throw err
    }
    app.decorate('database', db)
    app.decorate('sql', db.sql)
    app.addHook('onClose', async () => {
      await db.close()
    })
  },
  { name: 'database' },
)
