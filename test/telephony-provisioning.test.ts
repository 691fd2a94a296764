import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { startTelephonyApp, type TelephonyTestApp } from './helpers/telephony.js'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup } from './helpers/users.js'
import type { LiveKitTestServer } from './helpers/livekit.js'
import { formatReport } from '../src/cli/doctor.js'

const SIP_ENDPOINT = 'test123.sip.livekit.cloud'
const EXPECTED_ORIGINATION = `sip:${SIP_ENDPOINT};transport=tls`
const NUMBER = '+17073808675'

type Setup = TelephonyTestApp

const setup = (t: { after: (fn: () => Promise<void>) => void }, env: Record<string, string | undefined> = {}): Promise<Setup> =>
  startTelephonyApp(t, env)

async function importAndReprovision(s: Setup, e164 = NUMBER) {
  s.twilio.state.addIncomingNumber(e164)
  const created = await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: s.owner.headers, payload: { e164 } })
  assert.equal(created.statusCode, 201, created.body)
  const reprovision = await s.app.inject({ method: 'POST', url: `/api/phone-numbers/${created.json().id}/reprovision`, headers: s.owner.headers })
  assert.equal(reprovision.statusCode, 200, reprovision.body)
  return { number: created.json(), steps: reprovision.json().steps as { name: string; ok: boolean; detail: string }[] }
}

