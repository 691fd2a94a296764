import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { createAgent, signup } from './helpers/users.js'
import { startLiveKit } from './helpers/livekit.js'
import { addText, createFolder } from './helpers/knowledge.js'
import { startTwilioServer } from './support/twilio-server.js'

const NUMBER = '+17073808675'
const agentSecret = { 'x-agent-secret': TEST_AGENT_SECRET }
const internalSearch = (app: FastifyInstance, body: Record<string, unknown>, headers: Record<string, string> = agentSecret) =>
  app.inject({ method: 'POST', url: '/api/internal/kb/search', headers, payload: body })

async function setup(t: { after: (fn: () => Promise<void>) => void }, env: Record<string, string> = {}) {
  const twilio = await startTwilioServer()
  t.after(() => twilio.close())
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: { ...twilio.env, ...lk.env, LIVEKIT_SIP_ENDPOINT: 'test123.sip.livekit.cloud', ...env } })
  return { app, twilio, livekit: lk.server, owner: await signup(app) }
}

test('agents and the knowledge base: folder ids validated, deletes guarded, the agent searches only its folders', async (t) => {
  const { app, owner } = await setup(t)
  const other = await signup(app)
  const menu = await createFolder(app, owner.headers, 'Menu')
  const staff = await createFolder(app, owner.headers, 'Staff handbook')
  const theirs = await createFolder(app, other.headers, 'Theirs')
  await addText(app, owner.headers, menu.id, 'Desserts', 'Our tiramisu is made fresh every morning with mascarpone.')
  await addText(app, owner.headers, staff.id, 'Payroll', 'Tiramisu vouchers are given to staff on payday.')
  await addText(app, other.headers, theirs.id, 'Their desserts', 'Tiramisu with pistachio, only on Fridays.')

  const foreign = await app.inject({ method: 'POST', url: '/api/agents', headers: owner.headers, payload: { name: 'Waiter', knowledgeFolderIds: [menu.id, theirs.id] } })
  assert.equal(foreign.statusCode, 400)
  assert.equal(foreign.json().error.code, 'knowledge_folder_not_found')
  assert.deepEqual(foreign.json().error.details.folderIds, [theirs.id])
  const agent = await createAgent(app, owner.headers, { name: 'Waiter', knowledgeFolderIds: [menu.id] })
  const patch = await app.inject({ method: 'PATCH', url: `/api/agents/${agent.id}`, headers: owner.headers, payload: { knowledgeFolderIds: ['kbf_nope'] } })
  assert.equal(patch.statusCode, 400)
  assert.equal(patch.json().error.code, 'knowledge_folder_not_found')

  await t.test('the agent\'s search covers its folders only, in its workspace', async () => {
    const call = await app.inject({ method: 'POST', url: '/api/calls/web', headers: owner.headers, payload: { agentId: agent.id } })
    assert.equal(call.statusCode, 201, call.body)
    const res = await internalSearch(app, { callId: call.json().callId, query: 'tiramisu' })
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json().results.map((r: { title: string }) => r.title), ['Desserts'])
    const unknown = await internalSearch(app, { callId: 'call_unknown', query: 'tiramisu' })
    assert.equal(unknown.statusCode, 404)
    assert.equal(unknown.json().error.code, 'call_not_found')
    const noSecret = await internalSearch(app, { callId: call.json().callId, query: 'tiramisu' }, {})
    assert.equal(noSecret.statusCode, 401)
    // The user route searches every folder of the workspace, never another workspace's.
    const user = await app.inject({ method: 'POST', url: '/api/kb/search', headers: owner.headers, payload: { query: 'tiramisu' } })
    assert.deepEqual(user.json().results.map((r: { title: string }) => r.title).sort(), ['Desserts', 'Payroll'])
  })

  await t.test('a folder an agent uses is deleted only when forced, which takes it out of the agent', async () => {
    const inUse = await app.inject({ method: 'DELETE', url: `/api/kb/folders/${menu.id}?recursive=true`, headers: owner.headers })
    assert.equal(inUse.statusCode, 409)
    assert.equal(inUse.json().error.code, 'folder_in_use')
    assert.deepEqual(inUse.json().error.details.agents, [{ id: agent.id, name: 'Waiter' }])
    const forced = await app.inject({ method: 'DELETE', url: `/api/kb/folders/${menu.id}?recursive=true&force=true`, headers: owner.headers })
    assert.equal(forced.statusCode, 204)
    const after = await app.inject({ method: 'GET', url: `/api/agents/${agent.id}`, headers: owner.headers })
    assert.deepEqual(after.json().knowledgeFolderIds, [])
  })
})

