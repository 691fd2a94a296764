import type { FastifyBaseLogger } from 'fastify'
import type { LiveKit } from '../../src/integrations/livekit.js'

/** Deleting a room hangs up everyone in it; a room already gone is not an error. */
export async function deleteRoomQuietly(livekit: LiveKit, roomName: string, log: FastifyBaseLogger) {
  try {
    await livekit.rooms.deleteRoom(roomName)
  } catch (err) {
    const status = (err as { status?: number }).status
    if (status !== 404) log.warn({ err, roomName }, 'could not delete LiveKit room')
  }
}
