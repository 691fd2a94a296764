-- Outbound campaigns: a list of recipients dialled by the dispatcher inside each recipient's
-- local calling window, retried per outcome, never in two calls at once.

create table campaigns (
  id                  text primary key,
  workspace_id        text not null references workspaces(id) on delete cascade,
  name                text not null,
  -- No foreign keys to agents and numbers: deleting those is the owners' business; a dial
  -- to a missing one fails that recipient with a readable error.
  agent_id            text not null,
  phone_number_id     text not null,
  status              text not null default 'draft'
                      check (status in ('draft', 'scheduled', 'running', 'paused', 'completed', 'canceled')),
  start_at            timestamptz,
  end_at              timestamptz,
  -- ISO weekdays (1 = Monday) and local wall-clock times; end <= start spans midnight.
  window_days         smallint[] not null default '{1,2,3,4,5}',
  window_start        time not null default '09:00',
  window_end          time not null default '18:00',
  timezone            text not null default 'UTC',
  default_country     text,
  max_concurrent      integer not null default 10 check (max_concurrent between 1 and 1000),
  max_attempts        integer not null default 3 check (max_attempts between 1 and 20),
  retry_on            text[] not null default '{busy,no_answer,failed}',
  retry_delay_minutes integer not null default 60 check (retry_delay_minutes >= 0),
  retry_backoff       text not null default 'fixed' check (retry_backoff in ('fixed', 'exponential')),
  recording_enabled   boolean not null default false,
  variables           jsonb not null default '{}',
  created_at          timestamptz not null default date_trunc('milliseconds', now()),
  updated_at          timestamptz not null default now(),
  started_at          timestamptz,
  completed_at        timestamptz
);
create index campaigns_workspace_created_idx on campaigns (workspace_id, created_at desc, id desc);
create index campaigns_active_idx on campaigns (status) where status in ('scheduled', 'running');

create table campaign_recipients (
  id                text primary key,
  campaign_id       text not null references campaigns(id) on delete cascade,
  workspace_id      text not null,
  phone             text not null check (phone ~ '^\+[1-9][0-9]{6,14}$'),
  name              text not null default '',
  timezone          text,
  variables         jsonb not null default '{}',
  status            text not null default 'queued'
                    check (status in ('queued', 'dialing', 'in_call', 'completed', 'failed', 'canceled', 'dnc', 'skipped')),
  attempts          integer not null default 0,
  -- Business time (app.clock): due when null or reached, and inside the calling window.
  next_attempt_at   timestamptz,
  last_outcome      text,
  last_error        text,
  call_ids          text[] not null default '{}',
  -- The call of the attempt in progress (status dialing or in_call), chosen before the dial.
  current_call_id   text,
  -- Which instance claimed the dial, and when (business time): an expired claim is reconciled.
  claimed_by        text,
  claimed_at        timestamptz,
  -- Per-recipient overrides of the campaign's settings.
  phone_number_id   text,
  max_attempts      integer check (max_attempts between 1 and 20),
  recording_enabled boolean,
  created_at        timestamptz not null default date_trunc('milliseconds', now()),
  updated_at        timestamptz not null default now(),
  unique (campaign_id, phone)
);
create index campaign_recipients_list_idx on campaign_recipients (campaign_id, created_at, id);
create index campaign_recipients_due_idx on campaign_recipients (campaign_id, next_attempt_at) where status = 'queued';
create index campaign_recipients_live_idx on campaign_recipients (campaign_id) where status in ('dialing', 'in_call');
create index campaign_recipients_call_idx on campaign_recipients (current_call_id) where current_call_id is not null;

-- One row per dial: the recipient's log of attempts.
create table campaign_attempts (
  recipient_id text not null references campaign_recipients(id) on delete cascade,
  attempt      integer not null,
  campaign_id  text not null,
  call_id      text not null,
  instance_id  text not null,
  started_at   timestamptz not null,
  ended_at     timestamptz,
  outcome      text,
  error        text,
  -- Copied from the call when it ends, for the campaign's totals.
  duration_s   integer,
  cost_usd     numeric(14, 6),
  primary key (recipient_id, attempt)
);
create index campaign_attempts_call_idx on campaign_attempts (call_id);
