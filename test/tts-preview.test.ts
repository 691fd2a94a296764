import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp } from './helpers/app.js'
import { signup } from './helpers/users.js'
import { startCartesiaServer, startElevenLabsServer } from './support/tts-servers.js'
import { mp3Frames, parseMp3Frames } from './support/mp3.js'

const EL_KEY = 'sk_test_elevenlabs_0123456789'
const CA_KEY = 'sk_car_test_0123456789'

async function setup(t: { after: (fn: () => Promise<void>) => void }, env: Record<string, string> = {}) {
  const el = await startElevenLabsServer(EL_KEY)
  const ca = await startCartesiaServer(CA_KEY)
  t.after(() => el.close())
  t.after(() => ca.close())
  el.voices.add('EXAVITQu4vr4xnSDxMaL')
  ca.voices.add('a0e99841-438c-4a64-b679-ae501e7d6091')
  const { app } = await startTestApp(t, {
    env: { ELEVENLABS_API_KEY: EL_KEY, ELEVENLABS_BASE_URL: el.url, CARTESIA_API_KEY: CA_KEY, CARTESIA_BASE_URL: ca.url, ...env },
  })
  const u = await signup(app)
  const preview = (body: Record<string, unknown>, headers = u.headers) => app.inject({ method: 'POST', url: '/api/tts/preview', headers, payload: body })
  return { app, el, ca, u, preview }
}

test('the MP3 checker accepts whole frames and refuses anything else', () => {
  assert.equal(parseMp3Frames(mp3Frames(38)).frames, 38)
  assert.equal(parseMp3Frames(mp3Frames(38)).durationMs, 993)
  assert.throws(() => parseMp3Frames(mp3Frames(3).subarray(0, 1000)), /runs past the end/)
  assert.throws(() => parseMp3Frames(Buffer.from('RIFF....WAVEfmt ')), /no frame sync/)
  assert.throws(() => parseMp3Frames(Buffer.alloc(0)), /no frames/)
})

test('both providers: valid MP3 frames through the official SDKs, with the request each service expects', async (t) => {
  const s = await setup(t)
  const el = await s.preview({ provider: 'elevenlabs', voiceId: 'EXAVITQu4vr4xnSDxMaL', text: 'Hi, thanks for calling Acme.', languageCode: 'en-US' })
  assert.equal(el.statusCode, 200, el.body)
  assert.equal(el.headers['content-type'], 'audio/mpeg')
  assert.equal(el.headers['cache-control'], 'no-store')
  const elAudio = parseMp3Frames(el.rawPayload)
  assert.ok(elAudio.frames >= 10 && elAudio.sampleRate === 44100 && elAudio.bitrateKbps === 128, JSON.stringify(elAudio))
  const [elReq] = s.el.requests
  assert.equal(elReq.path, '/v1/text-to-speech/EXAVITQu4vr4xnSDxMaL')
  assert.equal(elReq.query.output_format, 'mp3_44100_128')
  assert.deepEqual(elReq.body, { text: 'Hi, thanks for calling Acme.', model_id: 'eleven_flash_v2_5', language_code: 'en' })

  const ca = await s.preview({ provider: 'cartesia', voiceId: 'a0e99841-438c-4a64-b679-ae501e7d6091', model: 'sonic-3', text: 'Hello from Cartesia.' })
  assert.equal(ca.statusCode, 200, ca.body)
  assert.equal(ca.headers['content-type'], 'audio/mpeg')
  assert.ok(parseMp3Frames(ca.rawPayload).frames >= 10)
  const [caReq] = s.ca.requests
  assert.equal(caReq.body.model_id, 'sonic-3')
  assert.deepEqual(caReq.body.voice, { mode: 'id', id: 'a0e99841-438c-4a64-b679-ae501e7d6091' })
  assert.deepEqual(caReq.body.output_format, { container: 'mp3', sample_rate: 44100, bit_rate: 128000 })
})

test('identical previews come from the cache; new ones are rate-limited per workspace', async (t) => {
  const s = await setup(t, { TTS_PREVIEW_PER_MINUTE: '3' })
  const body = { provider: 'elevenlabs', voiceId: 'EXAVITQu4vr4xnSDxMaL', text: 'Same sentence.' }
  const first = await s.preview(body)
  const again = await s.preview(body)
  assert.equal(again.headers['x-preview-cache'], 'hit')
  assert.deepEqual(again.rawPayload, first.rawPayload)
  assert.equal(s.el.requests.length, 1, 'the provider was asked once')

  for (const text of ['two', 'three']) assert.equal((await s.preview({ ...body, text })).statusCode, 200)
  const limited = await s.preview({ ...body, text: 'four' })
  assert.equal(limited.statusCode, 429)
  assert.equal(limited.json().error.code, 'rate_limited')
  assert.ok(Number(limited.headers['retry-after']) >= 1)
  assert.equal(s.el.requests.length, 3, 'the refused preview reached no provider')
  assert.equal((await s.preview(body)).statusCode, 200, 'a cached preview is still served')
  const other = await signup(s.app)
  assert.equal((await s.preview({ ...body, text: 'four' }, other.headers)).statusCode, 200, 'another workspace has its own limit')
})

test('provider errors answer 502 with the provider\'s reason; a missing key 503; bad input 400', async (t) => {
  const s = await setup(t)
  const unknown = await s.preview({ provider: 'elevenlabs', voiceId: 'nope', text: 'Hi' })
  assert.equal(unknown.statusCode, 502)
  assert.equal(unknown.json().error.code, 'tts_provider_error')
  assert.match(unknown.json().error.message, /ElevenLabs preview failed \(404\): A voice with voice_id nope was not found/)
  assert.deepEqual(unknown.json().error.details, { provider: 'elevenlabs', status: 404, reason: 'A voice with voice_id nope was not found.' })

  s.ca.failNext(402, { error: 'Credits exhausted for this account' })
  const broke = await s.preview({ provider: 'cartesia', voiceId: 'a0e99841-438c-4a64-b679-ae501e7d6091', text: 'Hi' })
  assert.equal(broke.statusCode, 502)
  assert.match(broke.json().error.message, /Cartesia preview failed \(402\): Credits exhausted/)

  for (const body of [
    { provider: 'elevenlabs', voiceId: 'v', text: 'x'.repeat(301) },
    { provider: 'elevenlabs', voiceId: 'v', text: '' },
    { provider: 'polly', voiceId: 'v', text: 'hi' },
    { provider: 'cartesia', text: 'hi' },
    { provider: 'cartesia', voiceId: 'v', text: 'hi', speed: 2 },
  ]) assert.equal((await s.preview(body)).statusCode, 400, JSON.stringify(body))

  const { app } = await startTestApp(t)
  const u = await signup(app)
  const none = await app.inject({ method: 'POST', url: '/api/tts/preview', headers: u.headers, payload: { provider: 'cartesia', voiceId: 'v', text: 'hi' } })
  assert.equal(none.statusCode, 503)
  assert.equal(none.json().error.code, 'integration_not_configured')
  assert.deepEqual(none.json().error.details.missing, ['CARTESIA_API_KEY'])
  assert.equal((await app.inject({ method: 'POST', url: '/api/tts/preview', payload: { provider: 'cartesia', voiceId: 'v', text: 'hi' } })).statusCode, 401)
})
