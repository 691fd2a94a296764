import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { SIPDispatchRuleInfo, SIPInboundTrunkInfo } from '@livekit/protocol'
import type { Config } from '../../src/config.js'
import type { LiveKit } from '../../src/integrations/livekit.js'
import type { TwilioClient } from '../../src/integrations/twilio.js'
import { errors, ref } from '../../schemas/common.js'
import { DiagnosticsParams, InboundDiagnostics } from '../../schemas/telephony.js'
import type { AgentStore } from '../agents/index.js'
import type { CallStore } from '../calls/index.js'
import { describeDispatchRule, describeError, expectedOriginationUrl, INBOUND_ROOM_PREFIX, ruleAppliesTo } from './provisioning.js'
import type { TelephonyStore } from './store.js'

type Check = InboundDiagnostics['checks'][number]

export interface DiagnosticsDeps {
  config: Config
  store: TelephonyStore
  agents: AgentStore
  calls: CallStore
  twilio?: TwilioClient
  livekit?: LiveKit
}

const REPROVISION = 'Dashboard → Phone Numbers → ⋮ → Reprovision (POST /api/phone-numbers/:id/reprovision)'

/**
 * The seed's inbound checklist, answered from the live Twilio and LiveKit state: each failing
 * check says which dashboard step or environment variable fixes it. Shared by the
 * inbound-diagnostics route and `npm run doctor`.
 */
