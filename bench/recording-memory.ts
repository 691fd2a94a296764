/**
 * Memory of streaming a large recording: does `sendRecording` hold the object in memory?
 *
 * Starts s3rver, uploads the object with a multipart Upload, runs a minimal Fastify server using `sendRecording`
 * in a child process, downloads the object (reading and discarding) and prints the server's memory sampled every
 * 50 ms inside it: RSS, V8 heap, Buffers (ArrayBuffers) and the bytes queued in the download's streams.
 * `warmups` full downloads run before the baseline (the first large stream grows the allocator once; later ones
 * reuse it). Figures only; nothing is asserted.
 *
 *   node --import tsx bench/recording-memory.ts [sizeMB=200] [downloads=1] [warmups=1] [parallel=1]
 *   BENCH_NODE_FLAGS=--expose-gc BENCH_GC_EACH_SAMPLE=1 ...   (diagnostic: collect before each sample)
 */
import { fork } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { S3Client } from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import Fastify from 'fastify'
import { createS3, recordingKey } from '../src/integrations/s3.js'
import { presignRecordingUrl, sendRecording } from '../plugins/recordings/stream.js'
import { startS3Server } from '../test/support/s3-server.js'

const MB = 1024 * 1024
const CALL_ID = 'call_bench'

/** One reading of process.memoryUsage(): RSS and where it goes (V8 heap, Buffers outside the heap). */
interface Mem { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number; queued: number }
type ToServer = { type: 'baseline' } | { type: 'report' }
type FromServer =
  | { type: 'listening'; port: number }
  | { type: 'baseline'; mem: Mem }
  | { type: 'report'; baseline: Mem; peak: Mem; last: Mem; samples: number }

/** The download being sent: the S3 body stream and the client's response (set by an onSend hook). */
let sending: { source: Readable; res: http.ServerResponse } | undefined
/** Bytes waiting in the streams of the download: unread in the S3 body, unsent in the response and its socket. */
const queuedBytes = () =>
  sending ? sending.source.readableLength + sending.res.writableLength + (sending.res.socket?.writableLength ?? 0) : 0

const readMem = (): Mem => {
  const m = process.memoryUsage()
  return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers, queued: queuedBytes() }
}
const maxMem = (a: Mem, b: Mem): Mem => ({
  rss: Math.max(a.rss, b.rss), heapUsed: Math.max(a.heapUsed, b.heapUsed), heapTotal: Math.max(a.heapTotal, b.heapTotal),
  external: Math.max(a.external, b.external), arrayBuffers: Math.max(a.arrayBuffers, b.arrayBuffers), queued: Math.max(a.queued, b.queued),
})

if (process.argv.includes('--server')) await runServer()
else await runBench()

/** The child: the server under test, sampling its own RSS every 50 ms. */
async function runServer() {
  const send = (m: FromServer) => process.send?.(m)
  const storage = createS3({
    bucket: process.env.EGRESS_S3_BUCKET,
    region: process.env.EGRESS_S3_REGION,
    endpoint: process.env.EGRESS_S3_ENDPOINT,
    accessKeyId: process.env.EGRESS_S3_ACCESS_KEY,
    secretAccessKey: process.env.EGRESS_S3_SECRET,
  })
  if (!storage) throw new Error('EGRESS_S3_* not set')
  const app = Fastify()
  app.addHook('onSend', async (_req, reply, payload) => {
    if (payload instanceof Readable) sending = { source: payload, res: reply.raw }
    return payload
  })
  app.get<{ Params: { callId: string } }>('/api/calls/:callId/recording', (req, reply) =>
    sendRecording(req, reply, storage, recordingKey(req.params.callId)),
  )
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('no port')

  let baseline = readMem()
  let peak = baseline
  let samples = 0
  // Diagnostic (BENCH_NODE_FLAGS=--expose-gc BENCH_GC_EACH_SAMPLE=1): collect before each reading, so the
  // peak shows only what is still referenced, not Buffers already dropped and waiting for V8 to free them.
  const gcEachSample = process.env.BENCH_GC_EACH_SAMPLE === '1' && typeof globalThis.gc === 'function'
  setInterval(() => {
    if (gcEachSample) globalThis.gc!()
    peak = maxMem(peak, readMem())
    samples++
  }, 50).unref()
  process.on('message', (m: ToServer) => {
    if (m.type === 'baseline') {
      // With --expose-gc (GC=1), start from a collected heap: what is left is what the server holds.
      globalThis.gc?.()
      baseline = readMem()
      peak = baseline
      samples = 0
      send({ type: 'baseline', mem: baseline })
    } else if (m.type === 'report') {
      const last = readMem()
      send({ type: 'report', baseline, peak: maxMem(peak, last), last, samples })
    }
  })
  process.on('disconnect', () => void app.close().then(() => process.exit(0)))
  send({ type: 'listening', port: address.port })
}

