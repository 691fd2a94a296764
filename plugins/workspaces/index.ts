import type { FastifyInstance } from 'fastify'
import workspaceRoutes from './routes.js'

/** Workspaces, members and API keys, under /api. */
export default async function workspaces(app: FastifyInstance) {
  await app.register(workspaceRoutes)
}
