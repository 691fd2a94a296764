import type { FastifyInstance } from 'fastify'
import type postgres from 'postgres'
import type {} from '../../src/jobs/plugin.js'
import type { Job } from '../../src/jobs/queue.js'
import { enqueueAlert } from '../../src/integrations/alerts.js'
import type { CallRow } from '../calls/index.js'
import type { CallCost as CallCostJson } from '../../schemas/calls.js'
import { accountState } from './account.js'
import { priceCall, round6, type CostLine, type RateCard } from './rate-card.js'
import type { BillingStore, CallLineRow } from './store.js'
import { enqueueLineReports } from './usage.js'

/**
 * A cost on every ended call. Priced right after the end (so the trial credit and the call show
 * it within a second), then once more when its metrics are final: when its post-call analysis
 * ends (`call_analyzed`), or BILLING_FINALIZE_DELAY_S after the end at the latest. Pricing is
 * idempotent: the same inputs write the same lines and add nothing to the counters (they move by
 * the difference with what was stored). Final lines of a paid workspace are reported to Stripe;
 * a line already reported is never repriced.
 */

export const PRICE_CALL_JOB = 'billing.price-call'

interface PriceJob {
  callId: string
  final: boolean
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)
const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {})

/** The model the agent reported in its usage snapshot, if any. */
function modelOnCall(call: CallRow): string | undefined {
  const m = obj(call.metrics)
  return str(obj(m.usage).llm_model) ?? str(obj(m.models).llm)
}

const sameLines = (stored: CallLineRow[], lines: CostLine[]) =>
  stored.length === lines.length &&
  lines.every((l) => {
    const s = stored.find((x) => x.meter === l.meter)
    return !!s && Number(s.quantity) === l.quantity && Number(s.unit_usd) === l.unitUsd && Number(s.amount_usd) === l.amountUsd
  })

const linesOf = (rows: CallLineRow[], card: RateCard): CostLine[] =>
  rows.map((r) => {
    const m = card.meters.find((x) => x.meter === r.meter)
    return {
      key: r.key as CostLine['key'], meter: r.meter, description: m?.description ?? r.key, quantity: Number(r.quantity), unit: m?.unit ?? '',
      unitUsd: Number(r.unit_usd), amountUsd: Number(r.amount_usd), ...(m?.model ? { model: m.model } : {}),
    }
  })

