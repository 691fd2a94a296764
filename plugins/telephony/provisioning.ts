import type { FastifyBaseLogger } from 'fastify'
import {
  ListUpdate,
  RoomAgentDispatch,
  RoomConfiguration,
  SIPDispatchRule,
  SIPDispatchRuleIndividual,
  SIPDispatchRuleInfo,
  SIPOutboundTrunkInfo,
  SIPTransport,
} from '@livekit/protocol'
import type { SIPInboundTrunkInfo } from '@livekit/protocol'
import type { LiveKit } from '../../src/integrations/livekit.js'
import type { TwilioClient } from '../../src/integrations/twilio.js'
import type { PhoneNumberRow, TelephonyStore, WorkspaceTelephonyRow } from './store.js'
import { ensureCredentialList, newSipCredentials, type SipCredentials } from './sip-credentials.js'

/** Rooms LiveKit creates for inbound calls: `call-<caller>-<random>`; the agent sends `call-` rooms to inbound start. */
export const INBOUND_ROOM_PREFIX = 'call-'

export interface Step {
  name: string
  ok: boolean
  detail: string
}

export const expectedOriginationUrl = (sipEndpoint: string | undefined) => (sipEndpoint ? `sip:${sipEndpoint};transport=tls` : null)

/** Names Twilio accepts for a trunk domain (`<label>.pstn.twilio.com`), unique per workspace. */
export const trunkDomainFor = (workspaceId: string) => `rapidcall-${workspaceId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pstn.twilio.com`
export const trunkNameFor = (workspaceId: string) => `RapidCall ${workspaceId}`
export const inboundTrunkNameFor = (workspaceId: string) => `rapidcall-${workspaceId}-inbound`
export const outboundTrunkNameFor = (workspaceId: string) => `rapidcall-${workspaceId}-outbound`
export const dispatchRuleNameFor = (workspaceId: string) => `rapidcall-${workspaceId}-inbound`

const isNotFound = (err: unknown) => {
  const e = err as { status?: number; code?: unknown }
  return e?.status === 404 || e?.code === 'not_found' || e?.code === 20404
}

export const describeError = (err: unknown) => {
  const e = err as { message?: string; code?: unknown; status?: number }
  return [e?.message ?? String(err), e?.code !== undefined ? `(code ${String(e.code)})` : ''].filter(Boolean).join(' ')
}

export interface ProvisionContext {
  twilio: TwilioClient
  livekit: LiveKit
  store: TelephonyStore
  sipEndpoint: string | undefined
  agentName: string
  log: FastifyBaseLogger
}

/** The dispatch rule's facts the doctor and reprovision judge it by. */
export function describeDispatchRule(rule: SIPDispatchRuleInfo) {
  const individual = rule.rule?.rule.case === 'dispatchRuleIndividual' ? rule.rule.rule.value : undefined
  const callee = rule.rule?.rule.case === 'dispatchRuleCallee' ? rule.rule.rule.value : undefined
  return {
    id: rule.sipDispatchRuleId,
    kind: rule.rule?.rule.case ?? 'none',
    roomPrefix: individual?.roomPrefix ?? callee?.roomPrefix ?? null,
    agentNames: (rule.roomConfig?.agents ?? []).map((a) => a.agentName),
    trunkIds: rule.trunkIds,
  }
}

/** A rule applies to a trunk when it lists it, or lists no trunk at all ("All numbers and trunks"). */
export const ruleAppliesTo = (rule: SIPDispatchRuleInfo, trunkId: string) => rule.trunkIds.length === 0 || rule.trunkIds.includes(trunkId)

function desiredDispatchRule(workspaceId: string, inboundTrunkId: string, agentName: string) {
  return new SIPDispatchRuleInfo({
    name: dispatchRuleNameFor(workspaceId),
    trunkIds: [inboundTrunkId],
    rule: new SIPDispatchRule({ rule: { case: 'dispatchRuleIndividual', value: new SIPDispatchRuleIndividual({ roomPrefix: INBOUND_ROOM_PREFIX }) } }),
    roomConfig: new RoomConfiguration({ agents: [new RoomAgentDispatch({ agentName })] }),
  })
}

