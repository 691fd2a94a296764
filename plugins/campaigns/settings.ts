import type { FastifyInstance } from 'fastify'
import type { CreateCampaignBody, UpdateCampaignBody } from '../../schemas/campaigns.js'
import { httpError, notFound } from '../../src/platform/http-error.js'
import { isoWeekday } from './json.js'
import { isTimeZone } from './recipient-rows.js'
import type { CampaignFields } from './store.js'

/**
 * A create or update body as stored columns, after checking what the schema cannot: the agent
 * and the caller id belong to the workspace, the zone exists, the dates are in order.
 */
export async function campaignFields(
  app: FastifyInstance,
  workspaceId: string,
  body: CreateCampaignBody | UpdateCampaignBody,
  current?: { start_at: Date | null; end_at: Date | null },
): Promise<CampaignFields> {
  const f: CampaignFields = {}
  if (body.name !== undefined) f.name = body.name
  if (body.agentId !== undefined) {
    if (!(await app.agents.find(workspaceId, body.agentId))) throw notFound('Agent')
    f.agent_id = body.agentId
  }
  if (body.phoneNumberId !== undefined) {
    if (!(await app.telephony.find(workspaceId, body.phoneNumberId))) throw notFound('Phone number')
    f.phone_number_id = body.phoneNumberId
  }
  if (body.timezone !== undefined) {
    if (!isTimeZone(body.timezone)) throw httpError(400, 'invalid_timezone', `Unknown time zone ${JSON.stringify(body.timezone)}`)
    f.timezone = body.timezone
  }
  if (body.window) {
    f.window_days = body.window.days.map(isoWeekday)
    f.window_start = body.window.start
    f.window_end = body.window.end
  }
  if (body.startAt !== undefined) f.start_at = body.startAt === null ? null : new Date(body.startAt)
  if (body.endAt !== undefined) f.end_at = body.endAt === null ? null : new Date(body.endAt)
  const start = f.start_at !== undefined ? f.start_at : (current?.start_at ?? null)
  const end = f.end_at !== undefined ? f.end_at : (current?.end_at ?? null)
  if (start && end && end <= start) throw httpError(400, 'invalid_schedule', 'endAt must be after startAt')
  if (body.defaultCountry !== undefined) f.default_country = body.defaultCountry
  if (body.maxConcurrent !== undefined) f.max_concurrent = body.maxConcurrent
  if (body.maxAttempts !== undefined) f.max_attempts = body.maxAttempts
  if (body.retry) {
    f.retry_on = body.retry.on
    f.retry_delay_minutes = body.retry.delayMinutes
    f.retry_backoff = body.retry.backoff
  }
  if (body.recordingEnabled !== undefined) f.recording_enabled = body.recordingEnabled
  if (body.keepOpen !== undefined) f.keep_open = body.keepOpen
  if (body.variables !== undefined) f.variables = body.variables
  return f
}
