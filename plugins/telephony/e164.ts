/** E.164: `+`, a country code that does not start with 0, at most 15 digits in all. */
export const E164_PATTERN = '^\\+[1-9]\\d{6,14}$'
const E164 = new RegExp(E164_PATTERN)

export const isE164 = (s: string) => E164.test(s)

/**
 * The dialled number in whatever form the agent or a SIP header carries it: `+17073808675`,
 * `17073808675`, `sip:+17073808675@host;transport=tls`, `<sip:...>`, `tel:+1-707-380-8675`.
 * Returns E.164, or `null` when no phone number can be read from it.
 */
export function normaliseDialled(raw: string | undefined | null): string | null {
  if (!raw) return null
  let s = raw.trim()
  if (s.startsWith('<') && s.endsWith('>')) s = s.slice(1, -1)
  s = s.replace(/^(sips?|tel):/i, '')
  s = s.split('@')[0].split(';')[0]
  s = s.replace(/[\s\-().]/g, '')
  if (s.startsWith('00')) s = `+${s.slice(2)}`
  if (/^\d+$/.test(s)) s = `+${s}`
  return isE164(s) ? s : null
}

/** What the transfer target becomes for LiveKit: `sip:`/`tel:` URIs as given, a bare number as `tel:`. */
export function transferUri(target: string): string {
  const t = target.trim()
  if (/^(sips?|tel):/i.test(t)) return t
  return `tel:${t.replace(/[\s\-().]/g, '')}`
}
