import { S3Client } from '@aws-sdk/client-s3'
import type { Config } from '../config.js'

/** The configured recordings bucket and a client for it. */
export interface S3Storage {
  readonly client: S3Client
  readonly bucket: string
}

/**
 * The S3 client for recordings, or `undefined` when EGRESS_S3_BUCKET, _REGION, _ACCESS_KEY or _SECRET is missing
 * (routes then answer 503 `integration_not_configured`, see `missingIntegrationVars(config, 's3')`).
 * With EGRESS_S3_ENDPOINT set (MinIO, R2, s3rver...) requests go there, path-style.
 */
export function createS3(config: Config['s3']): S3Storage | undefined {
  const { bucket, region, endpoint, accessKeyId, secretAccessKey } = config
  if (!bucket || !region || !accessKeyId || !secretAccessKey) return undefined
  const client = new S3Client({
    region,
    credentials: { accessKeyId, secretAccessKey },
    ...(endpoint
      ? {
          endpoint,
          forcePathStyle: true,
          // S3-compatible servers often reject or ignore the flexible checksums the SDK adds by default since 3.729.
          requestChecksumCalculation: 'WHEN_REQUIRED' as const,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }
      : {}),
  })
  return { client, bucket }
}

/** Where LiveKit egress writes a call's recording (the seed's layout, kept for imported calls). */
export const recordingKey = (callId: string) => `calls/${callId}.mp3`
