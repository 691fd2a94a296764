-- Per-turn samples the agent posts with its metrics. Appended once per (call, event id):
-- the agent re-sends a batch when a post fails, so replays hit the primary key and are dropped.
-- The calls row keeps the summary (tokens, cost, latency percentiles) computed from these.
create table call_metric_events (
  call_id            text not null references calls(id) on delete cascade,
  event_id           text not null,
  type               text not null check (type in ('turn', 'llm', 'stt', 'tts')),
  at                 timestamptz,
  e2e_latency_ms     double precision,
  llm_ttft_ms        double precision,
  tts_ttfb_ms        double precision,
  eou_delay_ms       double precision,
  prompt_tokens      integer,
  completion_tokens  integer,
  cost_usd           numeric(14, 6),
  received_at        timestamptz not null default now(),
  primary key (call_id, event_id)
);
