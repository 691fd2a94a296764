import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { Recording } from './calls.js'

export const RecordingStateResponse = Type.Object(
  {
    callId: Type.String(),
    recording: Recording,
  },
  { $id: 'RecordingState', title: 'RecordingState', description: 'The call\'s recording after the request was accepted' },
)
export type RecordingStateResponse = Static<typeof RecordingStateResponse>

export const RecordingUrl = Type.Object(
  {
    url: Type.String({ description: 'Presigned S3 GET URL, served as `audio/mpeg`; no Authorization header needed' }),
    expiresAt: Type.String({ format: 'date-time', description: 'The URL stops working after this (5 minutes)' }),
  },
  { $id: 'RecordingUrl', title: 'RecordingUrl' },
)
export type RecordingUrl = Static<typeof RecordingUrl>

/*
 * The playback route answers bytes, not JSON. @fastify/swagger copies a response schema's
 * `content` map as is (one entry per media type) and its `headers` into the response's
 * headers, and omits the body for `type: 'null'`. Fastify itself picks a serializer per
 * content type, so the JSON error bodies (416, 404...) are still serialized by schema,
 * while a stream payload (audio) is never serialized.
 */
const header = (description: string, schema: TSchema = Type.String()) => ({ ...schema, description })
const audio = { 'audio/mpeg': { schema: { type: 'string', format: 'binary', description: 'MP3 bytes, streamed from S3' } } }
const jsonError = { 'application/json': { schema: { $ref: 'ErrorResponse' } } }
const cacheHeaders = {
  etag: header('Entity tag of the stored object; send it back in `If-None-Match`'),
  'last-modified': header('When the object was written'),
  'accept-ranges': header('Always `bytes`'),
}

/** Request headers of the playback route (documented; the stream helper reads them). */
export const RecordingPlaybackHeaders = Type.Object({
  range: Type.Optional(Type.String({ description: 'One byte range: `bytes=0-1023`, `bytes=1024-` or `bytes=-1024`', examples: ['bytes=100-199'] })),
  'if-none-match': Type.Optional(Type.String({ description: 'An ETag from an earlier answer: 304 when it is still current' })),
})

/** Response entries of `GET /api/calls/:callId/recording` (and its HEAD). Documentation for the spec; no JSON serializer for audio. */
export const RecordingPlaybackResponses: Record<number, unknown> = {
  200: {
    description: 'The whole recording (`audio/mpeg`), streamed from S3',
    headers: { 'content-length': header('Size in bytes', Type.Integer()), ...cacheHeaders },
    content: audio,
  },
  206: {
    description: 'The byte range asked for with `Range: bytes=first-last`, `bytes=first-` or `bytes=-suffix` (one range)',
    headers: {
      'content-range': header('`bytes <first>-<last>/<size>`'),
      'content-length': header('Bytes in this part', Type.Integer()),
      ...cacheHeaders,
    },
    content: audio,
  },
  304: {
    type: 'null',
    description: '`If-None-Match` matched the current ETag: the cached copy is current',
    headers: { etag: cacheHeaders.etag, 'accept-ranges': cacheHeaders['accept-ranges'] },
  },
  416: {
    description: '`range_not_satisfiable`: the range starts beyond the end of the recording',
    headers: { 'content-range': header('`bytes */<size>`') },
    content: jsonError,
  },
}
