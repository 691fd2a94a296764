import { Readable } from 'node:stream'
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { S3Storage } from '../../src/integrations/s3.js'
import { HttpError, httpError } from '../../src/platform/http-error.js'

/** One byte range as a client asked for it (RFC 9110 §14.1.2): `first-[last]` or the suffix `-length`. */
export type RangeRequest = { first: number; last?: number } | { suffix: number }

/**
 * The client's `Range` header when it names exactly one byte range; `undefined` (serve the whole object, 200) for no
 * header, another unit, several ranges or bad syntax: RFC 9110 §14.2 lets a server ignore any of those.
 * A `first` beyond any object size is kept (it is unsatisfiable, answered 416); huge `last`/suffix values are clamped.
 */
export function parseRange(header: string | undefined): RangeRequest | undefined {
  if (!header) return undefined
  const m = /^\s*bytes=(?:(\d+)-(\d*)|-(\d+))\s*$/i.exec(header)
  if (!m) return undefined
  if (m[3] !== undefined) return { suffix: Math.min(Number(m[3]), Number.MAX_SAFE_INTEGER) }
  const first = Number(m[1])
  if (m[2] === '') return { first }
  const last = Number(m[2])
  if (last < first) return undefined // an invalid range-spec: ignored, not 416
  return Number.isSafeInteger(last) ? { first, last } : { first }
}

/** The bytes `[start, end]` a range selects in an object of `size` bytes, or `undefined` when unsatisfiable. */
export function resolveRange(range: RangeRequest, size: number): { start: number; end: number } | undefined {
  if ('suffix' in range) {
    if (range.suffix === 0 || size === 0) return undefined
    return { start: Math.max(0, size - range.suffix), end: size - 1 }
  }
  if (range.first >= size) return undefined
  return { start: range.first, end: Math.min(range.last ?? Infinity, size - 1) }
}

const rangeHeader = (r: RangeRequest) => ('suffix' in r ? `bytes=-${r.suffix}` : `bytes=${r.first}-${r.last ?? ''}`)

function parseContentRange(value: string | undefined): { start: number; end: number; size: number } | undefined {
  const m = value ? /^bytes (\d+)-(\d+)\/(\d+)$/.exec(value.trim()) : null
  return m ? { start: Number(m[1]), end: Number(m[2]), size: Number(m[3]) } : undefined
}

interface S3ErrorLike {
  name?: string
  Code?: string
  ActualObjectSize?: string | number
  $metadata?: { httpStatusCode?: number }
  $response?: { headers?: Record<string, string | undefined> }
}

/** What GetObject (GET) or HeadObject (HEAD) answered. */
interface Fetched {
  status: number
  body?: Readable
  contentLength?: number
  contentRange?: string
  etag?: string
  lastModified?: Date
}

async function fetchObject(
  s3: S3Storage,
  key: string,
  opts: { head: boolean; range?: string; ifNoneMatch?: string; signal: AbortSignal },
): Promise<Fetched> {
  const input = { Bucket: s3.bucket, Key: key, Range: opts.range, IfNoneMatch: opts.ifNoneMatch }
  if (opts.head) {
    const out = await s3.client.send(new HeadObjectCommand(input), { abortSignal: opts.signal })
    return { status: out.$metadata.httpStatusCode ?? 200, ...pick(out) }
  }
  const out = await s3.client.send(new GetObjectCommand(input), { abortSignal: opts.signal })
  // In Node the SDK's Body is the http.IncomingMessage of the S3 response: a Readable we can pipe as it arrives.
  const body = out.Body
  if (!(body instanceof Readable)) {
    throw Object.assign(new Error('S3 GetObject returned a body that is not a Node stream'), { name: 'UnexpectedBody' })
  }
  return { status: out.$metadata.httpStatusCode ?? 200, body, ...pick(out) }
}

