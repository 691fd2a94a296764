import { createRequire } from 'node:module'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'

// s3rver ships no type declarations: load it through require and describe the part we use.
interface S3rverInstance {
  run(): Promise<AddressInfo>
  close(): Promise<void>
  httpServer: Server
}
type S3rverConstructor = new (options: {
  address: string
  port: number
  silent: boolean
  directory: string
  configureBuckets: { name: string; configs?: (string | Buffer)[] }[]
}) => S3rverInstance
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor

export interface S3TestServer {
  /** `http://127.0.0.1:<port>`, for EGRESS_S3_ENDPOINT (path-style). */
  endpoint: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  region: string
  /** The EGRESS_S3_* variables pointing at this server. */
  env: {
    EGRESS_S3_BUCKET: string
    EGRESS_S3_REGION: string
    EGRESS_S3_ENDPOINT: string
    EGRESS_S3_ACCESS_KEY: string
    EGRESS_S3_SECRET: string
  }
  /** The s3rver HTTP server, to observe connections in tests. */
  httpServer: Server
  putObject(key: string, body: Uint8Array | string, contentType?: string): Promise<void>
  /** Stops the server (dropping open connections) and deletes its data directory. */
  close(): Promise<void>
}

/** A real S3-compatible server (s3rver) on 127.0.0.1:<random port> with one bucket, in a temp directory. */
export async function startS3Server(opts: { bucket?: string } = {}): Promise<S3TestServer> {
  const bucket = opts.bucket ?? 'rapidcall-recordings-test'
  // s3rver only knows this access key (it checks the key id, not SigV4 signatures).
  const accessKeyId = 'S3RVER'
  const secretAccessKey = 'S3RVER'
  const region = 'us-east-1'
  const directory = await mkdtemp(join(tmpdir(), 'rapidcall-s3rver-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] })
  let address: AddressInfo
  try {
    address = await server.run()
  } catch (err) {
    await rm(directory, { recursive: true, force: true })
    throw err
  }
  const endpoint = `http://127.0.0.1:${address.port}`
  const client = new S3Client({ region, endpoint, forcePathStyle: true, credentials: { accessKeyId, secretAccessKey } })

  return {
    endpoint,
    bucket,
    accessKeyId,
    secretAccessKey,
    region,
    env: {
      EGRESS_S3_BUCKET: bucket,
      EGRESS_S3_REGION: region,
      EGRESS_S3_ENDPOINT: endpoint,
      EGRESS_S3_ACCESS_KEY: accessKeyId,
      EGRESS_S3_SECRET: secretAccessKey,
    },
    httpServer: server.httpServer,
    async putObject(key, body, contentType = 'audio/mpeg') {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }))
    },
    async close() {
      client.destroy()
      // Keep-alive sockets of other clients would otherwise hold close() open.
      const closing = server.close()
      server.httpServer.closeAllConnections()
      await closing
      await rm(directory, { recursive: true, force: true })
    },
  }
}