export async function inboundDiagnostics(deps: DiagnosticsDeps, workspaceId: string): Promise<InboundDiagnostics> {
  const { config, store, twilio, livekit } = deps
  const sipEndpoint = config.livekit.sipEndpoint ?? null
  const agentName = config.livekit.agentName
  const expected = expectedOriginationUrl(config.livekit.sipEndpoint)
  const checks: Check[] = []
  const check = (name: string, ok: boolean, message: string, fix?: string) => checks.push(ok || !fix ? { name, ok, message } : { name, ok, message, fix })

  const [settings, numbers, last] = await Promise.all([store.findWorkspaceSettings(workspaceId), store.all(workspaceId), deps.calls.lastInbound(workspaceId)])
  const agentNames = new Map<string, string>()
  for (const id of new Set(numbers.map((n) => n.inbound_agent_id).filter((x): x is string => !!x))) {
    const a = await deps.agents.find(workspaceId, id)
    if (a) agentNames.set(id, a.name)
  }
  check('livekit_sip_endpoint', !!sipEndpoint,
    sipEndpoint ? `LIVEKIT_SIP_ENDPOINT is ${sipEndpoint}` : 'LIVEKIT_SIP_ENDPOINT is not set: Twilio has nowhere to send inbound calls',
    'Set LIVEKIT_SIP_ENDPOINT on the API to your LiveKit SIP host only (e.g. 25f6q0vix3k.sip.livekit.cloud, no sip: or port; LiveKit Cloud → Settings → SIP URI), restart the API, then ' + REPROVISION)

  check('phone_numbers', numbers.length > 0,
    numbers.length ? `${numbers.length} number(s): ${list(numbers.map((n) => n.e164))}` : 'The workspace has no phone numbers',
    'Dashboard → Phone Numbers → Add: import your Twilio number (or buy one), then Reprovision it')

  // ---- Twilio: trunk, origination, numbers on the trunk
  let originationUrls: string[] = []
  const onTwilioTrunk = new Map<string, boolean>()
  const trunkSid = settings?.twilio_trunk_sid ?? null
  if (!twilio) {
    check('twilio_trunk', false, 'Twilio is not configured: the trunk cannot be checked', 'Set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN on the API and restart it')
  } else if (!trunkSid) {
    check('twilio_trunk', false, 'No Twilio Elastic SIP trunk has been set up for this workspace', REPROVISION)
  } else {
    try {
      const trunk = twilio.trunking.v1.trunks(trunkSid)
      const [t, urls, trunkNumbers] = await Promise.all([trunk.fetch(), trunk.originationUrls.list({ limit: 100 }), trunk.phoneNumbers.list({ limit: 1000 })])
      originationUrls = urls.filter((u) => u.enabled).map((u) => u.sipUrl)
      const disabled = urls.filter((u) => !u.enabled).map((u) => u.sipUrl)
      check('twilio_trunk', true, `Twilio trunk ${t.sid} (${t.domainName ?? 'no termination domain'})`)
      const onTrunk = new Set(trunkNumbers.map((n) => n.phoneNumber))
      for (const n of numbers) onTwilioTrunk.set(n.id, onTrunk.has(n.e164))
      if (expected) {
        const ok = originationUrls.includes(expected)
        const wrong = originationUrls.filter((u) => u !== expected)
        check('twilio_origination', ok && wrong.length === 0,
          ok && !wrong.length
            ? `Origination URI is ${expected}`
            : originationUrls.length
              ? `Origination URI is ${list(originationUrls)}, expected only ${expected}`
              : `The trunk has no enabled origination URI${disabled.length ? ` (disabled: ${list(disabled)})` : ''}: inbound calls fail with a trunking error`,
          `Twilio Console → Elastic SIP Trunking → ${t.friendlyName ?? t.sid} → Origination: set the URI to ${expected} (and remove others), or ${REPROVISION}`)
      } else {
        check('twilio_origination', false, `Cannot tell which origination URI is right while LIVEKIT_SIP_ENDPOINT is unset (the trunk has ${list(originationUrls) || 'none'})`,
          'Set LIVEKIT_SIP_ENDPOINT on the API, restart, then ' + REPROVISION)
      }
      const off = numbers.filter((n) => !onTrunk.has(n.e164)).map((n) => n.e164)
      check('numbers_on_twilio_trunk', numbers.length > 0 && off.length === 0,
        off.length ? `Not on the trunk: ${list(off)} (their calls go to the number's Voice URL instead)` : numbers.length ? 'Every number is on the trunk' : 'No numbers',
        `Twilio Console → Elastic SIP Trunking → ${t.friendlyName ?? t.sid} → Numbers → Add ${list(off)}, or ${REPROVISION}`)
    } catch (err) {
      check('twilio_trunk', false, `Twilio trunk ${trunkSid} could not be read: ${describeError(err)}`,
        `If the Twilio account changed, ${REPROVISION}; otherwise check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN`)
    }
  }

  // ---- LiveKit: inbound trunk numbers, dispatch rule
  const inLiveKit = new Map<string, boolean>()
  let inboundTrunkId = settings?.livekit_inbound_trunk_id ?? null
  if (!livekit) {
    check('livekit_inbound_trunk', false, 'LiveKit is not configured: trunks and dispatch rules cannot be checked', 'Set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET on the API and restart it')
  } else {
    try {
      const [trunks, rules] = await Promise.all([livekit.sip.listSipInboundTrunk(), livekit.sip.listSipDispatchRule()])
      const trunkOf = (e164: string): SIPInboundTrunkInfo | undefined => trunks.find((t) => t.numbers.includes(e164))
      for (const n of numbers) inLiveKit.set(n.id, !!trunkOf(n.e164))
      const missing = numbers.filter((n) => !inLiveKit.get(n.id)).map((n) => n.e164)
      const used = [...new Set(numbers.map((n) => trunkOf(n.e164)?.sipTrunkId).filter((x): x is string => !!x))]
      inboundTrunkId = used[0] ?? inboundTrunkId
      check('livekit_inbound_trunk', numbers.length > 0 && missing.length === 0,
        missing.length ? `No LiveKit inbound trunk lists ${list(missing)}: LiveKit rejects their calls` : numbers.length ? `Inbound trunk ${list(used)} lists every number` : 'No numbers',
        `LiveKit Cloud → your project → Telephony → SIP trunks → Inbound${inboundTrunkId ? ` → ${inboundTrunkId}` : ''} → Numbers: add ${list(missing)}, or ${REPROVISION}`)

      checks.push(...dispatchRuleChecks(rules, used.length ? used : inboundTrunkId ? [inboundTrunkId] : [], agentName))
    } catch (err) {
      check('livekit_inbound_trunk', false, `LiveKit SIP could not be read: ${describeError(err)}`, 'Check LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET (the key needs SIP admin)')
    }
  }

  // ---- RapidCall side: inbound agents, agent secret, the agent's last visit
  const noAgent = numbers.filter((n) => !n.inbound_agent_id || !agentNames.has(n.inbound_agent_id)).map((n) => n.e164)
  check('inbound_agents', numbers.length > 0 && noAgent.length === 0,
    noAgent.length ? `No inbound agent on ${list(noAgent)}: callers hear "This number is not configured for inbound calls…"` : numbers.length ? 'Every number has an inbound agent' : 'No numbers',
    `Dashboard → Phone Numbers → open ${list(noAgent)} → Inbound agent: pick your voice agent (PATCH /api/phone-numbers/:id {inboundAgentId})`)

  check('agent_shared_secret', config.agentSecrets.length > 0,
    config.agentSecrets.length ? 'AGENT_SHARED_SECRET is set' : 'AGENT_SHARED_SECRET is not set: the agent cannot fetch its config (inbound start answers 503)',
    'Set AGENT_SHARED_SECRET on the API and the same value on the Python agent, then restart both')

  check('agent_reached_api', !!last,
    last ? `The agent last called inbound start at ${last.started_at.toISOString()} (room ${last.room_name ?? '?'}, to ${last.to_number ?? '?'})` : 'The agent has never called inbound start for this workspace',
    'Place a test call and watch the API logs for [internal.telephony.inbound.start]; if it never appears, check the agent\'s SERVER_BASE_URL, AGENT_SHARED_SECRET and LIVEKIT_AGENT_NAME (README → Troubleshooting → the curl test)')

  return {
    LIVEKIT_SIP_ENDPOINT: sipEndpoint,
    LIVEKIT_AGENT_NAME: agentName,
    expectedOriginationSipUrl: expected,
    originationUrls,
    twilioTrunkSid: trunkSid,
    livekitInboundTrunkId: inboundTrunkId,
    lastInboundStartAt: last?.started_at.toISOString() ?? null,
    numbers: numbers.map((n) => ({
      id: n.id,
      e164: n.e164,
      status: n.status,
      inboundAgentId: n.inbound_agent_id,
      inboundAgentName: n.inbound_agent_id ? (agentNames.get(n.inbound_agent_id) ?? null) : null,
      onTwilioTrunk: onTwilioTrunk.get(n.id) ?? null,
      inLiveKitInboundTrunk: inLiveKit.get(n.id) ?? null,
    })),
    checks,
  }
}

