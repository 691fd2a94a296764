import type { FastifyInstance } from 'fastify'
import type { Readable } from 'node:stream'
import { Type } from '@sinclair/typebox'
import { allPages, call, forward } from './forward.js'
import { dashboardError } from './errors.js'
import { ms } from './time.js'
import { Anything, compatErrors, Ok } from './shapes.js'

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) })

interface ContractFolder {
  id: string
  workspaceId: string
  name: string
  parentId: string | null
  createdAt: string
  updatedAt: string
}
interface ContractDocument {
  id: string
  workspaceId: string
  folderId: string
  kind: string
  title: string
  status: string
  contentText?: string | null
  contentPreview?: string
  sourceFilename: string | null
  mime: string | null
  sizeBytes: number | null
  createdAt: string
  updatedAt: string
  [k: string]: unknown
}

const folder = (f: ContractFolder) => ({ id: f.id, workspaceId: f.workspaceId, name: f.name, parentId: f.parentId ?? null, createdAt: ms(f.createdAt), updatedAt: ms(f.updatedAt) })

/** A KbDoc. Our `markdown` kind shows as the dashboard's `text`, the only other kind it knows. */
function doc(d: ContractDocument) {
  return {
    id: d.id,
    workspaceId: d.workspaceId,
    folderId: d.folderId,
    kind: d.kind === 'pdf' ? 'pdf' : 'text',
    title: d.title,
    contentText: d.contentText ?? d.contentPreview ?? '',
    sourceFilename: d.sourceFilename,
    mime: d.mime,
    sizeBytes: d.sizeBytes,
    status: d.status,
    createdAt: ms(d.createdAt),
    updatedAt: ms(d.updatedAt),
  }
}

export default async function knowledgeRoutes(app: FastifyInstance) {
  // The PDF upload is passed on as the browser sent it: the contract's route streams and bounds it.
  app.addContentTypeParser('multipart/form-data', (_req, payload, done) => done(null, payload))

  app.get(
    '/api/kb/folders',
    {
      schema: {
        tags: ['knowledge'], operationId: 'dashboardListKbFolders', summary: 'Every folder, newest first, flat',
        description: 'Pages through `GET /api/kb/folders`.',
        response: { 200: Type.Object({ folders: Type.Array(Anything) }), ...compatErrors(401) },
      },
    },
    async (req) => ({ folders: (await allPages<ContractFolder>(app, req, '/api/kb/folders')).map(folder) }),
  )

  app.post(
    '/api/kb/folders',
    {
      schema: {
        tags: ['knowledge'], operationId: 'dashboardCreateKbFolder', summary: 'Create a folder',
        description: 'Maps onto `POST /api/kb/folders`.',
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 120 }), parentId: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 40 }), Type.Null()])) }, { additionalProperties: true }),
        response: { 201: Type.Object({ folder: Anything }), ...compatErrors(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const b = req.body as { name: string; parentId?: string | null }
      const created = await call<ContractFolder>(app, req, 'POST', '/api/kb/folders', { name: b.name.trim(), ...(b.parentId ? { parentId: b.parentId } : {}) })
      return reply.code(201).send({ folder: folder(created) })
    },
  )

  app.delete(
    '/api/kb/folders/:id',
    {
      schema: {
        tags: ['knowledge'], operationId: 'dashboardDeleteKbFolder', summary: 'Delete a folder and its documents',
        description: 'Maps onto `DELETE /api/kb/folders/:folderId?recursive=true&force=true`: the documents go too, and agents stop using the folder. Unknown ids answer ok, as before.',
        params: IdParams,
        response: { 200: Ok, ...compatErrors(400, 401, 409) },
      },
    },
    async (req) => {
      const res = await forward(app, req, 'DELETE', `/api/kb/folders/${(req.params as { id: string }).id}?recursive=true&force=true`)
      if (res.status >= 400 && res.status !== 404) throw dashboardError(res.status, res.body, res.headers)
      return { ok: true as const }
    },
  )

  app.get(
    '/api/kb/folders/:id/docs',
    {
      schema: {
        tags: ['knowledge'], operationId: 'dashboardListKbDocs', summary: 'Documents of a folder, newest first',
        description: 'Each with the first 400 characters of its text as `contentText` (what the page shows); an unknown folder gives `[]`.',
        params: IdParams,
        response: { 200: Type.Object({ docs: Type.Array(Anything) }), ...compatErrors(400, 401) },
      },
    },
    async (req) => {
      const path = `/api/kb/folders/${(req.params as { id: string }).id}/docs`
      const probe = await forward(app, req, 'GET', `${path}?limit=1`)
      if (probe.status === 404) return { docs: [] }
      if (probe.status >= 400) throw dashboardError(probe.status, probe.body, probe.headers)
      return { docs: (await allPages<ContractDocument>(app, req, path)).map(doc) }
    },
  )

  app.post(
    '/api/kb/folders/:id/text',
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['knowledge'], operationId: 'dashboardCreateKbTextDoc', summary: 'Save a note',
        description: 'Maps onto `POST /api/kb/folders/:folderId/text`; searchable at once.',
        params: IdParams,
        body: Type.Object({ contentText: Type.String({ minLength: 1, maxLength: 2_000_000 }), title: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: true }),
        response: { 201: Type.Object({ doc: Anything }), ...compatErrors(400, 401, 404, 409, 413, 422) },
      },
    },
    async (req, reply) => {
      const b = req.body as { contentText: string; title?: string }
      const created = await call<ContractDocument>(app, req, 'POST', `/api/kb/folders/${(req.params as { id: string }).id}/text`, {
        contentText: b.contentText,
        ...(b.title ? { title: b.title } : {}),
      })
      return reply.code(201).send({ doc: doc(created) })
    },
  )

  app.post(
    '/api/kb/folders/:id/pdf',
    {
      schema: {
        tags: ['knowledge'], operationId: 'dashboardUploadKbPdf', summary: 'Add a PDF (multipart/form-data: `file`, `title`)',
        description: 'Passed to `POST /api/kb/folders/:folderId/pdf?wait=true`: 201 once the text is extracted, or the reason it cannot be (422 `no_text_found`, `pdf_encrypted`, ...).',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: Type.Object({ doc: Anything }), ...compatErrors(400, 401, 404, 409, 413, 415, 422) },
      },
    },
    async (req, reply) => {
      const res = await forward<ContractDocument>(app, req, 'POST', `/api/kb/folders/${(req.params as { id: string }).id}/pdf?wait=true`, {
        stream: req.body as Readable,
        contentType: String(req.headers['content-type']),
      })
      if (res.status >= 400) throw dashboardError(res.status, res.body, res.headers)
      return reply.code(201).send({ doc: doc(res.body) })
    },
  )

  app.delete(
    '/api/kb/docs/:id',
    {
      schema: {
        tags: ['knowledge'], operationId: 'dashboardDeleteKbDoc', summary: 'Delete a document',
        description: 'Maps onto `DELETE /api/kb/docs/:documentId`; unknown ids answer ok.',
        params: IdParams,
        response: { 200: Ok, ...compatErrors(400, 401) },
      },
    },
    async (req) => {
      const res = await forward(app, req, 'DELETE', `/api/kb/docs/${(req.params as { id: string }).id}`)
      if (res.status >= 400 && res.status !== 404) throw dashboardError(res.status, res.body, res.headers)
      return { ok: true as const }
    },
  )
}
