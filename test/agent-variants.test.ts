import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup } from './helpers/users.js'
import { provisionedNumber, startOutboundApp } from './helpers/outbound.js'
import { newId } from '../src/platform/ids.js'
import { pickVariant, VARIANT_HEADING, type SplitVariant } from '../plugins/agents/variant-split.js'
import { callWebhookPayload } from '../plugins/call-webhooks/payload.js'
import type { CallRow } from '../plugins/calls/store.js'

const agentHeaders = { 'x-agent-secret': TEST_AGENT_SECRET }
const split = (id: string, trafficPercent: number): SplitVariant =>
  ({ id, name: id, promptMode: 'append', prompt: id, welcome: null, voice: null, llmModel: null, trafficPercent })

const variantsUrl = (agentId: string, variantId = '') => `/api/agents/${agentId}/variants${variantId ? `/${variantId}` : ''}`
async function addVariant(app: FastifyInstance, headers: Record<string, string>, agentId: string, body: Record<string, unknown>) {
  const res = await app.inject({ method: 'POST', url: variantsUrl(agentId), headers, payload: body })
  assert.equal(res.statusCode, 201, res.body)
  return res.json()
}

test('the split over 10,000 call ids matches the traffic percentages within 2 points, the same id always getting the same variant', () => {
  const variants = [split('var_b', 20), split('var_a', 30), split('var_c', 5)]
  const counts = new Map<string, number>()
  const ids = Array.from({ length: 10_000 }, () => newId('call'))
  for (const id of ids) {
    const v = pickVariant(variants, id)?.id ?? 'base'
    counts.set(v, (counts.get(v) ?? 0) + 1)
    assert.equal(pickVariant([...variants].reverse(), id)?.id ?? 'base', v, 'the order the variants come in does not matter')
  }
  const share = (k: string) => ((counts.get(k) ?? 0) / ids.length) * 100
  for (const [k, want] of [['var_a', 30], ['var_b', 20], ['var_c', 5], ['base', 45]] as const) {
    assert.ok(Math.abs(share(k) - want) <= 2, `${k}: ${share(k).toFixed(2)}% for ${want}%`)
  }
  assert.equal(pickVariant([], ids[0]), null)
  assert.equal(pickVariant([split('var_z', 0)], ids[0]), null)
  assert.ok(ids.every((id) => pickVariant([split('var_all', 100)], id)?.id === 'var_all'))
})

