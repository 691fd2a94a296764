import { createHash } from 'node:crypto'
import type { AgentVariant } from '../../schemas/agent-variants.js'

/** What a call start needs of an enabled variant (the `agents.ab_variants` entries). */
export type SplitVariant = Pick<AgentVariant, 'id' | 'name' | 'promptMode' | 'prompt' | 'welcome' | 'voice' | 'llmModel' | 'trafficPercent'>

/** Buckets of the split: percentages are whole numbers, so 10,000 buckets make 100 per point. */
const BUCKETS = 10_000

/** The call's bucket in [0, 10000), from a hash of its id: the same id always lands in the same bucket. */
export function bucketOf(callId: string): number {
  return createHash('sha256').update(callId).digest().readUInt32BE(0) % BUCKETS
}

/**
 * The variant a call runs, or null for the agent itself. Deterministic in the call id (a retried
 * start gets the same answer) and in the variants' order by id, so every API instance agrees.
 */
export function pickVariant(variants: readonly SplitVariant[], callId: string): SplitVariant | null {
  if (!variants.length) return null
  const bucket = bucketOf(callId)
  let upper = 0
  for (const v of [...variants].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    upper += v.trafficPercent * (BUCKETS / 100)
    if (bucket < upper) return v
  }
  return null
}

/** The previous API's marker between the agent's prompt and an appended variant. */
export const VARIANT_HEADING = '\n\n# Variant (A/B Test)\n'

export function variantPrompt(base: string, v: Pick<SplitVariant, 'promptMode' | 'prompt'>): string {
  if (v.promptMode === 'replace') return v.prompt
  return v.prompt.trim() ? `${base}${VARIANT_HEADING}${v.prompt}` : base
}
