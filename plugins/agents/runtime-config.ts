import type { AgentRow } from './store.js'
import { pickVariant, variantPrompt, type SplitVariant } from './variant-split.js'
import type { SecretBox } from '../../src/platform/secrets.js'
import { maskToolConfigs, openToolConfigs } from './tool-secrets.js'

export type CallType = 'phone' | 'web'
type Variables = Record<string, string | number | boolean | null>

/** What the Python voice agent runtime receives (inbound/outbound start, agents/config). */
export interface AgentRuntimeConfig {
  callId?: string
  workspaceId: string
  fallback?: boolean
  agent: { id: string | null; name: string; workspaceId: string }
  prompt: string
  welcome: { mode: 'agent' | 'user'; text?: string; [k: string]: unknown }
  voice: Record<string, unknown>
  backgroundAudio: Record<string, unknown>
  llmModel: string | null
  /** 0: no limit (the room metadata then carries none). */
  maxCallSeconds: number
  enabledTools: string[]
  toolConfigs: Record<string, unknown>
  callSettings: Record<string, unknown>
  backchannelEnabled: boolean
  fallbackVoice: unknown
  knowledgeFolderIds: string[]
  defaultDynamicVariables: Variables
  postCallDataExtraction: unknown[]
  postCallExtractionModel: string | null
  autoEvalEnabled: boolean
  /** The A/B variant this call runs; null: the agent itself. */
  variant: { id: string; name: string; promptMode: SplitVariant['promptMode'] } | null
  phoneNumber?: { id: string; e164: string }
  /** How much of the knowledge base fills `{{knowledge}}` in `prompt`. */
  knowledge?: { documentsInlined: number; documentsOmitted: number; chars: number }
}

/** The knowledge base's text for a `{{knowledge}}` placeholder, rendered within a character budget. */
export interface KnowledgeFill {
  maxChars: number
  render(maxChars: number): { text: string; documents: number; omitted: number }
}

/**
 * Phone calls run what was published (the draft until something is); web calls are the
 * dashboard's test bench and run the draft (the published prompt when the draft is empty).
 */
export function promptFor(agent: Pick<AgentRow, 'prompt_draft' | 'prompt_published'>, callType: CallType): string {
  const draft = agent.prompt_draft ?? ''
  const published = agent.prompt_published ?? ''
  if (callType === 'web') return draft.trim() ? draft : published
  return published.trim() ? published : draft
}

/** Fills `{{name}}` placeholders; unknown names stay as written so a typo is visible. */
export function fillVariables(text: string, vars: Variables): string {
  return text.replace(/\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g, (whole, name: string) => {
    const v = vars[name]
    return v === undefined || v === null ? whole : String(v)
  })
}

/**
 * The variant of a call: the one recorded on it (`variantId`, null for none) when the call exists,
 * otherwise chosen from the call id. Without a call id (agents/config) the agent itself.
 */
function variantOf(agent: AgentRow, opts: { callId?: string; variantId?: string | null }): SplitVariant | null {
  const variants = agent.ab_variants ?? []
  if (opts.variantId !== undefined) return variants.find((v) => v.id === opts.variantId) ?? null
  return opts.callId ? pickVariant(variants, opts.callId) : null
}

interface RuntimeConfigOptions {
  callType: CallType
  variables?: Variables
  callId?: string
  /** The A/B variant recorded on an existing call (null: none); undefined chooses from `callId`. */
  variantId?: string | null
  phoneNumber?: { id: string; e164: string }
  knowledge?: KnowledgeFill
  /** Fewer characters of knowledge than `knowledge.maxChars` (to fit the room metadata). */
  knowledgeChars?: number
  /**
   * Only the agent-secret routes (start answers, /api/internal/agents/config) pass it, to carry the
   * tool secrets decrypted; without it they show as `has<Name>: true`.
   */
  secrets?: SecretBox
}

export function agentRuntimeConfig(agent: AgentRow, opts: RuntimeConfigOptions): AgentRuntimeConfig {
  const vars = { ...(agent.default_dynamic_variables ?? {}), ...(opts.variables ?? {}) }
  // Filled in the same pass as the variables, so that text in documents is never taken for a placeholder.
  const inlined = opts.knowledge?.render(opts.knowledgeChars ?? opts.knowledge.maxChars)
  const promptVars = inlined ? { knowledge: inlined.text, ...vars } : vars
  const variant = variantOf(agent, opts)
  const baseWelcome = variant?.welcome ?? agent.welcome
  const welcome: AgentRuntimeConfig['welcome'] = { ...(baseWelcome ?? {}), mode: baseWelcome?.mode === 'user' ? 'user' : 'agent' }
  if (typeof welcome.text === 'string') welcome.text = fillVariables(welcome.text, vars)
  return {
    ...(opts.callId ? { callId: opts.callId } : {}),
    workspaceId: agent.workspace_id,
    agent: { id: agent.id, name: agent.name, workspaceId: agent.workspace_id },
    prompt: fillVariables(variant ? variantPrompt(promptFor(agent, opts.callType), variant) : promptFor(agent, opts.callType), promptVars),
    welcome,
    voice: variant?.voice ?? agent.voice ?? {},
    backgroundAudio: agent.background_audio ?? {},
    llmModel: variant?.llmModel ?? agent.llm_model,
    maxCallSeconds: agent.max_call_seconds,
    enabledTools: agent.enabled_tools ?? [],
    toolConfigs: opts.secrets ? openToolConfigs(opts.secrets, agent.tool_configs ?? {}) : maskToolConfigs(agent.tool_configs ?? {}),
    callSettings: agent.call_settings ?? {},
    backchannelEnabled: agent.backchannel_enabled,
    fallbackVoice: agent.fallback_voice ?? null,
    knowledgeFolderIds: agent.knowledge_folder_ids ?? [],
    defaultDynamicVariables: vars,
    postCallDataExtraction: agent.post_call_data_extraction ?? [],
    postCallExtractionModel: agent.post_call_extraction_model || null,
    autoEvalEnabled: agent.auto_eval_enabled ?? false,
    variant: variant ? { id: variant.id, name: variant.name, promptMode: variant.promptMode } : null,
    ...(opts.phoneNumber ? { phoneNumber: opts.phoneNumber } : {}),
    ...(inlined ? { knowledge: { documentsInlined: inlined.documents, documentsOmitted: inlined.omitted, chars: inlined.text.length } } : {}),
  }
}

