import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { loadConfig } from '../src/config.js'
import { buildApp } from '../src/app.js'
import { startEmbeddedPostgres } from '../src/db/pglite.js'
import { freshDatabaseEnv } from './helpers/database.js'
import { startTestApp, TEST_JWT_SECRET } from './helpers/app.js'
import { eventually } from './helpers/eventually.js'
import { createAgent, createApiKey, signup, type TestUser } from './helpers/users.js'
import { sendLiveKitEvent, startLiveKit } from './helpers/livekit.js'
import type { LiveKitTestServer } from './support/livekit-server.js'
import { startS3Server, type S3TestServer } from './support/s3-server.js'
import { newId } from '../src/platform/ids.js'

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'

interface Fixture {
  app: FastifyInstance
  lk: LiveKitTestServer
  s3: S3TestServer
  owner: TestUser
  other: TestUser
  agentId: string
}

/** A call with a live room in the LiveKit test server, inserted the way the call routes insert it. */
async function liveCall(f: Fixture, opts: { agentId?: string; room?: boolean; workspaceId?: string } = {}) {
  const id = newId('call')
  const roomName = `call-${opts.agentId ?? f.agentId}-${randomBytes(3).toString('hex')}`
  await f.app.calls.insert({
    id, workspaceId: opts.workspaceId ?? f.owner.workspaceId, agentId: opts.agentId ?? f.agentId, agentName: 'Test agent',
    direction: 'web', status: 'active', roomName,
  })
  if (opts.room !== false) await f.app.integrations.livekit!.rooms.createRoom({ name: roomName })
  return { id, roomName }
}

async function startRecording(f: Fixture, callId: string, headers = f.owner.headers) {
  return f.app.inject({ method: 'POST', url: `/api/calls/${callId}/recording/start`, headers })
}

/** What egress does when it finishes: the object is in S3, then LiveKit posts `egress_ended`. */
async function finishEgress(f: Fixture, egressId: string, bytes: Buffer, callId: string) {
  await f.s3.putObject(`calls/${callId}.mp3`, bytes)
  const info = f.lk.endEgress(egressId, { size: bytes.length, durationSeconds: 12.5 })
  const res = await sendLiveKitEvent(f.app, { event: 'egress_ended', egressInfo: info })
  assert.equal(res.statusCode, 200, res.body)
  return info
}

async function recordingOf(f: Fixture, callId: string) {
  const res = await f.app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: f.owner.headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json().recording
}

