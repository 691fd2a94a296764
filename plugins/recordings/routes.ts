import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { CallParams } from '../../schemas/calls.js'
import { RecordingPlaybackHeaders, RecordingPlaybackResponses, RecordingStateResponse, RecordingUrl } from '../../schemas/recordings.js'
import { recordingKey } from '../../src/integrations/s3.js'
import { httpError, notFound } from '../../src/platform/http-error.js'
import { callJson, type CallRow } from '../calls/index.js'
import { startEgress, stopEgress } from './egress.js'
import type { StoredRecording } from './state.js'
import { presignRecordingUrl, sendRecording } from './stream.js'

const tags = ['recordings']
const security = [{ bearerAuth: [] }]
const URL_TTL_SECONDS = 300

const START_DESCRIPTION = [
  'Starts an audio-only LiveKit room-composite egress of the call\'s room, uploaded as MP3 to `s3://$EGRESS_S3_BUCKET/calls/<callId>.mp3`',
  'with the API\'s own S3 credentials. Answers 202 with `recording.status: "recording"`; the recording becomes `ready` (or `failed`)',
  'when LiveKit reports the end of the egress (`egress_ended` webhook).',
  '409 codes: `call_not_live` (no room, the call ended, or the room is gone in LiveKit), `already_recording`,',
  '`recording_exists` (a finished recording would be overwritten). 502 `livekit_error`; 503 `integration_not_configured` (LiveKit or S3).',
].join(' ')

const STOP_DESCRIPTION = [
  'Asks LiveKit to stop the egress. Answers 202 while LiveKit finishes the upload: the recording stays `recording`',
  '(with `stopRequestedAt`) until the `egress_ended` webhook makes it `ready`. 409 `not_recording` when no egress is running.',
].join(' ')

const PLAYBACK_DESCRIPTION = [
  'Streams the MP3 from S3 without buffering it: `Content-Length`, `Accept-Ranges: bytes`, `ETag`, `Last-Modified`.',
  'One `Range` (`bytes=a-b`, `bytes=a-`, `bytes=-n`) answers 206 with `Content-Range`; several ranges are ignored (200).',
  '`If-None-Match` answers 304. 404 `recording_not_found` when the call has no finished recording (or the object is missing);',
  '502 `storage_error` when S3 fails. For an `<audio>` element that cannot send a Bearer token, use `/recording/url`.',
].join(' ')

const recordingOf = (row: CallRow) => (row.recording ?? null) as StoredRecording | null

function recordingState(row: CallRow) {
  return { callId: row.id, recording: callJson(row).recording }
}

/** The S3 key of the call's finished recording, or 404 `recording_not_found`. */
function readyKey(row: CallRow): string {
  const recording = recordingOf(row)
  const status = recording?.status ?? 'none'
  if (status !== 'ready') {
    const why = status === 'recording' ? 'is still being recorded' : status === 'failed' ? 'failed to record' : 'has no recording'
    throw httpError(404, 'recording_not_found', `Recording not found: the call ${why}`, { status })
  }
  return typeof recording?.key === 'string' && recording.key ? recording.key : recordingKey(row.id)
}

/** Start/stop, playback and signed URLs of call recordings, scoped to the caller's workspace. */
export default async function recordingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  app.addHook('onRequest', app.requireAuth)

  async function callOf(req: FastifyRequest) {
    const row = await app.calls.find(req.auth.workspaceId, (req.params as { callId: string }).callId)
    if (!row) throw notFound('Call')
    return row
  }

  app.post('/calls/:callId/recording/start', {
    schema: {
      tags, security, operationId: 'startCallRecording', summary: 'Start recording a live call', description: START_DESCRIPTION,
      params: CallParams, response: { 202: ref(RecordingStateResponse), ...errors(400, 401, 404, 409, 502, 503) },
    },
  }, async (req, reply) => {
    app.need('s3') // 503 naming the missing EGRESS_S3_* variables; egress uploads with the same settings
    const livekit = app.need('livekit')
    const call = await callOf(req)
    const row = await app.sql.begin((tx) => startEgress(app, tx, call.id, { livekit, s3: app.config.s3, log: req.log }))
    return reply.code(202).send(recordingState(row))
  })

  app.post('/calls/:callId/recording/stop', {
    schema: {
      tags, security, operationId: 'stopCallRecording', summary: 'Stop recording a call', description: STOP_DESCRIPTION,
      params: CallParams, response: { 202: ref(RecordingStateResponse), ...errors(400, 401, 404, 409, 502, 503) },
    },
  }, async (req, reply) => {
    const livekit = app.need('livekit')
    const call = await callOf(req)
    const row = await app.sql.begin((tx) => stopEgress(app, tx, call, { livekit, log: req.log }))
    return reply.code(202).send(recordingState(row))
  })

  app.get('/calls/:callId/recording', {
    schema: {
      tags, security, operationId: 'getCallRecording', summary: 'Stream the call recording (audio/mpeg, Range supported)',
      description: PLAYBACK_DESCRIPTION, params: CallParams, headers: RecordingPlaybackHeaders,
      response: { ...RecordingPlaybackResponses, ...errors(400, 401, 404, 502, 503) } as never,
    },
  }, async (req, reply) => {
    const key = readyKey(await callOf(req))
    return sendRecording(req, reply, app.need('s3'), key)
  })

  app.get('/calls/:callId/recording/url', {
    schema: {
      tags, security, operationId: 'getCallRecordingUrl', summary: 'A presigned S3 URL for the recording, valid 5 minutes',
      description: 'For players that cannot send `Authorization` (an `<audio src>`): S3 serves the object itself, Range requests included. ' +
        'The URL points at EGRESS_S3_ENDPOINT (or AWS S3), which the browser must be able to reach. 404 `recording_not_found` as for the stream.',
      params: CallParams, response: { 200: ref(RecordingUrl), ...errors(400, 401, 404, 503) },
    },
  }, async (req) => {
    const key = readyKey(await callOf(req))
    const s3 = app.need('s3')
    const expiresAt = new Date(Date.now() + URL_TTL_SECONDS * 1000)
    const url = await presignRecordingUrl(s3, key, URL_TTL_SECONDS)
    return { url, expiresAt: expiresAt.toISOString() }
  })
}