/**
 * Brings Twilio and LiveKit in line with what one number needs, step by step. Each step reads
 * first and writes only what differs, so running it again creates nothing. A failed step is
 * reported and the steps that do not depend on it still run.
 *
 * SIP credentials: LiveKit's outbound trunk authenticates its INVITEs to Twilio termination with
 * the workspace's generated credentials, which a credential list on the trunk must hold (Twilio
 * refuses every outbound call otherwise). `rotateCredentials` adds new credentials to that list,
 * switches LiveKit to them, and only then removes the old ones: dialling works at every step, and
 * an interrupted rotation resumes on the next reprovision.
 */
export async function reprovisionNumber(ctx: ProvisionContext, number: PhoneNumberRow, opts: { rotateCredentials?: boolean } = {}): Promise<{ steps: Step[]; ids: { twilioSid: string | null; twilioTrunkSid: string | null; inboundTrunkId: string | null; outboundTrunkId: string | null; onTrunk: boolean } }> {
  const { twilio, livekit, store, log } = ctx
  const ws = number.workspace_id
  const settings = await store.workspaceSettings(ws)
  const steps: Step[] = []
  const mark = (name: string, ok: boolean, detail: string) => {
    steps.push({ name, ok, detail })
    ;(ok ? log.info : log.warn).call(log, { step: name, ok, e164: number.e164 }, `[reprovision-outbound] ${ok ? '✓' : '✗'} ${name}: ${detail}`)
  }
  const run = async <T>(name: string, fn: () => Promise<{ detail: string; value: T }>): Promise<T | undefined> => {
    try {
      const { detail, value } = await fn()
      mark(name, true, detail)
      return value
    } catch (err) {
      mark(name, false, describeError(err))
      return undefined
    }
  }
  const workspaceNumbers = (await store.all(ws)).map((n) => n.e164)
  if (!workspaceNumbers.includes(number.e164)) workspaceNumbers.push(number.e164)

  log.info({ e164: number.e164, workspaceId: ws }, `[reprovision-outbound] Reprovisioning ${number.e164}`)

  // 1. The workspace's Elastic SIP trunk.
  const trunk = await run('twilio_trunk', () => ensureTwilioTrunk(twilio, settings))
  if (trunk) await store.saveWorkspaceSettings(ws, { twilio_trunk_sid: trunk.sid, twilio_trunk_domain: trunk.domainName })

  // 1b. Termination credentials: the credential list LiveKit's INVITEs must match.
  const current: SipCredentials = { username: settings.sip_username, password: settings.sip_password }
  let next: SipCredentials | undefined = settings.sip_next_username ? { username: settings.sip_next_username, password: settings.sip_next_password! } : undefined
  if (opts.rotateCredentials && !next) {
    next = newSipCredentials()
    await store.beginSipRotation(ws, next)
  }
  let dialWith = current
  let credentialListSid: string | undefined
  if (trunk) {
    const accept = next ? [current, next] : [current]
    credentialListSid = await run('twilio_credential_list', () =>
      ensureCredentialList(twilio, { workspaceId: ws, trunkSid: trunk.sid, listSid: settings.twilio_credential_list_sid, accept, retire: !next }),
    )
    if (credentialListSid) {
      await store.saveWorkspaceSettings(ws, { twilio_credential_list_sid: credentialListSid })
      // Twilio now accepts the next credentials too: LiveKit may switch.
      if (next) dialWith = next
    }
  } else {
    mark('twilio_credential_list', false, 'skipped: no Twilio trunk')
  }

  // 2. Origination: where Twilio sends inbound calls on this trunk.
  const expected = expectedOriginationUrl(ctx.sipEndpoint)
  if (!expected) {
    log.warn('[reprovision-outbound] LIVEKIT_SIP_ENDPOINT is not set')
    mark('twilio_origination', false, 'LIVEKIT_SIP_ENDPOINT is not set: set it on the API (the LiveKit SIP host only, e.g. 25f6q0vix3k.sip.livekit.cloud), restart, and reprovision')
  } else if (!trunk) {
    mark('twilio_origination', false, 'skipped: no Twilio trunk')
  } else {
    log.info(`[reprovision-outbound] Setting Twilio trunk origination for inbound: ${expected}`)
    const ok = await run('twilio_origination', () => ensureOrigination(twilio, trunk.sid, expected))
    if (ok !== undefined) log.info('[reprovision-outbound] ✓ Origination URI set')
  }

  // 3. The number on the trunk (Twilio then ignores its Voice URL and uses the origination URI).
  let twilioSid: string | null = number.twilio_sid
  let onTrunk = false
  if (trunk) {
    const assoc = await run('twilio_number_on_trunk', async () => {
      const incoming = await findIncomingNumber(twilio, number)
      if (!incoming) throw new Error(`${number.e164} is not a number of this Twilio account (TWILIO_ACCOUNT_SID): import it there or buy a new one`)
      twilioSid = incoming.sid
      if (incoming.trunkSid === trunk.sid) return { detail: `${number.e164} is already on trunk ${trunk.sid}`, value: true }
      await twilio.trunking.v1.trunks(trunk.sid).phoneNumbers.create({ phoneNumberSid: incoming.sid })
      return { detail: `${number.e164} associated with trunk ${trunk.sid}`, value: true }
    })
    onTrunk = assoc === true
  } else {
    mark('twilio_number_on_trunk', false, 'skipped: no Twilio trunk')
  }

  // 4. LiveKit inbound trunk listing the workspace's numbers.
  const inbound = await run('livekit_inbound_trunk', () => ensureInboundTrunk(livekit, settings, workspaceNumbers, number.e164))
  if (inbound) await store.saveWorkspaceSettings(ws, { livekit_inbound_trunk_id: inbound })

  // 5. LiveKit outbound trunk dialling out through Twilio termination.
  let outbound: string | undefined
  if (trunk?.domainName) {
    outbound = await run('livekit_outbound_trunk', () => ensureOutboundTrunk(livekit, settings, dialWith, trunk.domainName!, workspaceNumbers, number.e164))
    if (outbound) await store.saveWorkspaceSettings(ws, { livekit_outbound_trunk_id: outbound })
    if (outbound && next && dialWith === next) {
      // LiveKit dials with the next credentials: they become current, and the old ones can go.
      await store.finishSipRotation(ws, next)
      const retired = next
      await run('twilio_credential_retire', () =>
        ensureCredentialList(twilio, { workspaceId: ws, trunkSid: trunk.sid, listSid: credentialListSid ?? null, accept: [retired] }),
      )
    }
  } else {
    mark('livekit_outbound_trunk', false, 'skipped: no Twilio trunk domain to dial through')
  }

  // 6. The dispatch rule that puts the agent in each inbound room.
  if (inbound) {
    const rule = await run('livekit_dispatch_rule', () => ensureDispatchRule(livekit, settings, inbound, ctx.agentName))
    if (rule) await store.saveWorkspaceSettings(ws, { livekit_dispatch_rule_id: rule })
  } else {
    mark('livekit_dispatch_rule', false, 'skipped: no LiveKit inbound trunk')
  }

  return {
    steps,
    ids: { twilioSid, twilioTrunkSid: trunk?.sid ?? null, inboundTrunkId: inbound ?? null, outboundTrunkId: outbound ?? null, onTrunk },
  }
}

