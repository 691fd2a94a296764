import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mp3Frames } from './mp3.js'

/**
 * Strict local stand-ins for the ElevenLabs and Cartesia TTS HTTP APIs, speaking what the official
 * SDKs send (paths, auth headers, JSON bodies) and answering a real MP3 frame sequence. Anything
 * the real service would refuse (wrong key, unknown body field, wrong format) is refused the way
 * it refuses it, so a wrong request fails the test.
 */
export interface TtsRequestSeen {
  path: string
  query: Record<string, string>
  headers: IncomingMessage['headers']
  body: Record<string, unknown>
}

export interface TtsTestServer {
  url: string
  requests: TtsRequestSeen[]
  /** The next request answers this status and JSON body instead of audio. */
  failNext(status: number, body: unknown): void
  /** Voice ids that exist (others: 404 as the service answers). */
  voices: Set<string>
  close(): Promise<void>
}

type Handler = (req: TtsRequestSeen) => { status: number; body: unknown } | { audio: Buffer }

async function start(handle: Handler): Promise<TtsTestServer> {
  const requests: TtsRequestSeen[] = []
  let failure: { status: number; body: unknown } | undefined
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  }
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const url = new URL(req.url ?? '/', 'http://x')
    let body: Record<string, unknown>
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    } catch {
      return send(res, 400, { detail: { status: 'invalid_json', message: 'Body is not JSON' } })
    }
    const seen = { path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body }
    requests.push(seen)
    if (req.method !== 'POST') return send(res, 405, { detail: 'Method Not Allowed' })
    if (!String(req.headers['content-type']).startsWith('application/json')) return send(res, 415, { detail: 'Unsupported Media Type' })
    if (failure) {
      const f = failure
      failure = undefined
      return send(res, f.status, f.body)
    }
    const answer = handle(seen)
    if ('audio' in answer) {
      // Streamed in pieces, as the services do (chunked transfer).
      res.writeHead(200, { 'content-type': 'audio/mpeg', 'transfer-encoding': 'chunked' })
      for (let i = 0; i < answer.audio.length; i += 4096) res.write(answer.audio.subarray(i, i + 4096))
      return res.end()
    }
    send(res, answer.status, answer.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    voices: new Set(),
    failNext(status, body) {
      failure = { status, body }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

const unknownKeys = (body: Record<string, unknown>, allowed: string[]) => Object.keys(body).filter((k) => !allowed.includes(k))

/** POST /v1/text-to-speech/{voice_id}?output_format=..., `xi-api-key`, snake_case JSON body. */
export async function startElevenLabsServer(apiKey: string): Promise<TtsTestServer> {
  const ALLOWED = ['text', 'model_id', 'language_code', 'voice_settings', 'pronunciation_dictionary_locators', 'seed', 'previous_text', 'next_text',
    'previous_request_ids', 'next_request_ids', 'use_pvc_as_ivc', 'apply_text_normalization', 'apply_language_text_normalization']
  const FORMATS = ['mp3_22050_32', 'mp3_44100_32', 'mp3_44100_64', 'mp3_44100_96', 'mp3_44100_128', 'mp3_44100_192']
  const s: TtsTestServer = await start((r) => {
    const m = /^\/v1\/text-to-speech\/([^/]+)$/.exec(r.path)
    if (!m) return { status: 404, body: { detail: 'Not Found' } }
    if (r.headers['xi-api-key'] !== apiKey) return { status: 401, body: { detail: { status: 'invalid_api_key', message: 'Invalid API key' } } }
    const extraQuery = Object.keys(r.query).filter((k) => !['output_format', 'enable_logging', 'optimize_streaming_latency'].includes(k))
    if (extraQuery.length) return { status: 422, body: { detail: [{ loc: ['query', extraQuery[0]], msg: 'Extra inputs are not permitted', type: 'extra_forbidden' }] } }
    if (r.query.output_format && !FORMATS.includes(r.query.output_format)) return { status: 422, body: { detail: [{ loc: ['query', 'output_format'], msg: 'Input should be a valid output format', type: 'enum' }] } }
    const extra = unknownKeys(r.body, ALLOWED)
    if (extra.length) return { status: 422, body: { detail: [{ loc: ['body', extra[0]], msg: 'Extra inputs are not permitted', type: 'extra_forbidden' }] } }
    if (typeof r.body.text !== 'string' || !r.body.text) return { status: 422, body: { detail: [{ loc: ['body', 'text'], msg: 'Field required', type: 'missing' }] } }
    if (r.body.model_id !== undefined && typeof r.body.model_id !== 'string') return { status: 422, body: { detail: [{ loc: ['body', 'model_id'], msg: 'Input should be a valid string', type: 'string_type' }] } }
    const voiceId = decodeURIComponent(m[1])
    if (!s.voices.has(voiceId)) return { status: 404, body: { detail: { status: 'voice_not_found', message: `A voice with voice_id ${voiceId} was not found.` } } }
    // About one second per 15 characters, as speech goes.
    return { audio: mp3Frames(Math.max(10, Math.ceil((r.body.text as string).length * 2.5))) }
  })
  return s
}

/** POST /tts/bytes with `Authorization: Bearer`, a `cartesia-version` date and the JSON body. */
export async function startCartesiaServer(apiKey: string): Promise<TtsTestServer> {
  const ALLOWED = ['model_id', 'transcript', 'voice', 'output_format', 'generation_config', 'language', 'locale', 'normalization', 'pronunciation_dict_id', 'save', 'speed']
  const s: TtsTestServer = await start((r) => {
    if (r.path !== '/tts/bytes') return { status: 404, body: { error: 'Not found' } }
    if (r.headers.authorization !== `Bearer ${apiKey}`) return { status: 401, body: { error: 'Invalid API key' } }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(r.headers['cartesia-version'] ?? ''))) return { status: 400, body: { error: 'Missing or invalid Cartesia-Version header' } }
    const extra = unknownKeys(r.body, ALLOWED)
    if (extra.length) return { status: 400, body: { error: `Unknown field: ${extra[0]}` } }
    for (const k of ['model_id', 'transcript']) if (typeof r.body[k] !== 'string' || !r.body[k]) return { status: 400, body: { error: `${k} is required` } }
    const voice = r.body.voice as string | { id?: unknown; mode?: unknown } | undefined
    const voiceId = typeof voice === 'string' ? voice : voice?.id
    if (typeof voiceId !== 'string' || (typeof voice === 'object' && voice.mode !== undefined && voice.mode !== 'id')) return { status: 400, body: { error: 'voice must be an id or {mode: "id", id}' } }
    const f = r.body.output_format as { container?: string; sample_rate?: number; bit_rate?: number } | undefined
    if (f?.container !== 'mp3' || ![8000, 16000, 22050, 24000, 44100, 48000].includes(f.sample_rate ?? 0) || ![32000, 64000, 96000, 128000, 192000].includes(f.bit_rate ?? 0)) {
      return { status: 400, body: { error: 'output_format: this server answers container mp3 with a valid sample_rate and bit_rate' } }
    }
    if (!s.voices.has(voiceId)) return { status: 404, body: { error: `Voice ${voiceId} not found` } }
    return { audio: mp3Frames(Math.max(10, Math.ceil((r.body.transcript as string).length * 2.5))) }
  })
  return s
}
