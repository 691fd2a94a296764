import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig, ConfigError } from '../src/config.js'
import { buildApp } from '../src/app.js'
import { connectDatabase } from '../src/db/connect.js'
import { migrate, readMigrations } from '../src/db/migrate.js'
import { startEmbeddedPostgres } from '../src/db/pglite.js'
import { explainDatabaseError } from '../src/db/startup-errors.js'
import { startTestApp } from './helpers/app.js'
import { freshDatabaseEnv } from './helpers/database.js'
import { startTcpProxy } from './helpers/tcp-proxy.js'

test('GET /health answers ok after a real query, with the version and a request id', async (t) => {
  const { app } = await startTestApp(t)
  const res = await app.inject({ method: 'GET', url: '/health' })
  assert.equal(res.statusCode, 200)
  const body = res.json()
  assert.equal(body.status, 'ok')
  assert.equal(body.db, 'ok')
  assert.equal(body.version, '0.0.0-test')
  assert.match(res.headers['x-request-id'] as string, /^[0-9a-f-]{36}$/)
  assert.deepEqual(body.integrations.livekit.missing, ['LIVEKIT_URL', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET'])
})

test('x-request-id from the client is echoed; a malformed one is replaced', async (t) => {
  const { app } = await startTestApp(t)
  const kept = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'lb-1234.abc' } })
  assert.equal(kept.headers['x-request-id'], 'lb-1234.abc')
  const replaced = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'bad id\twith spaces' } })
  assert.notEqual(replaced.headers['x-request-id'], 'bad id\twith spaces')
})

test('unknown routes answer 404 in the contract error shape', async (t) => {
  const { app } = await startTestApp(t)
  const res = await app.inject({ method: 'POST', url: '/api/nothing-here?x=1' })
  assert.equal(res.statusCode, 404)
  assert.deepEqual(res.json(), { error: { code: 'not_found', message: 'Route POST /api/nothing-here not found' } })
})

test('/health goes 503 degraded when the database stops answering and recovers by itself', async (t) => {
  // A proxy in front of the database lets the test cut it like an outage would.
  let target: { host: string; port: number; url: (port: number) => string; stop: () => Promise<void> }
  if (process.env.TEST_DATABASE_URL) {
    const db = await freshDatabaseEnv()
    const u = new URL(db.env.DATABASE_URL)
    target = {
      host: u.hostname,
      port: Number(u.port || 5432),
      url: (port) => Object.assign(new URL(u), { host: `127.0.0.1:${port}` }).toString(),
      stop: db.drop,
    }
  } else {
    const pg = await startEmbeddedPostgres('memory://', 12)
    const u = new URL(pg.url)
    target = { host: u.hostname, port: Number(u.port), url: (port) => Object.assign(new URL(u), { host: `127.0.0.1:${port}` }).toString(), stop: pg.stop }
  }
  const proxy = await startTcpProxy(target.host, target.port)
  const app = await buildApp(loadConfig({ DATABASE_URL: target.url(proxy.port), LOG_LEVEL: 'silent' }, '1.2.3'), { logger: false })
  t.after(async () => {
    await app.close()
    await proxy.close()
    await target.stop()
  })
  assert.equal((await app.inject('/health')).statusCode, 200)
  proxy.cut()
  const down = await app.inject('/health')
  assert.equal(down.statusCode, 503)
  assert.deepEqual({ status: down.json().status, db: down.json().db }, { status: 'degraded', db: 'down' })
  proxy.restore()
  let back = 0
  for (let i = 0; i < 50 && back !== 200; i++) {
    back = (await app.inject('/health')).statusCode
    if (back !== 200) await new Promise((r) => setTimeout(r, 100))
  }
  assert.equal(back, 200)
})

test('the embedded database keeps its data across restarts', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'rapidcall-pglite-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const config = loadConfig({ PGLITE_DIR: dir, LOG_LEVEL: 'silent' })
  const first = await buildApp(config, { logger: false })
  await first.sql`insert into workspaces (id, name) values ('ws_persist', 'Kept')`
  await first.close()
  const second = await buildApp(config, { logger: false })
  t.after(() => second.close())
  const rows = await second.sql`select name from workspaces where id = 'ws_persist'`
  assert.deepEqual(rows.map((r) => r.name), ['Kept'])
})

test('migrations run once even when two instances migrate the same database at the same time', async (t) => {
  const fresh = await freshDatabaseEnv()
  let url = fresh.env.DATABASE_URL
  let stopEmbedded = async () => {}
  if (!url) {
    const pg = await startEmbeddedPostgres('memory://', 12)
    url = pg.url
    stopEmbedded = pg.stop
  }
  const a = await connectDatabase({ url, ssl: false, poolMax: 2, pgliteDir: '' })
  const b = await connectDatabase({ url, ssl: false, poolMax: 2, pgliteDir: '' })
  t.after(async () => {
    await a.close()
    await b.close()
    await fresh.drop()
    await stopEmbedded()
  })
  const [ra, rb] = await Promise.all([migrate(a.sql), migrate(b.sql)])
  const all = await readMigrations()
  assert.equal(ra.length + rb.length, all.length, 'each migration applied by exactly one instance')
  const versions = await a.sql`select version from schema_migrations order by version`
  assert.deepEqual(versions.map((r) => r.version), all.map((m) => m.version))
  assert.deepEqual(await migrate(a.sql), [], 'a third run has nothing to do')
})

