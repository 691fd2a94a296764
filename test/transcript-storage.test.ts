import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isDeepStrictEqual } from 'node:util'
import type { FastifyInstance } from 'fastify'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'
import { signup, type TestUser } from './helpers/users.js'
import { eventually } from './helpers/eventually.js'
import { newId } from '../src/platform/ids.js'
import { TRANSCRIPT_MAX_BYTES, TRANSCRIPT_MAX_ENTRIES } from '../schemas/agent-runtime.js'

const agentHeaders = { 'x-agent-secret': TEST_AGENT_SECRET }

/** Entries shaped like the Python agent's: turns of 60-200 characters and tool calls with JSON. */
function entry(i: number, variant = ''): Record<string, unknown> {
  if (i % 7 === 3) return { kind: 'tool_invocation', toolCallId: `tc_${i}`, toolName: 'lookup', input: { q: `order ${i}${variant}`, limit: 3 } }
  if (i % 7 === 4) return { kind: 'tool_result', toolCallId: `tc_${i - 1}`, toolName: 'lookup', result: { found: true, items: [i, i + 1], note: variant } }
  const agent = i % 2 === 0
  return { speaker: agent ? 'Agent' : 'User', role: agent ? 'agent' : 'user', text: `${variant}turn ${i}: ${'words and more words '.repeat(3 + (i % 7))}` }
}
const transcript = (n: number, variant = '') => Array.from({ length: n }, (_, i) => entry(i, variant))

async function newCall(app: FastifyInstance, u: TestUser) {
  const id = newId('call')
  await app.calls.insert({ id, workspaceId: u.workspaceId, agentId: null, agentName: null, direction: 'inbound', status: 'active', roomName: `call-${id}` })
  return id
}

function syncer(app: FastifyInstance, callId: string) {
  return (list: unknown[]) => app.inject({ method: 'POST', url: `/api/internal/calls/${callId}/transcript`, headers: agentHeaders, payload: { transcript: list } })
}

async function stored(app: FastifyInstance, u: TestUser, callId: string): Promise<unknown[]> {
  const res = await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: u.headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json().transcript
}

/** Row versions: xmin changes whenever PostgreSQL writes a new version of the row. */
async function versions(app: FastifyInstance, callId: string) {
  const [call] = await app.sql<{ xmin: string; updated_at: Date }[]>`select xmin::text as xmin, updated_at from calls where id = ${callId}`
  const entries = await app.sql<{ seq: number; xmin: string }[]>`
    select seq, xmin::text as xmin from call_transcript_entries where call_id = ${callId} order by seq`
  return { call, entries: new Map(entries.map((e) => [e.seq, e.xmin])) }
}

test('syncs store the whole list once, in order; an older, shorter list never truncates it', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const callId = await newCall(app, u)
  const sync = syncer(app, callId)
  const full = transcript(12)

  for (const n of [0, 1, 4, 5, 9, 12]) {
    const res = await sync(full.slice(0, n))
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), { ok: true, stored: true, entries: n })
  }
  assert.deepEqual(await stored(app, u, callId), full)

  const late = await sync(full.slice(0, 7))
  assert.equal(late.statusCode, 200, 'a late retry is accepted: the agent would only log a failure')
  assert.equal(late.json().stored, false)
  const lateAndDifferent = await sync(transcript(7, 'other '))
  assert.equal(lateAndDifferent.json().stored, false, 'shorter is older, whatever it holds')
  assert.deepEqual(await stored(app, u, callId), full)

  // Every read that hands out one call carries the same list; lists leave it out.
  assert.deepEqual((await app.calls.findById(callId))!.transcript, full)
  assert.deepEqual((await app.calls.findByRoom(`call-${callId}`))!.transcript, full)
  const list = (await app.inject({ method: 'GET', url: '/api/calls', headers: u.headers })).json()
  assert.equal(list.items[0].id, callId)
  assert.equal('transcript' in list.items[0], false)

  const missing = await syncer(app, 'call_nope')(full)
  assert.equal(missing.statusCode, 404)
  assert.equal(missing.json().error.code, 'call_not_found')
})

