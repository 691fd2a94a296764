import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { loadConfig, ConfigError } from '../src/config.js'
import { buildApp } from '../src/app.js'
import { createSecretBox, loadSecretBox } from '../src/platform/secrets.js'
import { rotateSecrets } from '../src/cli/secrets-rotate.js'
import { freshDatabaseEnv } from './helpers/database.js'
import { TEST_AGENT_SECRET, TEST_JWT_SECRET } from './helpers/app.js'
import { createAgent, signup } from './helpers/users.js'
import { startLiveKit } from './helpers/livekit.js'
import { startTwilioServer } from './support/twilio-server.js'

const key = () => randomBytes(32)

test('AES-256-GCM box: round trip, fresh IV each time, tampering and unknown keys refused, previous key still opens, plaintext passes through', () => {
  const k1 = key()
  const k2 = key()
  const old = createSecretBox(k1)
  const a = old.encrypt('Sip-password-123')
  const b = old.encrypt('Sip-password-123')
  assert.match(a, new RegExp(`^enc:v1:${old.keyId}:[A-Za-z0-9_-]+$`))
  assert.notEqual(a, b)
  assert.ok(!a.includes('Sip-password-123'))
  assert.equal(old.decrypt(a), 'Sip-password-123')

  const flipped = a.slice(0, -2) + (a.at(-2) === 'A' ? 'B' : 'A') + a.at(-1)
  assert.throws(() => old.decrypt(flipped))
  assert.throws(() => createSecretBox(k2).decrypt(a), /encrypted with key/)

  const rotating = createSecretBox(k2, [k1])
  assert.equal(rotating.decrypt(a), 'Sip-password-123')
  assert.ok(rotating.isStale(a))
  assert.ok(!rotating.isStale(rotating.encrypt('x')))
  assert.equal(rotating.decrypt('legacy plaintext'), 'legacy plaintext')
  assert.ok(rotating.isStale('legacy plaintext'))
  assert.equal(rotating.encryptOptional(null), null)
})

test('production refuses to boot without SECRETS_KEY and prints the command that makes one; a wrong-sized key is refused', () => {
  const base = { NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET }
  assert.throws(() => loadConfig(base), (err: unknown) => err instanceof ConfigError && /SECRETS_KEY: required .*openssl rand -base64 32/.test(err.message))
  assert.throws(() => loadConfig({ ...base, SECRETS_KEY: Buffer.alloc(16).toString('base64') }), /SECRETS_KEY: must be 32 bytes.*got 16 bytes/)
  assert.throws(() => loadConfig({ ...base, SECRETS_KEY: key().toString('base64'), SECRETS_KEY_PREVIOUS: 'short' }), /SECRETS_KEY_PREVIOUS: must be 32 bytes/)
  assert.equal(loadConfig({ ...base, SECRETS_KEY: key().toString('base64') }).secrets.devKeyFile.endsWith('secrets-dev.key'), true)
})

test('development without SECRETS_KEY: a key is generated once under the data directory (mode 600) with a warning, and reused', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'rc-secrets-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const config = loadConfig({ PGLITE_DIR: join(dir, 'pglite') })
  assert.equal(config.secrets.devKeyFile, join(dir, 'secrets-dev.key'))
  const warnings: string[] = []
  const log = { warn: (_o: unknown, msg: string) => void warnings.push(msg) }
  const first = await loadSecretBox(config.secrets, log as never)
  const stored = first.encrypt('kept across restarts')
  assert.equal(Buffer.from((await readFile(config.secrets.devKeyFile, 'utf8')).trim(), 'base64').length, 32)
  assert.equal((await stat(config.secrets.devKeyFile)).mode & 0o777, 0o600)
  const second = await loadSecretBox(config.secrets, log as never)
  assert.equal(second.decrypt(stored), 'kept across restarts')
  assert.equal(warnings.length, 2)
  assert.match(warnings[0], /SECRETS_KEY is not set.*secrets-dev\.key.*openssl rand -base64 32/)
})

