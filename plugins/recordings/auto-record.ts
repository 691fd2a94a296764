import type { FastifyInstance } from 'fastify'
import type postgres from 'postgres'
import type { CallRow } from '../calls/index.js'

/** Starts (or schedules) the egress of a call whose agent records every call. */
export type AutoStart = (call: CallRow, tx: postgres.TransactionSql) => Promise<void>

/** `settings.record: true` on the call's agent. */
export async function agentRecordsCalls(app: FastifyInstance, call: CallRow, tx: postgres.TransactionSql): Promise<boolean> {
  if (!call.agent_id) return false
  const agent = await app.agents.find(call.workspace_id, call.agent_id, tx)
  return agent?.settings?.record === true
}

/**
 * Auto-recording starts from LiveKit's `room_started` webhook, never inline in a request that a
 * caller waits on (web-call start, the agent's inbound start). Web calls write their call row
 * before creating the room, so the webhook finds it. An inbound room exists before the agent's
 * inbound start writes the call, so that path must call `app.recordings.autoRecord(call, tx)`
 * after inserting the call: with the job queue running that is a read and one queued job, and the
 * LiveKit request happens after the commit, outside the request.
 */
export function registerAutoRecord(app: FastifyInstance, start: AutoStart) {
  app.onLiveKitEvent('room_started', async (event, tx) => {
    const room = event.room?.name
    if (!room) return
    const call = await app.calls.findByRoom(room, tx)
    if (!call || !(await agentRecordsCalls(app, call, tx))) return
    await start(call, tx)
  })
}
