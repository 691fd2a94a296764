import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref, Page } from '../../schemas/common.js'
import { CreateTextDocumentBody, DocumentParams, FolderListQuery, FolderParams, KbDocument, KbDocumentSummary } from '../../schemas/knowledge.js'
import { decodeCursor, paginate } from '../../src/platform/cursor.js'
import { kbErrors } from './errors.js'
import { documentJson, documentSummaryJson, type KnowledgeStore } from './store.js'
import type { Originals } from './originals.js'

const tags = ['knowledge']
const security = [{ bearerAuth: [] }]
// 2,000,000 characters of JSON-escaped, multi-byte text.
const TEXT_BODY_LIMIT = 12 * 1024 * 1024

/** A title for a note sent without one: its first line. */
const titleFrom = (text: string) => text.trim().split('\n', 1)[0].slice(0, 200).trim() || 'Note'

export default async function documentRoutes(fastify: FastifyInstance, opts: { store: KnowledgeStore; originals: Originals }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { folders, documents } = opts.store
  const maxDocuments = app.config.knowledge.maxDocumentsPerWorkspace
  app.addHook('onRequest', app.requireAuth)

  app.post('/kb/folders/:folderId/text', {
    bodyLimit: TEXT_BODY_LIMIT,
    schema: {
      tags, security, operationId: 'createKbTextDocument', summary: 'Add a text or Markdown document',
      description:
        'Indexed before the answer (201, `status: ready`): it is searchable at once. Whitespace-only text answers 422 `empty_text`; ' +
        'a workspace at `KB_MAX_DOCUMENTS_PER_WORKSPACE` answers 409 `document_limit_reached`.',
      params: FolderParams, body: CreateTextDocumentBody, response: { 201: ref(KbDocument), ...errors(400, 401, 404, 409, 413, 415, 422) },
    },
  }, async (req, reply) => {
    const { workspaceId } = req.auth
    const text = req.body.contentText.replace(/\r\n?/g, '\n')
    if (!text.trim()) throw kbErrors.emptyText()
    const row = await app.sql.begin(async (tx) => {
      if (!(await folders.find(workspaceId, req.params.folderId, tx))) throw kbErrors.folderNotFound()
      if ((await documents.lockAndCount(tx, workspaceId)) >= maxDocuments) throw kbErrors.documentLimit(maxDocuments)
      return documents.insertReady(tx, {
        workspaceId,
        folderId: req.params.folderId,
        kind: req.body.kind ?? 'text',
        title: req.body.title?.trim() || titleFrom(text),
        language: req.body.language ?? 'english',
      }, text)
    })
    return reply.code(201).send(documentJson({ ...row, content_text: text }))
  })

  app.get('/kb/folders/:folderId/docs', {
    schema: {
      tags, security, operationId: 'listKbDocuments', summary: 'Documents of a folder, newest first',
      description: 'Each with the first 400 characters of its text (`contentPreview`); `GET /api/kb/docs/{documentId}` has the whole text.',
      params: FolderParams, querystring: FolderListQuery, response: { 200: Page(ref(KbDocumentSummary), 'KbDocumentPage'), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const { workspaceId } = req.auth
    if (!(await folders.find(workspaceId, req.params.folderId))) throw kbErrors.folderNotFound()
    const limit = req.query.limit ?? 50
    const [beforeId] = decodeCursor<[string]>(req.query.cursor, ['string']) ?? []
    const page = paginate(await documents.list(workspaceId, req.params.folderId, { limit, beforeId }), limit, (r) => [r.id])
    return { items: page.items.map(documentSummaryJson), nextCursor: page.nextCursor }
  })

  app.get('/kb/docs/:documentId', {
    schema: {
      tags, security, operationId: 'getKbDocument', summary: 'One document with its whole text',
      description: 'Poll it after an upload answered 202: `status` turns `ready` (text extracted and indexed) or `failed` (`error.code` says why).',
      params: DocumentParams, response: { 200: ref(KbDocument), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const row = await documents.find(req.auth.workspaceId, req.params.documentId, { withText: true })
    if (!row) throw kbErrors.documentNotFound()
    return documentJson(row)
  })

  app.delete('/kb/docs/:documentId', {
    schema: {
      tags, security, operationId: 'deleteKbDocument', summary: 'Delete a document',
      description: 'Removes its chunks from search, its words from the vocabulary and its original from S3.',
      params: DocumentParams, response: { 204: Type.Null(), ...errors(400, 401, 404) },
    },
  }, async (req, reply) => {
    const gone = await documents.remove(req.auth.workspaceId, req.params.documentId)
    if (!gone) throw kbErrors.documentNotFound()
    await opts.originals.remove([gone.storage_key], req.log)
    return reply.code(204).send(null)
  })
}