/** LiveKit uses the rule that names the trunk, else an "All numbers and trunks" rule. */
function dispatchRuleChecks(rules: SIPDispatchRuleInfo[], trunkIds: string[], agentName: string): Check[] {
  const where = 'LiveKit Cloud → your project → Telephony → Dispatch rules'
  if (!trunkIds.length) {
    return [{ name: 'dispatch_rule', ok: false, message: 'No LiveKit inbound trunk to match a dispatch rule against', fix: REPROVISION }]
  }
  const out: Check[] = []
  for (const trunkId of trunkIds) {
    const rule = rules.find((r) => r.trunkIds.includes(trunkId)) ?? rules.find((r) => ruleAppliesTo(r, trunkId))
    if (!rule) {
      out.push({ name: 'dispatch_rule', ok: false, message: `No dispatch rule applies to inbound trunk ${trunkId}: LiveKit never dispatches the agent`, fix: `${where} → Create: trunk ${trunkId}, Caller (individual), room prefix ${INBOUND_ROOM_PREFIX}, Agents: ${agentName}; or ${REPROVISION}` })
      continue
    }
    const d = describeDispatchRule(rule)
    const ref = `${where} → ${rule.name || d.id}`
    out.push({ name: 'dispatch_rule', ok: true, message: `Dispatch rule ${d.id} applies to trunk ${trunkId}${d.trunkIds.length ? '' : ' (all trunks)'}` })
    const prefixOk = d.kind === 'dispatchRuleIndividual' && d.roomPrefix === INBOUND_ROOM_PREFIX
    out.push(prefixOk
      ? { name: 'dispatch_rule_room_prefix', ok: true, message: `Caller (individual) rule with room prefix ${INBOUND_ROOM_PREFIX}` }
      : { name: 'dispatch_rule_room_prefix', ok: false, message: `Dispatch rule ${d.id} is ${d.kind} with room prefix ${JSON.stringify(d.roomPrefix)}; the agent expects Caller (individual) rooms starting with ${INBOUND_ROOM_PREFIX}`, fix: `${ref} → Rule type: Caller (individual), Room prefix: ${INBOUND_ROOM_PREFIX}; or ${REPROVISION}` })
    const exact = d.agentNames.includes(agentName)
    const nearly = d.agentNames.find((n) => n.toLowerCase() === agentName.toLowerCase())
    out.push(exact
      ? { name: 'dispatch_rule_agent_name', ok: true, message: `Dispatch rule ${d.id} dispatches agent ${agentName}` }
      : {
          name: 'dispatch_rule_agent_name',
          ok: false,
          message: d.agentNames.length
            ? `Dispatch rule ${d.id} dispatches agent ${list(d.agentNames)} but LIVEKIT_AGENT_NAME is ${agentName}${nearly ? ' (names are case-sensitive)' : ''}: the agent is never dispatched`
            : `Dispatch rule ${d.id} names no agent: no agent is dispatched`,
          fix: `${ref} → Room configuration → Agents: set the agent name to exactly ${agentName} (it must equal LIVEKIT_AGENT_NAME on the agent and the API); or ${REPROVISION}`,
        })
  }
  return out
}

const list = (xs: string[]) => xs.join(', ')

export default async function diagnosticsRoutes(fastify: FastifyInstance, opts: { diagnose: (workspaceId: string) => Promise<InboundDiagnostics> }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  app.get('/workspaces/:workspaceId/inbound-diagnostics', {
    onRequest: app.requireWorkspaceRole(),
    schema: {
      tags: ['workspaces'], security: [{ bearerAuth: [] }], operationId: 'getInboundDiagnostics',
      summary: 'The inbound routing doctor: what is wrong with inbound calls, and what fixes it',
      description:
        'Reads the live Twilio trunk (origination, numbers) and LiveKit SIP (inbound trunks, dispatch rules), the numbers and the ' +
        'calls table. Each entry of `checks` with `ok: false` carries a `fix`: the dashboard step or environment variable to change. ' +
        'Same report on the command line: `npm run doctor -- --workspace <id>`.',
      params: DiagnosticsParams,
      response: { 200: ref(InboundDiagnostics), ...errors(400, 401, 403, 404) },
    },
  }, async (req) => opts.diagnose(req.params.workspaceId))
}
