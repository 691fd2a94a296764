import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import workspaceRoutes from './routes.js'
import { createWorkspaceStore, type WorkspaceStore } from './store.js'

export type { Role, WorkspaceRow, WorkspaceStore } from './store.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Workspaces and members: auth reads roles from it, signup creates the first workspace. */
    workspaceStore: WorkspaceStore
  }
}

/** Workspaces and members, under /api (API keys are the auth domain's). */
export default fp(
  async function workspaces(app: FastifyInstance) {
    app.decorate('workspaceStore', createWorkspaceStore(app.sql))
    await app.register(workspaceRoutes, { prefix: '/api' })
  },
  { name: 'workspaces', dependencies: ['authenticate'] },
)
