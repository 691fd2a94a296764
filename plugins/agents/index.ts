import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import agentRoutes from './routes.js'
import agentRuntimeRoutes from './runtime-routes.js'
import { createAgentStore, type AgentStore } from './store.js'
import variantRoutes from './variant-routes.js'
import { createVariantStore, type VariantStore } from './variant-store.js'
import ttsRoutes from './tts-routes.js'
import promptRoutes from './prompt-routes.js'
import { createRateWindows } from './rate-window-store.js'
import type { AgentInput } from '../../schemas/agents.js'

// The agents domain's public surface: the store's type (the instance is `app.agents`) and the
// runtime config every call path builds for the voice agent.
export type { AgentRow, AgentStore } from './store.js'
export { upsertImportedAgent } from './store.js'
export {
  agentRuntimeConfig, callConfigAndMetadata, fallbackRuntimeConfig, FALLBACK_PROMPTS, roomMetadata, type AgentRuntimeConfig, type CallType, type KnowledgeFill,
  promptFor,
} from './runtime-config.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The agents domain's store, for the domains that read agents (calls, telephony). */
    agents: AgentStore
    /** The agents' A/B variants (billing reads a call's variant for its llmModel). */
    agentVariants: VariantStore
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
    await app.register(agentRuntimeRoutes, { prefix: '/api', agents: store })
    const variants = createVariantStore(app.sql)
    // Read by billing: a call is priced by its variant's llmModel when the variant sets one.
    app.decorate('agentVariants', variants)
    await app.register(variantRoutes, { prefix: '/api', variants })
    const rates = createRateWindows(app.sql, () => app.clock.now())
    await app.register(ttsRoutes, { prefix: '/api', rates })
    await app.register(promptRoutes, { prefix: '/api', rates })
  },
  { name: 'agents', dependencies: ['secrets', 'authenticate'] },
)