const pick = (o: { ContentLength?: number; ContentRange?: string; ETag?: string; LastModified?: Date }) => ({
  contentLength: o.ContentLength,
  contentRange: o.ContentRange,
  etag: o.ETag,
  lastModified: o.LastModified,
})

/** Passes `length` bytes after skipping `skip`; ending early destroys the source (its S3 socket). */
function byteWindow(source: Readable, skip: number, length: number): Readable {
  return Readable.from(
    (async function* () {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        let c = chunk
        if (skip > 0) {
          if (c.length <= skip) {
            skip -= c.length
            continue
          }
          c = c.subarray(skip)
          skip = 0
        }
        if (c.length >= length) {
          yield c.subarray(0, length)
          return
        }
        length -= c.length
        yield c
      }
    })(),
    { objectMode: false },
  )
}

function rangeNotSatisfiable(header: string | undefined, size: number | undefined): HttpError {
  const message = `Range ${header ?? ''} is not satisfiable${size === undefined ? '' : ` for a recording of ${size} bytes`}`
  return new HttpError(416, 'range_not_satisfiable', message, undefined, {
    'accept-ranges': 'bytes',
    ...(size === undefined ? {} : { 'content-range': `bytes */${size}` }),
  })
}

async function objectSize(s3: S3Storage, key: string, signal: AbortSignal): Promise<number | undefined> {
  try {
    return (await s3.client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key }), { abortSignal: signal })).ContentLength
  } catch {
    return undefined
  }
}

