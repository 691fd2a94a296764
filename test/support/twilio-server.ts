import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import { closeServer, readBody } from './http.js'

// A local stand-in for the Twilio REST API (not for the SDK): the real `twilio` package talks to it
// through createTwilio({apiBaseUrl}). It speaks Twilio's wire protocol for the resources RapidCall
// uses: HTTP Basic auth (AccountSid:AuthToken), form-encoded bodies (repeated keys for lists),
// snake_case JSON, RFC 2822 dates on 2010-04-01 and ISO 8601 on v1, Twilio's paging envelopes and
// Twilio-style error bodies `{code, message, more_info, status}`. Error codes are Twilio's where
// known (20003 auth, 20404 not found, 21421/21422/21452 numbers); others use 20001 (invalid parameter).

export type FormValue = string | string[]

export interface TwilioRequestRecord {
  method: string
  /** The Twilio host the SDK meant to reach (x-twilio-host), e.g. `trunking.twilio.com`. */
  host: string
  path: string
  query: Record<string, FormValue>
  form: Record<string, FormValue>
  /** Lower-cased request headers. */
  headers: Record<string, string>
  /** Set once the answer is sent. */
  status?: number
}

export interface IncomingNumber {
  sid: string
  phoneNumber: string
  friendlyName: string
  trunkSid: string | null
  voiceUrl: string | null
  voiceMethod: string
  voiceApplicationSid: string | null
  smsUrl: string
  statusCallback: string
  dateCreated: Date
  dateUpdated: Date
}

export interface Trunk {
  sid: string
  friendlyName: string | null
  domainName: string | null
  disasterRecoveryUrl: string | null
  disasterRecoveryMethod: string | null
  transferMode: string
  transferCallerId: string
  secure: boolean
  cnamLookupEnabled: boolean
  dateCreated: Date
  dateUpdated: Date
}

export interface OriginationUrl {
  sid: string
  trunkSid: string
  friendlyName: string
  sipUrl: string
  weight: number
  priority: number
  enabled: boolean
  dateCreated: Date
  dateUpdated: Date
}

export interface CredentialList {
  sid: string
  friendlyName: string
  dateCreated: Date
  dateUpdated: Date
}

/** A SIP credential. Twilio keeps only a digest of the password; the test server keeps it to check INVITEs. */
export interface SipCredential {
  sid: string
  credentialListSid: string
  username: string
  password: string
  dateCreated: Date
  dateUpdated: Date
}

/** One INVITE that reached Elastic SIP Trunking termination (`<domain>.pstn.twilio.com`), and Twilio's answer. */
export interface TerminationAttempt {
  address: string
  username: string
  from: string
  to: string
  sipStatusCode: number
  sipStatus: string
}

export interface TwilioServerState {
  readonly incomingNumbers: Map<string, IncomingNumber>
  readonly trunks: Map<string, Trunk>
  readonly originationUrls: Map<string, OriginationUrl>
  readonly credentialLists: Map<string, CredentialList>
  readonly credentials: Map<string, SipCredential>
  /** Trunk sid -> the credential lists associated with it (termination authentication). */
  readonly trunkCredentialLists: Map<string, Set<string>>
  readonly terminationAttempts: TerminationAttempt[]
  /** An already-owned number (as if bought before), not on any trunk. */
  addIncomingNumber(e164: string, opts?: { friendlyName?: string; trunkSid?: string }): IncomingNumber
  addTrunk(opts?: { friendlyName?: string; domainName?: string }): Trunk
  /** From now on AvailablePhoneNumbers finds nothing in this area code (and buying by it fails with 21452). */
  exhaustAreaCode(areaCode: string): void
  findIncomingNumber(e164: string): IncomingNumber | undefined
}

export interface TwilioTestServer {
  /** `http://127.0.0.1:<port>`, for TWILIO_API_BASE_URL. */
  url: string
  accountSid: string
  authToken: string
  /** The TWILIO_* variables pointing at this server. */
  env: { TWILIO_ACCOUNT_SID: string; TWILIO_AUTH_TOKEN: string; TWILIO_API_BASE_URL: string }
  requests: TwilioRequestRecord[]
  state: TwilioServerState
  /**
   * Elastic SIP Trunking termination as a SIP carrier (connect it to the LiveKit test server):
   * an INVITE to a trunk's `<domain>.pstn.twilio.com` connects only with a username/password of a
   * credential list associated with that trunk (otherwise 403, as Twilio answers after its digest
   * challenge), from a caller id the account owns (403 otherwise), to an E.164 number (484).
   */
  sipTermination(invite: { address: string; username: string; password: string; from: string; to: string }): { sipStatusCode: number; sipStatus: string } | undefined
  /** Called after every answered request (state already changed). */
  afterRequest(fn: (r: TwilioRequestRecord) => void): void
  close(): Promise<void>
}

class TwilioError extends Error {
  constructor(readonly status: number, readonly code: number, message: string) {
    super(message)
  }
}

const API_HOST = 'api.twilio.com'
const TRUNKING_HOST = 'trunking.twilio.com'
const E164 = /^\+[1-9]\d{6,14}$/

/** 34-character Twilio SID: two-letter prefix and 32 hex digits. */
export function twilioSid(prefix: string): string {
  return prefix + randomBytes(16).toString('hex')
}

const rfc2822 = (d: Date) => d.toUTCString().replace('GMT', '+0000')
const iso8601 = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z')

function parseForm(text: string): Record<string, FormValue> {
  const out: Record<string, FormValue> = {}
  for (const [k, v] of new URLSearchParams(text)) {
    const prev = out[k]
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]
  }
  return out
}