test('an unchanged re-send writes nothing; a longer one writes only its new entries', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const callId = await newCall(app, u)
  const sync = syncer(app, callId)
  const full = transcript(30)

  assert.equal((await sync(full.slice(0, 20))).statusCode, 200)
  const before = await versions(app, callId)
  assert.equal(before.entries.size, 20)
  for (let i = 0; i < 3; i++) assert.equal((await sync(full.slice(0, 20))).json().stored, true)
  const after = await versions(app, callId)
  assert.equal(after.call.xmin, before.call.xmin, 'the calls row was not rewritten')
  assert.equal(after.call.updated_at.getTime(), before.call.updated_at.getTime())
  assert.deepEqual(after.entries, before.entries, 'no entry was rewritten')

  assert.equal((await sync(full)).statusCode, 200)
  const grown = await versions(app, callId)
  assert.equal(grown.entries.size, 30)
  for (let seq = 0; seq < 20; seq++) assert.equal(grown.entries.get(seq), before.entries.get(seq), `entry ${seq} was kept, not rewritten`)
  assert.notEqual(grown.call.xmin, before.call.xmin)
  assert.deepEqual(await stored(app, u, callId), full)
})

test('a list whose earlier entries changed replaces the stored one from the first entry that differs', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const callId = await newCall(app, u)
  const sync = syncer(app, callId)

  const first = transcript(10)
  assert.equal((await sync(first)).statusCode, 200)
  const before = await versions(app, callId)

  // The agent rewrote entry 6 (e.g. a corrected speech recognition) and kept talking.
  const rewritten = [...first.slice(0, 6), { ...first[6], text: 'corrected' }, ...first.slice(7), entry(10), entry(11)]
  const res = await sync(rewritten)
  assert.equal(res.statusCode, 200)
  assert.equal(res.json().stored, true)
  assert.deepEqual(await stored(app, u, callId), rewritten)
  const after = await versions(app, callId)
  for (let seq = 0; seq < 6; seq++) assert.equal(after.entries.get(seq), before.entries.get(seq), `entry ${seq} before the change was kept`)

  // Same length, last entry rewritten.
  const lastChanged = [...rewritten.slice(0, 11), { ...rewritten[11], text: 'said differently' }]
  assert.equal((await sync(lastChanged)).json().stored, true)
  assert.deepEqual(await stored(app, u, callId), lastChanged)

  // Key order is not content: the same entries with keys reordered leave everything as it was.
  const reordered = lastChanged.map((e) => Object.fromEntries(Object.entries(e).reverse()))
  const kept = await versions(app, callId)
  assert.equal((await sync(reordered)).json().stored, true)
  assert.deepEqual((await versions(app, callId)).entries, kept.entries)
  assert.deepEqual(await stored(app, u, callId), lastChanged)
})

test('a transcript whose hash is unknown (moved from the old column, imported) is compared entry by entry', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const callId = await newCall(app, u)
  const sync = syncer(app, callId)
  const full = transcript(8)
  await sync(full.slice(0, 5))
  await app.sql`update calls set transcript_hash = null where id = ${callId}`
  const before = await versions(app, callId)

  assert.equal((await sync(full)).json().stored, true)
  const after = await versions(app, callId)
  for (let seq = 0; seq < 5; seq++) assert.equal(after.entries.get(seq), before.entries.get(seq))
  assert.deepEqual(await stored(app, u, callId), full)
  const settled = await versions(app, callId)
  await sync(full)
  assert.equal((await versions(app, callId)).call.xmin, settled.call.xmin, 'the hash is known again: re-sends are free')
})

