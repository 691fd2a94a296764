import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { AgentConfig, AgentConfigQuery } from '../../schemas/agent-runtime.js'
import { httpError } from '../../src/platform/http-error.js'
import { agentRuntimeConfig } from './runtime-config.js'
import type { AgentStore } from './store.js'

const tags = ['agent-runtime']
const security = [{ agentSecret: [] }]

/** The Python voice agent's config read (its shape is fixed by that client). */
export default async function agentRuntimeRoutes(fastify: FastifyInstance, opts: { agents: AgentStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { agents } = opts
  app.addHook('onRequest', app.requireAgentSecret)

  app.get('/internal/agents/config', {
    schema: {
      tags, security, operationId: 'getAgentRuntimeConfig', summary: 'Agent config for the runtime',
      description: 'Answers exactly 200 with the config (the agent treats anything else as failure). Uses the web-call prompt choice (draft first), as the agent fetches this for web rooms.',
      querystring: AgentConfigQuery, response: { 200: ref(AgentConfig), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const agent = await agents.findById(req.query.agentId)
    if (!agent || (req.query.workspaceId && agent.workspace_id !== req.query.workspaceId)) throw httpError(404, 'agent_not_found', 'Agent not found')
    return agentRuntimeConfig(agent, { callType: 'web', knowledge: await app.knowledge.fillFor(agent, 'web'), secrets: app.secrets })
  })
}
