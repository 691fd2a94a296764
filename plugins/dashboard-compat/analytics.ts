import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import { call, query } from './forward.js'
import { iso } from './time.js'
import { Anything, compatErrors } from './shapes.js'

const WEEK_MS = 7 * 24 * 3600 * 1000
// Up to the year 9999: past it a JavaScript date (and PostgreSQL's timestamptz) has no ISO form.
const Epoch = Type.Number({ minimum: 0, maximum: 253_402_300_799_000, description: 'Epoch milliseconds' })
const RangeQuery = Type.Object({ from: Type.Optional(Epoch), to: Type.Optional(Epoch) }, { additionalProperties: true })

interface Figures {
  calls: number
  minutes: number
  promptTokens?: number
  completionTokens?: number
  latencyP50Ms?: number | null
  [k: string]: unknown
}
interface Report {
  totals: Figures
  groups: (Figures & { key: string | null })[]
}

const num = (v: unknown) => (typeof v === 'number' ? v : null)

/** The Analytics page's totals from the contract's usage report (extra figures used when the report has them). */
function totals(f: Figures) {
  const completed = num(f.completedCalls) ?? f.calls
  const tokens = (f.promptTokens ?? 0) + (f.completionTokens ?? 0)
  return {
    callCount: f.calls,
    completedCallCount: completed,
    avgDurationSec: completed ? Math.round((f.minutes * 60) / completed) : null,
    avgLatencyMs: (() => {
      const v = num(f.avgLatencyMs) ?? num(f.latencyAvgMs) ?? num(f.latencyP50Ms)
      return v === null ? null : Math.round(v)
    })(),
    totalTokens: tokens || num(f.tokens) || null,
  }
}

export default async function analyticsRoutes(app: FastifyInstance) {
  app.get(
    '/api/analytics',
    {
      schema: {
        tags: ['analytics'], operationId: 'dashboardAnalytics', summary: 'Totals and a daily series over a range',
        description: 'Maps onto `GET /api/analytics/usage?groupBy=day` (UTC days); `from`/`to` are epoch ms, the last 7 days by default. Days without calls are left out, as before.',
        querystring: RangeQuery,
        response: { 200: Type.Object({ range: Anything, totals: Anything, series: Type.Array(Anything) }), ...compatErrors(400, 401) },
      },
    },
    async (req) => {
      const q = req.query as { from?: number; to?: number }
      const to = q.to ?? app.clock.now().getTime()
      const from = q.from ?? to - WEEK_MS
      // The page's `to` is the last millisecond of its last day; the contract's `until` is exclusive.
      const r = await call<Report>(app, req, 'GET', `/api/analytics/usage${query({ since: iso(from), until: iso(to + 1), groupBy: 'day' })}`)
      return {
        range: { from, to, tz: 'UTC' },
        totals: totals(r.totals),
        series: r.groups
          .filter((g) => g.calls > 0 && g.key)
          .map((g) => ({ day: g.key, calls: g.calls, minutes: Math.round(g.minutes) }))
          .sort((a, b) => String(a.day).localeCompare(String(b.day))),
      }
    },
  )

  app.get(
    '/api/agents/:id/analytics',
    {
      schema: {
        tags: ['analytics'], operationId: 'dashboardAgentAnalytics', summary: 'The agent page\'s header line',
        description: 'The agent\'s all-time totals from `GET /api/analytics/usage?groupBy=agent`, and its latest ended call\'s metrics from `GET /api/calls`.',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) }),
        response: { 200: Anything, ...compatErrors(400, 401, 404) },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string }
      await call(app, req, 'GET', `/api/agents/${id}`)
      const r = await call<Report>(app, req, 'GET', '/api/analytics/usage?groupBy=agent')
      const mine = r.groups.find((g) => g.key === id) ?? { calls: 0, minutes: 0 }
      const recent = await call<{ items: { id: string; status: string; endedAt: string | null; durationS: number | null; metrics: Record<string, unknown> }[] }>(
        app, req, 'GET', `/api/calls${query({ agentId: id, status: 'ended', limit: 1 })}`,
      )
      const last = recent.items[0]
      const latency = last?.metrics?.latency as Record<string, unknown> | undefined
      return {
        agentId: id,
        totals: totals(mine),
        latest: last
          ? {
              callId: last.id,
              endedAt: last.endedAt ? Date.parse(last.endedAt) : null,
              durationSec: last.durationS,
              tokensTotal: num(last.metrics?.tokensTotal) || null,
              latencyMs: num(latency?.agent_turn_latency_ms_avg) ?? num(last.metrics?.latencyP50Ms),
            }
          : null,
      }
    },
  )

  app.get(
    '/api/agents/:id/usage-summary',
    {
      schema: {
        tags: ['analytics'], operationId: 'dashboardAgentUsageSummary', summary: "An agent's usage over a range (no page calls it)",
        description: 'Maps onto `GET /api/agents/:agentId/analytics?since&until`; `from`/`to` are epoch ms, the current UTC calendar month by default.',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) }),
        querystring: RangeQuery,
        response: { 200: Anything, ...compatErrors(400, 401, 404) },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string }
      const q = req.query as { from?: number; to?: number }
      const now = app.clock.now()
      const from = q.from ?? Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)
      const to = q.to ?? Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 1
      const r = await call<{ totals: Figures }>(app, req, 'GET', `/api/agents/${id}/analytics${query({ since: iso(from), until: iso(to + 1) })}`)
      const f = r.totals
      return {
        agentId: id,
        range: { from, to, tz: 'UTC' },
        totals: {
          durationSec: Math.round(f.minutes * 60),
          minutes: f.minutes,
          llmPromptTokens: f.promptTokens ?? 0,
          llmPromptCachedTokens: num(f.cachedPromptTokens) ?? 0,
          llmCompletionTokens: f.completionTokens ?? 0,
          sttAudioSeconds: num(f.sttAudioS) ?? 0,
          ttsCharacters: num(f.ttsCharacters) ?? 0,
        },
      }
    },
  )

  app.post(
    '/api/agents/generate-prompt',
    {
      schema: {
        tags: ['agents'], operationId: 'dashboardGeneratePrompt', summary: 'The "Generate" wizard',
        description: 'Maps onto `POST /api/agents/generate-prompt` (same fields); 503 without an LLM, and the page then builds its own fallback prompt.',
        body: Type.Object({ templateId: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: true }),
        response: { 200: Type.Object({ promptDraft: Type.String() }), ...compatErrors(400, 401, 429, 502, 503) },
      },
    },
    async (req) => {
      const FIELDS = ['templateId', 'agentName', 'businessName', 'industry', 'location', 'timezone', 'languages', 'primaryGoal', 'targetCustomer', 'tone', 'greetingStyle', 'offerings', 'hours', 'bookingLink', 'requiredFields', 'faqs', 'disallowed', 'escalation', 'policies', 'extra']
      const b = req.body as Record<string, unknown>
      const body = Object.fromEntries(FIELDS.filter((k) => typeof b[k] === 'string' && b[k] !== '').map((k) => [k, b[k]]))
      const r = await call<{ promptDraft: string }>(app, req, 'POST', '/api/agents/generate-prompt', body)
      return { promptDraft: r.promptDraft }
    },
  )
}
