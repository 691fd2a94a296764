import type { Queryable, Sql } from '../../src/db/connect.js'

export type DncSource = 'api' | 'import' | 'agent' | 'campaign'

export interface DncRow {
  workspace_id: string
  phone: string
  reason: string
  source: DncSource
  created_at: Date
}

/** SQL for the do_not_call table; every read and write is scoped by workspace. */
export function createDncStore(sql: Sql) {
  return {
    /** Adds the number unless listed; returns the row and whether it was new. */
    async add(workspaceId: string, e: { phone: string; reason: string; source: DncSource }, tx: Queryable = sql) {
      const [inserted] = await tx<DncRow[]>`
        insert into do_not_call (workspace_id, phone, reason, source)
        values (${workspaceId}, ${e.phone}, ${e.reason}, ${e.source})
        on conflict (workspace_id, phone) do nothing
        returning *`
      if (inserted) return { row: inserted, created: true }
      const [row] = await tx<DncRow[]>`select * from do_not_call where workspace_id = ${workspaceId} and phone = ${e.phone}`
      return { row, created: false }
    },

    /** Many numbers in one statement; returns those that were new. */
    async addMany(workspaceId: string, entries: { phone: string; reason: string }[], source: DncSource, tx: Queryable = sql) {
      if (!entries.length) return []
      const rows = await tx<{ phone: string }[]>`
        insert into do_not_call (workspace_id, phone, reason, source)
        select ${workspaceId}, e.phone, e.reason, ${source}
        from unnest(${entries.map((e) => e.phone)}::text[], ${entries.map((e) => e.reason)}::text[]) as e(phone, reason)
        on conflict (workspace_id, phone) do nothing
        returning phone`
      return rows.map((r) => r.phone)
    },

    async find(workspaceId: string, phone: string) {
      const [row] = await sql<DncRow[]>`select * from do_not_call where workspace_id = ${workspaceId} and phone = ${phone}`
      return row
    },

    /** The listed numbers among `phones`. */
    async listedAmong(workspaceId: string, phones: string[], tx: Queryable = sql): Promise<Set<string>> {
      if (!phones.length) return new Set()
      const rows = await tx<{ phone: string }[]>`
        select phone from do_not_call where workspace_id = ${workspaceId} and phone = any(${phones}::text[])`
      return new Set(rows.map((r) => r.phone))
    },

    async list(workspaceId: string, f: { prefix?: string; before?: { createdAt: Date; phone: string }; limit: number }) {
      return sql<DncRow[]>`
        select * from do_not_call
        where workspace_id = ${workspaceId}
          ${f.prefix ? sql`and phone like ${`${f.prefix.replace(/[\\%_]/g, '\\$&')}%`}` : sql``}
          ${f.before ? sql`and (created_at, phone) < (${f.before.createdAt}, ${f.before.phone})` : sql``}
        order by created_at desc, phone desc
        limit ${f.limit + 1}`
    },

    async remove(workspaceId: string, phone: string) {
      const rows = await sql`delete from do_not_call where workspace_id = ${workspaceId} and phone = ${phone} returning phone`
      return rows.length > 0
    },
  }
}

export type DncStore = ReturnType<typeof createDncStore>
