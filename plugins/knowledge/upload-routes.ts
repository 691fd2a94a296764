import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import multipart from '@fastify/multipart'
import { errors, ref } from '../../schemas/common.js'
import { FolderParams, KB_LIMITS, KbDocument, UploadBody, UploadQuery } from '../../schemas/knowledge.js'
import { HttpError } from '../../src/platform/http-error.js'
import { newId } from '../../src/platform/ids.js'
import { EXTRACTION_ERRORS, kbErrors, type ExtractionErrorCode } from './errors.js'
import type { Extraction } from './ingest.js'
import { originalKey, type Originals } from './originals.js'
import { looksLikePdf } from './pdf.js'
import { documentJson, type KnowledgeStore } from './store.js'

const WAIT_MS = 28_000 // under the 30 s request timeout
const POLL_MS = 250

interface Upload {
  bytes: Buffer
  filename: string | null
  title: string | null
}

/**
 * PDF uploads. The file part is streamed into memory up to KB_UPLOAD_MAX_BYTES (past it: 413, nothing
 * kept); the document, its bytes and its extraction job are written in one transaction.
 */
export default async function uploadRoutes(fastify: FastifyInstance, opts: { store: KnowledgeStore; originals: Originals; extraction: Extraction }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store, originals, extraction } = opts
  const maxBytes = app.config.knowledge.uploadMaxBytes
  const maxDocuments = app.config.knowledge.maxDocumentsPerWorkspace
  // Only this plugin's routes accept multipart bodies.
  await app.register(multipart, { throwFileSizeLimit: true, limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 4096, parts: 8, headerPairs: 100 } })
  app.addHook('onRequest', app.requireAuth)

  async function readUpload(req: FastifyRequest): Promise<Upload> {
    if (!req.isMultipart()) throw kbErrors.notMultipart()
    let upload: Upload | undefined
    let title: string | null = null
    try {
      for await (const part of req.parts()) {
        if (part.type === 'field') {
          if (part.fieldname === 'title' && typeof part.value === 'string') title = part.value.trim().slice(0, KB_LIMITS.title) || null
          continue
        }
        if (part.fieldname !== 'file' || upload) {
          part.file.resume() // not ours: drained, ignored
          continue
        }
        const chunks: Buffer[] = []
        for await (const chunk of part.file) chunks.push(chunk as Buffer)
        if (part.file.truncated) throw kbErrors.fileTooLarge(maxBytes)
        upload = { bytes: Buffer.concat(chunks), filename: part.filename || null, title: null }
      }
    } catch (err) {
      if (err instanceof HttpError) throw err
      const code = (err as { code?: string }).code
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw kbErrors.fileTooLarge(maxBytes)
      if (code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT') {
        throw new HttpError(413, 'too_many_parts', 'Send one part "file" and at most a "title" field')
      }
      throw new HttpError(400, 'invalid_multipart', `The multipart body cannot be read: ${(err as Error).message}`)
    }
    if (!upload || !upload.bytes.length) throw kbErrors.fileMissing()
    return { ...upload, title }
  }

  /** The document once its job settled (here or on another instance), or still processing after `WAIT_MS`. */
  async function waitFor(workspaceId: string, id: string) {
    const deadline = Date.now() + WAIT_MS
    for (;;) {
      const row = await store.documents.find(workspaceId, id, { withText: true })
      if (!row || row.status !== 'processing' || Date.now() > deadline) return row
      await extraction.settled(id, POLL_MS)
    }
  }

  app.post('/kb/folders/:folderId/pdf', {
    // Validation errors of the params still fail the request; the body is read as a stream below.
    attachValidation: true,
    schema: {
      tags: ['knowledge'], security: [{ bearerAuth: [] }], operationId: 'uploadKbPdf', summary: 'Upload a PDF (multipart/form-data)',
      description:
        'Part `file` (the PDF, checked by its bytes: anything else is 415 `not_a_pdf`) and optional `title`. At most `KB_UPLOAD_MAX_BYTES` ' +
        '(default 20 MB; larger: 413 `file_too_large`). Answers 202 with the document `processing`: the text is extracted by a job. ' +
        'With `?wait=true` it waits up to 28 s and answers 201 with the document `ready`, or the failure: 422 `pdf_encrypted`, ' +
        '`pdf_corrupt` (damaged or truncated), `no_text_found` (scanned pages: OCR is not done). A failed document stays, `failed`, with ' +
        'its `error`, and has no text. The original is kept in S3 at `kb/<id>.pdf` when S3 is configured.',
      consumes: ['multipart/form-data'],
      params: FolderParams, querystring: UploadQuery, body: UploadBody,
      response: { 201: ref(KbDocument), 202: ref(KbDocument), ...errors(400, 401, 404, 409, 413, 415, 422) },
    },
  }, async (req, reply) => {
    if (req.validationError && req.validationError.validationContext !== 'body') throw req.validationError
    const { workspaceId } = req.auth
    const { folderId } = req.params
    if (!(await store.folders.find(workspaceId, folderId))) throw kbErrors.folderNotFound()
    const upload = await readUpload(req)
    if (!looksLikePdf(upload.bytes)) throw kbErrors.notPdf()

    const id = newId('kbd')
    const key = await originals.put(originalKey(id, 'pdf'), upload.bytes, 'application/pdf')
    let row
    try {
      row = await app.sql.begin(async (tx) => {
        if ((await store.documents.lockAndCount(tx, workspaceId)) >= maxDocuments) throw kbErrors.documentLimit(maxDocuments)
        const doc = await store.documents.insertUpload(tx, id, {
          workspaceId, folderId, kind: 'pdf',
          title: upload.title ?? upload.filename?.replace(/\.pdf$/i, '').slice(0, KB_LIMITS.title) ?? 'Document',
          language: req.query.language ?? 'english',
          sourceFilename: upload.filename, mime: 'application/pdf', sizeBytes: upload.bytes.length, storageKey: key ?? null,
        }, upload.bytes)
        await extraction.enqueue(tx, id)
        return doc
      })
    } catch (err) {
      await originals.remove([key], req.log)
      throw err
    }
    if (!req.query.wait) return reply.code(202).send(documentJson(row))

    const settled = await waitFor(workspaceId, id)
    if (!settled) throw kbErrors.documentNotFound() // deleted while we waited
    if (settled.status === 'failed') {
      const code = (settled.error_code ?? 'extraction_failed') as ExtractionErrorCode
      throw new HttpError(422, code, settled.error_message ?? EXTRACTION_ERRORS[code], { documentId: id })
    }
    return reply.code(settled.status === 'ready' ? 201 : 202).send(documentJson(settled))
  })
}
