import { createHash, randomBytes } from 'node:crypto'

export const API_KEY_PREFIX = 'rk_'

/** `rk_` + 32 random bytes (256 bits) in base64url. */
export function generateApiKey(): { key: string; prefix: string; hash: Buffer } {
  const key = API_KEY_PREFIX + randomBytes(32).toString('base64url')
  return { key, prefix: key.slice(0, 11), hash: hashApiKey(key) }
}

// A fast hash is enough for 256-bit random keys: brute force is not the threat, a DB leak is.
export const hashApiKey = (key: string) => createHash('sha256').update(key).digest()