interface TrunkFacts {
  sid: string
  domainName: string | null
}

async function ensureTwilioTrunk(twilio: TwilioClient, s: WorkspaceTelephonyRow): Promise<{ detail: string; value: TrunkFacts }> {
  const domain = trunkDomainFor(s.workspace_id)
  let found: TrunkFacts | undefined
  if (s.twilio_trunk_sid) {
    try {
      const t = await twilio.trunking.v1.trunks(s.twilio_trunk_sid).fetch()
      found = { sid: t.sid, domainName: t.domainName }
    } catch (err) {
      // After moving to another Twilio account the stored trunk is gone: find or create one there.
      if (!isNotFound(err)) throw err
    }
  }
  if (!found) {
    const all = await twilio.trunking.v1.trunks.list({ limit: 1000 })
    const t = all.find((x) => x.domainName === domain || x.friendlyName === trunkNameFor(s.workspace_id))
    if (t) found = { sid: t.sid, domainName: t.domainName }
  }
  if (!found) {
    const t = await twilio.trunking.v1.trunks.create({ friendlyName: trunkNameFor(s.workspace_id), domainName: domain })
    return { detail: `created trunk ${t.sid} (${t.domainName})`, value: { sid: t.sid, domainName: t.domainName } }
  }
  if (!found.domainName) {
    const t = await twilio.trunking.v1.trunks(found.sid).update({ domainName: domain })
    return { detail: `trunk ${t.sid}: termination domain set to ${t.domainName}`, value: { sid: t.sid, domainName: t.domainName } }
  }
  return { detail: `trunk ${found.sid} (${found.domainName}) exists`, value: found }
}

