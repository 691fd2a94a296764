import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import { createServer, type AddressInfo } from 'node:net'
import Fastify, { type FastifyInstance } from 'fastify'
import { createS3, recordingKey, type S3Storage } from '../src/integrations/s3.js'
import { HttpError } from '../src/platform/http-error.js'
import { presignRecordingUrl, sendRecording } from '../plugins/recordings/stream.js'
import { startS3Server, type S3TestServer } from './support/s3-server.js'

/** A bare app with the one route and an error handler rendering HttpError as the contract's error body. */
function recordingApp(storage: S3Storage): FastifyInstance {
  const app = Fastify()
  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof HttpError) {
      if (err.headers) reply.headers(err.headers)
      return reply.code(err.statusCode).send({ error: { code: err.code, message: err.message } })
    }
    return reply.code(500).send({ error: { code: 'internal_error', message: String(err) } })
  })
  app.get<{ Params: { callId: string } }>('/api/calls/:callId/recording', (req, reply) =>
    sendRecording(req, reply, storage, recordingKey(req.params.callId)),
  )
  return app
}

function storageFor(server: S3TestServer, endpoint = server.endpoint): S3Storage {
  const storage = createS3({
    bucket: server.bucket,
    region: server.region,
    endpoint,
    accessKeyId: server.accessKeyId,
    secretAccessKey: server.secretAccessKey,
  })
  assert.ok(storage)
  return storage
}

/** Records the AbortSignal of every request the S3 client sends. */
function recordAbortSignals(storage: S3Storage, delayMs = 0): AbortSignal[] {
  const signals: AbortSignal[] = []
  const handler = storage.client.config.requestHandler as unknown as {
    handle: (request: unknown, options?: { abortSignal?: AbortSignal }) => Promise<unknown>
  }
  const handle = handler.handle.bind(handler)
  handler.handle = (request, options = {}) => {
    if (options.abortSignal) signals.push(options.abortSignal)
    if (!delayMs) return handle(request, options)
    return new Promise((r) => setTimeout(r, delayMs)).then(() => handle(request, options))
  }
  return signals
}

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

async function waitFor(condition: () => boolean, ms = 3000): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (condition()) return true
    await new Promise((r) => setTimeout(r, 20))
  }
  return condition()
}

describe('createS3', () => {
  test('is undefined without bucket, region or credentials', () => {
    const full = { bucket: 'b', region: 'us-east-1', accessKeyId: 'k', secretAccessKey: 's' }
    assert.ok(createS3(full))
    for (const missing of ['bucket', 'region', 'accessKeyId', 'secretAccessKey'] as const) {
      assert.equal(createS3({ ...full, [missing]: undefined }), undefined, missing)
    }
  })

  test('uses path-style requests to a custom endpoint', async () => {
    const storage = createS3({ bucket: 'b', region: 'us-east-1', endpoint: 'http://127.0.0.1:9', accessKeyId: 'k', secretAccessKey: 's' })
    assert.ok(storage)
    assert.equal(storage.bucket, 'b')
    assert.equal(storage.client.config.forcePathStyle, true)
    const endpoint = await storage.client.config.endpoint?.()
    assert.equal(endpoint?.hostname, '127.0.0.1')
    assert.equal(endpoint?.port, 9)
    storage.client.destroy()
  })

  test('recordingKey is calls/<callId>.mp3', () => {
    assert.equal(recordingKey('call_01J'), 'calls/call_01J.mp3')
  })
})

