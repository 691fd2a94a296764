import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_HEADER = 'x-rapidcall-signature'
export const EVENT_ID_HEADER = 'x-rapidcall-event-id'
/** How long the previous secret keeps signing after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000

/** `whsec_` + 32 random bytes; receivers use the whole string (UTF-8) as the HMAC key. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`

const hmac = (secret: string, t: number, body: string) => createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`, one `v1` per secret
 * (the current one first), as Stripe does, so receivers verify with either during a rotation.
 */
export function signatureHeader(body: string, secrets: readonly string[], now = Date.now()): string {
  const t = Math.floor(now / 1000)
  return [`t=${t}`, ...secrets.map((s) => `v1=${hmac(s, t, body)}`)].join(',')
}

/** The receiver's check, as documented in the README (used by tests). */
export function verifySignature(body: string, header: string, secret: string, toleranceS = 300, now = Date.now()): boolean {
  const parts = header.split(',').map((p) => p.split('='))
  const t = Number(parts.find(([k]) => k === 't')?.[1])
  if (!Number.isInteger(t) || Math.abs(now / 1000 - t) > toleranceS) return false
  const expected = Buffer.from(hmac(secret, t, body), 'hex')
  return parts.some(([k, v]) => k === 'v1' && /^[0-9a-f]{64}$/.test(v ?? '') && timingSafeEqual(Buffer.from(v, 'hex'), expected))
}
