import { Type, type Static } from '@sinclair/typebox'
import { StringEnum } from './agents.js'

export const TTS_PREVIEW_MAX_CHARS = 300

export const TtsPreviewBody = Type.Object(
  {
    provider: StringEnum(['elevenlabs', 'cartesia']),
    voiceId: Type.String({ minLength: 1, maxLength: 120, description: 'The provider\'s voice id' }),
    model: Type.Optional(Type.String({ minLength: 1, maxLength: 120, description: 'Default `eleven_flash_v2_5` (ElevenLabs) or `sonic-2` (Cartesia)' })),
    text: Type.String({ minLength: 1, maxLength: TTS_PREVIEW_MAX_CHARS }),
    languageCode: Type.Optional(Type.String({ minLength: 2, maxLength: 35, pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', description: 'BCP 47, e.g. `en-US`' })),
  },
  { additionalProperties: false, examples: [{ provider: 'elevenlabs', voiceId: 'EXAVITQu4vr4xnSDxMaL', text: 'Hi, thanks for calling Acme Dental. How can I help?' }] },
)
export type TtsPreviewBody = Static<typeof TtsPreviewBody>

/** The 200 of the preview: MP3 bytes, documented for the spec (no JSON serializer for audio). */
export const TtsPreviewAudio = {
  description: 'The spoken text as MP3 (44.1 kHz, 128 kbit/s), from either provider',
  content: { 'audio/mpeg': { schema: { type: 'string', format: 'binary' } } },
}