test('a failing migration leaves nothing half-applied', async (t) => {
  const { app } = await startTestApp(t)
  await assert.rejects(
    migrate(app.sql, [
      { version: 9001, name: '9001_ok_part', sql: 'create table half_done (id int)' },
      { version: 9002, name: '9002_broken', sql: 'create table broken (' },
    ]),
  )
  const [{ exists }] = await app.sql`select to_regclass('half_done') is not null as exists`
  assert.equal(exists, false)
  const v = await app.sql`select version from schema_migrations where version >= 9000`
  assert.equal(v.length, 0)
})

test('config: invalid values stop boot with one line per problem naming the variable and an example', () => {
  assert.throws(
    () => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' }),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError)
      const text = err.problems.join('\n')
      assert.match(text, /^PORT: .*got "eighty".*PORT=8787/m)
      assert.match(text, /^LOG_LEVEL: /m)
      return true
    },
  )
  assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' }), (err: unknown) => {
    const text = (err as ConfigError).problems.join('\n')
    assert.match(text, /JWT_SECRET: must be at least 32 characters/)
    assert.match(text, /DATABASE_URL: must start with postgres:\/\//)
    return true
  })
  assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /JWT_SECRET: required when NODE_ENV=production/)
  assert.throws(() => loadConfig({ LIVEKIT_SIP_ENDPOINT: 'sip:abc.sip.livekit.cloud' }), /LIVEKIT_SIP_ENDPOINT: host only/)
})

test('config: defaults, empty assignments as unset, comma lists and rotation secrets', () => {
  const c = loadConfig({ PORT: '', CLIENT_ORIGIN: 'https://a.example, http://localhost:5173', AGENT_SHARED_SECRET: 'new', AGENT_SHARED_SECRET_PREVIOUS: 'old' })
  assert.equal(c.port, 8787)
  assert.equal(c.livekit.agentName, 'VoiceAgent')
  assert.equal(c.livekit.webRoomPrefix, 'call-')
  assert.equal(c.database.pgliteDir, './data/pglite')
  assert.deepEqual(c.corsOrigins, ['https://a.example', 'http://localhost:5173'])
  assert.deepEqual(c.agentSecrets, ['new', 'old'])
  assert.ok(Object.isFrozen(c) && Object.isFrozen(c.livekit))
})

test('a database that does not exist gets a one-line fix, not a stack trace', async (t) => {
  if (process.env.TEST_DATABASE_URL) {
    const u = new URL(process.env.TEST_DATABASE_URL)
    u.pathname = '/rapidcall_missing_db'
    const db = await connectDatabase({ url: u.toString(), ssl: false, poolMax: 1, pgliteDir: '' })
    t.after(() => db.close())
    const err = await db.sql`select 1`.catch((e: unknown) => e)
    const line = explainDatabaseError(err, u.toString())
    assert.match(line!, /database "rapidcall_missing_db" does not exist .*: create it with psql "postgres:\/\/rapidcall:PASSWORD@127\.0\.0\.1:\d+\/postgres" -c 'CREATE DATABASE "rapidcall_missing_db";'/)
  } else {
    const line = explainDatabaseError({ code: '3D000' }, 'postgres://u:pw@db.example:5432/rapidcallai')
    assert.match(line!, /^database "rapidcallai" does not exist at db\.example:5432\/rapidcallai: create it with psql/)
    assert.doesNotMatch(line!, /pw/)
  }
})

test('CORS allows only the configured origins', async (t) => {
  const { app } = await startTestApp(t, { env: { CLIENT_ORIGIN: 'https://app.rapidcall.ai' } })
  const ok = await app.inject({ method: 'OPTIONS', url: '/health', headers: { origin: 'https://app.rapidcall.ai', 'access-control-request-method': 'GET' } })
  assert.equal(ok.headers['access-control-allow-origin'], 'https://app.rapidcall.ai')
  const other = await app.inject({ method: 'GET', url: '/health', headers: { origin: 'https://evil.example' } })
  assert.equal(other.headers['access-control-allow-origin'], undefined)
})

test('the served spec is OpenAPI 3.1 with the shared error component and security schemes', async (t) => {
  const { app } = await startTestApp(t)
  const spec = (await app.inject('/openapi.json')).json()
  assert.equal(spec.openapi, '3.1.0')
  assert.ok(spec.components.schemas.ErrorResponse)
  assert.deepEqual(Object.keys(spec.components.securitySchemes).sort(), ['adminToken', 'agentSecret', 'bearerAuth', 'liveKitWebhook', 'stripeSignature', 'twilioSignature'])
  const yaml = await app.inject('/openapi.yaml')
  assert.match(yaml.headers['content-type'] as string, /yaml/)
  assert.match(yaml.body, /^openapi: 3\.1\.0/)
  const docs = await app.inject('/docs/')
  assert.equal(docs.statusCode, 200)
})
