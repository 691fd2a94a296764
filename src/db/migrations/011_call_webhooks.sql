-- Call webhooks to customers' servers.

-- One signing secret per workspace, created on first use. After a rotation the previous
-- secret keeps signing beside the new one until previous_expires_at (24 h).
create table webhook_secrets (
  workspace_id        text primary key references workspaces(id) on delete cascade,
  secret              text not null,
  previous_secret     text,
  previous_expires_at timestamptz,
  created_at          timestamptz not null default now(),
  rotated_at          timestamptz
);

-- The outbox: one row per event and destination, written in the transaction that changed
-- the call. `body` holds the exact bytes sent on every attempt (signatures cover them).
-- `generation` grows on a manual retry: jobs of an older generation stand down.
create table webhook_deliveries (
  id                text primary key,
  workspace_id      text not null references workspaces(id) on delete cascade,
  event_id          text not null unique,
  event             text not null check (event in ('call_started', 'call_ended', 'call_analyzed')),
  call_id           text not null,
  agent_id          text,
  url               text not null,
  body              text not null,
  status            text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  attempts          integer not null default 0,
  last_status_code  integer,
  last_error        text,
  next_attempt_at   timestamptz,
  delivered_at      timestamptz,
  generation        integer not null default 1,
  -- Retries stop 24 h after this (the first enqueue, or the last manual retry).
  window_started_at timestamptz not null default now(),
  created_at        timestamptz not null default now()
);
-- Ids are time-ordered: (workspace_id, id desc) serves "newest first" pages and their filters.
create index webhook_deliveries_workspace_idx on webhook_deliveries (workspace_id, id desc);
create index webhook_deliveries_workspace_agent_idx on webhook_deliveries (workspace_id, agent_id, id desc);

-- Every attempt, as the deliveries API shows it.
create table webhook_delivery_attempts (
  delivery_id     text not null references webhook_deliveries(id) on delete cascade,
  attempt         integer not null,
  generation      integer not null,
  started_at      timestamptz not null,
  duration_ms     integer not null,
  status_code     integer,
  error           text,
  next_attempt_at timestamptz,
  primary key (delivery_id, attempt)
);