/** The parent: storage, upload, client and figures. */
async function runBench() {
  const sizeMB = Number(process.argv[2] ?? 200)
  const downloads = Number(process.argv[3] ?? 1)
  const warmups = Number(process.argv[4] ?? 1)
  const parallel = Number(process.argv[5] ?? 1)
  const childFlags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean)
  const size = sizeMB * MB
  const s3 = await startS3Server()
  const child = fork(fileURLToPath(import.meta.url), ['--server'], {
    execArgv: ['--import', 'tsx', ...childFlags],
    env: { ...process.env, ...s3.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const nextMessage = <T extends FromServer['type']>(type: T) =>
    new Promise<Extract<FromServer, { type: T }>>((resolve, reject) => {
      const onMessage = (m: FromServer) => {
        if (m.type !== type) return
        child.off('message', onMessage)
        resolve(m as Extract<FromServer, { type: T }>)
      }
      child.on('message', onMessage)
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
    })
  const ask = <T extends FromServer['type']>(type: T & ToServer['type']) => {
    const answer = nextMessage(type)
    child.send({ type })
    return answer
  }

  try {
    const listening = nextMessage('listening')
    const uploadStarted = Date.now()
    const client = new S3Client({
      region: s3.region,
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    })
    // A stream of random data, so the upload does not need the object in the parent's memory either.
    const source = Readable.from(
      (function* () {
        for (let sent = 0; sent < size; sent += MB) yield randomBytes(Math.min(MB, size - sent))
      })(),
    )
    const upload = new Upload({
      client,
      params: { Bucket: s3.bucket, Key: recordingKey(CALL_ID), Body: source, ContentType: 'audio/mpeg' },
      partSize: 16 * MB,
      queueSize: 4,
    })
    await upload.done()
    console.log(`uploaded ${sizeMB} MB (multipart, 16 MB parts) in ${((Date.now() - uploadStarted) / 1000).toFixed(1)} s`)

    const { port } = await listening
    const url = `http://127.0.0.1:${port}/api/calls/${CALL_ID}/recording`
    // Warm up before the baseline: modules, the SDK client, sockets, and (with full downloads) the
    // heap and Buffer pools reach the size streaming needs, which is a one-time cost, not per download.
    const warm = await download(url, { range: 'bytes=0-0' })
    if (warm.bytes !== 1) throw new Error(`warm-up got ${warm.bytes} bytes`)
    for (let i = 0; i < warmups; i++) {
      const w = await download(url)
      if (w.bytes !== size) throw new Error(`warm-up download got ${w.bytes} bytes`)
    }
    const { mem: baseline } = await ask('baseline')

    const rows: string[] = []
    for (let i = 1; i <= downloads; i++) {
      const started = performance.now()
      const got = await Promise.all(Array.from({ length: parallel }, () => download(url)))
      const ms = performance.now() - started
      if (got.some((g) => g.bytes !== size)) throw new Error(`download ${i} got ${got.map((g) => g.bytes)} of ${size} bytes`)
      const r = await ask('report')
      const what = parallel > 1 ? `${parallel} x ${sizeMB} MB at once` : `${sizeMB} MB`
      rows.push(`  download ${i}: ${what} in ${(ms / 1000).toFixed(2)} s (${((sizeMB * parallel) / (ms / 1000)).toFixed(0)} MB/s), server RSS now ${mb(r.last.rss)} MB, peak so far ${mb(r.peak.rss)} MB`)
    }
    const report = await ask('report')
    console.log(`node ${process.version}${childFlags.length ? `, server flags: ${childFlags.join(' ')}` : ''}; ${warmups} full warm-up download(s) before the baseline`)
    console.log(rows.join('\n'))
    const line = (label: string, k: keyof Mem) =>
      `  ${label.padEnd(28)} baseline ${mb(baseline[k]).padStart(6)} MB   peak ${mb(report.peak[k]).padStart(6)} MB   growth ${mb(report.peak[k] - baseline[k]).padStart(6)} MB`
    console.log(`server memory while sending ${downloads * parallel} x ${sizeMB} MB (${report.samples} samples, every 50 ms):`)
    console.log(line('RSS', 'rss'))
    console.log(line('V8 heap used', 'heapUsed'))
    console.log(line('V8 heap reserved', 'heapTotal'))
    console.log(line('external (Buffers, C++)', 'external'))
    console.log(line('ArrayBuffers (Buffers)', 'arrayBuffers'))
    console.log(line('queued in the streams', 'queued'))
    console.log(`server RSS growth: ${mb(report.peak.rss - baseline.rss)} MB (target < 30 MB)`)

    // For comparison: the same object fetched straight from storage through a presigned URL.
    const storage = createS3({ bucket: s3.bucket, region: s3.region, endpoint: s3.endpoint, accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey })
    if (storage) {
      const direct = await download(await presignRecordingUrl(storage, recordingKey(CALL_ID)))
      console.log(`direct presigned download from s3rver: ${(direct.ms / 1000).toFixed(2)} s (${(sizeMB / (direct.ms / 1000)).toFixed(0)} MB/s)`)
      storage.client.destroy()
    }
    client.destroy()
  } finally {
    child.disconnect()
    await new Promise((r) => child.once('exit', r))
    await s3.close()
  }
}

function download(url: string, headers: Record<string, string> = {}): Promise<{ bytes: number; ms: number }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let bytes = 0
        res.on('data', (chunk: Buffer) => (bytes += chunk.length))
        res.on('end', () => resolve({ bytes, ms: performance.now() - started }))
        res.on('error', reject)
      })
      .on('error', reject)
  })
}

function mb(bytes: number) {
  return (bytes / MB).toFixed(1)
}
