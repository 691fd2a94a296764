import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { KnowledgeFill, CallType } from '../agents/index.js'
import { createKnowledgeStore } from './store.js'
import { createKnowledgeSearch, type SearchKnowledge } from './search-store.js'
import { createOriginals } from './originals.js'
import { registerExtraction } from './ingest.js'
import { createKnowledgeFill } from './inline.js'
import { kbErrors } from './errors.js'
import folderRoutes from './folder-routes.js'
import documentRoutes from './document-routes.js'
import uploadRoutes from './upload-routes.js'
import { internalSearchRoutes, searchRoutes } from './search-routes.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The knowledge base's public surface, for the call paths that fill `{{knowledge}}`. */
    knowledge: {
      search: SearchKnowledge
      /** The fill of a `{{knowledge}}` placeholder for a call of this agent; undefined when its prompt has none. */
      fillFor(
        agent: { workspace_id: string; knowledge_folder_ids: string[] | null; prompt_draft: string; prompt_published: string | null },
        callType: CallType,
      ): Promise<KnowledgeFill | undefined>
    }
  }
}

/** Knowledge base: folders, documents (text, Markdown, PDF), chunked full-text search, and the agent's use of it. */
export default fp(
  async function knowledge(app: FastifyInstance) {
    const store = createKnowledgeStore(app.sql)
    const search = createKnowledgeSearch(app.sql)
    const originals = createOriginals(app.integrations.s3)
    const extraction = await registerExtraction(app.jobs, store, app.log.child({ component: 'knowledge' }))
    app.decorate('knowledge', { search, fillFor: createKnowledgeFill(store, app.config.knowledge.inlineMaxChars) })

    // An agent's knowledgeFolderIds must name folders of its own workspace.
    app.agentInputChecks.push(async (workspaceId, input) => {
      if (!input.knowledgeFolderIds?.length) return
      const missing = await store.folders.missing(workspaceId, input.knowledgeFolderIds)
      if (missing.length) throw kbErrors.unknownFolders(missing)
    })

    await app.register(folderRoutes, { prefix: '/api', store, originals })
    await app.register(documentRoutes, { prefix: '/api', store, originals })
    await app.register(uploadRoutes, { prefix: '/api', store, originals, extraction })
    await app.register(searchRoutes, { prefix: '/api', search })
    await app.register(internalSearchRoutes, { prefix: '/api', search })
  },
  { name: 'knowledge', dependencies: ['authenticate', 'agents', 'calls', 'jobs'] },
)
