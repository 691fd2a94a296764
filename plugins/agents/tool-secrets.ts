import type { SecretBox } from '../../src/platform/secrets.js'

/*
 * Secret-named values in an agent's toolConfigs (a Cal.com `apiKey`, a CRM `token`) are stored
 * encrypted, shown to the dashboard and integrators only as `has<Name>: true`, kept out of LiveKit
 * room metadata (a web caller's browser can read it) and decrypted only for the agent-secret
 * routes the voice agent calls (start answers, /api/internal/agents/config).
 */

type Json = Record<string, unknown>

const SECRET_NAME = /(api[-_]?key|secret|token|password)$/i
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v)
const flagOf = (key: string) => `has${key[0].toUpperCase()}${key.slice(1)}`
const isFlag = (key: string) => /^has[A-Z_]/.test(key)
export const isSecretName = (key: string) => !isFlag(key) && SECRET_NAME.test(key)

/** Applies `fn` to every secret-named string value, at any depth. */
function mapSecrets(value: Json, fn: (v: string, key: string) => string): Json {
  const out: Json = {}
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' && isSecretName(k)) out[k] = fn(v, k)
    else out[k] = isObject(v) ? mapSecrets(v, fn) : v
  }
  return out
}

/** What the dashboard and integrators see: each secret replaced by `has<Name>: true`. */
export function maskToolConfigs(configs: Json): Json {
  const out: Json = {}
  for (const [k, v] of Object.entries(configs)) {
    if (typeof v === 'string' && isSecretName(k)) out[flagOf(k)] = v !== ''
    else out[k] = isObject(v) ? maskToolConfigs(v) : v
  }
  return out
}

/** The plaintext the voice agent needs (agent-secret routes only). */
export const openToolConfigs = (box: SecretBox, stored: Json): Json => mapSecrets(stored, (v) => box.decrypt(v))

/**
 * What is stored for a toolConfigs a client sent: secrets encrypted; a `has<Name>: true` sent back
 * without the secret (the dashboard saving what it read) keeps the stored one; other flags are
 * dropped (they are computed, never stored).
 */
export function sealToolConfigs(box: SecretBox, incoming: Json, existing: Json = {}): Json {
  const out: Json = {}
  for (const [k, v] of Object.entries(incoming)) {
    if (isFlag(k)) continue
    if (typeof v === 'string' && isSecretName(k)) out[k] = box.encrypt(v)
    else out[k] = isObject(v) ? sealToolConfigs(box, v, isObject(existing[k]) ? existing[k] : {}) : v
  }
  for (const [k, v] of Object.entries(incoming)) {
    if (!isFlag(k) || v !== true) continue
    const name = Object.keys(existing).find((e) => isSecretName(e) && flagOf(e) === k)
    if (name && out[name] === undefined) out[name] = existing[name]
  }
  return out
}

/** The same configs with every secret under the current key (`secrets:rotate`). */
export const resealToolConfigs = (box: SecretBox, stored: Json): Json => mapSecrets(stored, (v) => (box.isStale(v) ? box.encrypt(box.decrypt(v)) : v))
