-- The workspace's do-not-call list: numbers no call of the workspace may dial (campaigns
-- mark such recipients `dnc`, POST /api/calls/outbound answers 409 number_on_dnc).
-- One row per (workspace, E.164 number); `source` says who added it.
create table do_not_call (
  workspace_id text not null references workspaces(id) on delete cascade,
  phone        text not null check (phone ~ '^\+[1-9][0-9]{6,14}$'),
  reason       text not null default '',
  source       text not null check (source in ('api', 'import', 'agent', 'campaign')),
  -- Millisecond precision, so JS Dates in pagination cursors compare exactly.
  created_at   timestamptz not null default date_trunc('milliseconds', now()),
  primary key (workspace_id, phone)
);
create index do_not_call_workspace_created_idx on do_not_call (workspace_id, created_at desc, phone desc);