describe('recordings', () => {
  const f = {} as Fixture

  const hooks: (() => Promise<void>)[] = []
  after(async () => {
    for (const fn of hooks.reverse()) await fn()
  })

  before(async () => {
    const t = { after: (fn: () => Promise<void>) => void hooks.push(fn) }
    const lk = await startLiveKit(t)
    f.lk = lk.server
    f.s3 = await startS3Server()
    hooks.push(() => f.s3.close())
    f.app = (await startTestApp(t, { env: { ...lk.env, ...f.s3.env } })).app
    f.owner = await signup(f.app)
    f.other = await signup(f.app)
    f.agentId = (await createAgent(f.app, f.owner.headers)).id
  })

  test('start sends an audio-only MP3 egress to calls/<callId>.mp3 in the configured bucket, with the API\'s credentials', async () => {
    const call = await liveCall(f)
    const key = await createApiKey(f.app, f.owner)
    const res = await startRecording(f, call.id, key.headers)
    assert.equal(res.statusCode, 202, res.body)
    const body = res.json()
    assert.equal(body.callId, call.id)
    assert.equal(body.recording.status, 'recording')
    assert.match(body.recording.egressId, /^EG_/)

    const sent = f.lk.calls('StartRoomCompositeEgress').at(-1)!
    assert.equal(sent.body.roomName, call.roomName)
    assert.equal(sent.body.audioOnly, true)
    assert.equal(sent.grants?.video?.roomRecord, true)
    const file = sent.body.fileOutputs?.[0] ?? sent.body.file
    assert.equal(file.fileType, 'MP3')
    assert.equal(file.filepath, `calls/${call.id}.mp3`)
    assert.deepEqual(
      { bucket: file.s3.bucket, region: file.s3.region, endpoint: file.s3.endpoint, forcePathStyle: file.s3.forcePathStyle },
      { bucket: f.s3.bucket, region: f.s3.region, endpoint: f.s3.endpoint, forcePathStyle: true },
    )
    assert.equal(file.s3.accessKey, f.s3.accessKeyId)
    assert.equal(file.s3.secret, f.s3.secretAccessKey)

    const again = await startRecording(f, call.id)
    assert.equal(again.statusCode, 409)
    assert.equal(again.json().error.code, 'already_recording')
    assert.equal(f.lk.calls('StartRoomCompositeEgress').filter((r) => r.body.roomName === call.roomName).length, 1)
  })

  test('stop asks LiveKit to stop that egress; the recording is ready only when egress_ended reports the file', async () => {
    const call = await liveCall(f)
    const { recording } = (await startRecording(f, call.id)).json()
    const stop = await f.app.inject({ method: 'POST', url: `/api/calls/${call.id}/recording/stop`, headers: f.owner.headers })
    assert.equal(stop.statusCode, 202, stop.body)
    assert.equal(stop.json().recording.status, 'recording')
    assert.equal(f.lk.calls('StopEgress').at(-1)!.body.egressId, recording.egressId)

    const bytes = randomBytes(4096)
    await finishEgress(f, recording.egressId, bytes, call.id)
    const ready = await recordingOf(f, call.id)
    assert.equal(ready.status, 'ready')
    assert.equal(ready.sizeBytes, 4096)
    assert.equal(ready.durationS, 12.5)
    assert.equal(ready.url, `/api/calls/${call.id}/recording`)

    const stopAgain = await f.app.inject({ method: 'POST', url: `/api/calls/${call.id}/recording/stop`, headers: f.owner.headers })
    assert.equal(stopAgain.statusCode, 409)
    assert.equal(stopAgain.json().error.code, 'not_recording')
    const restart = await startRecording(f, call.id)
    assert.equal(restart.statusCode, 409)
    assert.equal(restart.json().error.code, 'recording_exists')
  })

  describe('playback of a finished recording', () => {
    const bytes = randomBytes(1000)
    let callId = ''
    const get = (headers: Record<string, string> = {}, path = '') =>
      f.app.inject({ method: 'GET', url: `/api/calls/${callId}/recording${path}`, headers: { ...f.owner.headers, ...headers } })

    before(async () => {
      const call = await liveCall(f)
      callId = call.id
      const { recording } = (await startRecording(f, call.id)).json()
      await finishEgress(f, recording.egressId, bytes, call.id)
    })

    test('the whole body equals the uploaded bytes, as audio/mpeg with length, ETag and Accept-Ranges', async () => {
      const res = await get()
      assert.equal(res.statusCode, 200)
      assert.equal(res.headers['content-type'], 'audio/mpeg')
      assert.equal(res.headers['content-length'], '1000')
      assert.equal(res.headers['accept-ranges'], 'bytes')
      assert.ok(res.headers.etag)
      assert.deepEqual(res.rawPayload, bytes)
    })

    test('Range: bytes=100-199 answers 206 with exactly those 100 bytes; a suffix range the last ones', async () => {
      const res = await get({ range: 'bytes=100-199' })
      assert.equal(res.statusCode, 206)
      assert.equal(res.headers['content-range'], 'bytes 100-199/1000')
      assert.deepEqual(res.rawPayload, bytes.subarray(100, 200))
      const suffix = await get({ range: 'bytes=-10' })
      assert.equal(suffix.statusCode, 206)
      assert.equal(suffix.headers['content-range'], 'bytes 990-999/1000')
      assert.deepEqual(suffix.rawPayload, bytes.subarray(990))
    })

    test('a range beyond the end answers 416 with the size; a matching If-None-Match answers 304', async () => {
      const res = await get({ range: 'bytes=5000-' })
      assert.equal(res.statusCode, 416)
      assert.equal(res.headers['content-range'], 'bytes */1000')
      assert.equal(res.json().error.code, 'range_not_satisfiable')
      const etag = (await get()).headers.etag as string
      const cached = await get({ 'if-none-match': etag })
      assert.equal(cached.statusCode, 304)
      assert.equal(cached.rawPayload.length, 0)
    })

    test('another workspace gets 404 for the stream, the URL and start/stop, and never the bytes', async () => {
      for (const [method, path] of [['GET', ''], ['GET', '/url'], ['POST', '/start'], ['POST', '/stop']] as const) {
        const res = await f.app.inject({ method, url: `/api/calls/${callId}/recording${path}`, headers: f.other.headers })
        assert.equal(res.statusCode, 404, `${method} ${path}`)
        assert.equal(res.json().error.code, 'call_not_found')
      }
      const unauthenticated = await f.app.inject({ method: 'GET', url: `/api/calls/${callId}/recording` })
      assert.equal(unauthenticated.statusCode, 401)
    })

    test('/recording/url gives a presigned URL, valid 5 minutes, that serves the same bytes without a token', async () => {
      const res = await get({}, '/url')
      assert.equal(res.statusCode, 200, res.body)
      const { url, expiresAt } = res.json()
      const ttl = Date.parse(expiresAt) - Date.now()
      assert.ok(ttl > 290_000 && ttl <= 300_000, `ttl ${ttl}`)
      assert.match(url, /X-Amz-Expires=300/)
      const direct = await fetch(url, { headers: { range: 'bytes=0-9' } })
      assert.equal(direct.status, 206)
      assert.deepEqual(Buffer.from(await direct.arrayBuffer()), bytes.subarray(0, 10))
    })

    test('egress_started or egress_updated arriving after egress_ended leave the recording ready', async () => {
      const { egressId } = await recordingOf(f, callId)
      const info = f.lk.state.egresses.get(egressId)!.clone()
      info.status = 0 // EGRESS_STARTING, as the late egress_started carried it
      info.fileResults = []
      info.result = { case: undefined }
      for (const event of ['egress_started', 'egress_updated'] as const) {
        const res = await sendLiveKitEvent(f.app, { event, egressInfo: info })
        assert.equal(res.statusCode, 200)
      }
      const res = await sendLiveKitEvent(f.app, { event: 'egress_ended', egressInfo: f.lk.state.egresses.get(egressId)! })
      assert.equal(res.statusCode, 200)
      const recording = await recordingOf(f, callId)
      assert.equal(recording.status, 'ready')
      assert.equal(recording.sizeBytes, 1000)
      assert.equal((await get()).statusCode, 200)
    })
  })

  test('a call without a finished recording answers 404 recording_not_found', async () => {
    const call = await liveCall(f)
    const none = await f.app.inject({ method: 'GET', url: `/api/calls/${call.id}/recording`, headers: f.owner.headers })
    assert.equal(none.statusCode, 404)
    assert.equal(none.json().error.code, 'recording_not_found')
    await startRecording(f, call.id)
    const inProgress = await f.app.inject({ method: 'GET', url: `/api/calls/${call.id}/recording/url`, headers: f.owner.headers })
    assert.equal(inProgress.statusCode, 404)
    assert.equal(inProgress.json().error.code, 'recording_not_found')
  })

  test('egress_ended with an error marks the recording failed; a new start is then allowed', async () => {
    const call = await liveCall(f)
    const { recording } = (await startRecording(f, call.id)).json()
    const info = f.lk.endEgress(recording.egressId, { status: 'EGRESS_FAILED', error: 'S3 upload failed: AccessDenied' })
    assert.equal((await sendLiveKitEvent(f.app, { event: 'egress_ended', egressInfo: info })).statusCode, 200)
    const failed = await recordingOf(f, call.id)
    assert.equal(failed.status, 'failed')
    assert.equal(failed.error, 'S3 upload failed: AccessDenied')

    const retry = await startRecording(f, call.id)
    assert.equal(retry.statusCode, 202, retry.body)
    assert.equal(retry.json().recording.status, 'recording')
    assert.notEqual(retry.json().recording.egressId, recording.egressId)
    // A late event of the failed attempt does not touch the new one.
    assert.equal((await sendLiveKitEvent(f.app, { event: 'egress_ended', egressInfo: info })).statusCode, 200)
    assert.equal((await recordingOf(f, call.id)).status, 'recording')
  })

  test('start answers 409 call_not_live without a room, for an ended call, and when LiveKit no longer has the room', async () => {
    const noRoom = newId('call')
    await f.app.calls.insert({ id: noRoom, workspaceId: f.owner.workspaceId, agentId: f.agentId, agentName: 'x', direction: 'web', status: 'created', roomName: null })
    const gone = await liveCall(f, { room: false })
    const ended = await liveCall(f)
    await f.app.calls.end(ended.id, { outcome: 'completed' })
    for (const id of [noRoom, gone.id, ended.id]) {
      const res = await startRecording(f, id)
      assert.equal(res.statusCode, 409, res.body)
      assert.equal(res.json().error.code, 'call_not_live')
      assert.equal((await recordingOf(f, id)).status, 'none')
    }
  })

  test('a LiveKit failure answers 502 livekit_error and leaves the call unrecorded', async () => {
    const call = await liveCall(f)
    f.lk.fail('StartRoomCompositeEgress', { code: 'unavailable', msg: 'egress service unavailable' })
    const res = await startRecording(f, call.id)
    assert.equal(res.statusCode, 502)
    assert.equal(res.json().error.code, 'livekit_error')
    assert.equal((await recordingOf(f, call.id)).status, 'none')
    assert.equal((await startRecording(f, call.id)).statusCode, 202)
  })

  test('room_started records the calls of an agent with settings.record, and only those', async () => {
    const recorder = await createAgent(f.app, f.owner.headers, { name: 'Recorder', settings: { record: true } })
    const recorded = await liveCall(f, { agentId: recorder.id })
    const plain = await liveCall(f)
    for (const call of [recorded, plain]) {
      const room = f.lk.state.rooms.get(call.roomName)!.room
      const res = await sendLiveKitEvent(f.app, { event: 'room_started', room })
      assert.equal(res.statusCode, 200, res.body)
    }
    // The egress starts from a queued job after the webhook's transaction commits.
    await eventually(() => f.lk.calls('StartRoomCompositeEgress').some((r) => r.body.roomName === recorded.roomName), 'the auto-record egress', 20_000)
    for (let i = 0; i < 100 && (await recordingOf(f, recorded.id)).status !== 'recording'; i++) await new Promise((r) => setTimeout(r, 25))
    const started = f.lk.calls('StartRoomCompositeEgress').filter((r) => r.body.roomName === recorded.roomName)
    assert.equal(started.length, 1)
    assert.equal((started[0].body.fileOutputs?.[0] ?? started[0].body.file).filepath, `calls/${recorded.id}.mp3`)
    assert.equal((await recordingOf(f, recorded.id)).status, 'recording')
    assert.equal(f.lk.calls('StartRoomCompositeEgress').filter((r) => r.body.roomName === plain.roomName).length, 0)
    assert.equal((await recordingOf(f, plain.id)).status, 'none')
  })
})

