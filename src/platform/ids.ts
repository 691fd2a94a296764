import { randomBytes } from 'node:crypto'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A UUIDv7 (RFC 9562): 48-bit unix-ms timestamp, version/variant bits, random rest. */
export function uuidv7Bytes(now = Date.now()): Buffer {
  const b = randomBytes(16)
  b.writeUIntBE(now, 0, 6)
  b[6] = (b[6] & 0x0f) | 0x70
  b[8] = (b[8] & 0x3f) | 0x80
  return b
}

/** 128 bits as 26 Crockford base32 characters, the way ULIDs are written. */
export function encodeCrockford(bytes: Buffer): string {
  let n = BigInt(`0x${bytes.toString('hex')}`)
  let out = ''
  for (let i = 0; i < 26; i++) {
    out = CROCKFORD[Number(n & 31n)] + out
    n >>= 5n
  }
  return out
}

export type IdPrefix = 'ws' | 'usr' | 'agt' | 'call' | 'pn' | 'key' | 'evt' | 'whd' | 'job' | 'cmp' | 'rcp' | 'kbf' | 'kbd' | 'var' | 'anr' | 'eval' | 'lbl'

/**
 * Time-ordered, type-prefixed ids without `-`: the existing agent splits web room
 * names `call-<agentId>-<suffix>` on `-` to recover the agent id.
 */
export const newId = (prefix: IdPrefix, now?: number) => `${prefix}_${encodeCrockford(uuidv7Bytes(now))}`