describe('sendRecording against s3rver', () => {
  let s3: S3TestServer
  let storage: S3Storage
  let app: FastifyInstance
  const callId = 'call_stream'
  const body = randomBytes(300 * 1024 + 17)
  const size = body.length
  const url = `/api/calls/${callId}/recording`

  before(async () => {
    s3 = await startS3Server()
    await s3.putObject(recordingKey(callId), body)
    storage = storageFor(s3)
    app = recordingApp(storage)
    await app.ready()
  })
  after(async () => {
    await app?.close()
    storage?.client.destroy()
    await s3?.close()
  })

  test('200 with the whole object and its headers', async () => {
    const res = await app.inject({ method: 'GET', url })
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['content-type'], 'audio/mpeg')
    assert.equal(res.headers['content-length'], String(size))
    assert.equal(res.headers['accept-ranges'], 'bytes')
    assert.equal(res.headers['content-range'], undefined)
    assert.match(String(res.headers.etag), /^"[0-9a-f]{32}"$/)
    assert.ok(!Number.isNaN(Date.parse(String(res.headers['last-modified']))))
    assert.ok(res.rawPayload.equals(body))
  })

  test('Range bytes=100-199 gives 206 with exactly those bytes', async () => {
    const res = await app.inject({ method: 'GET', url, headers: { range: 'bytes=100-199' } })
    assert.equal(res.statusCode, 206)
    assert.equal(res.headers['content-range'], `bytes 100-199/${size}`)
    assert.equal(res.headers['content-length'], '100')
    assert.equal(res.headers['content-type'], 'audio/mpeg')
    assert.equal(res.headers['accept-ranges'], 'bytes')
    assert.ok(res.headers.etag)
    assert.ok(res.rawPayload.equals(body.subarray(100, 200)))
  })

  test('suffix range bytes=-500 gives the last 500 bytes', async () => {
    // s3rver reads `-500` as `0-500`: sendRecording notices the wrong Content-Range and asks again with offsets.
    const res = await app.inject({ method: 'GET', url, headers: { range: 'bytes=-500' } })
    assert.equal(res.statusCode, 206)
    assert.equal(res.headers['content-range'], `bytes ${size - 500}-${size - 1}/${size}`)
    assert.equal(res.headers['content-length'], '500')
    assert.ok(res.rawPayload.equals(body.subarray(size - 500)))
  })

  test('a suffix longer than the object gives all of it as 206', async () => {
    const res = await app.inject({ method: 'GET', url, headers: { range: `bytes=-${size * 2}` } })
    assert.equal(res.statusCode, 206)
    assert.equal(res.headers['content-range'], `bytes 0-${size - 1}/${size}`)
    assert.ok(res.rawPayload.equals(body))
  })

  test('open-ended bytes=1000- gives the rest', async () => {
    const res = await app.inject({ method: 'GET', url, headers: { range: 'bytes=1000-' } })
    assert.equal(res.statusCode, 206)
    assert.equal(res.headers['content-range'], `bytes 1000-${size - 1}/${size}`)
    assert.equal(res.headers['content-length'], String(size - 1000))
    assert.ok(res.rawPayload.equals(body.subarray(1000)))
  })

  test('bytes=0-0 gives one byte', async () => {
    // s3rver answers the whole object for 0-0: the extra bytes are trimmed while streaming.
    const res = await app.inject({ method: 'GET', url, headers: { range: 'bytes=0-0' } })
    assert.equal(res.statusCode, 206)
    assert.equal(res.headers['content-range'], `bytes 0-0/${size}`)
    assert.equal(res.headers['content-length'], '1')
    assert.ok(res.rawPayload.equals(body.subarray(0, 1)))
  })

  test('an end past the object is clamped', async () => {
    const res = await app.inject({ method: 'GET', url, headers: { range: `bytes=${size - 10}-${size + 1000}` } })
    assert.equal(res.statusCode, 206)
    assert.equal(res.headers['content-range'], `bytes ${size - 10}-${size - 1}/${size}`)
    assert.ok(res.rawPayload.equals(body.subarray(size - 10)))
  })

  test('several ranges, other units and invalid ranges are ignored: 200 with the whole object', async () => {
    for (const range of ['bytes=0-1,5-6', 'items=0-1', 'bytes=abc', 'bytes=200-100']) {
      const res = await app.inject({ method: 'GET', url, headers: { range } })
      assert.equal(res.statusCode, 200, range)
      assert.equal(res.headers['content-range'], undefined, range)
      assert.ok(res.rawPayload.equals(body), range)
    }
  })

  test('an unsatisfiable range is 416 with Content-Range bytes */size and the error body', async () => {
    for (const range of ['bytes=999999999-', `bytes=${size}-`, 'bytes=-0']) {
      const res = await app.inject({ method: 'GET', url, headers: { range } })
      assert.equal(res.statusCode, 416, range)
      assert.equal(res.headers['content-range'], `bytes */${size}`, range)
      assert.match(String(res.headers['content-type']), /^application\/json/)
      assert.equal(res.json().error.code, 'range_not_satisfiable', range)
      assert.equal(typeof res.json().error.message, 'string')
    }
  })

  test('If-None-Match with the ETag is 304 without a body', async () => {
    const etag = (await app.inject({ method: 'GET', url, headers: { range: 'bytes=0-9' } })).headers.etag
    assert.ok(etag)
    const res = await app.inject({ method: 'GET', url, headers: { 'if-none-match': String(etag) } })
    assert.equal(res.statusCode, 304)
    assert.equal(res.rawPayload.length, 0)
    assert.equal(res.headers.etag, etag)
    const other = await app.inject({ method: 'GET', url, headers: { 'if-none-match': '"0000"', range: 'bytes=0-9' } })
    assert.equal(other.statusCode, 206)
    assert.ok(other.rawPayload.equals(body.subarray(0, 10)))
  })

  test('HEAD answers the same headers without the bytes', async () => {
    const res = await app.inject({ method: 'HEAD', url })
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['content-length'], String(size))
    assert.equal(res.headers['content-type'], 'audio/mpeg')
    assert.ok(res.headers.etag)
    assert.equal(res.rawPayload.length, 0)
    const ranged = await app.inject({ method: 'HEAD', url, headers: { range: 'bytes=-500' } })
    assert.equal(ranged.statusCode, 206)
    assert.equal(ranged.headers['content-range'], `bytes ${size - 500}-${size - 1}/${size}`)
    assert.equal(ranged.headers['content-length'], '500')
  })

  test('a missing object is 404 recording_not_found', async () => {
    for (const method of ['GET', 'HEAD'] as const) {
      const res = await app.inject({ method, url: '/api/calls/call_missing/recording' })
      assert.equal(res.statusCode, 404, method)
      if (method === 'GET') assert.deepEqual(res.json(), { error: { code: 'recording_not_found', message: 'Recording not found' } })
    }
  })

  test('S3 unreachable is 502 storage_error', async () => {
    const down = storageFor(s3, `http://127.0.0.1:${await closedPort()}`)
    const downApp = recordingApp(down)
    try {
      const res = await downApp.inject({ method: 'GET', url })
      assert.equal(res.statusCode, 502)
      assert.equal(res.json().error.code, 'storage_error')
    } finally {
      await downApp.close()
      down.client.destroy()
    }
  })

  test('a presigned URL serves the bytes to a plain fetch', async () => {
    const signed = await presignRecordingUrl(storage, recordingKey(callId), 60)
    assert.match(signed, /X-Amz-Expires=60/)
    const res = await fetch(signed)
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('content-type'), 'audio/mpeg')
    assert.ok(Buffer.from(await res.arrayBuffer()).equals(body))
    // s3rver checks the access key but not SigV4 signatures, so tampering cannot be tested here; check the signing instead.
    const query = new URL(signed).searchParams
    assert.equal(query.get('X-Amz-Algorithm'), 'AWS4-HMAC-SHA256')
    assert.match(query.get('X-Amz-Signature') ?? '', /^[0-9a-f]{64}$/)
    assert.equal(query.get('response-content-type'), 'audio/mpeg')
  })

  test('a client leaving mid-stream aborts the S3 request', async () => {
    const bigId = 'call_big'
    const big = randomBytes(20 * 1024 * 1024)
    await s3.putObject(recordingKey(bigId), big)
    const watched = storageFor(s3)
    const signals = recordAbortSignals(watched)
    const liveApp = recordingApp(watched)
    // What s3rver sees of each GET it answers: did its response finish, or was the socket closed under it?
    const s3Responses: { finished: boolean; closed: boolean }[] = []
    const onS3Request = (req: http.IncomingMessage, res: http.ServerResponse) => {
      if (req.method !== 'GET') return
      const seen = { finished: false, closed: false }
      s3Responses.push(seen)
      res.on('finish', () => (seen.finished = true))
      res.on('close', () => (seen.closed = true))
    }
    s3.httpServer.on('request', onS3Request)
    try {
      const base = await liveApp.listen({ port: 0, host: '127.0.0.1' })
      let received = 0
      await new Promise<void>((resolve, reject) => {
        const req = http.get(`${base}/api/calls/${bigId}/recording`, (res) => {
          assert.equal(res.statusCode, 200)
          assert.equal(res.headers['content-length'], String(big.length))
          res.once('data', (chunk: Buffer) => {
            received += chunk.length
            req.destroy()
            resolve()
          })
        })
        req.on('error', (err) => (received ? resolve() : reject(err)))
      })
      assert.ok(received > 0 && received < big.length)
      assert.equal(signals.length, 1)
      assert.ok(await waitFor(() => signals[0].aborted), 'the GetObject AbortSignal fired')
      assert.ok(await waitFor(() => s3Responses.length === 1 && s3Responses[0].closed), 's3rver saw its response closed')
      assert.equal(s3Responses[0].finished, false, 's3rver did not get to send the whole object')
    } finally {
      s3.httpServer.off('request', onS3Request)
      await liveApp.close()
      watched.client.destroy()
    }
  })

  test('a client leaving before S3 answers aborts the request and the app keeps serving', async () => {
    const watched = storageFor(s3)
    const signals = recordAbortSignals(watched, 300) // S3 "slow": every request waits 300 ms before it is sent
    const liveApp = recordingApp(watched)
    let s3Gets = 0
    const onS3Request = (req: http.IncomingMessage) => void (req.method === 'GET' && s3Gets++)
    s3.httpServer.on('request', onS3Request)
    try {
      const base = await liveApp.listen({ port: 0, host: '127.0.0.1' })
      const req = http.get(`${base}${url}`)
      req.on('error', () => {})
      await waitFor(() => signals.length === 1)
      req.destroy()
      assert.ok(await waitFor(() => signals[0].aborted), 'the GetObject AbortSignal fired')
      await new Promise((r) => setTimeout(r, 400))
      assert.equal(s3Gets, 0, 'the aborted request never reached S3')
      const res = await fetch(`${base}${url}`, { headers: { range: 'bytes=0-9' } })
      assert.equal(res.status, 206)
      assert.ok(Buffer.from(await res.arrayBuffer()).equals(body.subarray(0, 10)))
    } finally {
      s3.httpServer.off('request', onS3Request)
      await liveApp.close()
      watched.client.destroy()
    }
  })

  test('a client that reads everything does not abort anything', async () => {
    const watched = storageFor(s3)
    const signals = recordAbortSignals(watched)
    const liveApp = recordingApp(watched)
    try {
      const base = await liveApp.listen({ port: 0, host: '127.0.0.1' })
      const res = await fetch(`${base}${url}`)
      assert.ok(Buffer.from(await res.arrayBuffer()).equals(body))
      await new Promise((r) => setTimeout(r, 50))
      assert.equal(signals.length, 1)
      assert.equal(signals[0].aborted, false)
    } finally {
      await liveApp.close()
      watched.client.destroy()
    }
  })
})
