import { BlockList, isIP } from 'node:net'
import { lookup as dnsLookup, promises as dnsPromises, type LookupAddress } from 'node:dns'
import { httpError } from '../../src/platform/http-error.js'

/**
 * Where call webhooks may go. Customer-supplied URLs are requests our servers make on
 * their behalf (SSRF): without the development flag only https to public addresses.
 * The address check runs again at connect time (see `publicOnlyLookup`), so a name that
 * resolves to a private address later (DNS rebinding) is refused too.
 */

export interface UrlPolicy {
  /** WEBHOOKS_ALLOW_INSECURE: http and loopback/private destinations allowed. */
  allowInsecure: boolean
}

const blocked = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['2001:db8::', 32], ['100::', 64],
] as const) blocked.addSubnet(net, prefix, 'ipv6')

/** IPv4 addresses embedded in IPv6 (mapped, NAT64, 6to4 compat) are judged as IPv4. */
function embeddedIpv4(ip: string): string | undefined {
  const m = /^(?:::ffff:|64:ff9b::|::)(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (m) return m[1]
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip)
  if (!hex) return undefined
  const [a, b] = [parseInt(hex[1], 16), parseInt(hex[2], 16)]
  return `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`
}

/** False for loopback, private, link-local, carrier-grade NAT, multicast, documentation and reserved addresses. */
export function isPublicAddress(ip: string): boolean {
  const family = isIP(ip)
  if (family === 4) return !blocked.check(ip, 'ipv4')
  if (family === 6) {
    const v4 = embeddedIpv4(ip)
    return v4 ? isPublicAddress(v4) : !blocked.check(ip, 'ipv6')
  }
  return false
}

const LOCAL_NAMES = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)$/i

/**
 * Checks what can be checked without DNS: scheme, credentials-free host, IP literals and
 * local names. Returns the reason a URL is refused, or undefined when it may be used.
 */
export function webhookUrlProblem(raw: string, policy: UrlPolicy): string | undefined {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'not a valid URL'
  }
  if (url.protocol !== 'https:' && !(policy.allowInsecure && url.protocol === 'http:')) {
    return policy.allowInsecure ? 'must be an http(s) URL' : 'must use https'
  }
  if (policy.allowInsecure) return undefined
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host)) return isPublicAddress(host) ? undefined : 'must not point at a loopback, private or reserved address'
  if (LOCAL_NAMES.test(host.replace(/\.$/, '')) || !host.includes('.')) return 'must name a public host'
  return undefined
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/**
 * A `lookup` for http(s).request that only connects to public addresses: the check and
 * the connection use the same resolution, so the answer cannot change in between.
 */
export function publicOnlyLookup(hostname: string, options: { all?: boolean; family?: number } | number, callback: LookupCallback): void {
  const opts = typeof options === 'number' ? { family: options } : options
  dnsLookup(hostname, { family: opts.family ?? 0, all: true }, (err, addresses) => {
    if (err) return callback(err, [])
    const allowed = addresses.filter((a) => isPublicAddress(a.address))
    if (allowed.length === 0) {
      const e: NodeJS.ErrnoException = new Error(`${hostname} resolves to a loopback, private or reserved address`)
      e.code = 'EADDRNOTPUBLIC'
      return callback(e, [])
    }
    if (opts.all) return callback(null, allowed)
    callback(null, allowed[0].address, allowed[0].family)
  })
}

/** A name's addresses; the default is the system resolver delivery connects through (dns.lookup). */
export type ResolveAddresses = (hostname: string) => Promise<string[]>

const systemResolve: ResolveAddresses = async (hostname) => (await dnsPromises.lookup(hostname, { all: true })).map((a) => a.address)

/** How long a save waits for DNS before accepting the name (delivery checks it again). */
const SAVE_LOOKUP_TIMEOUT_MS = 2000

/**
 * The check when a URL is saved (agent webhookUrl, workspace default): `webhookUrlProblem`, then the
 * name's current addresses judged as delivery will judge them (refused when none is public). A name
 * that does not resolve (yet) is accepted: `publicOnlyLookup` checks it again at every delivery.
 */
export async function webhookUrlRejection(raw: string, policy: UrlPolicy, resolve: ResolveAddresses = systemResolve): Promise<string | undefined> {
  const problem = webhookUrlProblem(raw, policy)
  if (problem || policy.allowInsecure) return problem
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, '')
  if (isIP(host)) return undefined
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<undefined>((resolveTimeout) => (timer = setTimeout(resolveTimeout, SAVE_LOOKUP_TIMEOUT_MS, undefined)))
  const addresses = await Promise.race([resolve(host).catch(() => undefined), timeout]).finally(() => clearTimeout(timer))
  if (addresses?.length && !addresses.some(isPublicAddress)) return `resolves to a loopback, private or reserved address (${host} is ${addresses[0]})`
  return undefined
}

/** The 400 a save answers for a refused webhook URL, naming the field. */
export function webhookUrlNotAllowed(field: string, reason: string) {
  return httpError(400, 'webhook_url_not_allowed', `body.${field} ${reason}`, [{ in: 'body', field, message: reason }])
}
