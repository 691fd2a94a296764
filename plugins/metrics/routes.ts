import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { Call, CallParams } from '../../schemas/calls.js'
import { AgentAnalytics, AgentAnalyticsQuery, CallMetricsBody, SNAPSHOT_KEYS, SNAPSHOT_MAX_BYTES, UsageQuery, UsageReport } from '../../schemas/metrics.js'
import { AgentParams } from '../../schemas/agents.js'
import { checkTimeZone, dayIn, daysBetween } from './analytics-days.js'
import { httpError, notFound } from '../../src/platform/http-error.js'
import { assertJsonSizes } from '../../src/platform/json-size.js'
import { callJson } from '../calls/index.js'
import type { MetricsStore, UsageFiguresRow } from './store.js'
import { parseEventTime } from './event-time.js'

const tags = ['metrics']
const SNAPSHOT_LIMITS = Object.fromEntries(SNAPSHOT_KEYS.map((k) => [k, SNAPSHOT_MAX_BYTES]))

const round = (v: number | null | undefined, digits = 1) => (v == null ? null : Math.round(v * 10 ** digits) / 10 ** digits)

function figures(r: UsageFiguresRow | undefined) {
  return {
    calls: r?.calls ?? 0,
    completedCalls: r?.completed_calls ?? 0,
    avgDurationS: round(r?.avg_duration_s),
    minutes: r ? Math.round(r.minutes * 1000) / 1000 : 0,
    costUsd: r ? Number(r.cost_usd) : 0,
    billedUsd: r ? Number(r.billed_usd) : 0,
    promptTokens: r ? Number(r.prompt_tokens) : 0,
    completionTokens: r ? Number(r.completion_tokens) : 0,
    cachedPromptTokens: r ? Math.round(r.cached_prompt_tokens) : 0,
    sttAudioS: r ? round(r.stt_audio_s, 3) ?? 0 : 0,
    ttsCharacters: r ? Math.round(r.tts_characters) : 0,
    latencyP50Ms: r?.latency_p50_ms ?? null,
    latencyP95Ms: r?.latency_p95_ms ?? null,
    latencyAvgMs: round(r?.latency_avg_ms),
    eouEndMsAvg: round(r?.eou_end_ms_avg),
    eouTranscriptionMsAvg: round(r?.eou_transcription_ms_avg),
    llmTtftMsAvg: round(r?.llm_ttft_ms_avg),
    analyzedCalls: r?.analyzed_calls ?? 0,
    successRate: r?.analyzed_calls ? round(r.successful_calls / r.analyzed_calls, 4) : null,
    sentiment: { positive: r?.positive ?? 0, neutral: r?.neutral ?? 0, negative: r?.negative ?? 0 },
  }
}