test('key rotation: SECRETS_KEY_PREVIOUS keeps stored secrets readable, secrets:rotate re-encrypts them (resumable, a second run does nothing), then the old key can be dropped', async (t) => {
  const db = await freshDatabaseEnv()
  let dbEnv = db.env
  let tmp: string | undefined
  if (db.env.PGLITE_DIR === 'memory://') {
    // Several app instances in turn on one database: an on-disk PGlite when there is no server.
    tmp = await mkdtemp(join(tmpdir(), 'rc-rotate-'))
    dbEnv = { PGLITE_DIR: join(tmp, 'pglite') }
  }
  t.after(async () => {
    await db.drop()
    if (tmp) await rm(tmp, { recursive: true, force: true })
  })
  const twilio = await startTwilioServer()
  t.after(() => twilio.close())
  const lk = await startLiveKit(t)
  lk.server.connectSipCarrier(twilio.sipTermination)
  const k1 = key().toString('base64')
  const k2 = key().toString('base64')
  const boot = async (keys: Record<string, string>) => {
    const env = { LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, AGENT_SHARED_SECRET: TEST_AGENT_SECRET, ...dbEnv, ...twilio.env, ...lk.env, LIVEKIT_SIP_ENDPOINT: 'test123.sip.livekit.cloud', ...keys }
    const app = await buildApp(loadConfig(env), { logger: false })
    await app.ready()
    return app
  }
  const raw = async (app: FastifyInstance) => (await app.sql<{ sip_password: string }[]>`select sip_password from telephony_workspaces`)[0].sip_password

  // Instance 1 under the first key provisions a number (the SIP password is stored).
  let app = await boot({ SECRETS_KEY: k1 })
  const owner = await signup(app)
  twilio.state.addIncomingNumber('+17073808675')
  const number = (await app.inject({ method: 'POST', url: '/api/phone-numbers', headers: owner.headers, payload: { e164: '+17073808675' } })).json()
  const reprovision = () => app.inject({ method: 'POST', url: `/api/phone-numbers/${number.id}/reprovision`, headers: owner.headers, payload: {} })
  assert.ok((await reprovision()).json().steps.every((x: { ok: boolean }) => x.ok))
  const agent = await createAgent(app, owner.headers, { name: 'Caller', promptDraft: 'Hi.', toolConfigs: { cal_com: { apiKey: 'cal_live_rotate_me_123' } } })
  const webhookSecret = async () => (await app.inject({ method: 'GET', url: `/api/workspaces/${owner.workspaceId}/webhook-secret`, headers: owner.headers })).json().secret
  const toolKey = async () => (await app.inject({ method: 'GET', url: `/api/internal/agents/config?agentId=${agent.id}`, headers: { 'x-agent-secret': TEST_AGENT_SECRET } })).json().toolConfigs.cal_com.apiKey
  const signing = await webhookSecret()
  const dial = async () => (await app.inject({ method: 'POST', url: '/api/calls/outbound', headers: owner.headers, payload: { agentId: agent.id, to: '+15551234567', phoneNumberId: number.id } })).json().status
  const password = [...lk.server.state.outboundTrunks.values()][0].authPassword
  const stored1 = await raw(app)
  assert.ok(!stored1.includes(password), 'the SIP password is not stored in plain text')
  assert.equal(createSecretBox(Buffer.from(k1, 'base64')).decrypt(stored1), password)
  await app.close()

  // Instance 2: new key, old key as previous. Everything still works before the rotation runs.
  app = await boot({ SECRETS_KEY: k2, SECRETS_KEY_PREVIOUS: k1 })
  assert.equal(await dial(), 'active')
  assert.equal(await webhookSecret(), signing)
  assert.equal(await toolKey(), 'cal_live_rotate_me_123')
  const counts = await rotateSecrets(app)
  assert.deepEqual(counts, { 'agents.tool_secrets': 1, 'telephony.sip_passwords': 1, 'call-webhooks.signing_secrets': 1 })
  assert.deepEqual(Object.values(await rotateSecrets(app)).filter((n) => n > 0), [], 'a second run finds nothing')
  const stored2 = await raw(app)
  assert.ok(stored2.startsWith(`enc:v1:${app.secrets.keyId}:`))
  assert.equal(app.secrets.decrypt(stored2), password)
  await app.close()

  // Instance 3: the old key is gone; secrets still open, reprovision changes nothing, calls still pass Twilio.
  app = await boot({ SECRETS_KEY: k2 })
  const steps = (await reprovision()).json().steps as { name: string; ok: boolean }[]
  assert.ok(steps.every((x) => x.ok), JSON.stringify(steps))
  assert.equal([...lk.server.state.outboundTrunks.values()][0].authPassword, password)
  assert.equal(await dial(), 'active')
  assert.equal(await webhookSecret(), signing)
  assert.equal(await toolKey(), 'cal_live_rotate_me_123')
  const atRest = JSON.stringify([await app.sql`select tool_configs from agents`, await app.sql`select secret from webhook_secrets`])
  assert.ok(!atRest.includes(signing) && !atRest.includes('cal_live_rotate_me_123'))
  assert.equal(atRest.match(/enc:v1:/g)?.length, 2)
  assert.ok(!atRest.includes(`enc:v1:${createSecretBox(Buffer.from(k1, 'base64')).keyId}`))
  await app.close()

  // Without the key that made them, stored secrets are refused (never silently treated as plaintext).
  app = await boot({ SECRETS_KEY: key().toString('base64') })
  const res = await reprovision()
  assert.equal(res.statusCode, 500)
  await app.close()
})