const diagnose = async (s: Setup) => {
  const res = await s.app.inject({ method: 'GET', url: `/api/workspaces/${s.owner.workspaceId}/inbound-diagnostics`, headers: s.owner.headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json() as { checks: { name: string; ok: boolean; message: string; fix?: string }[]; originationUrls: string[]; expectedOriginationSipUrl: string; numbers: { e164: string; onTwilioTrunk: boolean; inLiveKitInboundTrunk: boolean }[] }
}
const failing = (d: Awaited<ReturnType<typeof diagnose>>) => d.checks.filter((c) => !c.ok)

async function inboundStart(app: FastifyInstance, livekit: LiveKitTestServer, roomName: string, to = NUMBER) {
  // LiveKit creates the room (and the caller joins it) before dispatching the agent.
  livekit.addParticipant(roomName, { identity: 'sip_+3710000000', kind: 'SIP' })
  return app.inject({ method: 'POST', url: '/api/internal/telephony/inbound/start', headers: { 'x-agent-secret': TEST_AGENT_SECRET }, payload: { roomName, to, from: '+3710000000' } })
}

test('import -> reprovision twice (nothing duplicated) -> inbound agent -> inbound start -> doctor all green', async (t) => {
  const s = await setup(t)
  const { number, steps } = await importAndReprovision(s)
  assert.equal(number.status, 'pending')
  assert.equal(number.onTrunk, false)
  assert.deepEqual(steps.map((x) => [x.name, x.ok]), [
    ['twilio_trunk', true], ['twilio_credential_list', true], ['twilio_origination', true], ['twilio_number_on_trunk', true],
    ['livekit_inbound_trunk', true], ['livekit_outbound_trunk', true], ['livekit_dispatch_rule', true],
  ])
  assert.ok(s.logs.messages.includes(`[reprovision-outbound] Setting Twilio trunk origination for inbound: ${EXPECTED_ORIGINATION}`))
  assert.ok(s.logs.messages.includes('[reprovision-outbound] ✓ Origination URI set'))

  // What Twilio and LiveKit now hold.
  const [trunk] = [...s.twilio.state.trunks.values()]
  assert.equal(s.twilio.state.trunks.size, 1)
  assert.match(trunk.domainName ?? '', /^rapidcall-ws-[a-z0-9-]+\.pstn\.twilio\.com$/)
  assert.deepEqual([...s.twilio.state.originationUrls.values()].map((o) => [o.sipUrl, o.enabled]), [[EXPECTED_ORIGINATION, true]])
  assert.equal(s.twilio.state.findIncomingNumber(NUMBER)?.trunkSid, trunk.sid)
  const [inbound] = [...s.livekit.state.inboundTrunks.values()]
  assert.deepEqual(inbound.numbers, [NUMBER])
  const [outbound] = [...s.livekit.state.outboundTrunks.values()]
  assert.equal(outbound.address, trunk.domainName)
  assert.deepEqual(outbound.numbers, [NUMBER])
  assert.ok(outbound.authUsername && outbound.authPassword, 'outbound trunk authenticates at Twilio termination')
  const [rule] = [...s.livekit.state.dispatchRules.values()]
  assert.deepEqual(rule.trunkIds, [inbound.sipTrunkId])
  assert.equal(rule.rule?.rule.case, 'dispatchRuleIndividual')
  assert.equal((rule.rule?.rule.value as { roomPrefix: string }).roomPrefix, 'call-')
  assert.deepEqual(rule.roomConfig?.agents.map((a) => a.agentName), ['VoiceAgent'])

  // Second run: reads only, writes nothing anywhere.
  const twilioBefore = s.twilio.requests.length
  const livekitBefore = s.livekit.requests.length
  const again = await s.app.inject({ method: 'POST', url: `/api/phone-numbers/${number.id}/reprovision`, headers: s.owner.headers })
  assert.equal(again.statusCode, 200)
  assert.ok(again.json().steps.every((x: { ok: boolean }) => x.ok))
  assert.deepEqual(s.twilio.requests.slice(twilioBefore).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`), [])
  assert.deepEqual(s.livekit.requests.slice(livekitBefore).map((r) => r.method).filter((m) => !m.startsWith('List')), [])
  assert.equal(s.twilio.state.trunks.size, 1)
  assert.equal(s.twilio.state.originationUrls.size, 1)
  assert.equal(s.livekit.state.inboundTrunks.size, 1)
  assert.equal(s.livekit.state.outboundTrunks.size, 1)
  assert.equal(s.livekit.state.dispatchRules.size, 1)
  const provisioned = again.json().phoneNumber
  assert.equal(provisioned.status, 'active')
  assert.equal(provisioned.onTrunk, true)
  assert.equal(provisioned.livekitOutboundTrunkId, outbound.sipTrunkId)

  // Before any call the doctor says exactly what is missing.
  const before = await diagnose(s)
  assert.deepEqual(failing(before).map((c) => c.name).sort(), ['agent_reached_api', 'inbound_agents'])

  const agent = await createAgent(s.app, s.owner.headers, { name: 'Receptionist', promptDraft: 'Answer for Acme.' })
  const patched = await s.app.inject({ method: 'PATCH', url: `/api/phone-numbers/${number.id}`, headers: s.owner.headers, payload: { inboundAgentId: agent.id } })
  assert.equal(patched.statusCode, 200)
  assert.equal(patched.json().inboundAgentId, agent.id)

  const started = await inboundStart(s.app, s.livekit, 'call-+3710000000-abcd')
  assert.equal(started.statusCode, 201, started.body)
  assert.equal(started.json().agent.id, agent.id)
  assert.equal(started.json().prompt, 'Answer for Acme.')
  assert.equal(started.json().fallback, undefined)
  assert.deepEqual(started.json().phoneNumber, { id: number.id, e164: NUMBER })

  const after = await diagnose(s)
  assert.deepEqual(failing(after), [], JSON.stringify(failing(after)))
  assert.deepEqual(after.originationUrls, [EXPECTED_ORIGINATION])
  assert.equal(after.expectedOriginationSipUrl, EXPECTED_ORIGINATION)
  assert.deepEqual(after.numbers.map((n) => [n.e164, n.onTwilioTrunk, n.inLiveKitInboundTrunk]), [[NUMBER, true, true]])
})

test('the doctor names each broken piece and its fix; reprovision repairs what it owns', async (t) => {
  const s = await setup(t)
  const { number } = await importAndReprovision(s)
  const agent = await createAgent(s.app, s.owner.headers)
  await s.app.inject({ method: 'PATCH', url: `/api/phone-numbers/${number.id}`, headers: s.owner.headers, payload: { inboundAgentId: agent.id } })
  assert.equal((await inboundStart(s.app, s.livekit, 'call-+1555-doctor')).statusCode, 201)
  assert.deepEqual(failing(await diagnose(s)), [])

  // Wrong origination (e.g. an old LiveKit project after a migration).
  const [origination] = [...s.twilio.state.originationUrls.values()]
  origination.sipUrl = 'sip:old-project.sip.livekit.cloud;transport=tls'
  let report = await diagnose(s)
  assert.deepEqual(failing(report).map((c) => c.name), ['twilio_origination'])
  assert.match(failing(report)[0].message, /old-project/)
  assert.match(failing(report)[0].fix!, /Elastic SIP Trunking → .* → Origination: set the URI to sip:test123\.sip\.livekit\.cloud;transport=tls/)
  assert.match(formatReport(report as never), /✗ twilio_origination[\s\S]*fix: Twilio Console/)

  // Dispatch rule naming `voiceagent` while the agent registers as `VoiceAgent`.
  const [rule] = [...s.livekit.state.dispatchRules.values()]
  rule.roomConfig!.agents[0].agentName = 'voiceagent'
  report = await diagnose(s)
  assert.deepEqual(failing(report).map((c) => c.name), ['twilio_origination', 'dispatch_rule_agent_name'])
  const agentCheck = failing(report)[1]
  assert.match(agentCheck.message, /voiceagent.*VoiceAgent.*case-sensitive/)
  assert.match(agentCheck.fix!, /Dispatch rules → .* → Room configuration → Agents: set the agent name to exactly VoiceAgent/)

  // Reprovision puts both back, editing in place.
  const fixed = await s.app.inject({ method: 'POST', url: `/api/phone-numbers/${number.id}/reprovision`, headers: s.owner.headers })
  assert.ok(fixed.json().steps.every((x: { ok: boolean }) => x.ok))
  assert.deepEqual([...s.twilio.state.originationUrls.values()].map((o) => o.sipUrl), [EXPECTED_ORIGINATION])
  assert.equal(s.livekit.state.dispatchRules.size, 1)
  assert.deepEqual([...s.livekit.state.dispatchRules.values()][0].roomConfig?.agents.map((a) => a.agentName), ['VoiceAgent'])
  assert.deepEqual(failing(await diagnose(s)), [])

  // A number without an inbound agent.
  await s.app.inject({ method: 'PATCH', url: `/api/phone-numbers/${number.id}`, headers: s.owner.headers, payload: { inboundAgentId: null } })
  report = await diagnose(s)
  assert.deepEqual(failing(report).map((c) => c.name), ['inbound_agents'])
  assert.match(failing(report)[0].message, /\+17073808675/)
  assert.match(failing(report)[0].fix!, /Phone Numbers → open \+17073808675 → Inbound agent/)

  // A number taken off the trunk in the Twilio console.
  s.twilio.state.findIncomingNumber(NUMBER)!.trunkSid = null
  report = await diagnose(s)
  assert.ok(failing(report).some((c) => c.name === 'numbers_on_twilio_trunk' && /Numbers → Add \+17073808675/.test(c.fix!)))
})

test('without LIVEKIT_SIP_ENDPOINT the origination step fails with the seed marker and the doctor names the variable', async (t) => {
  const s = await setup(t, { LIVEKIT_SIP_ENDPOINT: undefined })
  const { steps } = await importAndReprovision(s)
  const origination = steps.find((x) => x.name === 'twilio_origination')!
  assert.equal(origination.ok, false)
  assert.match(origination.detail, /LIVEKIT_SIP_ENDPOINT is not set/)
  assert.ok(s.logs.messages.includes('[reprovision-outbound] LIVEKIT_SIP_ENDPOINT is not set'))
  assert.ok(steps.filter((x) => x.name !== 'twilio_origination').every((x) => x.ok), 'the other steps still run')
  assert.equal(s.twilio.state.originationUrls.size, 0)
  const list = await s.app.inject({ method: 'GET', url: '/api/phone-numbers', headers: s.owner.headers })
  assert.equal(list.json().items[0].status, 'error')

  const report = await diagnose(s)
  const endpoint = report.checks.find((c) => c.name === 'livekit_sip_endpoint')!
  assert.equal(endpoint.ok, false)
  assert.match(endpoint.fix!, /Set LIVEKIT_SIP_ENDPOINT on the API .*restart the API/)
  assert.equal(report.expectedOriginationSipUrl, null)
  assert.equal(report.checks.find((c) => c.name === 'twilio_origination')!.ok, false)
})

test('after moving to a new Twilio account, reprovision builds a new trunk and repoints the LiveKit outbound trunk', async (t) => {
  const s = await setup(t)
  const { number } = await importAndReprovision(s)
  const [oldTrunk] = [...s.twilio.state.trunks.values()]
  // The old account's trunk is gone (new credentials see none of it).
  s.twilio.state.trunks.clear()
  s.twilio.state.originationUrls.clear()
  s.twilio.state.findIncomingNumber(NUMBER)!.trunkSid = null
  const report = await diagnose(s)
  assert.ok(failing(report).some((c) => c.name === 'twilio_trunk' && /Reprovision/.test(c.fix!)))

  const res = await s.app.inject({ method: 'POST', url: `/api/phone-numbers/${number.id}/reprovision`, headers: s.owner.headers })
  assert.ok(res.json().steps.every((x: { ok: boolean }) => x.ok), res.body)
  const [newTrunk] = [...s.twilio.state.trunks.values()]
  assert.notEqual(newTrunk.sid, oldTrunk.sid)
  assert.equal(s.twilio.state.findIncomingNumber(NUMBER)?.trunkSid, newTrunk.sid)
  assert.equal(s.livekit.state.outboundTrunks.size, 1)
  assert.equal([...s.livekit.state.outboundTrunks.values()][0].address, newTrunk.domainName)
})

test('reprovision needs Twilio and LiveKit configured, and is scoped to the workspace', async (t) => {
  const s = await setup(t)
  const { number } = await importAndReprovision(s)
  const other = await signup(s.app)
  const res = await s.app.inject({ method: 'POST', url: `/api/phone-numbers/${number.id}/reprovision`, headers: other.headers })
  assert.equal(res.statusCode, 404)
  const diag = await s.app.inject({ method: 'GET', url: `/api/workspaces/${s.owner.workspaceId}/inbound-diagnostics`, headers: other.headers })
  assert.equal(diag.statusCode, 404)

  const bare = await startTestApp(t)
  const u = await signup(bare.app)
  const noTwilio = await bare.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: u.headers, payload: { e164: NUMBER } })
  assert.equal(noTwilio.statusCode, 503)
  assert.equal(noTwilio.json().error.code, 'integration_not_configured')
  assert.deepEqual(noTwilio.json().error.details.missing, ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN'])
  const report = (await bare.app.inject({ method: 'GET', url: `/api/workspaces/${u.workspaceId}/inbound-diagnostics`, headers: u.headers })).json()
  assert.match(report.checks.find((c: { name: string }) => c.name === 'twilio_trunk').fix, /TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN/)
  assert.match(report.checks.find((c: { name: string }) => c.name === 'livekit_inbound_trunk').fix, /LIVEKIT_URL/)
})