export default async function metricsRoutes(fastify: FastifyInstance, opts: { metrics: MetricsStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { metrics } = opts

  app.post('/calls/:callId/metrics', {
    onRequest: app.requireAgentSecret,
    schema: {
      tags, security: [{ agentSecret: [] }], operationId: 'postCallMetrics',
      summary: 'The voice agent reports a call\'s metrics',
      description:
        'Snapshots (`usage`, `models`, `latency`, `normalized`, `telephony`) replace the stored ones; `events` are appended once per `id` ' +
        '(at most 500 per post). Posting the same body twice changes nothing. Ended calls still accept events. Unknown top-level keys are ignored.',
      params: CallParams, body: ref(CallMetricsBody),
      response: { 200: Type.Object({ call: ref(Call) }), ...errors(400, 401, 404, 413, 415, 503) },
    },
  }, async (req) => {
    const body = req.body
    assertJsonSizes(body, SNAPSHOT_LIMITS)
    const events = body.events ?? []
    const badTimes = events.flatMap((e, i) =>
      parseEventTime(e.at) === undefined ? [{ in: 'body', field: `events.${i}.at`, message: 'must be an ISO-8601 time or unix seconds/milliseconds' }] : [],
    )
    if (badTimes.length) throw httpError(400, 'validation_failed', `body.${badTimes[0].field} ${badTimes[0].message}`, badTimes)
    const snapshots: Record<string, unknown> = {}
    for (const k of SNAPSHOT_KEYS) if (body[k] != null) snapshots[k] = body[k]
    const row = await metrics.ingest(req.params.callId, snapshots, events)
    if (!row) throw notFound('Call')
    return { call: callJson(row) }
  })

  app.get('/analytics/usage', {
    onRequest: app.requireAuth,
    schema: {
      tags, security: [{ bearerAuth: [] }], operationId: 'getUsageAnalytics',
      summary: 'Calls, minutes, cost, tokens, latency, success rate and sentiment of the workspace',
      description:
        'Over calls started in [`since`, `until`). `groupBy=agent` groups by agent id (null: calls without an agent), `groupBy=day` by calendar day in `tz` ' +
        '(UTC by default); days without calls are listed with zeros (up to 1,000 days). `groupBy=variant` by A/B variant id (null: calls that ran the agent itself), ' +
        'to compare variants: pass `agentId`. Latency percentiles are over the `turn` events of the calls; ' +
        "calls without events (the voice agent reports averages only) count with their `agent_turn_latency_ms_avg`. Success rate and sentiment come from the post-call analysis.",
      querystring: UsageQuery, response: { 200: ref(UsageReport), ...errors(400, 401) },
    },
  }, async (req) => {
    const q = req.query
    const tz = checkTimeZone(q.tz)
    const since = q.since ? new Date(q.since) : undefined
    const until = q.until ? new Date(q.until) : undefined
    const rows = await metrics.usage(req.auth.workspaceId, { since, until, groupBy: q.groupBy, agentId: q.agentId, tz })
    let groups = q.groupBy
      ? rows.filter((r) => !r.is_total).map((r) => ({
          key: r.key,
          ...(q.groupBy === 'agent' ? { agentName: r.agent_name } : {}),
          ...figures(r),
        }))
      : []
    if (q.groupBy === 'day') groups = zeroFilled(groups, since, until, tz)
    return {
      since: since?.toISOString() ?? null,
      until: until?.toISOString() ?? null,
      groupBy: q.groupBy ?? null,
      tz,
      groups,
      totals: figures(rows.find((r) => r.is_total)),
    }
  })

  app.get('/agents/:agentId/analytics', {
    onRequest: app.requireAuth,
    schema: {
      tags, security: [{ bearerAuth: [] }], operationId: 'getAgentAnalytics',
      summary: "An agent's latest call metrics and its usage over a range",
      description: 'The most recently ended call (tokens, latency) and the figures of `/api/analytics/usage` over the agent\'s calls started in [`since`, `until`). 404 `agent_not_found`.',
      params: AgentParams, querystring: AgentAnalyticsQuery, response: { 200: ref(AgentAnalytics), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const { workspaceId } = req.auth
    const agentId = req.params.agentId
    if (!(await app.agents.find(workspaceId, agentId))) throw httpError(404, 'agent_not_found', 'Agent not found')
    const since = req.query.since ? new Date(req.query.since) : undefined
    const until = req.query.until ? new Date(req.query.until) : undefined
    const [rows, latest] = await Promise.all([metrics.usage(workspaceId, { since, until, agentId }), metrics.latestEnded(workspaceId, agentId)])
    const latency = (latest?.metrics?.latency ?? {}) as Record<string, unknown>
    return {
      agentId,
      since: since?.toISOString() ?? null,
      until: until?.toISOString() ?? null,
      latest: latest
        ? { callId: latest.id, endedAt: latest.ended_at.toISOString(), durationS: latest.duration_s, tokensTotal: Number(latest.tokens_total), latencyMs: latest.latency_ms, latency }
        : null,
      totals: figures(rows.find((r) => r.is_total)),
    }
  })
}

/** The day series with every day of the range (or of the data, without one), in order. */
function zeroFilled<G extends { key: string | null }>(groups: G[], since: Date | undefined, until: Date | undefined, tz: string): G[] {
  const byDay = new Map(groups.map((g) => [g.key, g]))
  const keys = groups.map((g) => g.key!).sort()
  const first = since ? dayIn(since, tz) : keys[0]
  const last = until ? dayIn(new Date(until.getTime() - 1), tz) : keys[keys.length - 1]
  const days = first && last ? daysBetween(first, last) : undefined
  if (!days) return groups
  return days.map((day) => byDay.get(day) ?? ({ key: day, ...figures(undefined) } as unknown as G))
}
