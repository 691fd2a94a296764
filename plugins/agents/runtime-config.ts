import type { AgentRow } from './store.js'

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
  phoneNumber?: { id: string; e164: string }
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

export function agentRuntimeConfig(
  agent: AgentRow,
  opts: { callType: CallType; variables?: Variables; callId?: string; phoneNumber?: { id: string; e164: string } },
): AgentRuntimeConfig {
  const vars = { ...(agent.default_dynamic_variables ?? {}), ...(opts.variables ?? {}) }
  const welcome: AgentRuntimeConfig['welcome'] = { ...(agent.welcome ?? {}), mode: agent.welcome?.mode === 'user' ? 'user' : 'agent' }
  if (typeof welcome.text === 'string') welcome.text = fillVariables(welcome.text, vars)
  return {
    ...(opts.callId ? { callId: opts.callId } : {}),
    workspaceId: agent.workspace_id,
    agent: { id: agent.id, name: agent.name, workspaceId: agent.workspace_id },
    prompt: fillVariables(promptFor(agent, opts.callType), vars),
    welcome,
    voice: agent.voice ?? {},
    backgroundAudio: agent.background_audio ?? {},
    llmModel: agent.llm_model,
    maxCallSeconds: agent.max_call_seconds,
    enabledTools: agent.enabled_tools ?? [],
    toolConfigs: agent.tool_configs ?? {},
    callSettings: agent.call_settings ?? {},
    backchannelEnabled: agent.backchannel_enabled,
    fallbackVoice: agent.fallback_voice ?? null,
    knowledgeFolderIds: agent.knowledge_folder_ids ?? [],
    defaultDynamicVariables: vars,
    postCallDataExtraction: agent.post_call_data_extraction ?? [],
    postCallExtractionModel: agent.post_call_extraction_model || null,
    autoEvalEnabled: agent.auto_eval_enabled ?? false,
    ...(opts.phoneNumber ? { phoneNumber: opts.phoneNumber } : {}),
  }
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
    agent: { ...rest, ...limit, id: config.agent.id, name: config.agent.name, workspaceId: config.workspaceId, callOptions: config.callSettings },
    welcome: config.welcome,
    prompt: config.prompt,
    ...limit,
    callOptions: config.callSettings,
    backgroundAudio: config.backgroundAudio,
    fallback: config.fallback ?? false,
  })
}