test('variants CRUD: newest first, traffic sum at most 100 over enabled variants, bounds, tenancy', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const agent = await createAgent(app, u.headers)
  const a = await addVariant(app, u.headers, agent.id, { name: 'A', prompt: 'Be brief.', trafficPercent: 60 })
  assert.equal(a.promptMode, 'append', 'the dashboard\'s variants append')
  assert.equal(a.enabled, true)
  assert.deepEqual([a.welcome, a.voice, a.llmModel], [null, null, null])

  const over = await app.inject({ method: 'POST', url: variantsUrl(agent.id), headers: u.headers, payload: { name: 'B', prompt: 'x', trafficPercent: 41 } })
  assert.equal(over.statusCode, 400)
  assert.equal(over.json().error.code, 'variant_traffic_exceeded')
  assert.equal(over.json().error.details.trafficPercentTotal, 101)
  const disabled = await addVariant(app, u.headers, agent.id, { name: 'B', prompt: 'x', trafficPercent: 41, enabled: false })
  const enable = await app.inject({ method: 'PATCH', url: variantsUrl(agent.id, disabled.id), headers: u.headers, payload: { enabled: true } })
  assert.equal(enable.json().error.code, 'variant_traffic_exceeded', 'enabling counts too')
  const b = await app.inject({ method: 'PATCH', url: variantsUrl(agent.id, disabled.id), headers: u.headers, payload: { enabled: true, trafficPercent: 40, promptMode: 'replace', prompt: 'Other prompt', llmModel: 'gpt-4.1', voice: { provider: 'cartesia', voiceId: 'v2' } } })
  assert.equal(b.statusCode, 200, b.body)

  const list = (await app.inject({ method: 'GET', url: variantsUrl(agent.id), headers: u.headers })).json()
  assert.deepEqual(list.items.map((v: { name: string }) => v.name), ['B', 'A'])
  assert.equal(list.trafficPercentTotal, 100)
  assert.equal((await app.inject({ method: 'GET', url: variantsUrl(agent.id, a.id), headers: u.headers })).json().prompt, 'Be brief.')

  const bad: Record<string, unknown>[] = [
    { name: 'x', trafficPercent: 10.5 },
    { name: 'x', trafficPercent: 101 },
    { name: '', trafficPercent: 0 },
    { name: 'x', trafficPercent: 0, promptMode: 'replace', prompt: '   ' },
    { name: 'x', trafficPercent: 0, promptMode: 'prepend' },
    { name: 'x', trafficPercent: 0, welcome: { mode: 'agent', shout: 1 } },
    { name: 'x', trafficPercent: 0, sneaky: true },
  ]
  for (const body of bad) {
    const res = await app.inject({ method: 'POST', url: variantsUrl(agent.id), headers: u.headers, payload: body })
    assert.equal(res.statusCode, 400, `${JSON.stringify(body)}: ${res.body}`)
  }
  assert.equal((await app.inject({ method: 'GET', url: variantsUrl(agent.id), headers: u.headers })).json().items.length, 2, 'refused writes left nothing')

  const other = await signup(app)
  assert.equal((await app.inject({ method: 'GET', url: variantsUrl(agent.id), headers: other.headers })).statusCode, 404)
  assert.equal((await app.inject({ method: 'PATCH', url: variantsUrl(agent.id, a.id), headers: other.headers, payload: { trafficPercent: 0 } })).statusCode, 404)
  assert.equal((await app.inject({ method: 'DELETE', url: variantsUrl(agent.id, a.id), headers: other.headers })).statusCode, 404)
  const missing = await app.inject({ method: 'PATCH', url: variantsUrl(agent.id, 'var_nope'), headers: u.headers, payload: { trafficPercent: 0 } })
  assert.equal(missing.json().error.code, 'variant_not_found')

  assert.equal((await app.inject({ method: 'DELETE', url: variantsUrl(agent.id, a.id), headers: u.headers })).statusCode, 204)
  assert.equal((await app.inject({ method: 'GET', url: variantsUrl(agent.id, a.id), headers: u.headers })).statusCode, 404)
  await addVariant(app, u.headers, agent.id, { name: 'C', prompt: 'c', trafficPercent: 60 })
})

test('two concurrent creates cannot together pass 100%', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const agent = await createAgent(app, u.headers)
  const results = await Promise.all([1, 2, 3].map((i) =>
    app.inject({ method: 'POST', url: variantsUrl(agent.id), headers: u.headers, payload: { name: `V${i}`, prompt: 'x', trafficPercent: 45 } })))
  assert.deepEqual(results.map((r) => r.statusCode).sort(), [201, 201, 400])
  assert.equal((await app.inject({ method: 'GET', url: variantsUrl(agent.id), headers: u.headers })).json().trafficPercentTotal, 90)
})

