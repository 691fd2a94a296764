import type { FastifyInstance } from 'fastify'
import type postgres from 'postgres'
import type { WebhookEvent } from 'livekit-server-sdk'
import { recordingKey } from '../../src/integrations/s3.js'
import type { CallRow } from '../calls/index.js'
import { lockRecording } from './lock.js'
import { applyEgressReport, egressReport, type EgressReport, type StoredRecording } from './state.js'

/** Called in the webhook's transaction when an egress report made a recording `failed`. */
export type EgressFailureListener = (call: CallRow, report: EgressReport, tx: postgres.TransactionSql, at: Date) => Promise<void>

const KEY_PATTERN = /^calls\/([A-Za-z0-9_-]{1,64})\.mp3$/

/** The call an egress records: by its room, else by the `calls/<callId>.mp3` it writes. */
async function callOfEgress(app: FastifyInstance, report: EgressReport, roomName: string, tx: postgres.TransactionSql) {
  const byRoom = roomName ? await app.calls.findByRoom(roomName, tx) : undefined
  if (byRoom) return byRoom
  const id = report.key ? KEY_PATTERN.exec(report.key)?.[1] : undefined
  return id ? app.calls.findById(id, tx) : undefined
}

/**
 * `egress_started`, `egress_updated`, `egress_ended` move the call's recording to `recording`,
 * `ready` (size, duration, key from the file result) or `failed` (the error). Each runs inside
 * the webhook's transaction (the event id is recorded there, so a redelivery is skipped), under the
 * call's recording lock, and never moves a finished recording back: see `applyEgressReport`.
 */
export function registerEgressEvents(app: FastifyInstance, opts: { onFailed?: EgressFailureListener } = {}) {
  async function onEgressEvent(event: WebhookEvent, tx: postgres.TransactionSql, at: Date) {
    const info = event.egressInfo
    if (!info?.egressId) return
    const report = egressReport(info, event.event === 'egress_ended')
    const found = await callOfEgress(app, report, info.roomName, tx)
    const facts = { event: event.event, egressId: info.egressId, room: info.roomName, status: report.status }
    if (!found) return app.log.info(facts, '[recording] egress event for a room with no call')

    await lockRecording(tx, found.id)
    const call = (await app.calls.findById(found.id, tx)) ?? found
    const current = (call.recording ?? null) as StoredRecording | null
    const patch = applyEgressReport(current, report, recordingKey(call.id))
    if (!patch) {
      return app.log.info({ ...facts, callId: call.id, stored: current?.status ?? 'none', storedEgressId: current?.egressId }, '[recording] egress event changes nothing')
    }
    const row = await app.calls.updateRecording(call.id, patch, tx)
    app.log.info({ ...facts, callId: call.id, sizeBytes: report.sizeBytes, error: report.error }, `[recording] ${report.status}`)
    if (report.status === 'failed' && opts.onFailed) await opts.onFailed(row ?? call, report, tx, at)
  }

  app.onLiveKitEvent('egress_started', onEgressEvent)
  app.onLiveKitEvent('egress_updated', onEgressEvent)
  app.onLiveKitEvent('egress_ended', onEgressEvent)
}