test('syncs of one call racing never interleave or duplicate entries', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)

  for (let round = 0; round < 5; round++) {
    const callId = await newCall(app, u)
    const sync = syncer(app, callId)
    const full = transcript(25)
    await sync(full.slice(0, 3))
    // Every prefix at once, in a shuffled order: retries, overlapping timers, a flush at shutdown.
    const lengths = Array.from({ length: 23 }, (_, i) => i + 3).sort(() => Math.random() - 0.5)
    const answers = await Promise.all(lengths.map((n) => sync(full.slice(0, n))))
    for (const a of answers) assert.equal(a.statusCode, 200, a.body)
    assert.deepEqual(await stored(app, u, callId), full, `round ${round}: the longest list, once, in order`)
  }

  // Two different continuations of the same start racing: one wins whole.
  for (let round = 0; round < 5; round++) {
    const callId = await newCall(app, u)
    const sync = syncer(app, callId)
    const a = transcript(15, 'a ')
    const b = [...a.slice(0, 4), ...transcript(15, 'b ').slice(4)]
    await sync(a.slice(0, 4))
    const answers = await Promise.all([sync(a), sync(b), sync(a), sync(b)])
    for (const r of answers) assert.equal(r.statusCode, 200, r.body)
    const final = await stored(app, u, callId)
    assert.ok(isDeepStrictEqual(final, a) || isDeepStrictEqual(final, b), `round ${round}: one list, not a mix`)
    const [{ count }] = await app.sql<{ count: number }[]>`select count(*)::int as count from call_transcript_entries where call_id = ${callId}`
    assert.equal(count, 15)
  }
})

test('bounds: past 2 MB answers 413, past the entry count 400; characters jsonb refuses are kept as U+FFFD', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const callId = await newCall(app, u)
  const sync = syncer(app, callId)

  const huge = Array.from({ length: 3000 }, (_, i) => ({ speaker: 'User', role: 'user', text: 'x'.repeat(1000) + i }))
  assert.ok(JSON.stringify({ transcript: huge }).length > TRANSCRIPT_MAX_BYTES)
  const tooBig = await sync(huge)
  assert.equal(tooBig.statusCode, 413)
  assert.equal(tooBig.json().error.code, 'payload_too_large')
  const tooMany = await sync(Array.from({ length: TRANSCRIPT_MAX_ENTRIES + 1 }, () => ({})))
  assert.equal(tooMany.statusCode, 400)
  assert.equal(tooMany.json().error.code, 'validation_failed')
  assert.deepEqual(await stored(app, u, callId), [])

  const odd = [{ speaker: 'User', role: 'user', text: 'nul \u0000 here, lone \ud800 surrogate, emoji \u{1F600}', 'key\u0000': 1 }]
  const res = await sync(odd)
  assert.equal(res.statusCode, 200, res.body)
  assert.deepEqual(await stored(app, u, callId), [{ speaker: 'User', role: 'user', text: 'nul \uFFFD here, lone \uFFFD surrogate, emoji \u{1F600}', 'key\uFFFD': 1 }])
})

test('the end route stores the final transcript and call events carry it', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const callId = await newCall(app, u)
  const seen: { event: string; transcript: unknown }[] = []
  for (const event of ['call_ended', 'call_analyzed'] as const) {
    app.callEvents.on(event, async (call) => { if (call.id === callId) seen.push({ event, transcript: call.transcript }) })
  }
  const full = transcript(9)
  await syncer(app, callId)(full.slice(0, 6))
  const end = await app.inject({ method: 'POST', url: `/api/internal/calls/${callId}/end`, headers: agentHeaders, payload: { outcome: 'agent_hangup', transcript: full } })
  assert.equal(end.statusCode, 200, end.body)
  assert.deepEqual(end.json(), { ok: true, status: 'ended', outcome: 'agent_hangup' })
  // call_analyzed follows once the analysis (skipped here: no LLM) has run.
  await eventually(() => seen.length === 2, 'call_analyzed')
  assert.deepEqual(seen, [{ event: 'call_ended', transcript: full }, { event: 'call_analyzed', transcript: full }])

  // The shutdown flush after the end: stale ones ignored, a longer one stored.
  assert.equal((await syncer(app, callId)(full.slice(0, 8))).json().stored, false)
  const flushed = [...full, entry(9)]
  assert.equal((await syncer(app, callId)(flushed)).json().stored, true)
  const call = (await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: u.headers })).json()
  assert.equal(call.status, 'ended')
  assert.deepEqual(call.transcript, flushed)
})