test('{{knowledge}} is filled at call start: inbound answer and room metadata, web room metadata under 60 KiB', async (t) => {
  const { app, twilio, livekit, owner } = await setup(t, { KB_INLINE_MAX_CHARS: '40000' })
  const folder = await createFolder(app, owner.headers, 'Clinic')
  await addText(app, owner.headers, folder.id, 'Opening hours', 'The clinic opens at 8 am and closes at 5 pm, Monday to Friday.')
  await addText(app, owner.headers, folder.id, 'Parking', 'Free parking is behind the building; the entrance is on Elm Street.')
  const agent = await createAgent(app, owner.headers, {
    name: 'Receptionist',
    promptDraft: 'Answer from this: {{knowledge}}',
    promptPublished: 'You are the receptionist of {{clinic}}. Answer only from this knowledge:\n{{knowledge}}',
    defaultDynamicVariables: { clinic: 'Elm Clinic' },
    knowledgeFolderIds: [folder.id],
  })
  twilio.state.addIncomingNumber(NUMBER)
  const number = (await app.inject({ method: 'POST', url: '/api/phone-numbers', headers: owner.headers, payload: { e164: NUMBER } })).json()
  await app.inject({ method: 'PATCH', url: `/api/phone-numbers/${number.id}`, headers: owner.headers, payload: { inboundAgentId: agent.id } })

  await t.test('inbound start answers with the documents in the prompt and the same prompt in the room', async () => {
    const room = 'call-+3710000000-kb'
    livekit.addParticipant(room, { identity: 'caller', kind: 'SIP' })
    const res = await app.inject({ method: 'POST', url: '/api/internal/telephony/inbound/start', headers: agentSecret, payload: { roomName: room, to: NUMBER, from: '+3710000000' } })
    assert.equal(res.statusCode, 201, res.body)
    const cfg = res.json()
    assert.match(cfg.prompt, /^You are the receptionist of Elm Clinic\. Answer only from this knowledge:\n## Opening hours\nThe clinic opens at 8 am/)
    assert.match(cfg.prompt, /## Parking\nFree parking is behind the building/)
    assert.doesNotMatch(cfg.prompt, /\{\{knowledge\}\}/)
    assert.deepEqual(cfg.knowledge, { documentsInlined: 2, documentsOmitted: 0, chars: cfg.knowledge.chars })
    const meta = JSON.parse(livekit.state.rooms.get(room)!.room.metadata)
    assert.equal(meta.prompt, cfg.prompt)
  })

  await t.test('a knowledge base larger than the room metadata allows is cut, whole documents, and the web call starts', async () => {
    // Multi-byte text: 12 documents of 3,000 characters are about 9 KB each in UTF-8, twice in the metadata.
    for (let i = 0; i < 12; i++) await addText(app, owner.headers, folder.id, `Ärztliche Hinweise ${i}`, `Überweisungen für Fachärzte ${i}: `.padEnd(3000, 'ä'))
    const res = await app.inject({ method: 'POST', url: '/api/calls/web', headers: owner.headers, payload: { agentId: agent.id } })
    assert.equal(res.statusCode, 201, res.body)
    const metadata = livekit.state.rooms.get(res.json().roomName)!.room.metadata
    assert.ok(Buffer.byteLength(metadata) <= 60 * 1024, `${Buffer.byteLength(metadata)} bytes`)
    const meta = JSON.parse(metadata)
    assert.match(meta.prompt, /## Opening hours/, 'documents are kept in folder order: the first ones stay')
    assert.match(meta.prompt, /more knowledge-base documents were left out for length/)
    const kept = (meta.prompt.match(/## Ärztliche Hinweise/g) ?? []).length
    assert.ok(kept >= 1 && kept < 12, `${kept} large documents kept`)
    assert.equal(meta.agent.knowledge.documentsInlined, kept + 2)
    assert.equal(meta.agent.knowledge.documentsOmitted, 12 - kept)
  })
})

test('the LiveKit test server refuses room metadata over 64 KB, as LiveKit does', async (t) => {
  const { livekit, app } = await setup(t)
  const sdk = app.integrations.livekit!
  await assert.rejects(sdk.rooms.createRoom({ name: 'big', metadata: 'x'.repeat(64_001) }), /metadata size exceeds limits/)
  await sdk.rooms.createRoom({ name: 'small', metadata: 'x'.repeat(64_000) })
  await assert.rejects(sdk.rooms.updateRoomMetadata('small', 'é'.repeat(32_001)), /metadata size exceeds limits/)
  assert.equal(livekit.state.rooms.get('small')!.room.metadata.length, 64_000)
})
