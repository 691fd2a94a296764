import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref, Page } from '../../schemas/common.js'
import { CreateFolderBody, DeleteFolderQuery, FolderListQuery, FolderParams, KbFolder, UpdateFolderBody } from '../../schemas/knowledge.js'
import { decodeCursor, paginate } from '../../src/platform/cursor.js'
import { kbErrors } from './errors.js'
import { folderJson, type KnowledgeStore } from './store.js'
import type { Originals } from './originals.js'

const tags = ['knowledge']
const security = [{ bearerAuth: [] }]

export default async function folderRoutes(fastify: FastifyInstance, opts: { store: KnowledgeStore; originals: Originals }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { folders } = opts.store
  app.addHook('onRequest', app.requireAuth)

  async function checkParent(workspaceId: string, parentId: string | null | undefined, self?: string) {
    if (!parentId) return
    const chain = await folders.ancestry(workspaceId, parentId)
    if (!chain.length) throw kbErrors.parentNotFound()
    if (self && chain.includes(self)) throw kbErrors.folderCycle()
  }

  app.post('/kb/folders', {
    schema: {
      tags, security, operationId: 'createKbFolder', summary: 'Create a knowledge-base folder',
      description: 'Folders nest by `parentId` (a folder of the same workspace). Agents name the folders they answer from in `knowledgeFolderIds`.',
      body: CreateFolderBody, response: { 201: ref(KbFolder), ...errors(400, 401, 413, 415) },
    },
  }, async (req, reply) => {
    await checkParent(req.auth.workspaceId, req.body.parentId)
    const row = await folders.create(req.auth.workspaceId, { name: req.body.name.trim(), parentId: req.body.parentId })
    return reply.code(201).send(folderJson(row))
  })

  app.get('/kb/folders', {
    schema: {
      tags, security, operationId: 'listKbFolders', summary: 'Folders of the workspace, newest first',
      description: 'A flat list; `parentId` gives the tree. Paginated with `limit` and `cursor`.',
      querystring: FolderListQuery, response: { 200: Page(ref(KbFolder), 'KbFolderPage'), ...errors(400, 401) },
    },
  }, async (req) => {
    const limit = req.query.limit ?? 50
    const [beforeId] = decodeCursor<[string]>(req.query.cursor, ['string']) ?? []
    const page = paginate(await folders.list(req.auth.workspaceId, { limit, beforeId }), limit, (r) => [r.id])
    return { items: page.items.map(folderJson), nextCursor: page.nextCursor }
  })

  app.get('/kb/folders/:folderId', {
    schema: { tags, security, operationId: 'getKbFolder', summary: 'One folder', description: '404 `folder_not_found` for an unknown id and for a folder of another workspace.', params: FolderParams, response: { 200: ref(KbFolder), ...errors(400, 401, 404) } },
  }, async (req) => {
    const row = await folders.find(req.auth.workspaceId, req.params.folderId)
    if (!row) throw kbErrors.folderNotFound()
    return folderJson(row)
  })

  const rename = {
    schema: {
      tags, security, summary: 'Rename or move a folder',
      description: '`parentId: null` moves it to the top; a folder cannot move under itself (`folder_cycle`).',
      params: FolderParams, body: UpdateFolderBody, response: { 200: ref(KbFolder), ...errors(400, 401, 404, 413, 415) },
    },
  }
  const update = async (req: { auth: { workspaceId: string }; params: { folderId: string }; body: { name?: string; parentId?: string | null } }) => {
    const { workspaceId } = req.auth
    if (!(await folders.find(workspaceId, req.params.folderId))) throw kbErrors.folderNotFound()
    await checkParent(workspaceId, req.body.parentId, req.params.folderId)
    const row = await folders.update(workspaceId, req.params.folderId, { ...req.body, name: req.body.name?.trim() })
    if (!row) throw kbErrors.folderNotFound()
    return folderJson(row)
  }
  app.patch('/kb/folders/:folderId', { schema: { ...rename.schema, operationId: 'updateKbFolder' } }, update)
  // The existing dashboard's verb for the same change.
  app.put('/kb/folders/:folderId', { schema: { ...rename.schema, operationId: 'putKbFolder' } }, update)

  app.delete('/kb/folders/:folderId', {
    schema: {
      tags, security, operationId: 'deleteKbFolder', summary: 'Delete a folder',
      description:
        'A folder with documents answers 409 `folder_not_empty` unless `?recursive=true` (which deletes them); a folder with subfolders ' +
        'answers 409 `folder_has_subfolders`; a folder an agent uses answers 409 `folder_in_use` (`details.agents`) unless `?force=true`, ' +
        'which also removes it from those agents\' `knowledgeFolderIds`.',
      params: FolderParams, querystring: DeleteFolderQuery, response: { 204: Type.Null(), ...errors(400, 401, 404, 409) },
    },
  }, async (req, reply) => {
    const { workspaceId } = req.auth
    const { folderId } = req.params
    const storageKeys = await app.sql.begin(async (tx) => {
      const folder = await folders.find(workspaceId, folderId, tx)
      if (!folder) throw kbErrors.folderNotFound()
      const { documents, subfolders } = await folders.contents(workspaceId, folderId, tx)
      if (subfolders) throw kbErrors.folderHasSubfolders(subfolders)
      if (documents && !req.query.recursive) throw kbErrors.folderNotEmpty(documents)
      const agents = await app.agents.usingKnowledgeFolder(workspaceId, folderId, tx)
      if (agents.length && !req.query.force) throw kbErrors.folderInUse(agents)
      if (agents.length) await app.agents.removeKnowledgeFolder(workspaceId, folderId, tx)
      return folders.remove(workspaceId, folderId, tx)
    })
    await opts.originals.remove(storageKeys, req.log)
    return reply.code(204).send(null)
  })
}
