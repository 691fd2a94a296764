-- Agents carry everything the voice agent runtime needs; column names mirror the
-- existing RapidCallAI agent fields (promptDraft -> prompt_draft, ...).
create table agents (
  id                        text primary key,
  workspace_id              text not null references workspaces(id) on delete cascade,
  name                      text not null,
  prompt_draft              text not null default '',
  prompt_published          text,
  published_at              timestamptz,
  welcome                   jsonb not null default '{"mode": "agent"}',
  voice                     jsonb not null default '{}',
  llm_model                 text,
  max_call_seconds          integer not null default 600,
  enabled_tools             jsonb not null default '[]',
  tool_configs              jsonb not null default '{}',
  default_dynamic_variables jsonb not null default '{}',
  call_settings             jsonb not null default '{}',
  backchannel_enabled       boolean not null default false,
  background_audio          jsonb not null default '{}',
  fallback_voice            jsonb,
  knowledge_folder_ids      jsonb not null default '[]',
  post_call_data_extraction jsonb not null default '[]',
  webhook_url               text,
  settings                  jsonb not null default '{}',
  created_at                timestamptz not null default now(),
  updated_at                timestamptz not null default now()
);
-- Ids are time-ordered, so (workspace_id, id desc) serves "newest first" pages.
create index agents_workspace_id_idx on agents (workspace_id, id desc);
