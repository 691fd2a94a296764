import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions'
import { S } from '../../src/integrations/json-schema.js'
import { fitTranscript, transcriptLines } from './prompt.js'

// The dashboard shows the first 6 of each list; a few more are kept.
const LIST_MAX = 12
const ITEM_MAX = 1000

export const rubricSchema = S.object({
  score: S.number('Overall quality of the agent in this call, 0 (failed) to 100 (flawless)', { minimum: 0, maximum: 100 }),
  summary: S.string('Two or three sentences: how the agent did'),
  strengths: S.array(S.string(), 'What the agent did well'),
  issues: S.array(S.string(), 'What went wrong or could be better, most important first'),
  suggestedFixes: S.array(S.string(), "Concrete changes to the agent's instructions that would fix the issues"),
  nextTests: S.array(S.string(), 'Test calls worth making next to check the fixes'),
})

export interface RubricAnswer {
  score: number
  summary: string
  strengths: string[]
  issues: string[]
  suggestedFixes: string[]
  nextTests: string[]
}

export function rubricMessages(c: { agentName: string | null; prompt: string; outcome: string | null; durationS: number | null; transcript: Record<string, unknown>[] }, budget: number): ChatCompletionMessageParam[] {
  const { text } = fitTranscript(transcriptLines(c.transcript), budget)
  const system = [
    'You are a QA reviewer of AI voice agents. Grade how well the agent followed its instructions and served the caller in this call.',
    'Be specific and brief; quote the transcript where it helps. Answer only with the JSON the schema describes.',
    '',
    `# Instructions of the agent${c.agentName ? ` "${c.agentName}"` : ''}`,
    c.prompt ? c.prompt.slice(0, 12_000) : '(no instructions were set)',
  ].join('\n')
  const user = `Call ended as ${c.outcome ?? 'unknown'} after ${c.durationS ?? 'unknown'} s.\n\n# Transcript\n${text}`
  return [{ role: 'system', content: system }, { role: 'user', content: user }]
}

const list = (v: string[]) => v.slice(0, LIST_MAX).map((s) => s.slice(0, ITEM_MAX))

/** The evaluation row's fields from the rubric answer, in the `details` shape the dashboard renders. */
export function rubricEvaluation(a: RubricAnswer) {
  const score = Math.round(Math.min(100, Math.max(0, a.score)))
  const summary = a.summary.slice(0, 4000)
  return {
    score,
    notes: summary,
    details: { score, summary, strengths: list(a.strengths), issues: list(a.issues), suggestedFixes: list(a.suggestedFixes), nextTests: list(a.nextTests) },
  }
}
