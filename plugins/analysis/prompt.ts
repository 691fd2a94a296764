import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions'
import { S, type JsonSchema } from '../../src/integrations/json-schema.js'
import { POST_CALL_FIELD_TYPES, SENTIMENTS, type PostCallField } from '../../schemas/analysis.js'

/** What the analysis reads of a call and its agent (no row types of other domains). */
export interface CallFacts {
  direction: 'inbound' | 'outbound' | 'web'
  outcome: string | null
  durationS: number | null
  transcript: Record<string, unknown>[]
  agentName: string | null
  prompt: string
  fields: PostCallField[]
}

// The agent's instructions can be long (up to 200k characters); the rubric needs their gist.
const PROMPT_CHARS_MAX = 12_000
const approxTokens = (s: string) => Math.ceil(s.length / 4) + 1

/** The prompt a call ran with: web calls test the draft, phone calls use the published one. */
export function promptOf(agent: { prompt_draft: string; prompt_published: string | null } | undefined, direction: CallFacts['direction']): string {
  if (!agent) return ''
  const draft = agent.prompt_draft ?? ''
  const published = agent.prompt_published ?? ''
  return direction === 'web' ? draft || published : published || draft
}

/**
 * The fields of `postCallDataExtraction` the analysis can ask for. Agents saved here are valid
 * (checked on save); agents imported from the previous API may carry other shapes, which are
 * left out rather than failing every analysis.
 */
export function usableFields(raw: unknown): PostCallField[] {
  if (!Array.isArray(raw)) return []
  const seen = new Set<string>()
  const out: PostCallField[] = []
  for (const f of raw as Record<string, unknown>[]) {
    const name = typeof f?.name === 'string' ? f.name.trim() : ''
    const type = f?.type as PostCallField['type']
    if (!name || name.length > 64 || !POST_CALL_FIELD_TYPES.includes(type) || seen.has(name.toLowerCase())) continue
    const options = Array.isArray(f.options) ? [...new Set(f.options.filter((o): o is string => typeof o === 'string' && o.length > 0))] : undefined
    if (type === 'selector' && !options?.length) continue
    seen.add(name.toLowerCase())
    out.push({ name, type, description: typeof f.description === 'string' ? f.description.slice(0, 1000) : '', ...(type === 'selector' ? { options } : {}) })
  }
  return out
}

/** One line per turn: `Agent: ...` / `Caller: ...`; tool calls as a bracketed note. */
export function transcriptLines(transcript: Record<string, unknown>[]): string[] {
  const lines: string[] = []
  for (const e of transcript) {
    if (e.kind === 'tool_invocation' && typeof e.toolName === 'string') lines.push(`[the agent used the tool ${e.toolName}]`)
    if (typeof e.text !== 'string' || !e.text.trim()) continue
    const role = String(e.role ?? '').toLowerCase()
    const who = role === 'user' ? 'Caller' : role === 'agent' || role === 'assistant' ? 'Agent' : String(e.speaker ?? role ?? 'Unknown').slice(0, 40) || 'Unknown'
    lines.push(`${who}: ${e.text.trim()}`)
  }
  return lines
}

/**
 * Fits the transcript into about `budget` tokens, never refusing it: a longer one keeps its
 * head (a third of the budget: the greeting and the caller's reason) and its tail (the rest:
 * how it ended), with a marker saying how much was left out between them.
 */
export function fitTranscript(lines: string[], budget: number): { text: string; cut: boolean } {
  const cost = lines.map(approxTokens)
  const total = cost.reduce((a, b) => a + b, 0)
  if (total <= budget) return { text: lines.join('\n'), cut: false }
  const clip = (line: string, tokens: number) => (approxTokens(line) <= tokens ? line : `${line.slice(0, Math.max(0, tokens * 4 - 20))} [...]`)
  const head: string[] = []
  let used = 0
  for (let i = 0; i < lines.length && used < budget / 3; i++) {
    const line = clip(lines[i], Math.floor(budget / 3) - used)
    head.push(line)
    used += approxTokens(line)
  }
  const tail: string[] = []
  for (let i = lines.length - 1; i >= head.length && used < budget; i--) {
    const line = clip(lines[i], budget - used)
    tail.unshift(line)
    used += approxTokens(line)
  }
  const left = lines.length - head.length - tail.length
  const marker = `[... ${left} line(s) of the transcript, about ${total - used} tokens, left out here ...]`
  return { text: [...head, marker, ...tail].join('\n'), cut: true }
}

function fieldSchema(f: PostCallField): JsonSchema {
  const description = f.description || f.name
  switch (f.type) {
    case 'selector':
      return S.nullable(S.enum(f.options ?? [], description))
    case 'boolean':
      return S.nullable(S.boolean(description))
    case 'number':
      return S.nullable(S.number(description))
    default:
      return S.nullable(S.string(description))
  }
}

/** The strict schema of the answer: the preset analysis plus one typed, nullable value per custom field. */
export function analysisSchema(fields: PostCallField[]): JsonSchema {
  return S.object({
    summary: S.string('Two or three sentences: what the call was about and how it ended'),
    sentiment: S.enum([...SENTIMENTS], "The caller's overall sentiment"),
    successful: S.boolean("Whether the call achieved the goal set by the agent's instructions"),
    voicemail: S.boolean('Whether the call reached a voicemail box or answering machine instead of a person'),
    custom: S.object(Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)])), 'The custom fields; null for one the call did not settle'),
  })
}

export interface AnalysisAnswer {
  summary: string
  sentiment: (typeof SENTIMENTS)[number]
  successful: boolean
  voicemail: boolean
  custom: Record<string, string | number | boolean | null>
}

export function analysisMessages(c: CallFacts, budget: number): { messages: ChatCompletionMessageParam[]; cut: boolean } {
  const { text, cut } = fitTranscript(transcriptLines(c.transcript), budget)
  const fields = c.fields.length
    ? c.fields.map((f) => `- ${f.name} (${f.type}${f.options ? `: one of ${f.options.join(' | ')}` : ''}): ${f.description || 'as named'}`).join('\n')
    : '(none)'
  const system = [
    'You analyse a finished call between an AI voice agent and a caller, for the business that runs the agent.',
    "Judge the call against the agent's instructions below. Answer only with the JSON the schema describes.",
    'For a custom field the call did not settle, answer null rather than guessing.',
    '',
    '# Agent instructions',
    c.prompt ? c.prompt.slice(0, PROMPT_CHARS_MAX) : '(no instructions were set)',
    '',
    '# Custom fields to extract',
    fields,
  ].join('\n')
  const facts = `Call: ${c.direction}, ${c.durationS ?? 'unknown'} s, ended as ${c.outcome ?? 'unknown'}${c.agentName ? `, agent "${c.agentName}"` : ''}.`
  const user = `${facts}\n\n# Transcript\n${text || '(the transcript is empty)'}`
  return { messages: [{ role: 'system', content: system }, { role: 'user', content: user }], cut }
}
