import type { Queryable, Sql } from '../../src/db/connect.js'
import { newId } from '../../src/platform/ids.js'
import type { Agent, AgentInput } from '../../schemas/agents.js'
import type { SplitVariant } from './variant-split.js'
import type { SecretBox } from '../../src/platform/secrets.js'
import { maskToolConfigs, resealToolConfigs, sealToolConfigs } from './tool-secrets.js'

/** API field -> column, for every writable agent field. */
const COLUMNS = {
  name: 'name',
  promptDraft: 'prompt_draft',
  promptPublished: 'prompt_published',
  welcome: 'welcome',
  voice: 'voice',
  llmModel: 'llm_model',
  maxCallSeconds: 'max_call_seconds',
  enabledTools: 'enabled_tools',
  toolConfigs: 'tool_configs',
  defaultDynamicVariables: 'default_dynamic_variables',
  callSettings: 'call_settings',
  backchannelEnabled: 'backchannel_enabled',
  backgroundAudio: 'background_audio',
  fallbackVoice: 'fallback_voice',
  knowledgeFolderIds: 'knowledge_folder_ids',
  postCallDataExtraction: 'post_call_data_extraction',
  postCallExtractionModel: 'post_call_extraction_model',
  autoEvalEnabled: 'auto_eval_enabled',
  webhookUrl: 'webhook_url',
  settings: 'settings',
} as const satisfies Record<keyof AgentInput, string>

const JSON_FIELDS = new Set<string>(['welcome', 'voice', 'enabledTools', 'toolConfigs', 'defaultDynamicVariables', 'callSettings', 'backgroundAudio', 'fallbackVoice', 'knowledgeFolderIds', 'postCallDataExtraction', 'settings'])

export interface AgentRow {
  id: string
  workspace_id: string
  name: string
  prompt_draft: string
  prompt_published: string | null
  published_at: Date | null
  welcome: Agent['welcome']
  voice: Agent['voice']
  llm_model: string | null
  max_call_seconds: number
  enabled_tools: string[]
  tool_configs: Record<string, unknown> | null
  default_dynamic_variables: Agent['defaultDynamicVariables']
  call_settings: Record<string, unknown>
  backchannel_enabled: boolean
  background_audio: Record<string, unknown>
  fallback_voice: unknown
  knowledge_folder_ids: string[]
  post_call_data_extraction: unknown[]
  post_call_extraction_model: string | null
  auto_eval_enabled: boolean
  webhook_url: string | null
  settings: Agent['settings']
  /** The enabled variants (0% ones too: calls that started on them keep them), kept by the variant store (absent on hand-built rows). */
  ab_variants?: SplitVariant[]
  created_at: Date
  updated_at: Date
}

export function agentJson(r: AgentRow): Agent {
  return {
    id: r.id,
    name: r.name,
    promptDraft: r.prompt_draft,
    promptPublished: r.prompt_published,
    publishedAt: r.published_at?.toISOString() ?? null,
    welcome: r.welcome,
    voice: r.voice,
    llmModel: r.llm_model,
    maxCallSeconds: r.max_call_seconds,
    enabledTools: r.enabled_tools,
    // Secrets show as `has<Name>: true` only (tool-secrets.ts).
    toolConfigs: maskToolConfigs(r.tool_configs ?? {}),
    defaultDynamicVariables: r.default_dynamic_variables,
    callSettings: r.call_settings,
    backchannelEnabled: r.backchannel_enabled,
    backgroundAudio: r.background_audio,
    fallbackVoice: r.fallback_voice,
    knowledgeFolderIds: r.knowledge_folder_ids,
    postCallDataExtraction: r.post_call_data_extraction,
    postCallExtractionModel: r.post_call_extraction_model,
    autoEvalEnabled: r.auto_eval_enabled,
    webhookUrl: r.webhook_url,
    settings: r.settings,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }
}

