/**
 * The one price table of the API. Figures are APPROXIMATE public list prices in USD (pay-as-you-go,
 * as published by the providers in 2025); they are for usage estimates on the dashboard, not invoices.
 * Update them here, and only here.
 */

export interface LlmPrice {
  /** USD per 1M prompt tokens that were not served from the cache. */
  prompt: number
  /** USD per 1M cached prompt tokens. */
  cachedPrompt: number
  /** USD per 1M completion tokens. */
  completion: number
}

export const LLM_PRICES: Readonly<Record<string, LlmPrice>> = {
  'gpt-4o': { prompt: 2.5, cachedPrompt: 1.25, completion: 10 },
  'gpt-4o-mini': { prompt: 0.15, cachedPrompt: 0.075, completion: 0.6 },
  'gpt-4.1': { prompt: 2, cachedPrompt: 0.5, completion: 8 },
  'gpt-4.1-mini': { prompt: 0.4, cachedPrompt: 0.1, completion: 1.6 },
  'gpt-4.1-nano': { prompt: 0.1, cachedPrompt: 0.025, completion: 0.4 },
  'gemini-2.0-flash': { prompt: 0.1, cachedPrompt: 0.025, completion: 0.4 },
}

/** USD per 1,000 synthesized characters. */
export const TTS_PRICES_PER_1K_CHARS: Readonly<Record<string, number>> = {
  'tts-1': 0.015,
  'tts-1-hd': 0.03,
  eleven_flash_v2_5: 0.05,
  eleven_turbo_v2_5: 0.05,
  eleven_multilingual_v2: 0.1,
  'aura-asteria-en': 0.015,
}

/** USD per minute of transcribed audio (streaming rates where they differ). */
export const STT_PRICES_PER_MINUTE: Readonly<Record<string, number>> = {
  'nova-3': 0.0077,
  'nova-2': 0.0058,
  'whisper-1': 0.006,
  'gpt-4o-transcribe': 0.006,
  'gpt-4o-mini-transcribe': 0.003,
}

/**
 * Finds a model's price by name as agents report it: case-insensitive, a `provider/` prefix
 * dropped, and dated or suffixed variants (`gpt-4o-mini-2024-07-18`) matched to the longest
 * known name they start with.
 */
export function priceOf<T>(table: Readonly<Record<string, T>>, model: unknown): T | undefined {
  if (typeof model !== 'string' || model.length === 0) return undefined
  const name = model.toLowerCase().replace(/^.*\//, '')
  if (Object.hasOwn(table, name)) return table[name]
  let best: string | undefined
  for (const known of Object.keys(table)) {
    if (name.startsWith(`${known}-`) && (!best || known.length > best.length)) best = known
  }
  return best === undefined ? undefined : table[best]
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0)
const has = (v: unknown) => typeof v === 'number' && Number.isFinite(v)

/**
 * Cost of a call from its cumulative snapshot: each of LLM, TTS and STT is priced when its
 * model is known here and the usage has its quantity. `undefined` when nothing could be
 * priced: the caller then falls back to the costs the agent put on its events.
 */
export function snapshotCostUsd(usage: Record<string, unknown> | undefined, models: Record<string, unknown> | undefined): number | undefined {
  if (!usage) return undefined
  let total = 0
  let priced = false

  const llm = priceOf(LLM_PRICES, usage.llm_model ?? models?.llm)
  if (llm && (has(usage.llm_prompt_tokens) || has(usage.llm_completion_tokens))) {
    const prompt = num(usage.llm_prompt_tokens)
    // Cached tokens are part of the prompt count (as OpenAI and LiveKit report them).
    const cached = Math.min(num(usage.llm_prompt_cached_tokens), prompt)
    total += ((prompt - cached) * llm.prompt + cached * llm.cachedPrompt + num(usage.llm_completion_tokens) * llm.completion) / 1e6
    priced = true
  }
  const tts = priceOf(TTS_PRICES_PER_1K_CHARS, usage.tts_model ?? models?.tts)
  if (tts !== undefined && has(usage.tts_characters_count)) {
    total += (num(usage.tts_characters_count) / 1000) * tts
    priced = true
  }
  const stt = priceOf(STT_PRICES_PER_MINUTE, usage.stt_model ?? models?.stt)
  if (stt !== undefined && has(usage.stt_audio_duration)) {
    total += (num(usage.stt_audio_duration) / 60) * stt
    priced = true
  }
  return priced ? Math.round(total * 1e6) / 1e6 : undefined
}
