import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type, type TSchema } from '@sinclair/typebox'
import type { CampaignRecipient } from '../campaigns/index.js'
import { HttpError } from '../../src/platform/http-error.js'
import { allPages, withPlus, workspaceOf } from './forward.js'
import { compatError } from './errors.js'
import { ms } from './time.js'
import { Anything, compatErrors } from './shapes.js'

/**
 * The Outbound page's single-lead "jobs" on our campaigns: every job is a recipient of the
 * workspace's always-open campaign for its agent (campaigns' `ensureOpenCampaign`), with its own
 * caller id, attempts and recording setting. The campaigns domain dials, retries and records.
 */

const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })
const JobParams = Type.Object({ id: Id })
const E164ISH = /^\+?[1-9]\d{6,14}$/
const OLD_MAX_ATTEMPTS = 3

type Variables = Record<string, string | number | boolean>

const JobBody = Type.Object(
  {
    agentId: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    agent_id: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    phoneE164: Type.Optional(Type.String({ minLength: 6, maxLength: 20 })),
    to_number: Type.Optional(Type.String({ minLength: 6, maxLength: 20 })),
    from_number: Type.Optional(Type.String({ maxLength: 20 })),
    leadName: Type.Optional(Type.String({ maxLength: 120 })),
    timezone: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    maxAttempts: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
    recordingEnabled: Type.Optional(Type.Boolean()),
    metadata: Type.Optional(Type.Record(Type.String({ maxLength: 100 }), Type.Unknown(), { maxProperties: 50 })),
    rapidcall_llm_dynamic_variables: Type.Optional(Type.Record(Type.String({ maxLength: 100 }), Type.Union([Type.String({ maxLength: 4000 }), Type.Number(), Type.Boolean()]), { maxProperties: 50 })),
  },
  { additionalProperties: true },
)
type JobBody = typeof JobBody.static

/** Our recipient statuses in the page's six words (`dnc` is a flag there; `analyzing` still waits on its call). */
const STATUS: Record<string, string> = { analyzing: 'in_call', dnc: 'canceled', skipped: 'failed' }
/** And back, for `?status=`. */
const FROM_STATUS: Record<string, string[]> = {
  queued: ['queued'], dialing: ['dialing'], in_call: ['in_call', 'analyzing'], completed: ['completed'], failed: ['failed', 'skipped'], canceled: ['canceled', 'dnc'],
}

function job(r: CampaignRecipient, workspaceId: string) {
  const status = STATUS[r.status] ?? r.status
  return {
    id: r.id,
    workspaceId,
    createdAt: ms(r.createdAt),
    updatedAt: ms(r.updatedAt),
    status,
    leadName: r.name,
    phoneE164: r.phone,
    timezone: r.timezone ?? 'UTC',
    attempts: r.attempts,
    maxAttempts: r.maxAttempts ?? OLD_MAX_ATTEMPTS,
    nextAttemptAt: ms(r.nextAttemptAt),
    lastError: r.status === 'canceled' && !r.lastError ? 'Canceled by user' : (r.lastError ?? ''),
    roomName: null,
    agentId: r.agentId,
    recordingEnabled: r.recordingEnabled ?? false,
    dnc: r.status === 'dnc',
    dncReason: r.status === 'dnc' ? (r.lastError ?? '') : '',
    metadata: r.variables,
    providerCallId: null,
    callId: r.callIds.length ? r.callIds[r.callIds.length - 1] : null,
    lockedAt: null,
    lockedBy: null,
  }
}

/** The surface's "not found" in the page's words. */
async function orJobNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p
  } catch (err) {
    if (err instanceof HttpError && err.code === 'recipient_not_found') throw compatError(404, 'job_not_found', 'Job not found')
    throw err
  }
}

/** The caller id the page picked (`metadata.fromNumber`), as one of the workspace's numbers. */
async function callerIdOf(app: FastifyInstance, req: FastifyRequest, e164: unknown): Promise<string | undefined> {
  if (typeof e164 !== 'string' || !e164) return undefined
  const numbers = await allPages<{ id: string; e164: string }>(app, req, '/api/phone-numbers')
  const digits = e164.replace(/[^\d]/g, '')
  return numbers.find((n) => n.e164.replace(/[^\d]/g, '') === digits)?.id
}

