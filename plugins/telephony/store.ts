import type { Queryable, Sql } from '../../src/db/connect.js'
import { newId } from '../../src/platform/ids.js'
import type { AgentRow } from '../agents/index.js'
import type { PhoneNumber } from '../../schemas/telephony.js'
import { newSipCredentials, type SipCredentials } from './sip-credentials.js'
import { reencryptInBatches, ROTATION_BATCH, type SecretBox } from '../../src/platform/secrets.js'

export interface PhoneNumberRow {
  id: string
  workspace_id: string
  e164: string
  provider: 'twilio'
  twilio_sid: string | null
  twilio_trunk_sid: string | null
  livekit_inbound_trunk_id: string | null
  livekit_outbound_trunk_id: string | null
  inbound_agent_id: string | null
  label: string
  outbound_agent_id: string | null
  allowed_inbound_countries: string[]
  allowed_outbound_countries: string[]
  allow_withheld_callers: boolean
  status_reason: string | null
  source: 'imported' | 'purchased'
  on_trunk: boolean
  status: PhoneNumber['status']
  last_provisioned_at: Date | null
  created_at: Date
  updated_at: Date
}

export interface WorkspaceTelephonyRow {
  workspace_id: string
  twilio_trunk_sid: string | null
  twilio_trunk_domain: string | null
  livekit_inbound_trunk_id: string | null
  livekit_outbound_trunk_id: string | null
  livekit_dispatch_rule_id: string | null
  sip_username: string
  sip_password: string
  twilio_credential_list_sid: string | null
  /** The next credentials while a rotation is under way (Twilio accepts both until LiveKit has switched). */
  sip_next_username: string | null
  sip_next_password: string | null
}

/** The dialled number with its workspace and inbound agent, from the one query inbound start makes. */
export interface InboundRoute {
  number_id: string
  e164: string
  workspace_id: string
  allowed_inbound_countries: string[]
  allow_withheld_callers: boolean
  /** The inbound agent as a JSON row (dates as strings; the runtime config does not read them). */
  agent: AgentRow | null
}

export function phoneNumberJson(r: PhoneNumberRow): PhoneNumber {
  return {
    id: r.id,
    e164: r.e164,
    label: r.label,
    provider: r.provider,
    source: r.source,
    inboundAgentId: r.inbound_agent_id,
    outboundAgentId: r.outbound_agent_id,
    allowedInboundCountries: r.allowed_inbound_countries,
    allowedOutboundCountries: r.allowed_outbound_countries,
    allowWithheldCallers: r.allow_withheld_callers,
    statusReason: r.status_reason,
    onTrunk: r.on_trunk,
    status: r.status,
    twilioSid: r.twilio_sid,
    twilioTrunkSid: r.twilio_trunk_sid,
    livekitInboundTrunkId: r.livekit_inbound_trunk_id,
    livekitOutboundTrunkId: r.livekit_outbound_trunk_id,
    lastProvisionedAt: r.last_provisioned_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }
}

export interface ProvisionedIds {
  twilioSid: string | null
  twilioTrunkSid: string | null
  livekitInboundTrunkId: string | null
  livekitOutboundTrunkId: string | null
  onTrunk: boolean
  status: PhoneNumber['status']
  statusReason: string | null
}

/** The fields PATCH changes (columns); absent ones stay. */
export interface PhoneNumberPatch {
  label?: string
  inbound_agent_id?: string | null
  outbound_agent_id?: string | null
  allowed_inbound_countries?: string[]
  allowed_outbound_countries?: string[]
  allow_withheld_callers?: boolean
}

/** SIP passwords are stored encrypted (src/platform/secrets.ts); rows leave the store decrypted. */
const openSettings = (box: SecretBox, row: WorkspaceTelephonyRow | undefined): WorkspaceTelephonyRow | undefined =>
  row && { ...row, sip_password: box.decrypt(row.sip_password), sip_next_password: box.decryptOptional(row.sip_next_password) }

