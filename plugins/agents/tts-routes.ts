import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors } from '../../schemas/common.js'
import { TtsPreviewAudio, TtsPreviewBody } from '../../schemas/tts.js'
import { httpError, integrationNotConfigured } from '../../src/platform/http-error.js'
import { createCartesiaTts, createElevenLabsTts, TtsProviderError, type Synthesize, type TtsProvider } from '../../src/integrations/tts.js'
import { createPreviewCache } from './preview-cache.js'
import type { RateWindows } from './rate-window-store.js'

const PROVIDERS: Record<TtsProvider, { label: string; key: string; defaultModel: string }> = {
  elevenlabs: { label: 'ElevenLabs', key: 'ELEVENLABS_API_KEY', defaultModel: 'eleven_flash_v2_5' },
  cartesia: { label: 'Cartesia', key: 'CARTESIA_API_KEY', defaultModel: 'sonic-2' },
}

/** The voice tab's Preview button: a short sentence spoken by the chosen voice. */
export default async function ttsRoutes(fastify: FastifyInstance, opts: { rates: RateWindows }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const synth: Record<TtsProvider, Synthesize | undefined> = {
    elevenlabs: createElevenLabsTts(app.config.tts.elevenlabs),
    cartesia: createCartesiaTts(app.config.tts.cartesia),
  }
  // 300 characters are about 20 s of speech, ~330 KB of MP3: 64 MB hold a few hundred previews.
  const cache = createPreviewCache({ maxEntries: 500, maxBytes: 64 * 1024 * 1024 })
  app.addHook('onRequest', app.requireAuth)

  app.post('/tts/preview', {
    schema: {
      tags: ['agents'], security: [{ bearerAuth: [] }], operationId: 'previewVoice', summary: 'Speak a short text with a voice (audio/mpeg)',
      description:
        'Through the provider\'s official SDK. Identical requests are answered from a bounded cache (not counted against the limit); ' +
        'other requests count against `TTS_PREVIEW_PER_MINUTE` per workspace (429 `rate_limited`). 502 `tts_provider_error` carries ' +
        'the provider\'s reason; 503 `integration_not_configured` names the missing key.',
      body: TtsPreviewBody,
      response: { 200: TtsPreviewAudio, ...errors(400, 401, 413, 415, 429, 502, 503) } as never,
    },
  }, async (req, reply) => {
    const { provider, voiceId, text, languageCode } = req.body
    const p = PROVIDERS[provider]
    const synthesize = synth[provider]
    if (!synthesize) throw integrationNotConfigured(p.label, [p.key])
    const model = req.body.model ?? p.defaultModel
    const key = cache.keyOf([provider, voiceId, model, text, languageCode ?? null])
    let audio = cache.get(key)
    const cached = !!audio
    if (!audio) {
      await opts.rates.take(`tts-preview:${req.auth.workspaceId}`, app.config.tts.previewsPerMinute)
      audio = await synthesize({ voiceId, model, text, languageCode }).catch((err: unknown) => {
        if (!(err instanceof TtsProviderError)) throw err
        req.log.warn({ provider, status: err.status, reason: err.reason }, '[tts.preview] provider failed')
        throw httpError(502, 'tts_provider_error', `${p.label} preview failed${err.status ? ` (${err.status})` : ''}: ${err.reason}`, { provider, status: err.status ?? null, reason: err.reason })
      })
      if (!audio.length) throw httpError(502, 'tts_provider_error', `${p.label} preview failed: no audio`, { provider, status: null, reason: 'empty answer' })
      cache.set(key, audio)
    }
    return reply.header('content-type', 'audio/mpeg').header('cache-control', 'no-store').header('x-preview-cache', cached ? 'hit' : 'miss').send(audio)
  })
}