function variablesOf(b: JobBody): Variables {
  const out: Variables = {}
  for (const [k, v] of Object.entries({ ...(b.metadata ?? {}), ...(b.rapidcall_llm_dynamic_variables ?? {}) })) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v
  }
  if (b.from_number) out.fromNumber = b.from_number
  return out
}

/** A POST on one job that answers `{job}`. */
const jobAction = (operationId: string, summary: string, description: string, body?: TSchema) => ({
  schema: { tags: ['outbound'], operationId, summary, description, params: JobParams, ...(body ? { body } : {}), response: { 200: Type.Object({ job: Anything }), ...compatErrors(400, 401, 403, 404) } },
})

export default async function outboundRoutes(app: FastifyInstance) {
  app.get(
    '/api/outbound/jobs',
    {
      schema: {
        tags: ['outbound'], operationId: 'dashboardListOutboundJobs', summary: 'Outbound jobs, newest first',
        description: 'The recipients of the workspace\'s always-open campaigns (one per agent), newest first.',
        querystring: Type.Object(
          {
            status: Type.Optional(Type.Union(Object.keys(FROM_STATUS).map((s) => Type.Literal(s)))),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 100 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
          },
          { additionalProperties: true },
        ),
        response: { 200: Type.Object({ jobs: Type.Array(Anything) }), ...compatErrors(400, 401) },
      },
    },
    async (req) => {
      const q = req.query as { status?: string; limit?: number; offset?: number }
      const ws = (await workspaceOf(app, req)).id
      const limit = q.limit ?? 100
      const offset = q.offset ?? 0
      const statuses = q.status ? FROM_STATUS[q.status] : [undefined]
      // Two of our statuses per word at most: each list is read as far as the page goes, then merged.
      const lists = await Promise.all(
        statuses.map((status) => app.campaigns.listRecipients(ws, { keepOpen: true, status: status as never, limit: Math.min(1000, offset + limit), offset: 0 })),
      )
      const merged = lists.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      return { jobs: merged.slice(offset, offset + limit).map((r) => job(r, ws)) }
    },
  )

  app.post(
    '/api/outbound/jobs',
    {
      schema: {
        tags: ['outbound'], operationId: 'dashboardCreateOutboundJob', summary: '"Call": one lead, queued',
        description: 'Adds the lead to the agent\'s always-open campaign (created on first use), with its caller id (`metadata.fromNumber`), attempts and recording setting.',
        body: JobBody,
        response: { 201: Type.Object({ job: Anything }), ...compatErrors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const b = req.body as JobBody
      const agentId = b.agentId ?? b.agent_id
      if (!agentId) throw compatError(400, 'validation_failed', 'agent_id or agentId is required')
      const phone = b.phoneE164 ?? b.to_number
      if (!phone) throw compatError(400, 'validation_failed', 'to_number or phoneE164 is required')
      if (!E164ISH.test(phone)) throw compatError(400, 'validation_failed', 'to_number / phoneE164 must be in E.164 format')
      const ws = (await workspaceOf(app, req)).id
      const variables = variablesOf(b)
      const phoneNumberId = await callerIdOf(app, req, variables.fromNumber)
      let campaign
      try {
        campaign = await app.campaigns.ensureOpenCampaign(ws, agentId)
      } catch (err) {
        if (err instanceof HttpError && err.code === 'agent_not_found') throw compatError(404, 'agent_not_found', 'Agent not found')
        throw err
      }
      const result = await app.campaigns.addRecipients(ws, campaign.id, [
        {
          phone: withPlus(phone),
          name: b.leadName ?? '',
          ...(b.timezone ? { timezone: b.timezone } : {}),
          variables,
          ...(phoneNumberId ? { phoneNumberId } : {}),
          maxAttempts: b.maxAttempts ?? OLD_MAX_ATTEMPTS,
          ...(b.recordingEnabled !== undefined ? { recordingEnabled: b.recordingEnabled } : {}),
        },
      ])
      const [added] = result.recipients
      if (!added) throw compatError(400, 'validation_failed', result.rejected[0]?.reason ?? 'to_number / phoneE164 must be in E.164 format')
      req.log.info({ jobId: added.id, campaignId: campaign.id }, 'Job created')
      return reply.code(201).send({ job: job({ ...added, agentId }, ws) })
    },
  )

  app.post(
    '/api/outbound/jobs/:id/cancel',
    jobAction('dashboardCancelOutboundJob', 'Cancel a job', 'Never dialled again; a live call is hung up (the old API left it). A finished job is answered as it is.'),
    async (req) => {
      const { id } = req.params as { id: string }
      const ws = (await workspaceOf(app, req)).id
      try {
        return { job: job(await orJobNotFound(app.campaigns.cancelRecipient(ws, id, 'Canceled by user')), ws) }
      } catch (err) {
        if (!(err instanceof HttpError && err.code === 'recipient_finished')) throw err
        const r = await app.campaigns.getRecipient(ws, id)
        if (!r) throw compatError(404, 'job_not_found', 'Job not found')
        return { job: job(r, ws) }
      }
    },
  )

  app.post(
    '/api/outbound/jobs/:id/dnc',
    jobAction(
      'dashboardDncOutboundJob', 'Do not call this lead',
      'The job stops (`dnc: true`, `canceled`) and the number joins the workspace\'s do-not-call list, so no later job dials it either (the old API flagged this job only).',
      Type.Optional(Type.Object({ reason: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: true })),
    ),
    async (req) => {
      const { id } = req.params as { id: string }
      const reason = (req.body as { reason?: string } | undefined)?.reason
      const ws = (await workspaceOf(app, req)).id
      return { job: job(await orJobNotFound(app.campaigns.markRecipientDnc(ws, id, reason)), ws) }
    },
  )

  app.get(
    '/api/outbound/jobs/:id/logs',
    {
      schema: {
        tags: ['outbound'], operationId: 'dashboardOutboundJobLogs', summary: 'What happened to a job, newest first',
        description: 'Built from the recipient\'s attempts; an unknown id gives an empty list, as before.',
        params: JobParams,
        response: { 200: Type.Object({ logs: Type.Array(Anything) }), ...compatErrors(400, 401) },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string }
      const ws = (await workspaceOf(app, req)).id
      const r = await app.campaigns.getRecipient(ws, id)
      if (!r) return { logs: [] }
      const logs: { level: string; message: string; meta: Record<string, unknown>; at: string }[] = [{ level: 'info', message: 'Job created', meta: { to: r.phone }, at: r.createdAt }]
      for (const a of r.attemptLog) {
        logs.push({ level: 'info', message: 'Dialing via LiveKit SIP', meta: { attempt: a.attempt, callId: a.callId, to: r.phone }, at: a.startedAt })
        if (!a.endedAt) continue
        const answered = a.outcome && !['busy', 'no_answer', 'failed', 'voicemail'].includes(a.outcome)
        const last = a.attempt === r.attemptLog.length && r.status === 'failed'
        logs.push(
          answered
            ? { level: 'info', message: 'Call completed (room finished)', meta: { attempt: a.attempt, outcome: a.outcome }, at: a.endedAt }
            : { level: last ? 'error' : 'warn', message: last ? 'Call failed (max attempts reached)' : 'Call failed, will retry', meta: { attempt: a.attempt, outcome: a.outcome, error: a.error }, at: a.endedAt },
        )
      }
      if (r.status === 'canceled') logs.push({ level: 'warn', message: 'Job canceled by user', meta: {}, at: r.updatedAt })
      if (r.status === 'dnc') logs.push({ level: 'warn', message: 'DNC set for job', meta: { reason: r.lastError }, at: r.updatedAt })
      return {
        logs: logs
          .map((l, n) => ({ id: `${r.id}-${n}`, jobId: r.id, workspaceId: ws, level: l.level, message: l.message, meta: l.meta, createdAt: ms(l.at) }))
          // Built in the order things happened (their times come from more than one clock).
          .reverse()
          .slice(0, 200),
      }
    },
  )
}
