-- Login and signup rate limits (per IP, per email), counted in one place for every API
-- instance: one row per limited key holding its current fixed window. Keys are SHA-256
-- digests, so the table holds no email addresses or IPs.
create table auth_rate_windows (
  key          bytea primary key,
  window_start timestamptz not null,
  hits         integer not null
);
create index auth_rate_windows_window_start on auth_rate_windows (window_start);
