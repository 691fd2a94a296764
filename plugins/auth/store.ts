import type { Queryable, Sql } from '../../src/db/connect.js'
import { newId } from '../../src/platform/ids.js'

export interface UserRow {
  id: string
  email: string
  name: string | null
  password_hash: string
  token_version: number
}

export interface ApiKeyRow {
  id: string
  workspace_id: string
  name: string
  prefix: string
  created_at: Date
  last_used_at: Date | null
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase()

/** SQL for the tables the auth domain owns: users and api_keys. */
export function createAuthStore(sql: Sql) {
  return {
    async insertUser(u: { email: string; name: string | null; passwordHash: string }, tx: Queryable = sql) {
      const [row] = await tx<UserRow[]>`
        insert into users (id, email, name, password_hash)
        values (${newId('usr')}, ${u.email}, ${u.name}, ${u.passwordHash})
        returning id, email, name, password_hash, token_version`
      return row
    },

    async findUserByEmail(email: string) {
      const [row] = await sql<UserRow[]>`select id, email, name, password_hash, token_version from users where email = ${email}`
      return row
    },

    async findUserById(id: string) {
      const [row] = await sql<UserRow[]>`select id, email, name, password_hash, token_version from users where id = ${id}`
      return row
    },

    /** What a dashboard token is checked against on every request: null when the user is gone. */
    async tokenState(userId: string, sessionId: string | undefined) {
      const [row] = await sql<{ version: number; revoked: boolean }[]>`
        select token_version as version, exists(select 1 from revoked_sessions where id = ${sessionId ?? ''}) as revoked
        from users where id = ${userId}`
      return row ?? null
    },

    /** Logout: the session's tokens are refused from now on; the row goes once they would have expired. */
    async revokeSession(s: { id: string; userId: string; now: Date; expiresAt: Date }) {
      await sql`insert into revoked_sessions (id, user_id, revoked_at, expires_at)
        values (${s.id}, ${s.userId}, ${s.now}, ${s.expiresAt}) on conflict (id) do nothing`
      await sql`delete from revoked_sessions where id in (
        select id from revoked_sessions where expires_at < ${s.now} limit 100)`
    },

    /** Every token the user holds stops working (password change; logout of a token without a session id). */
    async revokeAllTokens(userId: string, newPasswordHash?: string) {
      const [row] = await sql<{ token_version: number }[]>`
        update users set token_version = token_version + 1,
          password_hash = ${newPasswordHash ?? sql`password_hash`}
        where id = ${userId} returning token_version`
      return row?.token_version
    },

    async insertApiKey(k: { workspaceId: string; name: string; prefix: string; hash: Buffer; createdBy: string | null }) {
      const [row] = await sql<ApiKeyRow[]>`
        insert into api_keys (id, workspace_id, name, prefix, key_hash, created_by)
        values (${newId('key')}, ${k.workspaceId}, ${k.name}, ${k.prefix}, ${k.hash}, ${k.createdBy})
        returning id, workspace_id, name, prefix, created_at, last_used_at`
      return row
    },

    async listApiKeys(workspaceId: string) {
      return sql<ApiKeyRow[]>`
        select id, workspace_id, name, prefix, created_at, last_used_at from api_keys
        where workspace_id = ${workspaceId} and revoked_at is null
        order by created_at desc, id desc`
    },

    async revokeApiKey(workspaceId: string, keyId: string) {
      const rows = await sql`
        update api_keys set revoked_at = now()
        where workspace_id = ${workspaceId} and id = ${keyId} and revoked_at is null
        returning id`
      return rows.length > 0
    },

    async findActiveApiKey(hash: Buffer) {
      const [row] = await sql<{ id: string; workspace_id: string; last_used_at: Date | null }[]>`
        select id, workspace_id, last_used_at from api_keys where key_hash = ${hash} and revoked_at is null`
      return row
    },

    /** At most one write a minute per key: last_used_at is informative, not an audit log. */
    async touchApiKey(id: string) {
      await sql`update api_keys set last_used_at = now()
        where id = ${id} and (last_used_at is null or last_used_at < now() - interval '1 minute')`
    },
  }
}

export type AuthStore = ReturnType<typeof createAuthStore>
