import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import fp from 'fastify-plugin'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { Config } from '../config.js'

/*
 * Secrets at rest (SIP passwords, Twilio subaccount tokens, webhook signing secrets, agents'
 * tool API keys): AES-256-GCM under SECRETS_KEY. A stored value reads
 * `enc:v1:<key id>:<base64url(iv | tag | ciphertext)>`; the key id (first 8 hex digits of the
 * key's SHA-256) says which key made it, so SECRETS_KEY_PREVIOUS still opens values during a
 * rotation and `npm run secrets:rotate` finds what is not yet under the current key. A value
 * without the prefix is plaintext from before encryption: it is read as-is and rotated too.
 */

const PREFIX = 'enc:v1:'
/** The command a deployment runs to make a key (printed when production has none). */
export const MAKE_KEY_COMMAND = 'openssl rand -base64 32'

export interface SecretBox {
  /** Id of the key new values are encrypted with. */
  readonly keyId: string
  encrypt(plain: string): string
  /** Plaintext of a stored value (legacy plaintext passes through); throws for a key it does not hold. */
  decrypt(stored: string): string
  /** `null`/`undefined` stay as they are (optional secrets). */
  encryptOptional(plain: string | null | undefined): string | null
  decryptOptional(stored: string | null | undefined): string | null
  /** True when the stored value is not encrypted under the current key (rotation rewrites it). */
  isStale(stored: string): boolean
  /** A LIKE pattern matching values under the current key, for SQL that selects the stale ones. */
  readonly currentPattern: string
}

export class SecretKeyError extends Error {}

const keyIdOf = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8)

/** A base64 key of exactly 32 bytes, or an error saying what is wrong (never the key itself). */
export function parseSecretsKey(name: string, b64: string): Buffer {
  const key = Buffer.from(b64.trim(), 'base64')
  if (key.length !== 32) throw new SecretKeyError(`${name}: must be 32 bytes, base64-encoded (got ${key.length} bytes; make one with: ${MAKE_KEY_COMMAND})`)
  return key
}

export function createSecretBox(current: Buffer, previous: Buffer[] = []): SecretBox {
  const keys = new Map<string, Buffer>([[keyIdOf(current), current]])
  for (const k of previous) if (!keys.has(keyIdOf(k))) keys.set(keyIdOf(k), k)
  const keyId = keyIdOf(current)

  const encrypt = (plain: string) => {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', current, iv)
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return `${PREFIX}${keyId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`
  }
  const decrypt = (stored: string) => {
    if (!stored.startsWith(PREFIX)) return stored
    const [id, data] = stored.slice(PREFIX.length).split(':')
    const key = keys.get(id ?? '')
    if (!key || !data) throw new SecretKeyError(`a stored secret was encrypted with key ${id}, which neither SECRETS_KEY nor SECRETS_KEY_PREVIOUS is`)
    const raw = Buffer.from(data, 'base64url')
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
  }
  return {
    keyId,
    encrypt,
    decrypt,
    encryptOptional: (p) => (p === null || p === undefined ? null : encrypt(p)),
    decryptOptional: (s) => (s === null || s === undefined ? null : decrypt(s)),
    isStale: (stored) => !stored.startsWith(`${PREFIX}${keyId}:`),
    currentPattern: `${PREFIX}${keyId}:%`,
  }
}

/**
 * The box from SECRETS_KEY (+ SECRETS_KEY_PREVIOUS). Without SECRETS_KEY (development only: the
 * config refuses production without it) a key is generated once into `devKeyFile` and reused,
 * with a warning, so data written in development stays readable across restarts.
 */
export async function loadSecretBox(config: Config['secrets'], log: Pick<FastifyBaseLogger, 'warn'>): Promise<SecretBox> {
  const previous = config.previousKey ? [parseSecretsKey('SECRETS_KEY_PREVIOUS', config.previousKey)] : []
  if (config.key) return createSecretBox(parseSecretsKey('SECRETS_KEY', config.key), previous)
  let b64: string
  try {
    b64 = (await readFile(config.devKeyFile, 'utf8')).trim()
  } catch {
    b64 = randomBytes(32).toString('base64')
    await mkdir(dirname(config.devKeyFile), { recursive: true })
    await writeFile(config.devKeyFile, `${b64}\n`, { mode: 0o600, flag: 'wx' }).catch(async (err: NodeJS.ErrnoException) => {
      // Another process made it first: use theirs.
      if (err.code !== 'EEXIST') throw err
      b64 = (await readFile(config.devKeyFile, 'utf8')).trim()
    })
    await chmod(config.devKeyFile, 0o600).catch(() => undefined)
  }
  log.warn({ file: config.devKeyFile }, `SECRETS_KEY is not set: secrets are encrypted with a development key kept in ${config.devKeyFile} (set SECRETS_KEY before going to production; make one with: ${MAKE_KEY_COMMAND})`)
  return createSecretBox(parseSecretsKey(config.devKeyFile, b64), previous)
}

export const ROTATION_BATCH = 100

/**
 * The loop every store's rotation shares: `select` returns up to ROTATION_BATCH rows still not
 * under the current key, `rewrite` re-encrypts one with a compare-and-set on its old values and
 * answers how many rows it changed (0 when the row changed meanwhile: left for the next pass).
 * Stopping anywhere leaves every row readable; a run with nothing stale does no write.
 */
export async function reencryptInBatches<R>(select: () => Promise<readonly R[]>, rewrite: (row: R) => Promise<number>): Promise<number> {
  let total = 0
  for (;;) {
    const rows = await select()
    let changed = 0
    for (const r of rows) changed += await rewrite(r)
    total += changed
    if (rows.length < ROTATION_BATCH || changed === 0) return total
  }
}

/** Re-encrypts one domain's stored secrets under the current key; returns how many values it rewrote. */
export type SecretRotation = (box: SecretBox) => Promise<number>

declare module 'fastify' {
  interface FastifyInstance {
    secrets: SecretBox
    /** Each domain that stores secrets registers how to re-encrypt them (`npm run secrets:rotate` runs them all). */
    secretRotations: Map<string, SecretRotation>
  }
}

export default fp(
  async function secrets(app: FastifyInstance, opts: { config: Config }) {
    app.decorate('secrets', await loadSecretBox(opts.config.secrets, app.log))
    app.decorate('secretRotations', new Map<string, SecretRotation>())
  },
  { name: 'secrets' },
)