async function ensureOrigination(twilio: TwilioClient, trunkSid: string, expected: string): Promise<{ detail: string; value: true }> {
  const api = twilio.trunking.v1.trunks(trunkSid).originationUrls
  const urls = await api.list({ limit: 100 })
  const good = urls.find((u) => u.sipUrl === expected)
  const stale = urls.filter((u) => u !== good)
  const changes: string[] = []
  if (good && !good.enabled) {
    await api(good.sid).update({ enabled: true })
    changes.push(`enabled ${expected}`)
  }
  if (!good) {
    // A stale URI (old LiveKit project, old account) is repointed rather than left to share the load.
    const reuse = stale.shift()
    if (reuse) {
      await api(reuse.sid).update({ sipUrl: expected, enabled: true })
      changes.push(`changed ${reuse.sipUrl} to ${expected}`)
    } else {
      await api.create({ friendlyName: 'LiveKit SIP', sipUrl: expected, weight: 1, priority: 1, enabled: true })
      changes.push(`added ${expected}`)
    }
  }
  for (const u of stale) {
    await api(u.sid).remove()
    changes.push(`removed ${u.sipUrl}`)
  }
  return { detail: changes.length ? changes.join('; ') : `origination is ${expected}`, value: true }
}

async function findIncomingNumber(twilio: TwilioClient, n: PhoneNumberRow) {
  if (n.twilio_sid) {
    try {
      return await twilio.incomingPhoneNumbers(n.twilio_sid).fetch()
    } catch (err) {
      if (!isNotFound(err)) throw err
    }
  }
  const [found] = (await twilio.incomingPhoneNumbers.list({ phoneNumber: n.e164, limit: 20 })).filter((x) => x.phoneNumber === n.e164)
  return found
}

async function findInboundTrunk(livekit: LiveKit, s: WorkspaceTelephonyRow): Promise<SIPInboundTrunkInfo | undefined> {
  if (s.livekit_inbound_trunk_id) {
    const [t] = await livekit.sip.listSipInboundTrunk({ trunkIds: [s.livekit_inbound_trunk_id] })
    if (t) return t
  }
  return (await livekit.sip.listSipInboundTrunk()).find((t) => t.name === inboundTrunkNameFor(s.workspace_id))
}

async function ensureInboundTrunk(livekit: LiveKit, s: WorkspaceTelephonyRow, numbers: string[], e164: string): Promise<{ detail: string; value: string }> {
  const t = await findInboundTrunk(livekit, s)
  if (!t) {
    const made = await livekit.sip.createSipInboundTrunk(inboundTrunkNameFor(s.workspace_id), numbers)
    return { detail: `created inbound trunk ${made.sipTrunkId} for ${numbers.join(', ')}`, value: made.sipTrunkId }
  }
  const missing = numbers.filter((n) => !t.numbers.includes(n))
  if (missing.length) {
    await livekit.sip.updateSipInboundTrunkFields(t.sipTrunkId, { numbers: new ListUpdate({ add: missing }) })
    return { detail: `inbound trunk ${t.sipTrunkId}: added ${missing.join(', ')}`, value: t.sipTrunkId }
  }
  return { detail: `inbound trunk ${t.sipTrunkId} lists ${e164}`, value: t.sipTrunkId }
}

