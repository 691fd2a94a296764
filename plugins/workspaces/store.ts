import type { Static } from '@sinclair/typebox'
import type { Role as RoleSchema } from '../../schemas/auth.js'
import type { Queryable, Sql } from '../../src/db/connect.js'
import { newId } from '../../src/platform/ids.js'

export type Role = Static<typeof RoleSchema>

export interface WorkspaceRow {
  id: string
  name: string
  webhook_url: string | null
  created_at: Date
}

export interface MembershipRow {
  id: string
  name: string
  role: Role
}

/** SQL for workspaces and workspace_members. */
export function createWorkspaceStore(sql: Sql) {
  return {
    async createWorkspace(name: string, ownerId: string, tx: Queryable = sql) {
      const id = newId('ws')
      const [ws] = await tx<WorkspaceRow[]>`
        insert into workspaces (id, name) values (${id}, ${name}) returning id, name, webhook_url, created_at`
      await tx`insert into workspace_members (workspace_id, user_id, role) values (${id}, ${ownerId}, 'owner')`
      return ws
    },

    async findWorkspace(id: string) {
      const [row] = await sql<WorkspaceRow[]>`select id, name, webhook_url, created_at from workspaces where id = ${id}`
      return row
    },

    async membershipsOf(userId: string) {
      return sql<MembershipRow[]>`
        select w.id, w.name, m.role from workspace_members m join workspaces w on w.id = m.workspace_id
        where m.user_id = ${userId} order by m.created_at, w.id`
    },

    async roleOf(workspaceId: string, userId: string): Promise<Role | undefined> {
      const [row] = await sql<{ role: Role }[]>`
        select role from workspace_members where workspace_id = ${workspaceId} and user_id = ${userId}`
      return row?.role
    },

    async listMembers(workspaceId: string) {
      return sql<{ user_id: string; email: string; name: string | null; role: Role; created_at: Date }[]>`
        select m.user_id, u.email, u.name, m.role, m.created_at
        from workspace_members m join users u on u.id = m.user_id
        where m.workspace_id = ${workspaceId} order by m.created_at, m.user_id`
    },

    /** Adds or changes a member; refuses to demote the last owner (checked under a row lock). */
    async upsertMember(workspaceId: string, userId: string, role: Role) {
      return sql.begin(async (tx) => {
        await tx`select id from workspaces where id = ${workspaceId} for update`
        const [current] = await tx<{ role: Role }[]>`
          select role from workspace_members where workspace_id = ${workspaceId} and user_id = ${userId}`
        if (current?.role === 'owner' && role !== 'owner' && (await ownerCount(tx, workspaceId)) <= 1) return 'last_owner' as const
        await tx`
          insert into workspace_members (workspace_id, user_id, role) values (${workspaceId}, ${userId}, ${role})
          on conflict (workspace_id, user_id) do update set role = excluded.role`
        return current ? ('updated' as const) : ('added' as const)
      })
    },

    async removeMember(workspaceId: string, userId: string) {
      return sql.begin(async (tx) => {
        await tx`select id from workspaces where id = ${workspaceId} for update`
        const [current] = await tx<{ role: Role }[]>`
          select role from workspace_members where workspace_id = ${workspaceId} and user_id = ${userId}`
        if (!current) return 'not_member' as const
        if (current.role === 'owner' && (await ownerCount(tx, workspaceId)) <= 1) return 'last_owner' as const
        await tx`delete from workspace_members where workspace_id = ${workspaceId} and user_id = ${userId}`
        return 'removed' as const
      })
    },

    /** Renames and/or sets the default webhook URL; `undefined` leaves a field as it is, `null` clears the URL. */
    async updateWorkspace(workspaceId: string, patch: { name?: string; webhookUrl?: string | null }) {
      const [row] = await sql<WorkspaceRow[]>`
        update workspaces set
          name = coalesce(${patch.name ?? null}, name),
          webhook_url = ${patch.webhookUrl === undefined ? sql`webhook_url` : patch.webhookUrl},
          updated_at = now()
        where id = ${workspaceId} returning id, name, webhook_url, created_at`
      return row
    },

    async setWebhookUrl(workspaceId: string, url: string | null) {
      const [row] = await sql<WorkspaceRow[]>`
        update workspaces set webhook_url = ${url}, updated_at = now() where id = ${workspaceId}
        returning id, name, webhook_url, created_at`
      return row
    },
  }
}

async function ownerCount(tx: Queryable, workspaceId: string) {
  const [{ n }] = await tx<{ n: number }[]>`
    select count(*)::int as n from workspace_members where workspace_id = ${workspaceId} and role = 'owner'`
  return n
}

export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>