export function createCallPricing(app: FastifyInstance, store: BillingStore, card: RateCard) {
  const { billing } = app.config

  async function modelOf(call: CallRow, tx: postgres.TransactionSql): Promise<string | null> {
    const reported = modelOnCall(call)
    if (reported) return reported
    if (!call.agent_id) return null
    // The A/B variant the call ran, when it names its own model; else the agent's.
    const variant = call.variant_id ? await app.agentVariants.find(call.workspace_id, call.agent_id, call.variant_id, tx) : undefined
    if (str(variant?.llm_model)) return str(variant!.llm_model)!
    const agent = await app.agents.find(call.workspace_id, call.agent_id, tx)
    return str(agent?.llm_model) ?? null
  }

  /** Alerts when this pricing moved the period's spend across 80 % or 100 % of the workspace's cap. */
  async function spendAlerts(tx: postgres.TransactionSql, workspaceId: string, cap: number | null, before: number, after: number, periodStart: Date) {
    if (cap === null || cap <= 0) return
    for (const pct of [80, 100]) {
      const line = (cap * pct) / 100
      if (before >= line || after < line) continue
      await enqueueAlert(
        app.jobs,
        tx,
        {
          type: pct === 100 ? 'billing_spend_cap_reached' : 'billing_spend_cap_warning',
          severity: pct === 100 ? 'critical' : 'warning',
          workspaceId,
          message: `The workspace spent $${after.toFixed(2)} this period: ${pct} % of its $${cap.toFixed(2)} cap${pct === 100 ? '; new calls are refused' : ''}`,
          at: app.clock.now(),
        },
        { dedupeKey: `billing_spend_cap_${pct}:${workspaceId}:${periodStart.toISOString()}` },
      )
    }
  }

  /** Prices one ended call in `tx`; returns the cost the call now shows (undefined: not ended, or gone). */
  async function price(tx: postgres.TransactionSql, callId: string, final: boolean): Promise<CallCostJson | undefined> {
    // The call's row first, then the workspace's: the order every writer of both takes (no deadlock).
    const call = await app.calls.findSummary(callId, tx, { lock: true })
    if (!call || (call.status !== 'ended' && call.status !== 'failed')) return undefined
    const account = await store.lock(tx, call.workspace_id)
    if (!account) return undefined
    const { cost: prior, lines: priorLines } = await store.lockCost(tx, callId)
    const isFinal = final || !!prior?.final
    const state = accountState(account, billing, !!app.integrations.stripe, app.clock.now())
    const chargedTo = prior?.charged_to ?? state.mode

    if (priorLines.some((l) => l.reported_at)) {
      // Stripe has these quantities: the call keeps the cost it was billed.
      return prior ? { totalUsd: Number(prior.total_usd), lines: linesOf(priorLines, card), model: prior.model, chargedTo, final: true } : undefined
    }
    const billable = call.status === 'ended' && !!call.answered_at && call.outcome !== 'over_capacity'
    const computed = priceCall(card, {
      // Billed per second; an answered call is at least one second.
      seconds: billable ? Math.max(1, call.duration_s ?? 0) : 0,
      pstn: call.direction !== 'web',
      tokens: (call.prompt_tokens ?? 0) + (call.completion_tokens ?? 0),
      model: await modelOf(call, tx),
    })
    const unchanged = !!prior && Number(prior.total_usd) === computed.totalUsd && prior.model === computed.model && sameLines(priorLines, computed.lines)
    const ended = call.ended_at ?? app.clock.now()
    if (!unchanged) {
      await store.saveCost(tx, { callId, workspaceId: call.workspace_id, chargedTo, endedAt: ended, model: computed.model, totalUsd: computed.totalUsd, final: isFinal }, computed.lines)
      const deltaUsd = round6(computed.totalUsd - Number(prior?.total_usd ?? 0))
      if (deltaUsd !== 0) {
        const spend = await store.addSpend(tx, call.workspace_id, { deltaUsd, trial: chargedTo === 'trial', periodStart: state.periodStart })
        await spendAlerts(tx, call.workspace_id, state.monthlySpendCapUsd, spend.before, spend.after, state.periodStart)
      }
    } else if (isFinal && !prior.final) {
      await store.markFinal(tx, callId)
    }
    const json: CallCostJson = { totalUsd: computed.totalUsd, lines: computed.lines, model: computed.model, chargedTo, final: isFinal }
    if (!unchanged || isFinal !== prior.final || !call.cost) await app.calls.setCost(callId, json, tx)
    if (isFinal && chargedTo === 'paid') {
      await enqueueLineReports(app, tx, { callId, workspaceId: call.workspace_id, customerId: account.stripe_customer_id, endedAt: ended, lines: computed.lines })
    }
    return json
  }

  return { price }
}

export type CallPricing = ReturnType<typeof createCallPricing>

export async function registerCallPricing(app: FastifyInstance, pricing: CallPricing): Promise<void> {
  const delayMs = app.config.billing.finalizeDelayS * 1000

  app.callEvents.on('call_ended', async (call, tx) => {
    await app.jobs.enqueue(tx, PRICE_CALL_JOB, { callId: call.id, final: false } satisfies PriceJob, { singletonKey: `${call.id}:provisional`, maxAttempts: 10 })
    // The fallback for a call whose analysis never ends; job scheduling is wall-clock time.
    await app.jobs.enqueue(tx, PRICE_CALL_JOB, { callId: call.id, final: true } satisfies PriceJob, {
      singletonKey: `${call.id}:final`, maxAttempts: 10, ...(delayMs > 0 ? { runAt: new Date(Date.now() + delayMs) } : {}),
    })
  })

  // Post-call analysis ended: the metrics are final. Priced in the event's transaction, so the
  // call_analyzed webhook (queued by a later listener from the same row) carries the final cost.
  app.callEvents.on('call_analyzed', async (call, tx) => {
    const cost = await pricing.price(tx, call.id, true)
    if (cost) call.cost = cost
  })

  await app.jobs.work<PriceJob>(PRICE_CALL_JOB, async (job: Job<PriceJob>) => {
    await app.sql.begin((tx) => pricing.price(tx, job.data.callId, job.data.final))
  })
}
