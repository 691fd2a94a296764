import type { FastifyBaseLogger } from 'fastify'
import type { JobQueue } from '../../src/jobs/queue.js'
import type { Queryable } from '../../src/db/connect.js'
import { KB_LIMITS } from '../../schemas/knowledge.js'
import { EXTRACTION_ERRORS, ExtractionError } from './errors.js'
import { extractPdfText } from './pdf.js'
import type { KnowledgeStore } from './store.js'

export const EXTRACT_JOB = 'knowledge.extract'

/** Listeners of finished extractions in this process (`?wait=true` answers from them before polling). */
type Settled = (documentId: string) => void

/**
 * Text extraction as a job: the upload is answered before the PDF is parsed, a crash mid-way retries,
 * and several API instances extract each upload once (the job queue's lock, then the
 * `status = 'processing'` guard of the write).
 */
export async function registerExtraction(jobs: JobQueue, store: KnowledgeStore, log: FastifyBaseLogger) {
  const listeners = new Set<Settled>()
  await jobs.work<{ documentId: string }>(EXTRACT_JOB, async (job) => {
    const { documentId } = job.data
    const upload = await store.documents.pendingUpload(documentId)
    if (!upload) return // deleted meanwhile, or already handled by an earlier run
    try {
      const result = await extractPdfText(upload.bytes, KB_LIMITS.textChars)
      await store.documents.completeUpload(documentId, result)
      log.info({ documentId, pages: result.pageCount, chars: result.text.length }, '[knowledge] document ready')
    } catch (err) {
      if (!(err instanceof ExtractionError)) throw err // the database or a bug: retried by the queue
      const pageCount = (err as ExtractionError & { pageCount?: number }).pageCount
      await store.documents.failUpload(documentId, { code: err.code, message: err.message, pageCount })
      log.info({ documentId, code: err.code }, '[knowledge] document failed')
    } finally {
      for (const l of listeners) l(documentId)
    }
  })
  return {
    enqueue: (tx: Queryable, documentId: string) => jobs.enqueue(tx, EXTRACT_JOB, { documentId }, { maxAttempts: 3, backoffBaseMs: 1000 }),
    /** Resolves when this process finished the document's job, or after `ms` (the caller then reads the row). */
    settled(documentId: string, ms: number) {
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer)
          listeners.delete(listener)
          resolve()
        }
        const listener: Settled = (id) => id === documentId && done()
        const timer = setTimeout(done, ms)
        listeners.add(listener)
      })
    },
  }
}

export type Extraction = Awaited<ReturnType<typeof registerExtraction>>
export { EXTRACTION_ERRORS }
