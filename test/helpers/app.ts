import type { TestContext } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { loadConfig, type Config } from '../../src/config.js'
import { buildApp, type BuildOptions } from '../../src/app.js'
import { freshDatabaseEnv } from './database.js'

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789'
export const TEST_AGENT_SECRET = 'agent-secret-current-0123456789'
/** 32 bytes, base64: tests never write a development key file. */
export const TEST_SECRETS_KEY = Buffer.alloc(32, 7).toString('base64')

export interface TestApp {
  app: FastifyInstance
  config: Config
  /** Base URL when started with `listen: true`. */
  url: string
}

/** A fresh app on a fresh database, closed (and its schema dropped) when the test ends. */
export async function startTestApp(
  t: Pick<TestContext, 'after'> | { after: (fn: () => Promise<void>) => void },
  opts: { env?: Record<string, string | undefined>; listen?: boolean } & BuildOptions = {},
): Promise<TestApp> {
  const db = await freshDatabaseEnv()
  const env = {
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    AGENT_SHARED_SECRET: TEST_AGENT_SECRET,
    SECRETS_KEY: TEST_SECRETS_KEY,
    JOBS_POLL_INTERVAL_MS: '50',
    // The post-call analysis starts at once (its production wait is for the agent's last transcript push).
    ANALYSIS_DELAY_MS: '0',
    ...db.env,
    ...opts.env,
  } as Record<string, string>
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k]
  const config = loadConfig(env, '0.0.0-test')
  const app = await buildApp(config, { logger: opts.logger ?? false, clock: opts.clock })
  t.after(async () => {
    await app.close()
    await db.drop()
  })
  let url = ''
  if (opts.listen) url = await app.listen({ port: 0, host: '127.0.0.1' })
  else await app.ready()
  return { app, config, url }
}

/**
 * Two API instances on one database (real PostgreSQL only), as behind a load balancer: what one
 * counts or revokes, the other must see. The shared schema is dropped after both have closed.
 */
export async function startTwoInstances(
  t: Pick<TestContext, 'after'>,
  opts: { env?: Record<string, string | undefined> } & BuildOptions = {},
): Promise<[TestApp, TestApp]> {
  const db = await freshDatabaseEnv()
  const env = { ...opts.env, ...db.env }
  const a = await startTestApp(t, { ...opts, env })
  const b = await startTestApp(t, { ...opts, env })
  t.after(db.drop)
  return [a, b]
}