/** LiveKit refuses room metadata over 64 KiB; the agent reads a web call's prompt from it. */
export const ROOM_METADATA_MAX_BYTES = 60 * 1024

/**
 * The config of a call and its room metadata, with inlined knowledge cut (whole documents, the last
 * ones first) until the metadata is under ROOM_METADATA_MAX_BYTES of UTF-8. The answer and the room
 * get the same prompt. Cutting is rare (24,000 characters fit unless they are mostly multi-byte).
 */
export function callConfigAndMetadata(
  agent: AgentRow,
  opts: RuntimeConfigOptions,
  call: { id: string; to: string | null; direction: string; from?: string | null },
) {
  const build = (knowledgeChars?: number) => {
    const config = agentRuntimeConfig(agent, { ...opts, knowledgeChars })
    const metadata = roomMetadata(config, call)
    return { config, metadata, fits: Buffer.byteLength(metadata) <= ROOM_METADATA_MAX_BYTES }
  }
  const full = build()
  if (full.fits || !full.config.knowledge) return { config: full.config, metadata: full.metadata }
  // The largest knowledge budget that fits (documents are whole, so fewer characters never take more room).
  let best = build(0)
  let [low, high] = [1, full.config.knowledge.chars - 1]
  while (low <= high) {
    const mid = Math.floor((low + high) / 2)
    const attempt = build(mid)
    if (attempt.fits) {
      best = attempt
      low = mid + 1
    } else high = mid - 1
  }
  return { config: best.config, metadata: best.metadata }
}

export const FALLBACK_PROMPTS = {
  notConfigured:
    'You are an automated assistant for a phone number that has no agent assigned. ' +
    'Say exactly once: "This number is not configured for inbound calls. Please contact the owner of this number. Goodbye." ' +
    'Then immediately call the end_call tool. Do not answer questions or continue the conversation.',
  overCapacity:
    'You are an automated assistant. Say exactly once: "We are over capacity right now and cannot take your call. Please try again later. Goodbye." ' +
    'Then immediately call the end_call tool. Do not continue the conversation.',
}

/**
 * For a number without an inbound agent: the agent speaks first (`user` would wait in
 * silence) and has `end_call` (without it the call never reports its end).
 */
export function fallbackRuntimeConfig(opts: { workspaceId: string | null; callId: string; prompt?: string; phoneNumber?: { id: string; e164: string } }): AgentRuntimeConfig {
  return {
    callId: opts.callId,
    workspaceId: opts.workspaceId ?? '',
    fallback: true,
    agent: { id: null, name: 'Fallback', workspaceId: opts.workspaceId ?? '' },
    prompt: opts.prompt ?? FALLBACK_PROMPTS.notConfigured,
    welcome: { mode: 'agent' },
    voice: {},
    backgroundAudio: {},
    llmModel: null,
    maxCallSeconds: 60,
    enabledTools: ['end_call'],
    toolConfigs: {},
    callSettings: {},
    backchannelEnabled: false,
    fallbackVoice: null,
    knowledgeFolderIds: [],
    defaultDynamicVariables: {},
    postCallDataExtraction: [],
    postCallExtractionModel: null,
    autoEvalEnabled: false,
    variant: null,
    ...(opts.phoneNumber ? { phoneNumber: opts.phoneNumber } : {}),
  }
}

/**
 * The room metadata JSON the agent reads the call id, prompt and options from. The
 * agent reads `maxCallSeconds`, `callOptions` and `backgroundAudio` at the top level. A
 * `maxCallSeconds` of 0 (no limit) is left out: the agent treats a missing one as no limit.
 */
export function roomMetadata(config: AgentRuntimeConfig, call: { id: string; to: string | null; direction: string; from?: string | null }) {
  const { maxCallSeconds, ...rest } = config
  const limit = maxCallSeconds > 0 ? { maxCallSeconds } : {}
  return JSON.stringify({
    call: { id: call.id, to: call.to, from: call.from ?? null, direction: call.direction },
    // A web caller's browser can read room metadata: tool secrets never go into it.
    agent: { ...rest, toolConfigs: maskToolConfigs(config.toolConfigs), ...limit, id: config.agent.id, name: config.agent.name, workspaceId: config.workspaceId, callOptions: config.callSettings },
    welcome: config.welcome,
    prompt: config.prompt,
    variantId: config.variant?.id ?? null,
    ...limit,
    callOptions: config.callSettings,
    backgroundAudio: config.backgroundAudio,
    fallback: config.fallback ?? false,
  })
}
