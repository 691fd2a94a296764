import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type postgres from 'postgres'
import { EncodedFileOutput, EncodedFileType, S3Upload } from '@livekit/protocol'
import type { Config } from '../../src/config.js'
import type { LiveKit } from '../../src/integrations/livekit.js'
import { recordingKey } from '../../src/integrations/s3.js'
import { httpError, notFound } from '../../src/platform/http-error.js'
import type { CallRow } from '../calls/index.js'
import { lockRecording } from './lock.js'
import { startedPatch, type StoredRecording } from './state.js'

/**
 * Where egress uploads: the recordings bucket with the API's own S3 credentials (from
 * config, never from a client). EGRESS_S3_ENDPOINT must be reachable from the egress
 * workers too (MinIO, R2); AWS S3 needs none and uses virtual-hosted addressing.
 */
export function egressFileOutput(s3: Config['s3'], key: string): EncodedFileOutput {
  return new EncodedFileOutput({
    fileType: EncodedFileType.MP3,
    filepath: key,
    output: {
      case: 's3',
      value: new S3Upload({
        bucket: s3.bucket,
        region: s3.region,
        accessKey: s3.accessKeyId,
        secret: s3.secretAccessKey,
        ...(s3.endpoint ? { endpoint: s3.endpoint, forcePathStyle: true } : {}),
      }),
    },
  })
}

/** Refusals a client can fix or must wait out; they change nothing. */
export const callNotLive = (status: string) =>
  httpError(409, 'call_not_live', `The call has no live LiveKit room to record (call status: ${status})`)
export const alreadyRecording = () => httpError(409, 'already_recording', 'The call is already being recorded')
export const recordingExists = () =>
  httpError(409, 'recording_exists', 'The call already has a recording; starting again would overwrite it')
export const notRecording = (status: string) => httpError(409, 'not_recording', `The call is not being recorded (recording status: ${status})`)

interface ServerErrorLike {
  status?: number
  code?: string
  message?: string
}

/** What a LiveKit refusal means for the caller: the room is gone (409) or LiveKit failed (502). */
function liveKitRefusal(err: unknown, call: CallRow, log: FastifyBaseLogger, action: string) {
  const e = err as ServerErrorLike
  if (e.status === 404 || e.code === 'not_found') return callNotLive(`${call.status}, room ${call.room_name} not found in LiveKit`)
  log.error({ err, callId: call.id, room: call.room_name }, `[recording] LiveKit ${action} failed`)
  return httpError(502, 'livekit_error', `LiveKit did not ${action} the recording`, { reason: e.message ?? String(err) })
}

const recordingOf = (row: CallRow) => (row.recording ?? null) as StoredRecording | null
const statusOf = (row: CallRow) => recordingOf(row)?.status ?? 'none'

/**
 * Starts an audio-only room-composite egress of the call's room to `calls/<callId>.mp3` and stores
 * `{status:'recording', egressId, key}`. Runs in `tx` holding the call's recording lock across the
 * LiveKit request, so two starts (a double click, auto-record racing the button) cannot both start
 * an egress, and egress webhooks for the new egress wait until its id is stored.
 * Throws the 409s above when the call cannot be recorded, 502 `livekit_error` when LiveKit fails.
 */
export async function startEgress(
  app: FastifyInstance,
  tx: postgres.TransactionSql,
  callId: string,
  deps: { livekit: LiveKit; s3: Config['s3']; log: FastifyBaseLogger },
): Promise<CallRow> {
  await lockRecording(tx, callId)
  const call = await app.calls.findById(callId, tx)
  if (!call) throw notFound('Call')
  if (!call.room_name || call.status === 'ended' || call.status === 'failed') throw callNotLive(call.status)
  const status = statusOf(call)
  if (status === 'recording') throw alreadyRecording()
  if (status === 'ready') throw recordingExists()

  const key = recordingKey(call.id)
  let egressId: string
  try {
    const info = await deps.livekit.egress.startRoomCompositeEgress(
      call.room_name,
      { file: egressFileOutput(deps.s3, key) },
      { audioOnly: true },
    )
    egressId = info.egressId
  } catch (err) {
    throw liveKitRefusal(err, call, deps.log, 'start')
  }
  deps.log.info({ callId, room: call.room_name, egressId, key }, '[recording] egress started')
  return app.calls.updateRecording(call.id, startedPatch(recordingOf(call), egressId, key, new Date()), tx)
}

/**
 * Asks LiveKit to stop the call's egress. The recording stays `recording` (with `stopRequestedAt`)
 * until `egress_ended` reports the uploaded file: only then is the object in S3.
 */
export async function stopEgress(
  app: FastifyInstance,
  tx: postgres.TransactionSql,
  call: CallRow,
  deps: { livekit: LiveKit; log: FastifyBaseLogger },
): Promise<CallRow> {
  await lockRecording(tx, call.id)
  const fresh = (await app.calls.findById(call.id, tx)) ?? call
  const recording = recordingOf(fresh)
  if (recording?.status !== 'recording' || !recording.egressId) throw notRecording(recording?.status ?? 'none')
  try {
    await deps.livekit.egress.stopEgress(recording.egressId)
  } catch (err) {
    const e = err as ServerErrorLike
    // The egress already ended (or never existed in LiveKit); its egress_ended webhook settles the state.
    if (e.status === 404 || e.status === 412 || e.code === 'not_found' || e.code === 'failed_precondition') {
      throw httpError(409, 'not_recording', `The egress has already ended: ${e.message ?? ''}`.trim())
    }
    throw liveKitRefusal(err, fresh, deps.log, 'stop')
  }
  deps.log.info({ callId: call.id, egressId: recording.egressId }, '[recording] egress stop requested')
  return app.calls.updateRecording(call.id, { stopRequestedAt: new Date().toISOString() }, tx)
}