/** SQL for the agents table. Every function is scoped by workspace. */
export function createAgentStore(sql: Sql, box: SecretBox) {
  /** `existingTools`: the stored toolConfigs, whose secrets a `has<Name>: true` keeps. */
  function columnsOf(input: AgentInput, existingTools: Record<string, unknown> = {}) {
    const values: Record<string, unknown> = {}
    for (const [field, column] of Object.entries(COLUMNS)) {
      let v = input[field as keyof AgentInput]
      if (v === undefined) continue
      if (field === 'toolConfigs' && v) v = sealToolConfigs(box, v as Record<string, unknown>, existingTools)
      values[column] = JSON_FIELDS.has(field) && v !== null ? sql.json(v as never) : v
    }
    return values
  }

  return {
    async create(workspaceId: string, input: AgentInput, opts: { id?: string } = {}, tx: Queryable = sql) {
      const values = { id: opts.id ?? newId('agt'), workspace_id: workspaceId, ...columnsOf(input) }
      const [row] = await tx<AgentRow[]>`insert into agents ${sql(values)} returning *`
      return row
    },

    async find(workspaceId: string, id: string, tx: Queryable = sql) {
      const [row] = await tx<AgentRow[]>`select * from agents where workspace_id = ${workspaceId} and id = ${id}`
      return row
    },

    /** For agent-runtime routes, which authenticate the agent, not a workspace. */
    async findById(id: string, tx: Queryable = sql) {
      const [row] = await tx<AgentRow[]>`select * from agents where id = ${id}`
      return row
    },

    async list(workspaceId: string, opts: { limit: number; beforeId?: string }) {
      return sql<AgentRow[]>`
        select * from agents
        where workspace_id = ${workspaceId} ${opts.beforeId ? sql`and id < ${opts.beforeId}` : sql``}
        order by id desc limit ${opts.limit + 1}`
    },

    async update(workspaceId: string, id: string, input: AgentInput) {
      const [current] = input.toolConfigs
        ? await sql<{ tool_configs: Record<string, unknown> | null }[]>`select tool_configs from agents where workspace_id = ${workspaceId} and id = ${id}`
        : []
      const values = columnsOf(input, current?.tool_configs ?? {})
      const [row] = await sql<AgentRow[]>`
        update agents set ${sql(values)}, updated_at = now()
        where workspace_id = ${workspaceId} and id = ${id} returning *`
      return row
    },

    async publish(workspaceId: string, id: string) {
      const [row] = await sql<AgentRow[]>`
        update agents set prompt_published = prompt_draft, published_at = now(), updated_at = now()
        where workspace_id = ${workspaceId} and id = ${id} returning *`
      return row
    },

    async remove(workspaceId: string, id: string) {
      const rows = await sql`delete from agents where workspace_id = ${workspaceId} and id = ${id} returning id`
      return rows.length > 0
    },

    /**
     * Tool secrets under the current key (secrets:rotate; plaintext from imports too): agents in id
     * order, 100 at a time, each rewritten only when something changed and only if its toolConfigs
     * is still what was read (compare-and-set). Resumable; a second run writes nothing.
     */
    async reencryptSecrets(next: SecretBox = box) {
      let total = 0
      let after = ''
      for (;;) {
        const rows = await sql<{ id: string; tool_configs: Record<string, unknown> }[]>`
          select id, tool_configs from agents where id > ${after} and tool_configs <> '{}'::jsonb order by id limit 100`
        for (const r of rows) {
          const resealed = resealToolConfigs(next, r.tool_configs)
          if (JSON.stringify(resealed) === JSON.stringify(r.tool_configs)) continue
          const done = await sql`update agents set tool_configs = ${sql.json(resealed as never)} where id = ${r.id} and tool_configs = ${sql.json(r.tool_configs as never)}`
          total += done.count
        }
        if (rows.length < 100) return total
        after = rows[rows.length - 1].id
      }
    },

    /** Agents whose knowledgeFolderIds name this folder (the knowledge base refuses to delete it unless forced). */
    async usingKnowledgeFolder(workspaceId: string, folderId: string, tx: Queryable = sql) {
      return tx<{ id: string; name: string }[]>`
        select id, name from agents where workspace_id = ${workspaceId} and knowledge_folder_ids ? ${folderId} order by id`
    },

    /** Takes a deleted folder out of every agent's knowledgeFolderIds. */
    async removeKnowledgeFolder(workspaceId: string, folderId: string, tx: Queryable = sql) {
      await tx`
        update agents set knowledge_folder_ids = knowledge_folder_ids - ${folderId}::text, updated_at = now()
        where workspace_id = ${workspaceId} and knowledge_folder_ids ? ${folderId}`
    },
  }
}

