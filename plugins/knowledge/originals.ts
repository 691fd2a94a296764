import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import type { FastifyBaseLogger } from 'fastify'
import type { S3Storage } from '../../src/integrations/s3.js'

/** Where an uploaded original is kept: `kb/<documentId>.<ext>`. */
export const originalKey = (documentId: string, ext: string) => `kb/${documentId}.${ext}`

/**
 * Originals of uploaded files in S3, when S3 is configured (the extracted text is always in
 * PostgreSQL, so search and calls never need S3). Without S3 nothing is kept but the text.
 */
export function createOriginals(s3: S3Storage | undefined) {
  return {
    enabled: !!s3,
    async put(key: string, bytes: Buffer, contentType: string) {
      if (!s3) return undefined
      await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: bytes, ContentType: contentType }))
      return key
    },
    /** Best effort: a key left behind costs storage, never correctness (the rows are gone). */
    async remove(keys: (string | null | undefined)[], log: FastifyBaseLogger) {
      const all = keys.filter((k): k is string => !!k)
      if (!s3) return
      // One DeleteObject each (DeleteObjects needs a Content-MD5 that S3-compatible servers disagree on).
      for (let i = 0; i < all.length; i += 10) {
        await Promise.all(all.slice(i, i + 10).map((Key) =>
          s3.client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key })).catch((err: Error) =>
            log.warn({ key: Key, reason: err.message }, '[knowledge] original not deleted from S3'))))
      }
    },
  }
}

export type Originals = ReturnType<typeof createOriginals>
