import { ms } from './time.js'

/** The contract's agent, as far as the adapter reads it. */
export interface ContractAgent {
  id: string
  name: string
  promptDraft: string
  promptPublished: string | null
  publishedAt: string | null
  llmModel?: string | null
  maxCallSeconds?: number
  welcome?: { mode?: string; text?: string; aiMessageMode?: string; aiMessageText?: string; aiDelaySeconds?: number; [k: string]: unknown }
  voice?: { provider?: string; model?: string; voiceId?: string; [k: string]: unknown }
  backgroundAudio?: Record<string, unknown>
  knowledgeFolderIds?: string[]
  autoEvalEnabled?: boolean
  createdAt: string
  updatedAt: string
  [k: string]: unknown
}

export interface DashboardWelcome {
  mode?: 'ai' | 'user'
  aiMessageMode?: 'dynamic' | 'custom'
  aiMessageText?: string
  aiDelaySeconds?: number
}

/** The dashboard's welcome -> ours: its `ai` (agent speaks first) is our `agent`. */
export function toContractWelcome(w: DashboardWelcome, current: ContractAgent['welcome'] = {}) {
  const out: Record<string, unknown> = { ...current }
  if (w.mode !== undefined) out.mode = w.mode === 'ai' ? 'agent' : 'user'
  out.mode ??= 'user'
  if (w.aiMessageMode !== undefined) out.aiMessageMode = w.aiMessageMode
  if (w.aiMessageText !== undefined) out.aiMessageText = w.aiMessageText
  if (w.aiDelaySeconds !== undefined) out.aiDelaySeconds = w.aiDelaySeconds
  return out
}

export function dashboardWelcome(w: ContractAgent['welcome'] = {}) {
  const text = typeof w.aiMessageText === 'string' ? w.aiMessageText : typeof w.text === 'string' ? w.text : ''
  return {
    mode: w.mode === 'agent' ? ('ai' as const) : ('user' as const),
    aiMessageMode: w.aiMessageMode === 'custom' || w.aiMessageMode === 'dynamic' ? w.aiMessageMode : text ? 'custom' : 'dynamic',
    aiMessageText: text,
    aiDelaySeconds: typeof w.aiDelaySeconds === 'number' ? w.aiDelaySeconds : 0,
  }
}

/** An agent in the dashboard's shape (AgentProfile). */
export function dashboardAgent(a: ContractAgent) {
  const { welcome, voice, backgroundAudio, createdAt, updatedAt, publishedAt, promptPublished, llmModel, maxCallSeconds, ...rest } = a
  return {
    ...rest,
    promptDraft: a.promptDraft ?? '',
    promptPublished: promptPublished ?? '',
    publishedAt: ms(publishedAt),
    llmModel: llmModel ?? '',
    autoEvalEnabled: a.autoEvalEnabled ?? false,
    knowledgeFolderIds: a.knowledgeFolderIds ?? [],
    maxCallSeconds: maxCallSeconds ?? 0,
    welcome: dashboardWelcome(welcome),
    voice: { ...voice, provider: voice?.provider ?? null, model: voice?.model ?? null, voiceId: voice?.voiceId ?? null },
    backgroundAudio: backgroundAudio ?? {},
    createdAt: ms(createdAt),
    updatedAt: ms(updatedAt),
  }
}
