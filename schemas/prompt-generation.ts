import { Type, type Static } from '@sinclair/typebox'
import { Welcome } from './agents.js'

const text = (maxLength: number, description?: string) => Type.Optional(Type.String({ maxLength, ...(description ? { description } : {}) }))

/** The dashboard's "Generate" wizard, field for field (its names and bounds). */
export const GeneratePromptBody = Type.Object(
  {
    templateId: Type.String({ minLength: 1, maxLength: 40, description: 'The wizard sends `receptionist`, `sales`, `support`, `appointment` or `survey`' }),
    agentName: text(120), businessName: text(120), industry: text(120), location: text(120),
    timezone: text(60), languages: text(120), primaryGoal: text(600), targetCustomer: text(240),
    tone: text(40, 'e.g. `professional`, `warm`, `friendly`'), greetingStyle: text(240), offerings: text(1200), hours: text(240),
    bookingLink: text(300), requiredFields: text(400, 'Comma list of what to collect from the caller'), faqs: text(2000),
    disallowed: text(1200), escalation: text(1200), policies: text(2000), extra: text(2500),
  },
  {
    additionalProperties: false,
    examples: [{ templateId: 'receptionist', businessName: 'Acme Dental', primaryGoal: 'Book cleanings and answer questions about hours', tone: 'warm', hours: 'Mon-Fri 8-17' }],
  },
)
export type GeneratePromptBody = Static<typeof GeneratePromptBody>

export const GeneratedPrompt = Type.Object({
  promptDraft: Type.String({ description: 'A plain-text system prompt for the voice agent, ready for PATCH /api/agents/:id' }),
  welcome: Type.Unsafe<Static<typeof Welcome>>({ ...Welcome, description: 'An opening line for the agent to say first (`aiMessageMode: custom`)' }),
})
