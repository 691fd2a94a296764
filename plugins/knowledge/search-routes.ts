import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { InternalSearchBody, KbSearchResponse, SearchBody } from '../../schemas/knowledge.js'
import { kbErrors } from './errors.js'
import type { SearchKnowledge } from './search-store.js'

const description =
  'Full-text search over the chunks of the documents (stems, "phrases", -exclusions). Words that match nothing are corrected ' +
  'against the workspace\'s vocabulary (typos, partial words; `correctedQuery` says how), and when too few chunks hold every word, ' +
  'chunks holding some of the rarer ones follow. Results are chunks, best first, with a `<b>`-highlighted snippet.'

export async function searchRoutes(fastify: FastifyInstance, opts: { search: SearchKnowledge }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  app.addHook('onRequest', app.requireAuth)

  app.post('/kb/search', {
    schema: {
      tags: ['knowledge'], security: [{ bearerAuth: [] }], operationId: 'searchKb', summary: 'Search the knowledge base',
      description: `${description} \`folderIds\` limits the search to those folders of the workspace (others' ids match nothing).`,
      body: SearchBody, response: { 200: ref(KbSearchResponse), ...errors(400, 401, 413, 415) },
    },
  }, async (req) => opts.search({ workspaceId: req.auth.workspaceId, folderIds: req.body.folderIds }, req.body.query, req.body.limit ?? 5))
}

/** The voice agent's search: only the folders of the call's agent, in the call's workspace. */
export async function internalSearchRoutes(fastify: FastifyInstance, opts: { search: SearchKnowledge }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  app.addHook('onRequest', app.requireAgentSecret)

  app.post('/internal/kb/search', {
    schema: {
      tags: ['agent-runtime'], security: [{ agentSecret: [] }], operationId: 'searchKbForCall', summary: 'The agent searches the knowledge base of a call\'s agent',
      description: `${description} Only the call's agent's \`knowledgeFolderIds\` are searched (none: no results).`,
      body: InternalSearchBody, response: { 200: ref(KbSearchResponse), ...errors(400, 401, 404, 413, 415) },
    },
  }, async (req) => {
    const call = await app.calls.findById(req.body.callId)
    if (!call) throw kbErrors.callNotFound()
    const agent = call.agent_id ? await app.agents.find(call.workspace_id, call.agent_id) : undefined
    const folderIds = agent?.knowledge_folder_ids ?? []
    return opts.search({ workspaceId: call.workspace_id, folderIds }, req.body.query, req.body.limit ?? 5)
  })
}
