import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type postgres from 'postgres'
import { HttpError } from '../../src/platform/http-error.js'
import type { CallRow } from '../calls/store.js'
import recordingRoutes from './routes.js'
import { startEgress } from './egress.js'
import { registerEgressEvents } from './egress-events.js'
import { agentRecordsCalls, registerAutoRecord, type AutoStart } from './auto-record.js'

declare module 'fastify' {
  interface FastifyInstance {
    recordings: {
      /**
       * Starts recording `call` when its agent has `settings.record: true`; for paths that create the
       * call after LiveKit sent `room_started` (inbound). Never throws for a call that cannot be recorded.
       */
      autoRecord(call: CallRow, tx: postgres.TransactionSql): Promise<void>
    }
  }
}

/** Recordings: LiveKit egress to S3, egress webhooks, playback. Owns no table: the state lives in `calls.recording`. */
export default fp(
  async function recordings(app: FastifyInstance) {
    // Inside the webhook's transaction: the lock serializes it with the egress events of this call,
    // and LiveKit answers StartRoomCompositeEgress at once (the egress itself starts asynchronously).
    const startNow: AutoStart = async (call, tx) => {
      const livekit = app.integrations.livekit
      if (!livekit || !app.integrations.s3) {
        return app.log.warn({ callId: call.id }, '[recording] auto-record skipped: LiveKit or S3 is not configured')
      }
      try {
        await startEgress(app, tx, call.id, { livekit, s3: app.config.s3, log: app.log })
      } catch (err) {
        if (err instanceof HttpError && err.statusCode === 409) {
          return app.log.info({ callId: call.id, code: err.code }, '[recording] auto-record not needed')
        }
        app.log.error({ err, callId: call.id }, '[recording] auto-record failed')
      }
    }

    registerEgressEvents(app)
    registerAutoRecord(app, startNow)
    app.decorate('recordings', {
      async autoRecord(call: CallRow, tx: postgres.TransactionSql) {
        if (await agentRecordsCalls(app, call, tx)) await startNow(call, tx)
      },
    })
    await app.register(recordingRoutes, { prefix: '/api' })
  },
  { name: 'recordings', dependencies: ['authenticate', 'integrations', 'livekit-webhooks', 'agents', 'calls'] },
)
