-- A/B prompt variants of an agent. Each enabled variant takes `traffic_percent` of the
-- agent's calls (the sum over enabled variants stays <= 100, checked under the agent's row
-- lock); the rest runs the agent itself.
create table agent_variants (
  id              text primary key,
  workspace_id    text not null references workspaces(id) on delete cascade,
  agent_id        text not null references agents(id) on delete cascade,
  name            text not null,
  prompt_mode     text not null default 'append' check (prompt_mode in ('append', 'replace')),
  prompt          text not null default '',
  welcome         jsonb,
  voice           jsonb,
  llm_model       text,
  traffic_percent integer not null check (traffic_percent between 0 and 100),
  enabled         boolean not null default true,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now()
);
create index agent_variants_agent_idx on agent_variants (agent_id, id);

-- The enabled variants as call starts need them, rewritten by the variants store in the
-- transaction of every variant change: each read of an agent row (inbound start's single
-- lookup included) carries its split without a second query.
alter table agents add column ab_variants jsonb not null default '[]';

-- The variant a call ran (null: the agent itself). No foreign key: a deleted variant's
-- calls keep their id for analytics.
alter table calls add column variant_id text;
create index calls_variant_idx on calls (workspace_id, variant_id) where variant_id is not null;