test('without S3 configuration the recording routes answer 503 integration_not_configured', async (t) => {
  const lk = await startLiveKit(t)
  const { app } = await startTestApp(t, { env: lk.env })
  const owner = await signup(app)
  const agent = await createAgent(app, owner.headers)
  const id = newId('call')
  await app.calls.insert({ id, workspaceId: owner.workspaceId, agentId: agent.id, agentName: 'x', direction: 'web', status: 'active', roomName: `call-${agent.id}-abc` })
  await app.calls.updateRecording(id, { status: 'ready', key: `calls/${id}.mp3` })
  for (const [method, path] of [['POST', '/start'], ['GET', ''], ['GET', '/url']] as const) {
    const res = await app.inject({ method, url: `/api/calls/${id}/recording${path}`, headers: owner.headers })
    assert.equal(res.statusCode, 503, `${method} ${path}`)
    assert.equal(res.json().error.code, 'integration_not_configured')
    assert.ok(res.json().error.details.missing.includes('EGRESS_S3_BUCKET'))
  }
  assert.equal(lk.server.calls('StartRoomCompositeEgress').length, 0)
})


/** A local alert receiver: answers each POST with the next status of `statuses` (then 200). */
async function startAlertReceiver(t: { after: (fn: () => Promise<void>) => void }, statuses: number[]) {
  const received: { status: number; body: Record<string, unknown> }[] = []
  const server = http.createServer(async (req, res) => {
    let raw = ''
    for await (const chunk of req) raw += chunk
    const status = statuses.shift() ?? 200
    received.push({ status, body: JSON.parse(raw) })
    res.writeHead(status).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/alerts`, received }
}


test('two API processes on one database: a failed egress posts exactly one alert (retried after a 500); room_started auto-records once', async (t) => {
  const lk = await startLiveKit(t)
  const s3 = await startS3Server()
  t.after(() => s3.close())
  const receiver = await startAlertReceiver(t, [500])
  let databaseUrl: string
  if (process.env.TEST_DATABASE_URL) {
    const fresh = await freshDatabaseEnv()
    t.after(fresh.drop)
    databaseUrl = fresh.env.DATABASE_URL
  } else {
    const embedded = await startEmbeddedPostgres('memory://', 40)
    t.after(() => embedded.stop())
    databaseUrl = embedded.url
  }
  const env = {
    LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: '5',
    ALERT_WEBHOOK_URL: receiver.url, JOBS_POLL_INTERVAL_MS: '50', ...lk.env, ...s3.env,
  }
  // Two API processes: each its own app, pool and job queue polling the shared tables.
  const apps: FastifyInstance[] = []
  for (let i = 0; i < 2; i++) {
    // buildApp registers the job queue and the alert sender, as in production.
    const app = await buildApp(loadConfig(env, '0.0.0-test'), { logger: false })
    await app.ready()
    apps.push(app)
  }
  t.after(async () => {
    for (const app of apps) await app.close()
  })
  const [a, b] = apps

  const owner = await signup(a)
  const agent = await createAgent(a, owner.headers)
  const callId = newId('call')
  const roomName = `call-${agent.id}-alerts`
  await a.calls.insert({ id: callId, workspaceId: owner.workspaceId, agentId: agent.id, agentName: agent.name, direction: 'web', status: 'active', roomName })
  await a.integrations.livekit!.rooms.createRoom({ name: roomName })
  const started = await a.inject({ method: 'POST', url: `/api/calls/${callId}/recording/start`, headers: owner.headers })
  assert.equal(started.statusCode, 202, started.body)
  const info = lk.server.endEgress(started.json().recording.egressId, { status: 'EGRESS_FAILED', error: 'Start signal not received' })

  // The same delivery reaching both processes, and LiveKit sending the failure again under a new event id.
  const id = 'EV_egress_failed_1'
  const answers = await Promise.all([
    sendLiveKitEvent(a, { event: 'egress_ended', egressInfo: info, id }),
    sendLiveKitEvent(b, { event: 'egress_ended', egressInfo: info, id }),
    sendLiveKitEvent(b, { event: 'egress_ended', egressInfo: info }),
  ])
  assert.deepEqual(answers.map((r) => r.statusCode), [200, 200, 200])

  await eventually(() => receiver.received.some((r) => r.status === 200), 'the alert delivered after the 500', 20_000)
  // Give any duplicate time to show up on either process before counting.
  await new Promise((r) => setTimeout(r, 1500))
  assert.deepEqual(receiver.received.map((r) => r.status), [500, 200], 'one alert, retried once after the 500')
  const [first, delivered] = receiver.received.map((r) => r.body)
  assert.deepEqual(first, delivered, 'the retry posts the same alert')
  assert.deepEqual(Object.keys(delivered).sort(), ['at', 'callId', 'message', 'severity', 'type', 'workspaceId'])
  assert.equal(delivered.type, 'egress_failed')
  assert.equal(delivered.severity, 'warning')
  assert.equal(delivered.workspaceId, owner.workspaceId)
  assert.equal(delivered.callId, callId)
  assert.match(delivered.message as string, /Start signal not received/)
  assert.ok(!Number.isNaN(Date.parse(delivered.at as string)))

  const call = (await b.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: owner.headers })).json()
  assert.equal(call.recording.status, 'failed')
  assert.equal(call.recording.error, 'Start signal not received')

  // Auto-record through the queue: room_started (delivered twice, and re-sent under a new id) starts one egress.
  const recorder = await createAgent(a, owner.headers, { name: 'Recorder', settings: { record: true } })
  const autoId = newId('call')
  const autoRoom = `call-${recorder.id}-auto`
  await a.calls.insert({ id: autoId, workspaceId: owner.workspaceId, agentId: recorder.id, agentName: recorder.name, direction: 'web', status: 'created', roomName: autoRoom })
  await a.integrations.livekit!.rooms.createRoom({ name: autoRoom })
  const room = lk.server.state.rooms.get(autoRoom)!.room
  const roomStarted = await Promise.all([
    sendLiveKitEvent(a, { event: 'room_started', room, id: 'EV_room_started_1' }),
    sendLiveKitEvent(b, { event: 'room_started', room, id: 'EV_room_started_1' }),
    sendLiveKitEvent(b, { event: 'room_started', room }),
  ])
  assert.deepEqual(roomStarted.map((r) => r.statusCode), [200, 200, 200])
  const egressesOf = () => lk.server.calls('StartRoomCompositeEgress').filter((r) => r.body.roomName === autoRoom)
  await eventually(() => egressesOf().length > 0, 'the auto-record egress', 20_000)
  await new Promise((r) => setTimeout(r, 1000))
  assert.equal(egressesOf().length, 1)
  const auto = (await a.inject({ method: 'GET', url: `/api/calls/${autoId}`, headers: owner.headers })).json()
  assert.equal(auto.recording.status, 'recording')
  assert.equal(auto.recording.egressId, [...lk.server.state.egresses.values()].find((e) => e.roomName === autoRoom)!.egressId)
})
