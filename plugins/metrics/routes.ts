import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { Call, CallParams } from '../../schemas/calls.js'
import { CallMetricsBody, SNAPSHOT_KEYS, SNAPSHOT_MAX_BYTES, UsageQuery, UsageReport } from '../../schemas/metrics.js'
import { httpError, notFound } from '../../src/platform/http-error.js'
import { assertJsonSizes } from '../../src/platform/json-size.js'
import { callJson } from '../calls/store.js'
import type { MetricsStore, UsageFiguresRow } from './store.js'
import { parseEventTime } from './event-time.js'

const tags = ['metrics']
const SNAPSHOT_LIMITS = Object.fromEntries(SNAPSHOT_KEYS.map((k) => [k, SNAPSHOT_MAX_BYTES]))

function figures(r: UsageFiguresRow | undefined) {
  return {
    calls: r?.calls ?? 0,
    minutes: r ? Math.round(r.minutes * 1000) / 1000 : 0,
    costUsd: r ? Number(r.cost_usd) : 0,
    promptTokens: r ? Number(r.prompt_tokens) : 0,
    completionTokens: r ? Number(r.completion_tokens) : 0,
    latencyP50Ms: r?.latency_p50_ms ?? null,
    latencyP95Ms: r?.latency_p95_ms ?? null,
    latencyAvgMs: r?.latency_avg_ms ?? null,
    // From the post-call analysis: what tells one A/B variant from another.
    analyzedCalls: r?.analyzed ?? 0,
    successRate: r?.judged ? r.successful / r.judged : null,
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
      summary: 'Calls, minutes, cost, tokens and latency percentiles of the workspace',
      description:
        'Over calls started in [`since`, `until`). `groupBy=agent` groups by agent id (null: calls without an agent), `groupBy=day` by UTC day, `groupBy=variant` by A/B variant id (null: calls that ran the agent itself; pass `agentId`). ' +
        'Success rate and sentiment come from the post-call analysis. ' +
        'Latency percentiles are over the `turn` events of the calls in each group.',
      querystring: UsageQuery, response: { 200: ref(UsageReport), ...errors(400, 401) },
    },
  }, async (req) => {
    const q = req.query
    const since = q.since ? new Date(q.since) : undefined
    const until = q.until ? new Date(q.until) : undefined
    const rows = await metrics.usage(req.auth.workspaceId, { since, until, groupBy: q.groupBy, agentId: q.agentId })
    const groups = q.groupBy
      ? rows.filter((r) => !r.is_total).map((r) => ({
          key: r.key,
          ...(q.groupBy === 'agent' ? { agentName: r.agent_name } : {}),
          ...figures(r),
        }))
      : []
    return {
      since: since?.toISOString() ?? null,
      until: until?.toISOString() ?? null,
      groupBy: q.groupBy ?? null,
      groups,
      totals: figures(rows.find((r) => r.is_total)),
    }
  })
}