async function ensureOutboundTrunk(livekit: LiveKit, s: WorkspaceTelephonyRow, creds: SipCredentials, address: string, numbers: string[], e164: string): Promise<{ detail: string; value: string }> {
  let t: SIPOutboundTrunkInfo | undefined
  if (s.livekit_outbound_trunk_id) [t] = await livekit.sip.listSipOutboundTrunk({ trunkIds: [s.livekit_outbound_trunk_id] })
  t ??= (await livekit.sip.listSipOutboundTrunk()).find((x) => x.name === outboundTrunkNameFor(s.workspace_id))
  if (!t) {
    const made = await livekit.sip.createSipOutboundTrunk(outboundTrunkNameFor(s.workspace_id), address, numbers, {
      transport: SIPTransport.SIP_TRANSPORT_AUTO,
      authUsername: creds.username,
      authPassword: creds.password,
    })
    return { detail: `created outbound trunk ${made.sipTrunkId} via ${address}`, value: made.sipTrunkId }
  }
  if (t.address !== address || t.authUsername !== creds.username) {
    // Address and credentials change together after a Twilio account move: replace the trunk's settings in place.
    const next = t.clone()
    next.address = address
    next.numbers = [...new Set([...t.numbers, ...numbers])]
    next.authUsername = creds.username
    next.authPassword = creds.password
    await livekit.sip.updateSipOutboundTrunk(t.sipTrunkId, next)
    return { detail: `outbound trunk ${t.sipTrunkId}: now dials ${address} as ${creds.username}`, value: t.sipTrunkId }
  }
  const missing = numbers.filter((n) => !t.numbers.includes(n))
  if (missing.length) {
    await livekit.sip.updateSipOutboundTrunkFields(t.sipTrunkId, { numbers: new ListUpdate({ add: missing }) })
    return { detail: `outbound trunk ${t.sipTrunkId}: added ${missing.join(', ')}`, value: t.sipTrunkId }
  }
  return { detail: `outbound trunk ${t.sipTrunkId} dials ${address} as ${e164}`, value: t.sipTrunkId }
}

async function ensureDispatchRule(livekit: LiveKit, s: WorkspaceTelephonyRow, inboundTrunkId: string, agentName: string): Promise<{ detail: string; value: string }> {
  const rules = await livekit.sip.listSipDispatchRule()
  const own =
    rules.find((r) => r.sipDispatchRuleId === s.livekit_dispatch_rule_id) ??
    rules.find((r) => r.name === dispatchRuleNameFor(s.workspace_id)) ??
    rules.find((r) => r.trunkIds.includes(inboundTrunkId))
  const desired = desiredDispatchRule(s.workspace_id, inboundTrunkId, agentName)
  if (!own) {
    const made = await livekit.sip.createSipDispatchRule(
      { type: 'individual', roomPrefix: INBOUND_ROOM_PREFIX },
      { name: desired.name, trunkIds: desired.trunkIds, roomConfig: desired.roomConfig },
    )
    return { detail: `created dispatch rule ${made.sipDispatchRuleId} (individual, prefix ${INBOUND_ROOM_PREFIX}, agent ${agentName})`, value: made.sipDispatchRuleId }
  }
  const d = describeDispatchRule(own)
  const right =
    d.kind === 'dispatchRuleIndividual' && d.roomPrefix === INBOUND_ROOM_PREFIX && d.agentNames.length === 1 && d.agentNames[0] === agentName && own.trunkIds.includes(inboundTrunkId)
  if (right) return { detail: `dispatch rule ${own.sipDispatchRuleId} dispatches ${agentName} to ${INBOUND_ROOM_PREFIX} rooms`, value: own.sipDispatchRuleId }
  const next = own.clone()
  next.rule = desired.rule
  next.roomConfig = desired.roomConfig
  next.trunkIds = [...new Set([...own.trunkIds, inboundTrunkId])]
  if (!next.name) next.name = desired.name
  await livekit.sip.updateSipDispatchRule(own.sipDispatchRuleId, next)
  return {
    detail: `dispatch rule ${own.sipDispatchRuleId} corrected (was ${d.kind}, prefix ${d.roomPrefix ?? 'none'}, agents [${d.agentNames.join(', ')}])`,
    value: own.sipDispatchRuleId,
  }
}
