import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, mkdtemp, writeFile, rm } from 'node:fs/promises'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startTestApp } from './helpers/app.js'
import { signup } from './helpers/users.js'
import { importLegacyJson, ImportInputError } from '../src/import/legacy-json.js'

const fixture = async (name: string) => JSON.parse(await readFile(new URL(`./fixtures/legacy/${name}`, import.meta.url), 'utf8'))

test('legacy JSON import keeps ids, maps both spellings, rejects bad rows with reasons, and re-runs idempotently', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  const agents = await fixture('agents.json')
  const calls = await fixture('calls.json')

  const first = await importLegacyJson(app.sql, u.workspaceId, { agents, calls })
  assert.equal(first.agents.imported, 3)
  assert.deepEqual(first.agents.rejected.map((r) => [r.index, r.reason]), [
    [3, 'id is missing'],
    [4, 'id "bad id with spaces" is not 1-64 of [A-Za-z0-9_-]'],
    [5, 'row is not an object'],
  ])
  assert.equal(first.calls.imported, 301)
  assert.deepEqual(first.calls.rejected.map((r) => r.index), [300, 301, 302, 303])
  assert.match(first.calls.rejected[0].reason, /startedAt is not a timestamp/)
  assert.match(first.calls.rejected[2].reason, /transcript must be an array/)

  // Through the API, with the original ids.
  const sales = agents[1]
  const got = await app.inject({ method: 'GET', url: `/api/agents/${sales.id}`, headers: u.headers })
  assert.equal(got.statusCode, 200)
  assert.equal(got.json().name, sales.name)
  assert.equal(got.json().promptDraft, sales.prompt_draft, 'snake_case spelling imported')
  assert.deepEqual(got.json().toolConfigs, sales.toolConfigs)
  assert.equal(got.json().createdAt, new Date(sales.created_at).toISOString())

  const withRecording = calls.find((c: { recording: unknown }) => c.recording)
  const call = (await app.inject({ method: 'GET', url: `/api/calls/${withRecording.id}`, headers: u.headers })).json()
  assert.equal(call.id, withRecording.id)
  assert.equal(call.startedAt, new Date(withRecording.startedAt ?? withRecording.started_at).toISOString())
  assert.equal(call.durationS, withRecording.durationSec ?? withRecording.duration_sec)
  assert.equal(call.recording.key, `calls/${withRecording.id}.mp3`)
  assert.deepEqual(call.transcript, withRecording.transcript)
  const orphan = (await app.inject({ method: 'GET', url: `/api/calls/${calls[304].id}`, headers: u.headers })).json()
  assert.equal(orphan.agentId, null)
  assert.equal(orphan.agentName, 'Deleted agent')

  const list = await app.inject({ method: 'GET', url: '/api/calls?limit=200', headers: u.headers })
  assert.equal(list.json().items.length, 200)
  const page2 = await app.inject({ method: 'GET', url: `/api/calls?limit=200&cursor=${list.json().nextCursor}`, headers: u.headers })
  assert.equal(page2.json().items.length, 101)
  assert.equal(page2.json().nextCursor, null)

  const second = await importLegacyJson(app.sql, u.workspaceId, { agents, calls })
  assert.deepEqual([second.agents.imported, second.agents.updated, second.calls.imported, second.calls.updated], [0, 3, 0, 301])
  const [{ n }] = await app.sql`select count(*)::int as n from calls where workspace_id = ${u.workspaceId}`
  assert.equal(n, 301, 'no duplicates after a re-run')

  // Another workspace cannot take over these ids.
  const other = await signup(app)
  const stolen = await importLegacyJson(app.sql, other.workspaceId, { agents: [agents[0]], calls: [] })
  assert.deepEqual(stolen.agents.rejected.map((r) => r.reason), ['id belongs to another workspace'])
})

test('a file that is not a JSON array stops before anything is written', async (t) => {
  const { app } = await startTestApp(t)
  const u = await signup(app)
  await assert.rejects(importLegacyJson(app.sql, u.workspaceId, { agents: await fixture('agents.json'), calls: { not: 'an array' } }), ImportInputError)
  const [{ n }] = await app.sql`select count(*)::int as n from agents`
  assert.equal(n, 0)
})

test('npm run import-json prints counts and rejected rows', { skip: !process.env.TEST_DATABASE_URL && 'needs a shared database (TEST_DATABASE_URL)' }, async (t) => {
  const { app, config } = await startTestApp(t)
  const u = await signup(app)
  const dir = await mkdtemp(join(tmpdir(), 'import-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  await writeFile(join(dir, 'agents.json'), await readFile(new URL('./fixtures/legacy/agents.json', import.meta.url)))
  await writeFile(join(dir, 'calls.json'), await readFile(new URL('./fixtures/legacy/calls.json', import.meta.url)))
  const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', 'src/cli/import-json.ts', '--data-dir', dir, '--workspace', u.workspaceId], {
    env: { ...process.env, DATABASE_URL: config.database.url, LOG_LEVEL: 'silent' },
  })
  assert.match(stdout, /agents: 3 imported, 0 updated, 3 rejected/)
  assert.match(stdout, /calls: 301 imported, 0 updated, 4 rejected/)
  assert.match(stdout, /rejected calls\[300\] \(id [0-9a-f-]+\): startedAt is not a timestamp/)
  await writeFile(join(dir, 'calls.json'), '{"oops": true}')
  const failed = await promisify(execFile)('node', ['--import', 'tsx', 'src/cli/import-json.ts', '--data-dir', dir, '--workspace', u.workspaceId], {
    env: { ...process.env, DATABASE_URL: config.database.url },
  }).catch((e) => e)
  assert.equal(failed.code, 1)
  assert.match(failed.stderr, /calls\.json is not a JSON array .*nothing was imported/)
})
