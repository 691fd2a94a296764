-- Integrator API keys: only a SHA-256 of the key is stored (keys carry 256 bits of entropy).
create table api_keys (
  id           text primary key,
  workspace_id text not null references workspaces(id) on delete cascade,
  name         text not null,
  prefix       text not null,
  key_hash     bytea not null,
  created_by   text references users(id) on delete set null,
  created_at   timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at   timestamptz,
  constraint api_keys_key_hash_key unique (key_hash)
);
create index api_keys_workspace_idx on api_keys (workspace_id, created_at desc);