/** SQL for phone_numbers, telephony_workspaces and unrouted_calls. */
export function createTelephonyStore(sql: Sql, box: SecretBox) {
  return {
    async list(workspaceId: string, opts: { limit: number; beforeId?: string }) {
      return sql<PhoneNumberRow[]>`
        select * from phone_numbers where workspace_id = ${workspaceId}
          ${opts.beforeId ? sql`and id < ${opts.beforeId}` : sql``}
        order by id desc limit ${opts.limit + 1}`
    },

    async all(workspaceId: string) {
      return sql<PhoneNumberRow[]>`select * from phone_numbers where workspace_id = ${workspaceId} order by e164`
    },

    async find(workspaceId: string, id: string) {
      const [row] = await sql<PhoneNumberRow[]>`select * from phone_numbers where workspace_id = ${workspaceId} and id = ${id}`
      return row
    },

    /** Platform-wide: numbers are unique across workspaces (Twilio webhooks know only the number). */
    async findByE164(e164: string) {
      const [row] = await sql<PhoneNumberRow[]>`select * from phone_numbers where e164 = ${e164}`
      return row
    },

    /** Any workspace's number by id (its workspace is in the row): for rules other domains apply. */
    async findById(id: string) {
      const [row] = await sql<PhoneNumberRow[]>`select * from phone_numbers where id = ${id}`
      return row
    },

    /** `undefined` when another row already holds the number (unique across the platform). */
    async insert(workspaceId: string, n: { e164: string; twilioSid: string | null; inboundAgentId: string | null; label?: string; source?: PhoneNumberRow['source'] }) {
      const [row] = await sql<PhoneNumberRow[]>`
        insert into phone_numbers (id, workspace_id, e164, twilio_sid, inbound_agent_id, label, source)
        values (${newId('pn')}, ${workspaceId}, ${n.e164}, ${n.twilioSid}, ${n.inboundAgentId}, ${n.label ?? ''}, ${n.source ?? 'imported'})
        on conflict (e164) do nothing
        returning *`
      return row
    },

    async update(workspaceId: string, id: string, patch: PhoneNumberPatch) {
      const values = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
      const [row] = Object.keys(values).length
        ? await sql<PhoneNumberRow[]>`
            update phone_numbers set ${sql(values)}, updated_at = now()
            where workspace_id = ${workspaceId} and id = ${id} returning *`
        : await sql<PhoneNumberRow[]>`select * from phone_numbers where workspace_id = ${workspaceId} and id = ${id}`
      return row
    },

    async saveProvisioning(workspaceId: string, id: string, p: ProvisionedIds) {
      const [row] = await sql<PhoneNumberRow[]>`
        update phone_numbers set
          twilio_sid = coalesce(${p.twilioSid}, twilio_sid),
          twilio_trunk_sid = ${p.twilioTrunkSid},
          -- A step that failed this time (LiveKit briefly unavailable) keeps the trunk the number already dials through.
          livekit_inbound_trunk_id = coalesce(${p.livekitInboundTrunkId}, livekit_inbound_trunk_id),
          livekit_outbound_trunk_id = coalesce(${p.livekitOutboundTrunkId}, livekit_outbound_trunk_id),
          on_trunk = ${p.onTrunk},
          status = ${p.status},
          status_reason = ${p.statusReason},
          last_provisioned_at = now(),
          updated_at = now()
        where workspace_id = ${workspaceId} and id = ${id} returning *`
      return row
    },

    async remove(workspaceId: string, id: string) {
      const [row] = await sql<PhoneNumberRow[]>`delete from phone_numbers where workspace_id = ${workspaceId} and id = ${id} returning *`
      return row
    },

    /** The numbers (e164) routing inbound calls to an agent: an agent in use cannot be deleted. */
    async numbersRoutingTo(workspaceId: string, agentId: string) {
      const rows = await sql<{ e164: string }[]>`
        select e164 from phone_numbers where workspace_id = ${workspaceId} and inbound_agent_id = ${agentId} order by e164`
      return rows.map((r) => r.e164)
    },

    /**
     * Inbound start's only lookup: number -> workspace and inbound agent, one index probe on
     * phone_numbers_e164_key plus the agent's primary key. The workspace condition on the join
     * keeps a number from ever reaching another workspace's agent. Several numbers in one statement
     * (inbound start batches concurrent calls); results in the order given.
     */
    async resolveInbound(numbers: string[]): Promise<(InboundRoute | undefined)[]> {
      const rows = await sql<InboundRoute[]>`
        select p.id as number_id, p.e164, p.workspace_id, p.allowed_inbound_countries, p.allow_withheld_callers,
          case when a.id is null then null else to_jsonb(a) end as agent
        from phone_numbers p
        left join agents a on a.id = p.inbound_agent_id and a.workspace_id = p.workspace_id
        where p.e164 = any(${numbers})`
      const byNumber = new Map(rows.map((r) => [r.e164, r]))
      return numbers.map((n) => byNumber.get(n))
    },

    /** The workspace's SIP settings, created on first use with fresh SIP credentials. */
    async workspaceSettings(workspaceId: string, tx: Queryable = sql) {
      const fresh = newSipCredentials()
      await tx`
        insert into telephony_workspaces (workspace_id, sip_username, sip_password)
        values (${workspaceId}, ${fresh.username}, ${box.encrypt(fresh.password)})
        on conflict (workspace_id) do nothing`
      const [row] = await tx<WorkspaceTelephonyRow[]>`select * from telephony_workspaces where workspace_id = ${workspaceId}`
      return openSettings(box, row)!
    },

    /** Read-only (diagnostics): `undefined` until the first reprovision. */
    async findWorkspaceSettings(workspaceId: string) {
      const [row] = await sql<WorkspaceTelephonyRow[]>`select * from telephony_workspaces where workspace_id = ${workspaceId}`
      return openSettings(box, row)
    },

    async saveWorkspaceSettings(workspaceId: string, s: Partial<Pick<WorkspaceTelephonyRow, 'twilio_trunk_sid' | 'twilio_trunk_domain' | 'livekit_inbound_trunk_id' | 'livekit_outbound_trunk_id' | 'livekit_dispatch_rule_id' | 'twilio_credential_list_sid'>>) {
      await sql`
        update telephony_workspaces set
          twilio_credential_list_sid = coalesce(${s.twilio_credential_list_sid ?? null}, twilio_credential_list_sid),
          twilio_trunk_sid = coalesce(${s.twilio_trunk_sid ?? null}, twilio_trunk_sid),
          twilio_trunk_domain = coalesce(${s.twilio_trunk_domain ?? null}, twilio_trunk_domain),
          livekit_inbound_trunk_id = coalesce(${s.livekit_inbound_trunk_id ?? null}, livekit_inbound_trunk_id),
          livekit_outbound_trunk_id = coalesce(${s.livekit_outbound_trunk_id ?? null}, livekit_outbound_trunk_id),
          livekit_dispatch_rule_id = coalesce(${s.livekit_dispatch_rule_id ?? null}, livekit_dispatch_rule_id),
          updated_at = now()
        where workspace_id = ${workspaceId}`
    },

    /** The workspace's LiveKit trunks and dispatch rule were deleted with its last number. */
    async forgetLiveKitIds(workspaceId: string) {
      await sql`
        update telephony_workspaces set livekit_inbound_trunk_id = null, livekit_outbound_trunk_id = null, livekit_dispatch_rule_id = null, updated_at = now()
        where workspace_id = ${workspaceId}`
    },

    /** Starts a rotation: the next credentials are kept until LiveKit dials with them. */
    async beginSipRotation(workspaceId: string, next: SipCredentials) {
      await sql`
        update telephony_workspaces set sip_next_username = ${next.username}, sip_next_password = ${box.encrypt(next.password)}, updated_at = now()
        where workspace_id = ${workspaceId} and sip_next_username is null`
    },

    /** LiveKit dials with the next credentials: they become the current ones. */
    async finishSipRotation(workspaceId: string, next: SipCredentials) {
      await sql`
        update telephony_workspaces set sip_username = ${next.username}, sip_password = ${box.encrypt(next.password)},
          sip_next_username = null, sip_next_password = null, updated_at = now()
        where workspace_id = ${workspaceId} and sip_next_username = ${next.username}`
    },

    /**
     * Re-encrypts SIP passwords not under the current key (secrets:rotate), in batches with a
     * compare-and-set on the old values: resumable, and a second run finds nothing to do.
     */
    async reencryptSecrets(next: SecretBox = box) {
      return reencryptInBatches(
        () => sql<{ workspace_id: string; sip_password: string; sip_next_password: string | null }[]>`
          select workspace_id, sip_password, sip_next_password from telephony_workspaces
          where sip_password not like ${next.currentPattern} or sip_next_password not like ${next.currentPattern}
          order by workspace_id limit ${ROTATION_BATCH}`,
        async (r) => (await sql`
          update telephony_workspaces set
            sip_password = ${next.encrypt(next.decrypt(r.sip_password))},
            sip_next_password = ${next.encryptOptional(next.decryptOptional(r.sip_next_password))}
          where workspace_id = ${r.workspace_id} and sip_password = ${r.sip_password}
            and sip_next_password is not distinct from ${r.sip_next_password}`).count,
      )
    },

    /** One reprovision per workspace at a time, across instances; the claim expires after `seconds`. */
    async claimProvisioning(workspaceId: string, seconds: number) {
      const [row] = await sql<{ workspace_id: string }[]>`
        update telephony_workspaces set provisioning_until = now() + make_interval(secs => ${seconds})
        where workspace_id = ${workspaceId} and (provisioning_until is null or provisioning_until < now())
        returning workspace_id`
      return !!row
    },

    async releaseProvisioning(workspaceId: string) {
      await sql`update telephony_workspaces set provisioning_until = null where workspace_id = ${workspaceId}`
    },

    /** A call to a number no workspace owns; a retry of the same room returns the first id. */
    async recordUnrouted(c: { id: string; roomName: string; to: string | null; from: string | null; twilioCallSid: string | null }) {
      const [row] = await sql<{ id: string }[]>`
        insert into unrouted_calls (id, room_name, to_number, from_number, twilio_call_sid)
        values (${c.id}, ${c.roomName}, ${c.to}, ${c.from}, ${c.twilioCallSid})
        on conflict (room_name) do nothing returning id`
      if (row) return row.id
      const [existing] = await sql<{ id: string }[]>`select id from unrouted_calls where room_name = ${c.roomName}`
      return existing.id
    },

    async recentUnrouted(limit: number) {
      return sql<{ id: string; room_name: string; to_number: string | null; from_number: string | null; created_at: Date }[]>`
        select id, room_name, to_number, from_number, created_at from unrouted_calls order by created_at desc limit ${limit}`
    },
  }
}

export type TelephonyStore = ReturnType<typeof createTelephonyStore>