export type AgentStore = ReturnType<typeof createAgentStore>

/**
 * Upsert of an agent under its original id (the JSON import). Never takes over an id
 * that belongs to another workspace: then nothing is written and `undefined` returned.
 */
export async function upsertImportedAgent(
  tx: Queryable,
  workspaceId: string,
  a: { id: string; input: AgentInput; publishedAt: Date | null; createdAt: Date; updatedAt: Date },
): Promise<'inserted' | 'updated' | undefined> {
  // Passed as jsonb parameters: a JSON.stringify'd string would be stored as a JSON string.
  const j = (v: unknown) => (v === undefined || v === null ? null : tx.json(v as never))
  const i = a.input
  const [row] = await tx<{ inserted: boolean }[]>`
    insert into agents (id, workspace_id, name, prompt_draft, prompt_published, published_at, welcome, voice, llm_model,
      max_call_seconds, enabled_tools, tool_configs, default_dynamic_variables, call_settings, backchannel_enabled,
      background_audio, fallback_voice, knowledge_folder_ids, post_call_data_extraction, post_call_extraction_model, auto_eval_enabled,
      webhook_url, created_at, updated_at)
    values (${a.id}, ${workspaceId}, ${i.name ?? a.id}, ${i.promptDraft ?? ''}, ${i.promptPublished ?? null}, ${a.publishedAt},
      coalesce(${j(i.welcome)}::jsonb, '{"mode":"agent"}'), coalesce(${j(i.voice)}::jsonb, '{}'), ${i.llmModel ?? null},
      coalesce(${i.maxCallSeconds ?? null}::int, 600), coalesce(${j(i.enabledTools)}::jsonb, '[]'), coalesce(${j(i.toolConfigs)}::jsonb, '{}'),
      coalesce(${j(i.defaultDynamicVariables)}::jsonb, '{}'), coalesce(${j(i.callSettings)}::jsonb, '{}'), coalesce(${i.backchannelEnabled ?? null}::boolean, false),
      coalesce(${j(i.backgroundAudio)}::jsonb, '{}'), ${j(i.fallbackVoice)}::jsonb, coalesce(${j(i.knowledgeFolderIds)}::jsonb, '[]'),
      coalesce(${j(i.postCallDataExtraction)}::jsonb, '[]'), ${i.postCallExtractionModel ?? null}, coalesce(${i.autoEvalEnabled ?? null}::boolean, false),
      ${i.webhookUrl ?? null}, ${a.createdAt}, ${a.updatedAt})
    on conflict (id) do update set
      name = excluded.name, prompt_draft = excluded.prompt_draft, prompt_published = excluded.prompt_published,
      published_at = excluded.published_at, welcome = excluded.welcome, voice = excluded.voice, llm_model = excluded.llm_model,
      max_call_seconds = excluded.max_call_seconds, enabled_tools = excluded.enabled_tools, tool_configs = excluded.tool_configs,
      default_dynamic_variables = excluded.default_dynamic_variables, call_settings = excluded.call_settings,
      backchannel_enabled = excluded.backchannel_enabled, background_audio = excluded.background_audio,
      fallback_voice = excluded.fallback_voice, knowledge_folder_ids = excluded.knowledge_folder_ids,
      post_call_data_extraction = excluded.post_call_data_extraction, post_call_extraction_model = excluded.post_call_extraction_model,
      auto_eval_enabled = excluded.auto_eval_enabled, webhook_url = excluded.webhook_url,
      created_at = excluded.created_at, updated_at = excluded.updated_at
    where agents.workspace_id = excluded.workspace_id
    returning (xmax = 0) as inserted`
  return row ? (row.inserted ? 'inserted' : 'updated') : undefined
}
