import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import callReadRoutes from './routes.js'
import { createCallStore, type CallStore } from './store.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The calls domain's store, for domains that create or update calls. */
    calls: CallStore
  }
}

export default fp(
  async function calls(app: FastifyInstance) {
    const store = createCallStore(app.sql)
    app.decorate('calls', store)
    await app.register(callReadRoutes, { prefix: '/api', calls: store })
  },
  { name: 'calls', dependencies: ['authenticate', 'agents'] },
)
