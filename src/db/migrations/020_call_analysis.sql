-- Post-call analysis, on the call it describes (the calls list shows and filters on it).
-- `analysis` is the document the API returns ({status, summary, sentiment, successful, ...});
-- `analysis_run` names the run in progress or last finished: a job of an older run (a re-run
-- started meanwhile, a retry after the job's process died) finds another id and stands down,
-- so each run ends once and its call_analyzed is sent once. `analysis_attempts` counts the
-- LLM attempts of that run, crashed ones included, so a run always ends (failed at the
-- limit) rather than staying pending. `analysis_transcript_count` is how many transcript
-- entries the run read: a longer transcript pushed after it re-runs the analysis once.
alter table calls
  add column analysis jsonb,
  add column analysis_run text,
  add column analysis_attempts integer not null default 0,
  add column analysis_transcript_count integer,
  add column analysis_late_rerun boolean not null default false;

-- Labels: short strings on a call, unique per call.
create table call_labels (
  id           text primary key,
  workspace_id text not null references workspaces(id) on delete cascade,
  call_id      text not null references calls(id) on delete cascade,
  label        text not null,
  created_at   timestamptz not null default now(),
  unique (call_id, label)
);
create index call_labels_workspace_label_idx on call_labels (workspace_id, label, call_id);

-- Evaluations: a score 0-100 with notes, by a person (manual) or the LLM rubric (auto).
create table call_evaluations (
  id             text primary key,
  workspace_id   text not null references workspaces(id) on delete cascade,
  call_id        text not null references calls(id) on delete cascade,
  source         text not null check (source in ('manual', 'auto')),
  score          integer not null check (score between 0 and 100),
  notes          text not null default '',
  details        jsonb not null default '{}',
  author_user_id text,
  model          text,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now()
);
create index call_evaluations_call_idx on call_evaluations (call_id, created_at desc, id desc);
