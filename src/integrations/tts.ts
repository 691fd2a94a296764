import { ElevenLabsClient, ElevenLabsError } from '@elevenlabs/elevenlabs-js'
import Cartesia, { APIError as CartesiaApiError } from '@cartesia/cartesia-js'
import type { Config } from '../config.js'

export type TtsProvider = 'elevenlabs' | 'cartesia'

export interface TtsRequest {
  voiceId: string
  model: string
  text: string
  /** BCP 47 (`en-US`); the providers take the language subtag (`en`). */
  languageCode?: string
}

/** One synthesis: MP3 bytes (44.1 kHz, 128 kbit/s) for the whole text. */
export type Synthesize = (r: TtsRequest) => Promise<Buffer>

/** A provider refused or failed: `reason` is what it said, for the 502 body. */
export class TtsProviderError extends Error {
  constructor(readonly provider: TtsProvider, readonly status: number | undefined, readonly reason: string) {
    super(`${provider}${status ? ` ${status}` : ''}: ${reason}`)
    this.name = 'TtsProviderError'
  }
}

// A preview is one short request: no SDK retries, a bound well inside the request timeout.
const TIMEOUT_S = 20
const language = (code?: string) => code?.split('-')[0].toLowerCase()

/** The provider's own words from an error body (`{detail: {message}}`, `{message}`, `{error}`, text). */
function reasonOf(body: unknown, fallback: string): string {
  if (typeof body === 'string' && body.trim()) return body.trim().slice(0, 500)
  const b = body as { detail?: unknown; message?: unknown; error?: unknown } | undefined
  const detail = b?.detail as { message?: unknown } | unknown[] | string | undefined
  const candidates = [
    typeof detail === 'string' ? detail : undefined,
    Array.isArray(detail) ? (detail as { msg?: string }[]).map((d) => d?.msg).filter(Boolean).join('; ') : undefined,
    (detail as { message?: unknown } | undefined)?.message,
    b?.message,
    typeof b?.error === 'string' ? b.error : (b?.error as { message?: unknown } | undefined)?.message,
  ]
  const found = candidates.find((c): c is string => typeof c === 'string' && c.length > 0)
  return (found ?? fallback).slice(0, 500)
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}

/** The official ElevenLabs SDK; undefined without ELEVENLABS_API_KEY. */
export function createElevenLabsTts(config: Config['tts']['elevenlabs']): Synthesize | undefined {
  if (!config.apiKey) return undefined
  const client = new ElevenLabsClient({ apiKey: config.apiKey, baseUrl: config.baseUrl, maxRetries: 0, timeoutInSeconds: TIMEOUT_S })
  return async (r) => {
    try {
      const audio = await client.textToSpeech.convert(r.voiceId, {
        text: r.text, modelId: r.model, outputFormat: 'mp3_44100_128', ...(r.languageCode ? { languageCode: language(r.languageCode) } : {}),
      })
      return await readAll(audio)
    } catch (err) {
      if (err instanceof ElevenLabsError) throw new TtsProviderError('elevenlabs', err.statusCode, reasonOf(err.body, err.message))
      throw new TtsProviderError('elevenlabs', undefined, (err as Error).message)
    }
  }
}

/** The official Cartesia SDK (`/tts/bytes`); undefined without CARTESIA_API_KEY. */
export function createCartesiaTts(config: Config['tts']['cartesia']): Synthesize | undefined {
  if (!config.apiKey) return undefined
  const client = new Cartesia({ apiKey: config.apiKey, baseURL: config.baseUrl ?? 'https://api.cartesia.ai', maxRetries: 0, timeout: TIMEOUT_S * 1000 })
  return async (r) => {
    try {
      const res = await client.tts.generate({
        model_id: r.model as never,
        transcript: r.text,
        voice: { mode: 'id', id: r.voiceId },
        output_format: { container: 'mp3', sample_rate: 44100, bit_rate: 128000 },
        ...(r.languageCode ? { language: language(r.languageCode) as never } : {}),
      })
      return Buffer.from(await res.arrayBuffer())
    } catch (err) {
      if (err instanceof CartesiaApiError) throw new TtsProviderError('cartesia', err.status, reasonOf(err.error, err.message))
      throw new TtsProviderError('cartesia', undefined, (err as Error).message)
    }
  }
}