const one = (v: FormValue | undefined): string | undefined => (Array.isArray(v) ? v[v.length - 1] : v)

function bool(v: FormValue | undefined, name: string): boolean | undefined {
  const s = one(v)
  if (s === undefined) return undefined
  if (/^true$/i.test(s)) return true
  if (/^false$/i.test(s)) return false
  throw new TwilioError(400, 20001, `${name} must be true or false`)
}

function required(form: Record<string, FormValue>, name: string): string {
  const v = one(form[name])
  if (v === undefined || v === '') throw new TwilioError(400, 20001, `Missing required parameter ${name} in the post body`)
  return v
}

function formatFriendly(e164: string): string {
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164)
  return m ? `(${m[1]}) ${m[2]}-${m[3]}` : e164
}

/** Twilio's partial match: digits must appear in order, `*` matches any digit. */
function phoneFilter(filter: string): (e164: string) => boolean {
  const pattern = filter.replace(/[^\d*]/g, '').replace(/\*/g, '\\d')
  if (!pattern) return () => true
  const re = new RegExp(pattern)
  return (e164) => re.test(e164.replace(/\D/g, ''))
}

interface Ctx {
  method: string
  host: string
  path: string
  query: Record<string, FormValue>
  form: Record<string, FormValue>
  params: string[]
}

interface Answer {
  status: number
  body?: unknown
}

type Handler = (ctx: Ctx) => Answer

interface Route {
  method: string
  host: string
  pattern: RegExp
  handler: Handler
}

