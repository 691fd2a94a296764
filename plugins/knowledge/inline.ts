import { promptFor, type CallType, type KnowledgeFill } from '../agents/index.js'
import type { KnowledgeStore } from './store.js'

export const KNOWLEDGE_PLACEHOLDER = /\{\{\s*knowledge\s*\}\}/

interface Doc {
  title: string
  text: string
}

/** Whole documents, in order, while they fit in `maxChars`; a note says how many were left out. */
export function renderKnowledge(docs: Doc[], total: number, maxChars: number) {
  const parts: string[] = []
  let used = 0
  for (const d of docs) {
    const block = `## ${d.title}\n${d.text.trim()}`
    if (used + block.length + 2 > maxChars) continue
    parts.push(block)
    used += block.length + 2
  }
  const omitted = total - parts.length
  if (omitted > 0) {
    parts.push(`(${omitted} more knowledge-base document${omitted === 1 ? ' was' : 's were'} left out for length.)`)
  }
  return { text: parts.join('\n\n'), documents: parts.length - (omitted > 0 ? 1 : 0), omitted }
}

/**
 * The `{{knowledge}}` fill of a call: read only when the prompt the call uses has the placeholder
 * and the agent has folders (two indexed reads; the texts of documents too large to fit are never read).
 */
export function createKnowledgeFill(store: KnowledgeStore, maxChars: number) {
  return async function fillFor(
    agent: { workspace_id: string; knowledge_folder_ids: string[] | null; prompt_draft: string; prompt_published: string | null },
    callType: CallType,
  ): Promise<KnowledgeFill | undefined> {
    const folderIds = agent.knowledge_folder_ids ?? []
    if (!KNOWLEDGE_PLACEHOLDER.test(promptFor(agent, callType))) return undefined
    const candidates = folderIds.length ? await store.inline.candidates(agent.workspace_id, folderIds) : []
    // Only documents that could fit at all are read.
    const fitting = candidates.filter((c) => c.char_count + c.title.length + 4 <= maxChars)
    const texts = fitting.length ? new Map((await store.inline.texts(pickWithin(fitting, maxChars))).map((t) => [t.id, t.content_text])) : new Map<string, string>()
    const docs = fitting.filter((c) => texts.has(c.id)).map((c) => ({ title: c.title, text: texts.get(c.id)! }))
    return { maxChars, render: (chars: number) => renderKnowledge(docs, candidates.length, Math.min(chars, maxChars)) }
  }
}

/** The ids of the documents the full budget takes (the same walk as renderKnowledge). */
function pickWithin(docs: { id: string; title: string; char_count: number }[], maxChars: number) {
  const ids: string[] = []
  let used = 0
  for (const d of docs) {
    const size = d.title.length + 4 + d.char_count + 2
    if (used + size > maxChars) continue
    ids.push(d.id)
    used += size
  }
  return ids
}