test('web calls run the variant: prompt, voice and LLM in the room metadata, variantId on the call, filter by variant', async (t) => {
  const s = await startOutboundApp(t)
  const agent = await createAgent(s.app, s.owner.headers, { promptDraft: 'Base prompt', voice: { provider: 'elevenlabs', voiceId: 'v1' }, llmModel: 'gpt-4o' })
  const v = await addVariant(s.app, s.owner.headers, agent.id, {
    name: 'Cartesia', prompt: 'Speak slowly.', trafficPercent: 100, voice: { provider: 'cartesia', voiceId: 'v2' }, llmModel: 'gpt-4.1',
    welcome: { mode: 'agent', aiMessageMode: 'custom', aiMessageText: 'Hi there' },
  })
  const res = await s.app.inject({ method: 'POST', url: '/api/calls/web', headers: s.owner.headers, payload: { agentId: agent.id } })
  assert.equal(res.statusCode, 201, res.body)
  const meta = JSON.parse(s.livekit.calls('CreateRoom')[0].body.metadata)
  assert.equal(meta.agent.prompt, `Base prompt${VARIANT_HEADING}Speak slowly.`)
  assert.deepEqual(meta.agent.voice, { provider: 'cartesia', voiceId: 'v2' })
  assert.equal(meta.agent.llmModel, 'gpt-4.1')
  assert.deepEqual(meta.welcome, { mode: 'agent', aiMessageMode: 'custom', aiMessageText: 'Hi there' })
  assert.equal(meta.variantId, v.id)
  assert.deepEqual(meta.agent.variant, { id: v.id, name: 'Cartesia', promptMode: 'append' })
  const call = (await s.app.inject({ method: 'GET', url: `/api/calls/${res.json().callId}`, headers: s.owner.headers })).json()
  assert.equal(call.variantId, v.id)

  // Disabled: the agent itself again.
  await s.app.inject({ method: 'PATCH', url: variantsUrl(agent.id, v.id), headers: s.owner.headers, payload: { enabled: false } })
  const base = await s.app.inject({ method: 'POST', url: '/api/calls/web', headers: s.owner.headers, payload: { agentId: agent.id } })
  const baseMeta = JSON.parse(s.livekit.calls('CreateRoom')[1].body.metadata)
  assert.equal(baseMeta.agent.prompt, 'Base prompt')
  assert.equal(baseMeta.variantId, null)
  assert.equal(baseMeta.agent.llmModel, 'gpt-4o')
  const byVariant = (await s.app.inject({ method: 'GET', url: `/api/calls?variantId=${v.id}`, headers: s.owner.headers })).json()
  assert.deepEqual(byVariant.items.map((c: { id: string; variantId: string }) => [c.id, c.variantId]), [[res.json().callId, v.id]])
  const all = (await s.app.inject({ method: 'GET', url: '/api/calls', headers: s.owner.headers })).json()
  assert.deepEqual(all.items.map((c: { variantId: string | null }) => c.variantId), [null, v.id], 'lists carry variantId')
  assert.equal(base.statusCode, 201)
})

test('inbound, outbound and campaign (outboundCalls.place) calls run the variant; a retried inbound start keeps its variant', async (t) => {
  const s = await startOutboundApp(t)
  const number = await provisionedNumber(s)
  const agent = await createAgent(s.app, s.owner.headers, { promptPublished: 'Published base' })
  await s.app.inject({ method: 'PATCH', url: `/api/phone-numbers/${number.id}`, headers: s.owner.headers, payload: { inboundAgentId: agent.id } })
  const a = await addVariant(s.app, s.owner.headers, agent.id, { name: 'A', promptMode: 'replace', prompt: 'Variant A prompt', trafficPercent: 100 })

  const room = 'call-+3710000000-ab1'
  s.livekit.addParticipant(room, { identity: 'caller', kind: 'SIP' })
  const inbound = () => s.app.inject({ method: 'POST', url: '/api/internal/telephony/inbound/start', headers: agentHeaders, payload: { roomName: room, to: number.e164, from: '+3710000000' } })
  const first = (await inbound()).json()
  assert.equal(first.prompt, 'Variant A prompt')
  assert.equal(first.variant.id, a.id)

  // The split changes under the call: the retry still runs what the call started with.
  await s.app.inject({ method: 'PATCH', url: variantsUrl(agent.id, a.id), headers: s.owner.headers, payload: { trafficPercent: 0 } })
  const b = await addVariant(s.app, s.owner.headers, agent.id, { name: 'B', promptMode: 'replace', prompt: 'Variant B prompt', trafficPercent: 100 })
  const retry = await inbound()
  assert.equal(retry.statusCode, 201, retry.body)
  assert.equal(retry.json().callId, first.callId)
  assert.equal(retry.json().variant.id, a.id, 'A takes no new calls, but the retried start is the same call')
  assert.equal(retry.json().prompt, 'Variant A prompt')
  const inboundCall = (await s.app.inject({ method: 'GET', url: `/api/calls/${first.callId}`, headers: s.owner.headers })).json()
  assert.equal(inboundCall.variantId, a.id, 'the call keeps the variant it started with')

  const dialled = await s.app.inject({ method: 'POST', url: '/api/calls/outbound', headers: s.owner.headers, payload: { agentId: agent.id, to: '+14155550123', phoneNumberId: number.id } })
  assert.equal(dialled.statusCode, 201, dialled.body)
  const { callId, roomName } = dialled.json()
  const meta = JSON.parse(s.livekit.calls('CreateRoom').find((c) => c.body.name === roomName)!.body.metadata)
  assert.equal(meta.agent.prompt, 'Variant B prompt')
  assert.equal(meta.variantId, b.id)
  const outboundCall = (await s.app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: s.owner.headers })).json()
  assert.equal(outboundCall.variantId, b.id)
  // The agent's outbound start answers the call's recorded variant even after the split changed.
  await s.app.inject({ method: 'PATCH', url: variantsUrl(agent.id, b.id), headers: s.owner.headers, payload: { trafficPercent: 50 } })
  const start = await s.app.inject({ method: 'POST', url: '/api/internal/telephony/outbound/start', headers: agentHeaders, payload: { roomName } })
  assert.equal(start.statusCode, 200, start.body)
  assert.equal(start.json().variant.id, b.id)
  assert.equal(start.json().prompt, 'Variant B prompt')

  // Campaigns dial through app.outboundCalls.place: with B at 100% every call runs it.
  await s.app.inject({ method: 'PATCH', url: variantsUrl(agent.id, b.id), headers: s.owner.headers, payload: { trafficPercent: 100 } })
  const placed = await s.app.outboundCalls.place({ workspaceId: s.owner.workspaceId, agentId: agent.id, to: '+14155550124', phoneNumberId: number.id, log: s.app.log })
  const campaignCall = (await s.app.inject({ method: 'GET', url: `/api/calls/${placed.callId}`, headers: s.owner.headers })).json()
  assert.equal(campaignCall.variantId, b.id)
})

