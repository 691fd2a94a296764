import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTelephonyApp, type TelephonyTestApp } from './helpers/telephony.js'
import { createAgent } from './helpers/users.js'

const FROM = '+17073808675'
const CALLEE = '+15551234567'

interface Setup extends TelephonyTestApp {
  agentId: string
  numberId: string
}

type Step = { name: string; ok: boolean; detail: string }

async function setup(t: { after: (fn: () => Promise<void>) => void }): Promise<Setup> {
  const s = await startTelephonyApp(t, {}, { sipCarrier: true })
  const { app, owner } = s
  s.twilio.state.addIncomingNumber(FROM)
  const created = await app.inject({ method: 'POST', url: '/api/phone-numbers', headers: owner.headers, payload: { e164: FROM } })
  assert.equal(created.statusCode, 201, created.body)
  const agent = await createAgent(app, owner.headers, { name: 'Caller', promptDraft: 'Say hello.' })
  return { ...s, agentId: agent.id, numberId: created.json().id }
}

async function reprovision(s: Setup, body: Record<string, unknown> = {}) {
  const res = await s.app.inject({ method: 'POST', url: `/api/phone-numbers/${s.numberId}/reprovision`, headers: s.owner.headers, payload: body })
  assert.equal(res.statusCode, 200, res.body)
  return res.json().steps as Step[]
}

async function dial(s: Setup) {
  const res = await s.app.inject({ method: 'POST', url: '/api/calls/outbound', headers: s.owner.headers, payload: { agentId: s.agentId, to: CALLEE, phoneNumberId: s.numberId } })
  assert.equal(res.statusCode, 201, res.body)
  return res.json() as { status: string; outcome: string | null }
}

const outboundTrunk = (s: Setup) => {
  const trunks = [...s.livekit.state.outboundTrunks.values()]
  assert.equal(trunks.length, 1)
  return trunks[0]
}

/** Would Twilio termination take a call LiveKit places through its outbound trunk right now? */
const twilioAcceptsLiveKit = (s: Setup) => {
  const t = outboundTrunk(s)
  return s.twilio.sipTermination({ address: t.address, username: t.authUsername, password: t.authPassword, from: FROM, to: CALLEE })?.sipStatusCode === 200
}

const usernamesOnTwilio = (s: Setup) => [...s.twilio.state.credentials.values()].map((c) => c.username).sort()

