-- Billing: one row per workspace that ever had billing activity (no row = free, active, no usage).
-- Stripe is the source of truth; this row is the last state applied from its webhooks, ordered
-- by the events' own times (subscription_event_at, subscription_event_rank), never by arrival.
create table billing_accounts (
  workspace_id             text primary key references workspaces(id) on delete cascade,
  plan                     text not null default 'free' check (plan in ('free', 'pro', 'scale')),
  -- Stripe's subscription status; 'active' for a workspace that never subscribed.
  status                   text not null default 'active',
  stripe_customer_id       text,
  stripe_subscription_id   text,
  subscription_created_at  timestamptz,
  subscription_event_at    timestamptz,
  subscription_event_rank  integer,
  current_period_start     timestamptz,
  current_period_end       timestamptz,
  past_due_since           timestamptz,
  -- Billable minutes of the calls that ended in usage_period_start's period (a counter, so limit
  -- checks read one row; a different period start than the current one means zero).
  usage_period_start       timestamptz,
  usage_minutes            integer not null default 0,
  created_at               timestamptz not null default now(),
  updated_at               timestamptz not null default now()
);
create unique index billing_accounts_customer_key on billing_accounts (stripe_customer_id) where stripe_customer_id is not null;

-- One row per ended call: its billable minutes (rounded up per call) and whether Stripe has them.
-- The primary key makes counting and reporting a call happen once, whatever replays.
create table billing_usage (
  call_id       text primary key,
  workspace_id  text not null references workspaces(id) on delete cascade,
  minutes       integer not null check (minutes >= 0),
  ended_at      timestamptz not null,
  reported_at   timestamptz,
  report_error  text,
  created_at    timestamptz not null default now()
);
create index billing_usage_workspace_ended_idx on billing_usage (workspace_id, ended_at);

-- Concurrent-call limits count a workspace's open calls on every call start (inbound included):
-- this keeps that count to the few open rows instead of the workspace's whole history.
create index calls_open_by_workspace_idx on calls (workspace_id, started_at) where status in ('created', 'ringing', 'active');