/** The entity tag to repeat on a 304 when the storage did not send one: the client's, when it named exactly one. */
const singleTag = (ifNoneMatch: string) => (/^\s*((?:W\/)?"[^",]*")\s*$/.exec(ifNoneMatch)?.[1])

/**
 * Streams the object `key` to the client, never holding more of it in memory than the sockets' buffers.
 *
 * - `Range` (one range: `bytes=a-b`, `bytes=a-`, `bytes=-n`) is forwarded to S3 and answered 206 with `Content-Range`;
 *   several ranges or an invalid header are ignored (200 with the whole object, as RFC 9110 allows);
 *   an unsatisfiable range is 416 with `Content-Range: bytes *\/<size>` and the `range_not_satisfiable` error body.
 *   S3-compatible servers that answer a different range than asked (s3rver ignores suffixes and `bytes=0-0`) are
 *   corrected: a wider range is trimmed while streaming, a wrong one re-requested once with absolute offsets.
 * - `If-None-Match` is passed to GetObject itself: one round trip either way, where HeadObject first would cost two
 *   for every download that is not a cache hit (the common case), and could race with a replaced object.
 * - The client leaving (response closed before it finished) aborts the S3 request through its AbortSignal, so no
 *   S3 socket stays open reading an object nobody receives.
 * - HEAD uses HeadObject with the same headers: the same status and headers, no object bytes fetched.
 *
 * Throws `recording_not_found` (404) for a missing object and `storage_error` (502) when S3 fails or is unreachable.
 */
export async function sendRecording(req: FastifyRequest, reply: FastifyReply, s3: S3Storage, key: string): Promise<FastifyReply> {
  const head = req.method === 'HEAD'
  const wanted = parseRange(req.headers.range)
  const ifNoneMatch = req.headers['if-none-match'] || undefined
  const res = reply.raw
  const controller = new AbortController()
  const onClose = () => {
    if (!res.writableFinished) controller.abort(new Error('client closed the connection'))
  }
  res.once('close', onClose)
  if (res.destroyed) onClose()

  if (wanted && 'suffix' in wanted && wanted.suffix === 0) {
    // `bytes=-0` selects nothing; S3 implementations disagree on it, so answer it here.
    throw rangeNotSatisfiable(req.headers.range, await objectSize(s3, key, controller.signal))
  }

  try {
    let range = wanted && rangeHeader(wanted)
    for (let attempt = 0; ; attempt++) {
      const got = await fetchObject(s3, key, { head, range, ifNoneMatch, signal: controller.signal })
      let window: { skip: number; length: number } | undefined
      let contentRange: string | undefined
      if (wanted && got.status === 206) {
        const answered = parseContentRange(got.contentRange)
        const expected = answered && resolveRange(wanted, answered.size)
        if (!answered || !expected) {
          got.body?.destroy()
          if (answered) throw rangeNotSatisfiable(req.headers.range, answered.size)
          throw Object.assign(new Error(`S3 answered 206 with Content-Range ${JSON.stringify(got.contentRange)}`), { name: 'BadContentRange' })
        }
        if (answered.start !== expected.start || answered.end !== expected.end) {
          if (answered.start <= expected.start && answered.end >= expected.end) {
            window = { skip: expected.start - answered.start, length: expected.end - expected.start + 1 }
          } else if (attempt === 0) {
            got.body?.destroy()
            range = `bytes=${expected.start}-${expected.end}`
            continue
          } else {
            got.body?.destroy()
            throw Object.assign(new Error(`S3 answered ${got.contentRange} for ${range}`), { name: 'BadContentRange' })
          }
        }
        contentRange = `bytes ${expected.start}-${expected.end}/${answered.size}`
      }
      const length = window ? window.length : got.contentLength
      reply.code(contentRange ? 206 : 200)
      reply.header('content-type', 'audio/mpeg')
      reply.header('accept-ranges', 'bytes')
      if (length !== undefined) reply.header('content-length', String(length))
      if (contentRange) reply.header('content-range', contentRange)
      if (got.etag) reply.header('etag', got.etag)
      if (got.lastModified) reply.header('last-modified', got.lastModified.toUTCString())
      // Fastify's HEAD handling replaces Content-Length for any payload but a stream, so HEAD sends an empty one.
      if (head || !got.body) return reply.send(Readable.from([]))
      return reply.send(window ? byteWindow(got.body, window.skip, window.length) : got.body)
    }
  } catch (err) {
    if (controller.signal.aborted) {
      // The client is gone: nothing can be answered, and the S3 request was aborted with it.
      req.log.info({ key }, 'client closed the connection before the recording was sent')
      reply.hijack()
      return reply
    }
    if (err instanceof HttpError) throw err
    const e = err as S3ErrorLike
    const status = e.$metadata?.httpStatusCode
    if (status === 304) {
      const etag = e.$response?.headers?.etag ?? (ifNoneMatch && singleTag(ifNoneMatch))
      const lastModified = e.$response?.headers?.['last-modified']
      if (etag) reply.header('etag', etag)
      if (lastModified) reply.header('last-modified', lastModified)
      reply.header('accept-ranges', 'bytes')
      return reply.code(304).send()
    }
    if (status === 404 || e.name === 'NoSuchKey' || e.name === 'NotFound') {
      throw httpError(404, 'recording_not_found', 'Recording not found')
    }
    if (status === 416 || e.name === 'InvalidRange') {
      const fromError = Number(e.ActualObjectSize)
      const fromHeader = /\/(\d+)$/.exec(e.$response?.headers?.['content-range'] ?? '')?.[1]
      const size = Number.isSafeInteger(fromError) && e.ActualObjectSize !== undefined
        ? fromError
        : fromHeader !== undefined
          ? Number(fromHeader)
          : await objectSize(s3, key, controller.signal)
      throw rangeNotSatisfiable(req.headers.range, size)
    }
    req.log.warn({ err, key, s3Code: e.Code ?? e.name, s3Status: status }, 'S3 request for a recording failed')
    throw httpError(502, 'storage_error', 'Recording storage is unavailable; retry shortly')
  }
}

/** A time-limited URL a browser or player can fetch the recording from directly (GET, served as audio/mpeg). */
export function presignRecordingUrl(s3: S3Storage, key: string, ttlSeconds = 300): Promise<string> {
  return getSignedUrl(s3.client, new GetObjectCommand({ Bucket: s3.bucket, Key: key, ResponseContentType: 'audio/mpeg' }), {
    expiresIn: ttlSeconds,
  })
}
