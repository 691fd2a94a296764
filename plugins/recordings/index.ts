import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type postgres from 'postgres'
import type {} from '../../src/jobs/plugin.js'
import { HttpError } from '../../src/platform/http-error.js'
import { JobError } from '../../src/jobs/queue.js'
import type { CallRow } from '../calls/index.js'
import recordingRoutes from './routes.js'
import { startEgress } from './egress.js'
import { registerEgressEvents } from './egress-events.js'
import { egressFailureAlert } from './failure-alert.js'
import { agentRecordsCalls, registerAutoRecord, type AutoStart } from './auto-record.js'

const AUTO_RECORD_JOB = 'recording.auto-start'

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
    const startEgressOf = (callId: string, tx: postgres.TransactionSql) => {
      const livekit = app.integrations.livekit
      if (!livekit || !app.integrations.s3) {
        app.log.warn({ callId }, '[recording] auto-record skipped: LiveKit or S3 is not configured')
        return undefined
      }
      return startEgress(app, tx, callId, { livekit, s3: app.config.s3, log: app.log })
    }

    // Without the job queue: inside the caller's transaction. The lock serializes it with this call's
    // egress events, and LiveKit answers StartRoomCompositeEgress at once (the egress starts asynchronously).
    // A LiveKit failure is logged, not retried.
    const startNow: AutoStart = async (call, tx) => {
      try {
        await startEgressOf(call.id, tx)
      } catch (err) {
        if (err instanceof HttpError && err.statusCode < 500) {
          return app.log.info({ callId: call.id, code: err.code }, '[recording] auto-record not needed')
        }
        app.log.error({ err, callId: call.id }, '[recording] auto-record failed')
      }
    }

    // With the job queue (preferred): the job is written in the caller's transaction, so it exists only
    // if the webhook (or the inbound start) commits, and the LiveKit request runs after the commit, once
    // across API instances, retried with backoff when LiveKit fails.
    const startQueued: AutoStart = async (call, tx) => {
      await app.jobs.enqueue(tx, AUTO_RECORD_JOB, { callId: call.id }, { singletonKey: call.id, maxAttempts: 5, backoffBaseMs: 2000 })
    }
    const autoStart: AutoStart = (call, tx) => (app.hasDecorator('jobs') ? startQueued(call, tx) : startNow(call, tx))

    app.addHook('onReady', async () => {
      // The queue plugin may be registered after this one: look for it once the app is assembled.
      if (!app.hasDecorator('jobs')) return
      await app.jobs.work<{ callId: string }>(AUTO_RECORD_JOB, async (job) => {
        try {
          await app.sql.begin((tx) => startEgressOf(job.data.callId, tx))
        } catch (err) {
          if (err instanceof HttpError && err.statusCode < 500) {
            return app.log.info({ callId: job.data.callId, code: err.code }, '[recording] auto-record not needed')
          }
          throw new JobError(`Auto-record of call ${job.data.callId}: ${(err as Error).message}`, { cause: err })
        }
      })
    })

    registerEgressEvents(app, { onFailed: egressFailureAlert(app) })
    registerAutoRecord(app, autoStart)
    app.decorate('recordings', {
      async autoRecord(call: CallRow, tx: postgres.TransactionSql) {
        if (await agentRecordsCalls(app, call, tx)) await autoStart(call, tx)
      },
    })
    await app.register(recordingRoutes, { prefix: '/api' })
  },
  { name: 'recordings', dependencies: ['authenticate', 'integrations', 'livekit-webhooks', 'agents', 'calls'] },
)
