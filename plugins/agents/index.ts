import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import agentRoutes from './routes.js'
import { createAgentStore, type AgentStore } from './store.js'
import variantRoutes from './variant-routes.js'
import { createVariantStore } from './variant-store.js'
import ttsRoutes from './tts-routes.js'
import promptRoutes from './prompt-routes.js'
import { createRateWindows } from './rate-window-store.js'
import type { AgentInput } from '../../schemas/agents.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The agents domain's store, for the domains that read agents (calls, telephony). */
    agents: AgentStore
    /**
     * Checks other domains add (the knowledge base: knowledgeFolderIds name its folders); create and
     * update run them all and answer the first error they throw.
     */
    agentInputChecks: AgentInputCheck[]
  }
}

export type AgentInputCheck = (workspaceId: string, input: AgentInput) => Promise<void>

/** Exposes the store to sibling domains, then registers the routes encapsulated under /api. */
export default fp(
  async function agents(app: FastifyInstance) {
    const store = createAgentStore(app.sql, app.secrets)
    app.decorate('agents', store)
    app.secretRotations.set('agents.tool_secrets', (box) => store.reencryptSecrets(box))
    app.decorate('agentInputChecks', [] as AgentInputCheck[])
    await app.register(agentRoutes, { prefix: '/api', agents: store })
    await app.register(variantRoutes, { prefix: '/api', variants: createVariantStore(app.sql) })
    const rates = createRateWindows(app.sql, () => app.clock.now())
    await app.register(ttsRoutes, { prefix: '/api', rates })
    await app.register(promptRoutes, { prefix: '/api', rates })
  },
  { name: 'agents', dependencies: ['secrets', 'authenticate'] },
)
