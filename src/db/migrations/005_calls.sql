-- Calls: the hot row stays small (summary columns lists and analytics filter on);
-- transcript and metrics are JSON documents beside it.
create table calls (
  id                 text primary key,
  workspace_id       text not null references workspaces(id) on delete cascade,
  agent_id           text references agents(id) on delete set null,
  agent_name         text,
  direction          text not null check (direction in ('inbound', 'outbound', 'web')),
  status             text not null check (status in ('created', 'ringing', 'active', 'ended', 'failed')),
  outcome            text,
  failure_reason     text,
  from_number        text,
  to_number          text,
  room_name          text,
  twilio_call_sid    text,
  phone_number_id    text,
  -- Millisecond precision, so JS Dates in pagination cursors compare exactly.
  started_at         timestamptz not null default date_trunc('milliseconds', now()),
  answered_at        timestamptz,
  ended_at           timestamptz,
  duration_s         integer,
  variables          jsonb not null default '{}',
  transcript         jsonb not null default '[]',
  recording          jsonb,
  metrics            jsonb not null default '{}',
  prompt_tokens      integer not null default 0,
  completion_tokens  integer not null default 0,
  cost_usd           numeric(14, 6) not null default 0,
  latency_p50_ms     double precision,
  latency_p95_ms     double precision,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now()
);
create unique index calls_room_name_key on calls (room_name) where room_name is not null;
create index calls_workspace_started_idx on calls (workspace_id, started_at desc, id desc);
create index calls_workspace_agent_started_idx on calls (workspace_id, agent_id, started_at desc, id desc);
