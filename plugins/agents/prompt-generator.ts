import { completeJson, type Llm } from '../../src/integrations/openai.js'
import { S } from '../../src/integrations/json-schema.js'
import type { GeneratePromptBody } from '../../schemas/prompt-generation.js'
import type { Agent } from '../../schemas/agents.js'

/**
 * Kept in the code (and tested) rather than configured: the prompt shapes every generated agent,
 * so a change to it is a reviewed change.
 */
export const GENERATOR_SYSTEM_PROMPT = [
  'You write system prompts for AI voice agents that talk to people on the phone.',
  'From the business details the user gives, write one plain-text system prompt (no Markdown tables, no code) with these sections, each headed by its name on its own line:',
  'Role, Goal, Tone, What you know (offerings, hours, location, booking link, FAQs, policies), Information to collect, Call flow, Escalation, Never do.',
  'Voice rules: short sentences, one question at a time, no lists read aloud, spell out numbers and times the way people say them, confirm what you collected before ending.',
  'Use only the facts given; where a fact is missing, tell the agent to offer to take a message instead of inventing one.',
  'Also write welcomeMessage: the first sentence the agent says when it answers, at most 200 characters, naming the business when one is given.',
].join('\n')

const Answer = S.object({
  promptDraft: S.string('The system prompt'),
  welcomeMessage: S.string('The opening sentence, at most 200 characters'),
})

const LABELS: Record<keyof GeneratePromptBody, string> = {
  templateId: 'Template', agentName: 'Agent name', businessName: 'Business name', industry: 'Industry', location: 'Location',
  timezone: 'Time zone', languages: 'Languages', primaryGoal: 'Primary goal', targetCustomer: 'Target customer', tone: 'Tone',
  greetingStyle: 'Greeting style', offerings: 'Offerings', hours: 'Hours', bookingLink: 'Booking link', requiredFields: 'Information to collect',
  faqs: 'FAQs', disallowed: 'Never do', escalation: 'Escalation', policies: 'Policies', extra: 'Other notes',
}

/** The questionnaire as the user message: one labelled line per field the wizard filled. */
export function generatorUserMessage(body: GeneratePromptBody): string {
  return (Object.keys(LABELS) as (keyof GeneratePromptBody)[])
    .filter((k) => body[k]?.trim())
    .map((k) => `${LABELS[k]}: ${body[k]!.trim()}`)
    .join('\n')
}

export class EmptyPromptError extends Error {}

/** One completion; an empty prompt is an error (the dashboard then builds its own fallback). */
export async function generatePrompt(llm: Llm, body: GeneratePromptBody): Promise<{ promptDraft: string; welcome: Agent['welcome'] }> {
  const out = await completeJson<{ promptDraft: string; welcomeMessage: string }>(llm, {
    schemaName: 'agent_prompt',
    schema: Answer,
    temperature: 0.4,
    messages: [{ role: 'system', content: GENERATOR_SYSTEM_PROMPT }, { role: 'user', content: generatorUserMessage(body) }],
  })
  const promptDraft = out.value.promptDraft.trim()
  if (!promptDraft) throw new EmptyPromptError('The LLM answered an empty prompt')
  const line = out.value.welcomeMessage.trim().slice(0, 400)
  return { promptDraft, welcome: line ? { mode: 'agent', aiMessageMode: 'custom', aiMessageText: line } : { mode: 'agent', aiMessageMode: 'dynamic' } }
}