test('Twilio termination refuses a dial whose credentials are on no credential list of the trunk; reprovision attaches the list and the dial goes through', async (t) => {
  const s = await setup(t)
  const first = await reprovision(s)
  assert.ok(first.every((x) => x.ok), JSON.stringify(first))
  const list = first.find((x) => x.name === 'twilio_credential_list')!
  assert.match(list.detail, /created credential list CL[0-9a-f]{32}; added credential rc[0-9a-f]+; associated with trunk TK/)

  // Twilio holds exactly the credentials LiveKit dials with, on a list of the trunk the LiveKit trunk points at.
  const [trunk] = [...s.twilio.state.trunks.values()]
  const lk = outboundTrunk(s)
  assert.equal(lk.address, trunk.domainName)
  const creds = [...s.twilio.state.credentials.values()]
  assert.deepEqual(creds.map((c) => [c.username, c.password]), [[lk.authUsername, lk.authPassword]])
  assert.deepEqual([...s.twilio.state.trunkCredentialLists.get(trunk.sid)!], [creds[0].credentialListSid])
  const answered = await dial(s)
  assert.equal(answered.status, 'active')
  assert.equal(answered.outcome, null)
  assert.equal(s.twilio.state.terminationAttempts.at(-1)?.sipStatusCode, 200)

  // The state every number was in before this fix: a trunk with no credential list.
  s.twilio.state.trunkCredentialLists.get(trunk.sid)!.clear()
  const refused = await dial(s)
  assert.equal(refused.status, 'ended')
  assert.equal(refused.outcome, 'dial_failed')
  assert.deepEqual(s.twilio.state.terminationAttempts.at(-1), { address: trunk.domainName, username: lk.authUsername, from: FROM, to: CALLEE, sipStatusCode: 403, sipStatus: 'Forbidden' })

  // A wrong password is refused as well.
  assert.equal(s.twilio.sipTermination({ address: lk.address, username: lk.authUsername, password: 'Wrong-password-123', from: FROM, to: CALLEE })?.sipStatusCode, 403)

  const repaired = await reprovision(s)
  assert.ok(repaired.every((x) => x.ok), JSON.stringify(repaired))
  assert.match(repaired.find((x) => x.name === 'twilio_credential_list')!.detail, /: associated with trunk TK/)
  assert.equal((await dial(s)).status, 'active')

  // Once right, a reprovision writes nothing at Twilio.
  const before = s.twilio.requests.length
  await reprovision(s)
  assert.deepEqual(s.twilio.requests.slice(before).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`), [])
  assert.equal(s.twilio.state.credentialLists.size, 1)
  assert.equal(s.twilio.state.credentials.size, 1)
})

test('rotateCredentials: Twilio accepts what LiveKit dials with after every single request of the rotation; the old credentials then stop working', async (t) => {
  const s = await setup(t)
  await reprovision(s)
  const old = { ...outboundTrunk(s) }

  const broken: string[] = []
  const check = (where: string) => () => {
    if (!twilioAcceptsLiveKit(s)) broken.push(where)
  }
  s.twilio.afterRequest((r) => check(`after Twilio ${r.method} ${r.path}`)())
  s.livekit.afterRequest((r) => check(`after LiveKit ${r.method}`)())

  const steps = await reprovision(s, { rotateCredentials: true })
  assert.ok(steps.every((x) => x.ok), JSON.stringify(steps))
  assert.deepEqual(broken, [])
  const rotated = outboundTrunk(s)
  assert.notEqual(rotated.authUsername, old.authUsername)
  assert.notEqual(rotated.authPassword, old.authPassword)
  assert.equal(rotated.sipTrunkId, old.sipTrunkId, 'the trunk is updated in place, not recreated')
  assert.deepEqual(usernamesOnTwilio(s), [rotated.authUsername])
  assert.match(steps.find((x) => x.name === 'twilio_credential_retire')!.detail, new RegExp(`removed credential ${old.authUsername}`))
  assert.equal(s.twilio.sipTermination({ address: old.address, username: old.authUsername, password: old.authPassword, from: FROM, to: CALLEE })?.sipStatusCode, 403)
  assert.equal((await dial(s)).status, 'active')
})

test('a rotation interrupted after Twilio has the new credentials keeps dialling with the old ones and completes on the next reprovision', async (t) => {
  const s = await setup(t)
  await reprovision(s)
  const old = { ...outboundTrunk(s) }
  s.livekit.fail('UpdateSIPOutboundTrunk', { code: 'unavailable', msg: 'LiveKit is restarting' })

  const interrupted = await reprovision(s, { rotateCredentials: true })
  assert.deepEqual(interrupted.filter((x) => !x.ok).map((x) => x.name), ['livekit_outbound_trunk'])
  assert.equal(outboundTrunk(s).authUsername, old.authUsername)
  assert.equal(usernamesOnTwilio(s).length, 2, 'both the current and the next credentials are accepted')
  assert.ok(twilioAcceptsLiveKit(s))
  assert.equal((await dial(s)).status, 'active')

  // A plain reprovision (no flag) resumes the rotation with the credentials already on Twilio.
  const next = usernamesOnTwilio(s).find((u) => u !== old.authUsername)
  const resumed = await reprovision(s)
  assert.ok(resumed.every((x) => x.ok), JSON.stringify(resumed))
  assert.equal(outboundTrunk(s).authUsername, next)
  assert.deepEqual(usernamesOnTwilio(s), [next])
  assert.equal((await dial(s)).status, 'active')
})