test('webhook payloads carry variant_id when the call ran a variant', () => {
  const row = { id: 'call_1', agent_id: 'agt_1', agent_name: 'A', direction: 'web', status: 'active', started_at: new Date(), answered_at: null, ended_at: null, variables: {}, recording: null, outcome: null } as unknown as CallRow
  assert.equal(callWebhookPayload('call_started', { ...row, variant_id: 'var_1' }).call.variant_id, 'var_1')
  assert.equal('variant_id' in callWebhookPayload('call_started', { ...row, variant_id: null }).call, false)
})

test('promote copies the winner into the draft; with publish it goes live and the variant stops taking calls', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const agent = await createAgent(app, u.headers, { promptDraft: 'Base', llmModel: 'gpt-4o', voice: { provider: 'elevenlabs', voiceId: 'v1' } })
  const append = await addVariant(app, u.headers, agent.id, { name: 'Append', prompt: 'Extra rule.', trafficPercent: 30, llmModel: 'gpt-4.1' })
  const promoted = await app.inject({ method: 'POST', url: `${variantsUrl(agent.id, append.id)}/promote`, headers: u.headers })
  assert.equal(promoted.statusCode, 200, promoted.body)
  assert.equal(promoted.json().promptDraft, `Base${VARIANT_HEADING}Extra rule.`)
  assert.equal(promoted.json().llmModel, 'gpt-4.1')
  assert.deepEqual(promoted.json().voice, { provider: 'elevenlabs', voiceId: 'v1' }, 'no voice override: the agent\'s stays')
  assert.equal(promoted.json().promptPublished, null, 'not published without publish')
  assert.equal((await app.inject({ method: 'GET', url: variantsUrl(agent.id, append.id), headers: u.headers })).json().enabled, true)

  const replace = await addVariant(app, u.headers, agent.id, { name: 'Replace', promptMode: 'replace', prompt: 'Whole new prompt', trafficPercent: 70, voice: { provider: 'cartesia', voiceId: 'v9' } })
  const live = await app.inject({ method: 'POST', url: `${variantsUrl(agent.id, replace.id)}/promote?publish=true`, headers: u.headers })
  assert.equal(live.json().promptDraft, 'Whole new prompt')
  assert.equal(live.json().promptPublished, 'Whole new prompt')
  assert.ok(live.json().publishedAt)
  assert.deepEqual(live.json().voice, { provider: 'cartesia', voiceId: 'v9' })
  const list = (await app.inject({ method: 'GET', url: variantsUrl(agent.id), headers: u.headers })).json()
  assert.equal(list.items.find((v: { id: string }) => v.id === replace.id).enabled, false)
  assert.equal(list.trafficPercentTotal, 30)
  assert.equal((await app.inject({ method: 'POST', url: `${variantsUrl(agent.id, 'var_x')}/promote`, headers: u.headers })).statusCode, 404)
})

