import type { Campaign, Recipient } from '../../schemas/campaigns.js'
import type { CampaignRow, CampaignTotals } from './store.js'
import type { AttemptRow, RecipientRow } from './recipient-store.js'

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** `mon` is ISO weekday 1, as PostgreSQL's `extract(isodow ...)` counts. */
export const isoWeekday = (d: Weekday) => WEEKDAYS.indexOf(d) + 1

const iso = (d: Date | null) => d?.toISOString() ?? null
const hhmm = (t: string) => t.slice(0, 5)

export function campaignJson(c: CampaignRow, totals?: CampaignTotals): Campaign {
  return {
    id: c.id,
    name: c.name,
    agentId: c.agent_id,
    phoneNumberId: c.phone_number_id,
    status: c.status,
    startAt: iso(c.start_at),
    endAt: iso(c.end_at),
    window: { days: [...c.window_days].sort().map((d) => WEEKDAYS[d - 1]), start: hhmm(c.window_start), end: hhmm(c.window_end) },
    timezone: c.timezone,
    defaultCountry: c.default_country,
    maxConcurrent: c.max_concurrent,
    maxAttempts: c.max_attempts,
    retry: { on: c.retry_on as Campaign['retry']['on'], delayMinutes: c.retry_delay_minutes, backoff: c.retry_backoff },
    recordingEnabled: c.recording_enabled,
    keepOpen: c.keep_open,
    variables: c.variables ?? {},
    createdAt: c.created_at.toISOString(),
    updatedAt: c.updated_at.toISOString(),
    startedAt: iso(c.started_at),
    completedAt: iso(c.completed_at),
    ...(totals ? { progress: progressJson(totals) } : {}),
  }
}

function progressJson(t: CampaignTotals) {
  const total = Object.values(t.by_status).reduce((a, b) => a + b, 0)
  return {
    total,
    byStatus: t.by_status,
    byOutcome: t.by_outcome,
    dials: t.dials,
    connected: t.connected,
    connectRate: t.dials ? t.connected / t.dials : null,
    averageDurationS: t.avg_duration_s,
    costUsd: t.cost_usd,
  }
}

export function recipientJson(r: RecipientRow): Recipient {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    phone: r.phone,
    name: r.name,
    timezone: r.timezone,
    variables: r.variables ?? {},
    status: r.status,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    phoneNumberId: r.phone_number_id,
    recordingEnabled: r.recording_enabled,
    nextAttemptAt: iso(r.next_attempt_at),
    lastOutcome: r.last_outcome,
    lastError: r.last_error,
    callIds: r.call_ids,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }
}

export function attemptJson(a: AttemptRow) {
  return { attempt: a.attempt, callId: a.call_id, startedAt: a.started_at.toISOString(), endedAt: a.ended_at?.toISOString() ?? null, outcome: a.outcome, error: a.error }
}
