-- Per-workspace rate limits of the agent studio's paid calls (voice previews, prompt
-- generation): one row per key holding the current fixed window, so every API instance
-- counts against the same limit.
create table studio_rate_windows (
  key          text primary key,
  window_start timestamptz not null,
  hits         integer not null
);
