-- Dashboard JWTs that stop working before they expire. A token carries its session id (`sid`,
-- kept across switch-workspace) and the user's token version (`ver`) at signing:
--  * logout revokes the session: one row here until its last token would have expired anyway;
--  * a password change bumps users.token_version: every earlier token of the user is refused.
-- Both are read per request by primary key, on every instance.
alter table users add column token_version integer not null default 0;

create table revoked_sessions (
  id         text primary key,
  user_id    text not null,
  revoked_at timestamptz not null,
  expires_at timestamptz not null
);
create index revoked_sessions_expires_at on revoked_sessions (expires_at);
