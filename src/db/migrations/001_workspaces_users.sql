-- Tenancy: every resource belongs to a workspace; users join workspaces with a role.
create table workspaces (
  id          text primary key,
  name        text not null,
  webhook_url text,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);

create table users (
  id            text primary key,
  email         text not null,
  name          text,
  password_hash text not null,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  constraint users_email_key unique (email)
);

create table workspace_members (
  workspace_id text not null references workspaces(id) on delete cascade,
  user_id      text not null references users(id) on delete cascade,
  role         text not null check (role in ('owner', 'admin', 'member')),
  created_at   timestamptz not null default now(),
  primary key (workspace_id, user_id)
);
create index workspace_members_user_idx on workspace_members (user_id);