/** Starts a Twilio REST fake on 127.0.0.1:<random port>. */
export async function startTwilioServer(opts: { accountSid?: string; authToken?: string } = {}): Promise<TwilioTestServer> {
  const accountSid = opts.accountSid ?? twilioSid('AC')
  const authToken = opts.authToken ?? randomBytes(16).toString('hex')
  const requests: TwilioRequestRecord[] = []
  const incomingNumbers = new Map<string, IncomingNumber>()
  const trunks = new Map<string, Trunk>()
  const originationUrls = new Map<string, OriginationUrl>()
  const credentialLists = new Map<string, CredentialList>()
  const credentials = new Map<string, SipCredential>()
  const trunkCredentialLists = new Map<string, Set<string>>()
  const terminationAttempts: TerminationAttempt[] = []
  const observers: ((r: TwilioRequestRecord) => void)[] = []
  const exhausted = new Set<string>()
  const accountPrefix = `/2010-04-01/Accounts/${accountSid}`

  const findIncomingNumber = (e164: string) => [...incomingNumbers.values()].find((n) => n.phoneNumber === e164)

  function addIncomingNumber(e164: string, o: { friendlyName?: string; trunkSid?: string } = {}): IncomingNumber {
    if (!E164.test(e164)) throw new Error(`not an E.164 number: ${e164}`)
    if (findIncomingNumber(e164)) throw new Error(`${e164} is already owned`)
    if (o.trunkSid && !trunks.has(o.trunkSid)) throw new Error(`no trunk ${o.trunkSid}`)
    const now = new Date()
    const n: IncomingNumber = {
      sid: twilioSid('PN'),
      phoneNumber: e164,
      friendlyName: o.friendlyName ?? formatFriendly(e164),
      trunkSid: o.trunkSid ?? null,
      voiceUrl: null,
      voiceMethod: 'POST',
      voiceApplicationSid: null,
      smsUrl: '',
      statusCallback: '',
      dateCreated: now,
      dateUpdated: now,
    }
    incomingNumbers.set(n.sid, n)
    return n
  }

  function addTrunk(o: { friendlyName?: string; domainName?: string } = {}): Trunk {
    const now = new Date()
    const t: Trunk = {
      sid: twilioSid('TK'),
      friendlyName: o.friendlyName ?? null,
      domainName: o.domainName ?? null,
      disasterRecoveryUrl: null,
      disasterRecoveryMethod: null,
      transferMode: 'disable-all',
      transferCallerId: 'from-transferee',
      secure: false,
      cnamLookupEnabled: false,
      dateCreated: now,
      dateUpdated: now,
    }
    trunks.set(t.sid, t)
    return t
  }

  /** Numbers Twilio would offer in an area code: +1 <area> 555 01xx, minus those already owned. */
  function availableIn(areaCode: string): string[] {
    if (!/^[2-9]\d{2}$/.test(areaCode) || exhausted.has(areaCode)) return []
    const out: string[] = []
    for (let i = 100; i < 200; i++) {
      const e164 = `+1${areaCode}555${String(i).padStart(4, '0')}`
      if (!findIncomingNumber(e164)) out.push(e164)
    }
    return out
  }

  // ---- JSON shapes -------------------------------------------------------------------------------

  const incomingJson = (n: IncomingNumber) => ({
    account_sid: accountSid,
    address_requirements: 'none',
    address_sid: null,
    api_version: '2010-04-01',
    beta: false,
    capabilities: { voice: true, sms: true, mms: true, fax: false },
    date_created: rfc2822(n.dateCreated),
    date_updated: rfc2822(n.dateUpdated),
    emergency_status: 'Inactive',
    emergency_address_sid: null,
    emergency_address_status: 'unregistered',
    friendly_name: n.friendlyName,
    identity_sid: null,
    origin: 'twilio',
    phone_number: n.phoneNumber,
    sid: n.sid,
    sms_application_sid: '',
    sms_fallback_method: 'POST',
    sms_fallback_url: '',
    sms_method: 'POST',
    sms_url: n.smsUrl,
    status_callback: n.statusCallback,
    status_callback_method: 'POST',
    trunk_sid: n.trunkSid,
    uri: `${accountPrefix}/IncomingPhoneNumbers/${n.sid}.json`,
    voice_receive_mode: 'voice',
    voice_application_sid: n.voiceApplicationSid,
    voice_caller_id_lookup: false,
    voice_fallback_method: 'POST',
    voice_fallback_url: null,
    voice_method: n.voiceMethod,
    voice_url: n.voiceUrl,
    bundle_sid: null,
    status: 'in-use',
    type: 'local',
    subresource_uris: {
      assigned_add_ons: `${accountPrefix}/IncomingPhoneNumbers/${n.sid}/AssignedAddOns.json`,
    },
  })

  const trunkUrl = (sid: string) => `https://${TRUNKING_HOST}/v1/Trunks/${sid}`

  const trunkJson = (t: Trunk) => ({
    sid: t.sid,
    account_sid: accountSid,
    domain_name: t.domainName,
    disaster_recovery_method: t.disasterRecoveryMethod,
    disaster_recovery_url: t.disasterRecoveryUrl,
    friendly_name: t.friendlyName,
    secure: t.secure,
    cnam_lookup_enabled: t.cnamLookupEnabled,
    recording: { mode: 'do-not-record', trim: 'do-not-trim' },
    transfer_mode: t.transferMode,
    transfer_caller_id: t.transferCallerId,
    auth_type: '',
    auth_type_set: [],
    symmetric_rtp_enabled: false,
    date_created: iso8601(t.dateCreated),
    date_updated: iso8601(t.dateUpdated),
    url: trunkUrl(t.sid),
    links: {
      origination_urls: `${trunkUrl(t.sid)}/OriginationUrls`,
      credential_lists: `${trunkUrl(t.sid)}/CredentialLists`,
      ip_access_control_lists: `${trunkUrl(t.sid)}/IpAccessControlLists`,
      phone_numbers: `${trunkUrl(t.sid)}/PhoneNumbers`,
      recording: `${trunkUrl(t.sid)}/Recording`,
    },
  })

  const originationJson = (o: OriginationUrl) => ({
    account_sid: accountSid,
    sid: o.sid,
    trunk_sid: o.trunkSid,
    weight: o.weight,
    enabled: o.enabled,
    sip_url: o.sipUrl,
    friendly_name: o.friendlyName,
    priority: o.priority,
    date_created: iso8601(o.dateCreated),
    date_updated: iso8601(o.dateUpdated),
    url: `${trunkUrl(o.trunkSid)}/OriginationUrls/${o.sid}`,
  })

  const trunkNumberJson = (n: IncomingNumber) => {
    const base = incomingJson(n)
    return {
      account_sid: accountSid,
      address_requirements: base.address_requirements,
      api_version: base.api_version,
      beta: base.beta,
      capabilities: base.capabilities,
      date_created: iso8601(n.dateCreated),
      date_updated: iso8601(n.dateUpdated),
      friendly_name: n.friendlyName,
      links: { phone_number: `https://${API_HOST}${base.uri}` },
      phone_number: n.phoneNumber,
      sid: n.sid,
      sms_application_sid: base.sms_application_sid,
      sms_fallback_method: base.sms_fallback_method,
      sms_fallback_url: base.sms_fallback_url,
      sms_method: base.sms_method,
      sms_url: base.sms_url,
      status_callback: base.status_callback,
      status_callback_method: base.status_callback_method,
      trunk_sid: n.trunkSid,
      url: `${trunkUrl(n.trunkSid ?? '')}/PhoneNumbers/${n.sid}`,
      voice_application_sid: base.voice_application_sid,
      voice_caller_id_lookup: base.voice_caller_id_lookup,
      voice_fallback_method: base.voice_fallback_method,
      voice_fallback_url: base.voice_fallback_url,
      voice_method: base.voice_method,
      voice_url: base.voice_url,
    }
  }

  const credentialListJson = (l: CredentialList) => ({
    account_sid: accountSid,
    date_created: rfc2822(l.dateCreated),
    date_updated: rfc2822(l.dateUpdated),
    friendly_name: l.friendlyName,
    sid: l.sid,
    subresource_uris: { credentials: `${accountPrefix}/SIP/CredentialLists/${l.sid}/Credentials.json` },
    uri: `${accountPrefix}/SIP/CredentialLists/${l.sid}.json`,
  })

  const credentialJson = (c: SipCredential) => ({
    sid: c.sid,
    account_sid: accountSid,
    credential_list_sid: c.credentialListSid,
    username: c.username,
    date_created: rfc2822(c.dateCreated),
    date_updated: rfc2822(c.dateUpdated),
    uri: `${accountPrefix}/SIP/CredentialLists/${c.credentialListSid}/Credentials/${c.sid}.json`,
  })

  const trunkCredentialListJson = (trunkSid: string, l: CredentialList) => ({
    account_sid: accountSid,
    sid: l.sid,
    trunk_sid: trunkSid,
    friendly_name: l.friendlyName,
    date_created: iso8601(l.dateCreated),
    date_updated: iso8601(l.dateUpdated),
    url: `${trunkUrl(trunkSid)}/CredentialLists/${l.sid}`,
  })

  // ---- paging ------------------------------------------------------------------------------------

  function pageOf<T>(items: T[], ctx: Ctx) {
    const pageSize = Math.min(1000, Math.max(1, Number(one(ctx.query.PageSize)) || 50))
    const page = Math.max(0, Number(one(ctx.query.Page)) || 0)
    const start = page * pageSize
    const slice = items.slice(start, start + pageSize)
    const filters = Object.entries(ctx.query).filter(([k]) => !['PageSize', 'Page', 'PageToken'].includes(k))
    const link = (p: number) => {
      const q = new URLSearchParams()
      for (const [k, v] of filters) for (const x of Array.isArray(v) ? v : [v]) q.append(k, x)
      q.set('PageSize', String(pageSize))
      q.set('Page', String(p))
      if (p > 0) q.set('PageToken', `PA${p}`)
      return `${ctx.path}?${q}`
    }
    return { pageSize, page, start, slice, link, hasNext: start + pageSize < items.length }
  }

  /** The 2010-04-01 envelope: the resource-named array beside paging fields that use relative URIs. */
  function page2010(key: string, items: unknown[], ctx: Ctx): Answer {
    const p = pageOf(items, ctx)
    return {
      status: 200,
      body: {
        [key]: p.slice,
        end: p.slice.length ? p.start + p.slice.length - 1 : 0,
        first_page_uri: p.link(0),
        next_page_uri: p.hasNext ? p.link(p.page + 1) : null,
        previous_page_uri: p.page > 0 ? p.link(p.page - 1) : null,
        page: p.page,
        page_size: p.pageSize,
        start: p.start,
        uri: p.link(p.page),
      },
    }
  }

  /** The v1 envelope: the array named by `meta.key`, with absolute page URLs. */
  function pageV1(key: string, items: unknown[], ctx: Ctx): Answer {
    const p = pageOf(items, ctx)
    const abs = (u: string) => `https://${ctx.host}${u}`
    return {
      status: 200,
      body: {
        [key]: p.slice,
        meta: {
          first_page_url: abs(p.link(0)),
          key,
          next_page_url: p.hasNext ? abs(p.link(p.page + 1)) : null,
          page: p.page,
          page_size: p.pageSize,
          previous_page_url: p.page > 0 ? abs(p.link(p.page - 1)) : null,
          url: abs(p.link(p.page)),
        },
      },
    }
  }

  // ---- handlers ----------------------------------------------------------------------------------

  const notFound = (ctx: Ctx): never => {
    throw new TwilioError(404, 20404, `The requested resource ${ctx.path} was not found`)
  }
  const numberOr404 = (ctx: Ctx, sid: string) => incomingNumbers.get(sid) ?? notFound(ctx)
  const trunkOr404 = (ctx: Ctx, sid: string) => trunks.get(sid) ?? notFound(ctx)

  function applyNumberUpdate(n: IncomingNumber, form: Record<string, FormValue>) {
    const friendly = one(form.FriendlyName)
    if (friendly !== undefined) n.friendlyName = friendly
    const voiceUrl = one(form.VoiceUrl)
    if (voiceUrl !== undefined) n.voiceUrl = voiceUrl || null
    const voiceMethod = one(form.VoiceMethod)
    if (voiceMethod !== undefined) n.voiceMethod = voiceMethod.toUpperCase()
    const smsUrl = one(form.SmsUrl)
    if (smsUrl !== undefined) n.smsUrl = smsUrl
    const statusCallback = one(form.StatusCallback)
    if (statusCallback !== undefined) n.statusCallback = statusCallback
    const app = one(form.VoiceApplicationSid)
    if (app !== undefined) {
      n.voiceApplicationSid = app || null
      // Setting a voice application removes the trunk, and the other way round.
      if (app) n.trunkSid = null
    }
    const trunkSid = one(form.TrunkSid)
    if (trunkSid !== undefined) {
      if (trunkSid && !trunks.has(trunkSid)) throw new TwilioError(400, 20001, `TrunkSid ${trunkSid} is not valid`)
      n.trunkSid = trunkSid || null
      if (trunkSid) n.voiceApplicationSid = null
    }
    n.dateUpdated = new Date()
  }

  function createOrigination(trunk: Trunk, form: Record<string, FormValue>): OriginationUrl {
    const friendlyName = required(form, 'FriendlyName')
    const sipUrl = required(form, 'SipUrl')
    const weight = Number(required(form, 'Weight'))
    const priority = Number(required(form, 'Priority'))
    const enabled = bool(required(form, 'Enabled'), 'Enabled')!
    if (!/^sips?:/i.test(sipUrl)) throw new TwilioError(400, 20001, `SipUrl must be a SIP URI, got ${sipUrl}`)
    if (!Number.isInteger(weight) || weight < 1 || weight > 65535) throw new TwilioError(400, 20001, 'Weight must be between 1 and 65535')
    if (!Number.isInteger(priority) || priority < 0 || priority > 65535) throw new TwilioError(400, 20001, 'Priority must be between 0 and 65535')
    const now = new Date()
    const o: OriginationUrl = { sid: twilioSid('OU'), trunkSid: trunk.sid, friendlyName, sipUrl, weight, priority, enabled, dateCreated: now, dateUpdated: now }
    originationUrls.set(o.sid, o)
    return o
  }

  function applyTrunkFields(t: Trunk, form: Record<string, FormValue>) {
    const domainName = one(form.DomainName)
    if (domainName !== undefined) {
      if (domainName && !/^[a-z0-9][a-z0-9-]*\.pstn\.twilio\.com$/i.test(domainName)) {
        throw new TwilioError(400, 20001, `DomainName must end with .pstn.twilio.com, got ${domainName}`)
      }
      if (domainName && [...trunks.values()].some((o) => o !== t && o.domainName === domainName)) {
        throw new TwilioError(409, 20001, `DomainName ${domainName} is already in use`)
      }
      t.domainName = domainName || null
    }
    const friendlyName = one(form.FriendlyName)
    if (friendlyName !== undefined) t.friendlyName = friendlyName
    const drUrl = one(form.DisasterRecoveryUrl)
    if (drUrl !== undefined) t.disasterRecoveryUrl = drUrl || null
    const drMethod = one(form.DisasterRecoveryMethod)
    if (drMethod !== undefined) t.disasterRecoveryMethod = drMethod.toUpperCase()
    const transferMode = one(form.TransferMode)
    if (transferMode !== undefined) t.transferMode = transferMode
    const transferCallerId = one(form.TransferCallerId)
    if (transferCallerId !== undefined) t.transferCallerId = transferCallerId
    const secure = bool(form.Secure, 'Secure')
    if (secure !== undefined) t.secure = secure
    const cnam = bool(form.CnamLookupEnabled, 'CnamLookupEnabled')
    if (cnam !== undefined) t.cnamLookupEnabled = cnam
    t.dateUpdated = new Date()
  }

  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const acct = `^/2010-04-01/Accounts/${esc(accountSid)}`
  const SID = '([A-Z]{2}[0-9a-f]{32})'
  const routes: Route[] = []
  const route = (method: string, host: string, pattern: string, handler: Handler) =>
    routes.push({ method, host, pattern: new RegExp(`${pattern}$`), handler })

  // Phone numbers (api.twilio.com, 2010-04-01)
  route('GET', API_HOST, `${acct}/IncomingPhoneNumbers\\.json`, (ctx) => {
    const phone = one(ctx.query.PhoneNumber)
    const friendly = one(ctx.query.FriendlyName)
    const match = phone ? phoneFilter(phone) : () => true
    const items = [...incomingNumbers.values()]
      .filter((n) => match(n.phoneNumber) && (friendly === undefined || n.friendlyName === friendly))
      .map(incomingJson)
    return page2010('incoming_phone_numbers', items, ctx)
  })
  route('POST', API_HOST, `${acct}/IncomingPhoneNumbers\\.json`, (ctx) => {
    const phone = one(ctx.form.PhoneNumber)
    const areaCode = one(ctx.form.AreaCode)
    let e164: string
    if (phone) {
      if (!E164.test(phone)) throw new TwilioError(400, 21421, `PhoneNumber ${phone} is invalid`)
      if (findIncomingNumber(phone) || (phone.startsWith('+1') && exhausted.has(phone.slice(2, 5)))) {
        throw new TwilioError(400, 21422, `PhoneNumber ${phone} is not available`)
      }
      e164 = phone
    } else if (areaCode) {
      const first = availableIn(areaCode)[0]
      if (!first) throw new TwilioError(400, 21452, `No phone numbers found in area code ${areaCode}`)
      e164 = first
    } else {
      throw new TwilioError(400, 20001, 'PhoneNumber or AreaCode is required')
    }
    const n = addIncomingNumber(e164)
    try {
      applyNumberUpdate(n, ctx.form)
    } catch (err) {
      incomingNumbers.delete(n.sid)
      throw err
    }
    return { status: 201, body: incomingJson(n) }
  })
  route('GET', API_HOST, `${acct}/IncomingPhoneNumbers/${SID}\\.json`, (ctx) => ({ status: 200, body: incomingJson(numberOr404(ctx, ctx.params[0])) }))
  route('POST', API_HOST, `${acct}/IncomingPhoneNumbers/${SID}\\.json`, (ctx) => {
    const n = numberOr404(ctx, ctx.params[0])
    applyNumberUpdate(n, ctx.form)
    return { status: 200, body: incomingJson(n) }
  })
  route('DELETE', API_HOST, `${acct}/IncomingPhoneNumbers/${SID}\\.json`, (ctx) => {
    numberOr404(ctx, ctx.params[0])
    incomingNumbers.delete(ctx.params[0])
    return { status: 204 }
  })
  // US local (+1 <area> 555 01xx) and toll-free (+1 800 555 01xx); other countries and types have no inventory here (Twilio: 404).
  route('GET', API_HOST, `${acct}/AvailablePhoneNumbers/US/(Local|TollFree)\\.json`, (ctx) => {
    const areaCode = one(ctx.query.AreaCode)
    const contains = one(ctx.query.Contains)
    const match = contains ? phoneFilter(contains) : () => true
    const numbers = (ctx.params[0] === 'TollFree' ? availableIn('800') : areaCode ? availableIn(areaCode) : availableIn('415')).filter(match)
    const items = numbers.map((e164) => ({
      friendly_name: formatFriendly(e164),
      phone_number: e164,
      lata: '722',
      locality: 'Testville',
      rate_center: 'TESTVILLE',
      latitude: '37.780000',
      longitude: '-122.420000',
      region: 'CA',
      postal_code: '94103',
      iso_country: 'US',
      address_requirements: 'none',
      beta: false,
      capabilities: { voice: true, SMS: true, MMS: true },
    }))
    return page2010('available_phone_numbers', items, ctx)
  })

  // Elastic SIP trunking (trunking.twilio.com, v1)
  route('GET', TRUNKING_HOST, '^/v1/Trunks', (ctx) => pageV1('trunks', [...trunks.values()].map(trunkJson), ctx))
  route('POST', TRUNKING_HOST, '^/v1/Trunks', (ctx) => {
    const t = addTrunk()
    try {
      applyTrunkFields(t, ctx.form)
    } catch (err) {
      trunks.delete(t.sid)
      throw err
    }
    return { status: 201, body: trunkJson(t) }
  })
  route('GET', TRUNKING_HOST, `^/v1/Trunks/${SID}`, (ctx) => ({ status: 200, body: trunkJson(trunkOr404(ctx, ctx.params[0])) }))
  route('POST', TRUNKING_HOST, `^/v1/Trunks/${SID}`, (ctx) => {
    const t = trunkOr404(ctx, ctx.params[0])
    applyTrunkFields(t, ctx.form)
    return { status: 200, body: trunkJson(t) }
  })
  route('DELETE', TRUNKING_HOST, `^/v1/Trunks/${SID}`, (ctx) => {
    const t = trunkOr404(ctx, ctx.params[0])
    for (const o of originationUrls.values()) if (o.trunkSid === t.sid) originationUrls.delete(o.sid)
    trunkCredentialLists.delete(t.sid)
    for (const n of incomingNumbers.values()) if (n.trunkSid === t.sid) n.trunkSid = null
    trunks.delete(t.sid)
    return { status: 204 }
  })
  route('GET', TRUNKING_HOST, `^/v1/Trunks/${SID}/OriginationUrls`, (ctx) => {
    const t = trunkOr404(ctx, ctx.params[0])
    const items = [...originationUrls.values()].filter((o) => o.trunkSid === t.sid).map(originationJson)
    return pageV1('origination_urls', items, ctx)
  })
  route('POST', TRUNKING_HOST, `^/v1/Trunks/${SID}/OriginationUrls`, (ctx) => {
    const t = trunkOr404(ctx, ctx.params[0])
    return { status: 201, body: originationJson(createOrigination(t, ctx.form)) }
  })
  const originationOr404 = (ctx: Ctx) => {
    const o = originationUrls.get(ctx.params[1])
    return o && o.trunkSid === ctx.params[0] ? o : notFound(ctx)
  }
  route('GET', TRUNKING_HOST, `^/v1/Trunks/${SID}/OriginationUrls/${SID}`, (ctx) => ({ status: 200, body: originationJson(originationOr404(ctx)) }))
  route('POST', TRUNKING_HOST, `^/v1/Trunks/${SID}/OriginationUrls/${SID}`, (ctx) => {
    const o = originationOr404(ctx)
    const f = ctx.form
    if (one(f.FriendlyName) !== undefined) o.friendlyName = one(f.FriendlyName)!
    if (one(f.SipUrl) !== undefined) {
      if (!/^sips?:/i.test(one(f.SipUrl)!)) throw new TwilioError(400, 20001, `SipUrl must be a SIP URI, got ${one(f.SipUrl)}`)
      o.sipUrl = one(f.SipUrl)!
    }
    if (one(f.Weight) !== undefined) o.weight = Number(one(f.Weight))
    if (one(f.Priority) !== undefined) o.priority = Number(one(f.Priority))
    const enabled = bool(f.Enabled, 'Enabled')
    if (enabled !== undefined) o.enabled = enabled
    o.dateUpdated = new Date()
    return { status: 200, body: originationJson(o) }
  })
  route('DELETE', TRUNKING_HOST, `^/v1/Trunks/${SID}/OriginationUrls/${SID}`, (ctx) => {
    originationUrls.delete(originationOr404(ctx).sid)
    return { status: 204 }
  })
  route('GET', TRUNKING_HOST, `^/v1/Trunks/${SID}/PhoneNumbers`, (ctx) => {
    const t = trunkOr404(ctx, ctx.params[0])
    const items = [...incomingNumbers.values()].filter((n) => n.trunkSid === t.sid).map(trunkNumberJson)
    return pageV1('phone_numbers', items, ctx)
  })
  route('POST', TRUNKING_HOST, `^/v1/Trunks/${SID}/PhoneNumbers`, (ctx) => {
    const t = trunkOr404(ctx, ctx.params[0])
    const pnSid = required(ctx.form, 'PhoneNumberSid')
    const n = incomingNumbers.get(pnSid)
    if (!n) throw new TwilioError(400, 20001, `PhoneNumberSid ${pnSid} is not a phone number of this account`)
    // Associating moves the number onto this trunk; its voice application no longer applies.
    n.trunkSid = t.sid
    n.voiceApplicationSid = null
    n.dateUpdated = new Date()
    return { status: 201, body: trunkNumberJson(n) }
  })
  const trunkNumberOr404 = (ctx: Ctx) => {
    const n = incomingNumbers.get(ctx.params[1])
    return n && n.trunkSid === ctx.params[0] ? n : notFound(ctx)
  }
  route('GET', TRUNKING_HOST, `^/v1/Trunks/${SID}/PhoneNumbers/${SID}`, (ctx) => ({ status: 200, body: trunkNumberJson(trunkNumberOr404(ctx)) }))
  route('DELETE', TRUNKING_HOST, `^/v1/Trunks/${SID}/PhoneNumbers/${SID}`, (ctx) => {
    const n = trunkNumberOr404(ctx)
    n.trunkSid = null
    n.dateUpdated = new Date()
    return { status: 204 }
  })

  // SIP credential lists (api.twilio.com, 2010-04-01)
  const listOr404 = (ctx: Ctx, sid: string) => credentialLists.get(sid) ?? notFound(ctx)
  const friendlyNameOf = (form: Record<string, FormValue>) => {
    const name = required(form, 'FriendlyName')
    if (name.length > 64) throw new TwilioError(400, 20001, 'FriendlyName must be at most 64 characters')
    return name
  }
  function checkPassword(password: string) {
    // Twilio: at least 12 characters, at least one digit, mixed case.
    if (password.length < 12 || !/\d/.test(password) || !/[a-z]/.test(password) || !/[A-Z]/.test(password)) {
      throw new TwilioError(400, 20001, 'Password must be at least 12 characters long, contain at least 1 digit, and have mixed case')
    }
  }
  route('GET', API_HOST, `${acct}/SIP/CredentialLists\\.json`, (ctx) => page2010('credential_lists', [...credentialLists.values()].map(credentialListJson), ctx))
  route('POST', API_HOST, `${acct}/SIP/CredentialLists\\.json`, (ctx) => {
    const now = new Date()
    const l: CredentialList = { sid: twilioSid('CL'), friendlyName: friendlyNameOf(ctx.form), dateCreated: now, dateUpdated: now }
    credentialLists.set(l.sid, l)
    return { status: 201, body: credentialListJson(l) }
  })
  route('GET', API_HOST, `${acct}/SIP/CredentialLists/${SID}\\.json`, (ctx) => ({ status: 200, body: credentialListJson(listOr404(ctx, ctx.params[0])) }))
  route('POST', API_HOST, `${acct}/SIP/CredentialLists/${SID}\\.json`, (ctx) => {
    const l = listOr404(ctx, ctx.params[0])
    l.friendlyName = friendlyNameOf(ctx.form)
    l.dateUpdated = new Date()
    return { status: 200, body: credentialListJson(l) }
  })
  route('DELETE', API_HOST, `${acct}/SIP/CredentialLists/${SID}\\.json`, (ctx) => {
    const l = listOr404(ctx, ctx.params[0])
    for (const c of credentials.values()) if (c.credentialListSid === l.sid) credentials.delete(c.sid)
    for (const set of trunkCredentialLists.values()) set.delete(l.sid)
    credentialLists.delete(l.sid)
    return { status: 204 }
  })
  route('GET', API_HOST, `${acct}/SIP/CredentialLists/${SID}/Credentials\\.json`, (ctx) => {
    const l = listOr404(ctx, ctx.params[0])
    return page2010('credentials', [...credentials.values()].filter((c) => c.credentialListSid === l.sid).map(credentialJson), ctx)
  })
  route('POST', API_HOST, `${acct}/SIP/CredentialLists/${SID}/Credentials\\.json`, (ctx) => {
    const l = listOr404(ctx, ctx.params[0])
    const username = required(ctx.form, 'Username')
    const password = required(ctx.form, 'Password')
    if (username.length > 32) throw new TwilioError(400, 20001, 'Username must be at most 32 characters')
    if (!/^[A-Za-z0-9._~!$&'()*+,;=-]+$/.test(username)) throw new TwilioError(400, 21222, 'Invalid Username. Illegal chars')
    checkPassword(password)
    if ([...credentials.values()].some((c) => c.credentialListSid === l.sid && c.username === username)) {
      throw new TwilioError(400, 20001, `Username ${username} already exists in this credential list`)
    }
    const now = new Date()
    const c: SipCredential = { sid: twilioSid('CR'), credentialListSid: l.sid, username, password, dateCreated: now, dateUpdated: now }
    credentials.set(c.sid, c)
    return { status: 201, body: credentialJson(c) }
  })
  const credentialOr404 = (ctx: Ctx) => {
    const c = credentials.get(ctx.params[1])
    return c && c.credentialListSid === ctx.params[0] ? c : notFound(ctx)
  }
  route('GET', API_HOST, `${acct}/SIP/CredentialLists/${SID}/Credentials/${SID}\\.json`, (ctx) => ({ status: 200, body: credentialJson(credentialOr404(ctx)) }))
  route('POST', API_HOST, `${acct}/SIP/CredentialLists/${SID}/Credentials/${SID}\\.json`, (ctx) => {
    const c = credentialOr404(ctx)
    const password = one(ctx.form.Password)
    if (password !== undefined) {
      checkPassword(password)
      c.password = password
    }
    c.dateUpdated = new Date()
    return { status: 200, body: credentialJson(c) }
  })
  route('DELETE', API_HOST, `${acct}/SIP/CredentialLists/${SID}/Credentials/${SID}\\.json`, (ctx) => {
    credentials.delete(credentialOr404(ctx).sid)
    return { status: 204 }
  })

  // Credential lists associated with a trunk (trunking.twilio.com, v1): termination authentication.
  const trunkLists = (sid: string) => {
    let set = trunkCredentialLists.get(sid)
    if (!set) trunkCredentialLists.set(sid, (set = new Set()))
    return set
  }
  route('GET', TRUNKING_HOST, `^/v1/Trunks/${SID}/CredentialLists`, (ctx) => {
    const t = trunkOr404(ctx, ctx.params[0])
    const items = [...trunkLists(t.sid)].map((sid) => trunkCredentialListJson(t.sid, credentialLists.get(sid)!))
    return pageV1('credential_lists', items, ctx)
  })
  route('POST', TRUNKING_HOST, `^/v1/Trunks/${SID}/CredentialLists`, (ctx) => {
    const t = trunkOr404(ctx, ctx.params[0])
    const clSid = required(ctx.form, 'CredentialListSid')
    const l = credentialLists.get(clSid)
    if (!l) throw new TwilioError(400, 20001, `CredentialListSid ${clSid} is not a credential list of this account`)
    if (trunkLists(t.sid).has(l.sid)) throw new TwilioError(409, 20001, `Credential list ${l.sid} is already associated with trunk ${t.sid}`)
    trunkLists(t.sid).add(l.sid)
    return { status: 201, body: trunkCredentialListJson(t.sid, l) }
  })
  const trunkListOr404 = (ctx: Ctx) => {
    const l = credentialLists.get(ctx.params[1])
    return l && trunkLists(ctx.params[0]).has(l.sid) ? l : notFound(ctx)
  }
  route('GET', TRUNKING_HOST, `^/v1/Trunks/${SID}/CredentialLists/${SID}`, (ctx) => ({ status: 200, body: trunkCredentialListJson(ctx.params[0], trunkListOr404(ctx)) }))
  route('DELETE', TRUNKING_HOST, `^/v1/Trunks/${SID}/CredentialLists/${SID}`, (ctx) => {
    trunkLists(ctx.params[0]).delete(trunkListOr404(ctx).sid)
    return { status: 204 }
  })

  function sipTermination(inv: { address: string; username: string; password: string; from: string; to: string }) {
    const host = inv.address.replace(/:\d+$/, '').toLowerCase()
    if (!host.endsWith('.pstn.twilio.com')) return undefined
    const answer = (sipStatusCode: number, sipStatus: string) => {
      terminationAttempts.push({ address: inv.address, username: inv.username, from: inv.from, to: inv.to, sipStatusCode, sipStatus })
      return { sipStatusCode, sipStatus }
    }
    const trunk = [...trunks.values()].find((t) => t.domainName?.toLowerCase() === host)
    if (!trunk) return answer(404, 'Not Found')
    const lists = trunkLists(trunk.sid)
    // Without a credential list (or IP ACL) Twilio accepts no termination call on the trunk.
    const ok = [...credentials.values()].some((c) => lists.has(c.credentialListSid) && c.username === inv.username && c.password === inv.password)
    if (!ok) return answer(403, 'Forbidden')
    if (!findIncomingNumber(inv.from)) return answer(403, 'Forbidden')
    if (!E164.test(inv.to)) return answer(484, 'Address Incomplete')
    return answer(200, 'OK')
  }

  // ---- HTTP plumbing -----------------------------------------------------------------------------

  function authorized(req: IncomingMessage): boolean {
    const m = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    if (!m) return false
    const decoded = Buffer.from(m[1], 'base64').toString('utf8')
    return decoded === `${accountSid}:${authToken}`
  }

  /** The host the SDK aimed at: x-twilio-host, or guessed from the path when a client sent none. */
  function targetHost(req: IncomingMessage, path: string): string {
    const h = req.headers['x-twilio-host']
    // TWILIO_EDGE/TWILIO_REGION in the environment make the SDK aim at `api.sydney.au1.twilio.com`: keep the product.
    if (typeof h === 'string' && h) return /\.twilio\.com(:\d+)?$/.test(h) ? `${h.split('.')[0]}.twilio.com` : h
    return path.startsWith('/2010-04-01/') ? API_HOST : path.startsWith('/v1/Trunks') ? TRUNKING_HOST : (req.headers.host ?? '')
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req)
    const u = new URL(req.url ?? '/', 'http://localhost')
    const path = u.pathname
    const host = targetHost(req, path)
    const method = (req.method ?? 'GET').toUpperCase()
    const contentType = req.headers['content-type'] ?? ''
    const record: TwilioRequestRecord = {
      method,
      host,
      path,
      query: parseForm(u.search.slice(1)),
      form: contentType.includes('application/x-www-form-urlencoded') ? parseForm(raw) : {},
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
    }
    requests.push(record)

    const send = (status: number, body?: unknown) => {
      record.status = status
      if (body === undefined) res.writeHead(status).end()
      else res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'twilio-request-id': twilioSid('RQ') }).end(JSON.stringify(body))
      for (const o of observers) o(record)
    }
    const error = (e: TwilioError) =>
      send(e.status, { code: e.code, message: e.message, more_info: `https://www.twilio.com/docs/errors/${e.code}`, status: e.status })

    if (!authorized(req)) return error(new TwilioError(401, 20003, 'Authenticate'))
    const ctx: Ctx = { method, host, path, query: record.query, form: record.form, params: [] }
    const matching = routes.filter((r) => r.host === host && r.pattern.test(path))
    if (!matching.length) return error(new TwilioError(404, 20404, `The requested resource ${path} was not found`))
    const r = matching.find((x) => x.method === method)
    if (!r) return error(new TwilioError(405, 20004, 'Method not allowed'))
    ctx.params = (r.pattern.exec(path) ?? []).slice(1)
    try {
      const answer = r.handler(ctx)
      send(answer.status, answer.body)
    } catch (err) {
      if (err instanceof TwilioError) return error(err)
      send(500, { code: 20500, message: String(err), more_info: 'https://www.twilio.com/docs/errors/20500', status: 500 })
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500).end(String(err))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    accountSid,
    authToken,
    env: { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_API_BASE_URL: url },
    requests,
    state: {
      incomingNumbers,
      trunks,
      originationUrls,
      credentialLists,
      credentials,
      trunkCredentialLists,
      terminationAttempts,
      addIncomingNumber,
      addTrunk,
      exhaustAreaCode: (areaCode) => void exhausted.add(areaCode),
      findIncomingNumber,
    },
    sipTermination,
    afterRequest: (fn) => void observers.push(fn),
    close: () => closeServer(server),
  }
}
