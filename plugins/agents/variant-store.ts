import type { Queryable, Sql } from '../../src/db/connect.js'
import { newId } from '../../src/platform/ids.js'
import { httpError } from '../../src/platform/http-error.js'
import { MAX_VARIANTS_PER_AGENT, type AgentVariant, type VariantInput } from '../../schemas/agent-variants.js'
import { promptFor } from './runtime-config.js'
import { variantPrompt } from './variant-split.js'
import type { AgentRow } from './store.js'

export interface VariantRow {
  id: string
  workspace_id: string
  agent_id: string
  name: string
  prompt_mode: AgentVariant['promptMode']
  prompt: string
  welcome: AgentVariant['welcome']
  voice: AgentVariant['voice']
  llm_model: string | null
  traffic_percent: number
  enabled: boolean
  created_at: Date
  updated_at: Date
}

export function variantJson(r: VariantRow): AgentVariant {
  return {
    id: r.id,
    agentId: r.agent_id,
    name: r.name,
    promptMode: r.prompt_mode,
    prompt: r.prompt,
    welcome: r.welcome,
    voice: r.voice,
    llmModel: r.llm_model,
    trafficPercent: r.traffic_percent,
    enabled: r.enabled,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }
}

const COLUMNS = {
  name: 'name', promptMode: 'prompt_mode', prompt: 'prompt', welcome: 'welcome', voice: 'voice',
  llmModel: 'llm_model', trafficPercent: 'traffic_percent', enabled: 'enabled',
} as const satisfies Record<keyof VariantInput, string>

const variantNotFound = () => httpError(404, 'variant_not_found', 'Variant not found')

/**
 * SQL for agent_variants. Every write locks the agent's row first: the traffic sum check and
 * the rewrite of `agents.ab_variants` (what call starts read) see every other write complete.
 */
