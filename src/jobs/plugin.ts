import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { createJobQueue, type JobQueue } from './queue.js'

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobQueue
  }
}

export interface JobsPluginOptions {
  pollIntervalMs?: number
  concurrency?: number
}

/**
 * Decorates `app.jobs`. Domain plugins call `app.jobs.work(...)` while they register;
 * the queue starts polling once the app is ready. Register it AFTER the database plugin:
 * onClose hooks run last-registered first, so the queue stops (waiting for the jobs in
 * flight) before the database closes.
 */
export default fp(
  async function jobs(app: FastifyInstance, opts: JobsPluginOptions) {
    const queue = createJobQueue({
      sql: app.sql,
      log: app.log.child({ component: 'jobs' }),
      pollIntervalMs: opts.pollIntervalMs,
      concurrency: opts.concurrency,
    })
    app.decorate('jobs', queue)
    app.addHook('onReady', async () => {
      await queue.start()
    })
    app.addHook('onClose', async () => {
      await queue.stop()
    })
  },
  { name: 'jobs', dependencies: ['database'] },
)