export function createVariantStore(sql: Sql) {
  function columnsOf(input: VariantInput) {
    const values: Record<string, unknown> = {}
    for (const [field, column] of Object.entries(COLUMNS)) {
      const v = input[field as keyof VariantInput]
      if (v === undefined) continue
      values[column] = (field === 'welcome' || field === 'voice') && v !== null ? sql.json(v as never) : v
    }
    return values
  }

  /** The agent locked for the transaction; undefined when it is not the workspace's. */
  async function lockAgent(tx: Queryable, workspaceId: string, agentId: string) {
    const [row] = await tx<AgentRow[]>`select * from agents where workspace_id = ${workspaceId} and id = ${agentId} for update`
    return row
  }

  /** After a write: the sum bound, the replace-needs-a-prompt rule, then the split call starts read. */
  async function settle(tx: Queryable, agentId: string) {
    const [{ total, blank }] = await tx<{ total: number; blank: string | null }[]>`
      select coalesce(sum(traffic_percent) filter (where enabled), 0)::int as total,
        min(id) filter (where prompt_mode = 'replace' and btrim(prompt) = '') as blank
      from agent_variants where agent_id = ${agentId}`
    if (total > 100) {
      throw httpError(400, 'variant_traffic_exceeded', `The enabled variants would take ${total}% of the calls; at most 100% can be split`, { trafficPercentTotal: total })
    }
    if (blank) throw httpError(400, 'validation_failed', 'body.prompt must not be blank with promptMode replace', [{ in: 'body', field: 'prompt', message: 'must not be blank with promptMode replace' }])
    await tx`
      update agents set ab_variants = coalesce((
        select jsonb_agg(jsonb_build_object('id', id, 'name', name, 'promptMode', prompt_mode, 'prompt', prompt,
          'welcome', welcome, 'voice', voice, 'llmModel', llm_model, 'trafficPercent', traffic_percent) order by id)
        from agent_variants where agent_id = ${agentId} and enabled), '[]'::jsonb)
      where id = ${agentId}`
  }

  return {
    /** Undefined when the agent is not the workspace's. */
    async list(workspaceId: string, agentId: string) {
      const [agent] = await sql`select 1 from agents where workspace_id = ${workspaceId} and id = ${agentId}`
      if (!agent) return undefined
      return sql<VariantRow[]>`select * from agent_variants where workspace_id = ${workspaceId} and agent_id = ${agentId} order by id desc`
    },

    async find(workspaceId: string, agentId: string, id: string, tx: Queryable = sql) {
      const [row] = await tx<VariantRow[]>`select * from agent_variants where workspace_id = ${workspaceId} and agent_id = ${agentId} and id = ${id}`
      return row
    },

    async create(workspaceId: string, agentId: string, input: VariantInput) {
      return sql.begin(async (tx) => {
        if (!(await lockAgent(tx, workspaceId, agentId))) return undefined
        const [{ n }] = await tx<{ n: number }[]>`select count(*)::int as n from agent_variants where agent_id = ${agentId}`
        if (n >= MAX_VARIANTS_PER_AGENT) throw httpError(400, 'too_many_variants', `An agent has at most ${MAX_VARIANTS_PER_AGENT} variants; delete one first`)
        const values = { id: newId('var'), workspace_id: workspaceId, agent_id: agentId, ...columnsOf(input) }
        const [row] = await tx<VariantRow[]>`insert into agent_variants ${sql(values)} returning *`
        await settle(tx, agentId)
        return row
      })
    },

    async update(workspaceId: string, agentId: string, id: string, input: VariantInput) {
      return sql.begin(async (tx) => {
        if (!(await lockAgent(tx, workspaceId, agentId))) return undefined
        const [row] = await tx<VariantRow[]>`
          update agent_variants set ${sql(columnsOf(input))}, updated_at = now()
          where agent_id = ${agentId} and id = ${id} returning *`
        if (!row) throw variantNotFound()
        await settle(tx, agentId)
        return row
      })
    },

    async remove(workspaceId: string, agentId: string, id: string) {
      return sql.begin(async (tx) => {
        if (!(await lockAgent(tx, workspaceId, agentId))) return undefined
        const rows = await tx`delete from agent_variants where agent_id = ${agentId} and id = ${id} returning id`
        if (!rows.length) throw variantNotFound()
        await settle(tx, agentId)
        return true
      })
    },

    /**
     * Copies the variant into the agent: its prompt into the draft (appended to the draft, or
     * instead of it), its welcome/voice/LLM overrides into the agent. With `publish`, the draft
     * is published and the variant disabled, so its share of the calls returns to the agent.
     */
    async promote(workspaceId: string, agentId: string, id: string, opts: { publish: boolean }) {
      return sql.begin(async (tx) => {
        const agent = await lockAgent(tx, workspaceId, agentId)
        if (!agent) return undefined
        const [v] = await tx<VariantRow[]>`select * from agent_variants where agent_id = ${agentId} and id = ${id}`
        if (!v) throw variantNotFound()
        const draft = variantPrompt(promptFor(agent, 'web'), { promptMode: v.prompt_mode, prompt: v.prompt })
        const j = (x: unknown) => (x === null ? null : tx.json(x as never))
        const [row] = await tx<AgentRow[]>`
          update agents set prompt_draft = ${draft},
            welcome = coalesce(${j(v.welcome)}::jsonb, welcome), voice = coalesce(${j(v.voice)}::jsonb, voice),
            llm_model = coalesce(${v.llm_model}, llm_model),
            ${opts.publish ? tx`prompt_published = ${draft}, published_at = now(),` : tx``}
            updated_at = now()
          where id = ${agentId} returning *`
        if (opts.publish) {
          await tx`update agent_variants set enabled = false, updated_at = now() where id = ${id}`
          await settle(tx, agentId)
          const [fresh] = await tx<AgentRow[]>`select * from agents where id = ${agentId}`
          return fresh
        }
        return row
      })
    },
  }
}

export type VariantStore = ReturnType<typeof createVariantStore>
