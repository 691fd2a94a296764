import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { AgentConfig } from '../../schemas/agent-runtime.js'
import { InboundStartBody } from '../../schemas/telephony.js'
import { newId } from '../../src/platform/ids.js'
import { callConfigAndMetadata, fallbackRuntimeConfig, FALLBACK_PROMPTS, roomMetadata, type AgentRuntimeConfig } from '../agents/index.js'
import type { NewCall } from '../calls/index.js'
import { createBatcher } from '../../src/db/batch.js'
import { normaliseDialled } from './e164.js'
import { CALLER_BLOCKED_PROMPT, callerDecision } from './country-rules.js'
import { describeError } from './provisioning.js'
import type { TelephonyStore } from './store.js'

/** One call for the insert batch: `announce` unless over the plan's limit or blocked; `record` when its agent records every call. */
interface InboundInsert { call: NewCall; announce: boolean; record: boolean }

// What carriers put in From when the caller withholds their number.
const WITHHELD = /^(anonymous|restricted|private|unavailable|unknown)$/i

export const INBOUND_START_LOG = '[internal.telephony.inbound.start] request received'

/**
 * POST /api/internal/telephony/inbound/start. The caller hears silence until this answers, so
 * it does one indexed lookup, then the call-row write and the room metadata write side by side.
 * Lookups and call inserts (with their call_started events) of concurrent starts are batched (src/db/batch.ts):
 * under load one statement serves many callers, which is what lets the database keep up.
 */
export default async function inboundStartRoutes(fastify: FastifyInstance, opts: { store: TelephonyStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store } = opts
  // Statements in flight per kind, out of the pool's DATABASE_POOL_MAX connections.
  const batch = { concurrency: 2, maxBatch: 100 }
  const resolveRoute = createBatcher((numbers: string[]) => store.resolveInbound(numbers), batch)
  // The call row, its call_started outbox rows and its auto-record job commit in one transaction
  // per batch: a crash before the commit loses the whole start (the agent retries it, and the retry
  // writes the event), never the event alone. Start and answer times come from one clock.
  const insertCall = createBatcher((items: InboundInsert[]) =>
    app.sql.begin(async (tx) => {
      const results = await app.calls.insertOnce(items.map((i) => i.call), tx, app.clock.now())
      for (const [i, r] of results.entries()) {
        if (!r.created || !items[i].announce) continue
        await app.callEvents.emit('call_started', r.row, tx)
        // LiveKit's room_started came before this row existed, so its auto-record found nothing.
        if (items[i].record) await app.recordings.autoRecord(r.row, tx)
      }
      return results
    }), batch)

  // Registered before the route's secret check: operators grep for this line to learn whether the
  // agent reaches the API at all, so it must appear for a wrong secret too (never the secret itself).
  app.addHook('onRequest', async (req) => {
    req.log.info({ hasSecret: typeof req.headers['x-agent-secret'] === 'string' }, INBOUND_START_LOG)
  })

  app.post('/internal/telephony/inbound/start', {
    onRequest: app.requireAgentSecret,
    schema: {
      tags: ['agent-runtime'], security: [{ agentSecret: [] }], operationId: 'startInboundCall',
      summary: 'The agent asks for the config of an inbound call',
      description:
        '`to` may be E.164 with or without `+`, `sip:+1...@host` or `tel:`. Records the call (status `active`; the same ' +
        '`callId` for a repeated `roomName`) and writes the room metadata before answering. An unknown number, or one ' +
        'without an inbound agent, answers 201 with `fallback: true`: the agent says the number is not configured and ends the call. ' +
        'Calls to numbers no workspace owns are kept as unrouted calls (`npm run doctor -- --unrouted`).',
      body: InboundStartBody,
      response: { 201: ref(AgentConfig), ...errors(400, 401, 503) },
    },
  }, async (req, reply) => {
    const { roomName, to, from, twilioCallSid } = req.body
    const e164 = normaliseDialled(to)
    const caller = from ? (normaliseDialled(from) ?? from) : null
    const route = e164 ? await resolveRoute(e164) : undefined
    // The number's country rules: a refused caller hears why and is recorded with outcome caller_country_blocked.
    const callerRule = route ? callerDecision(route, caller && !WITHHELD.test(caller) ? caller : null) : undefined
    const blocked = callerRule && !callerRule.allowed ? callerRule : undefined
    // Billing (two indexed queries): over the workspace's concurrency, or without credit, the caller hears the over-capacity fallback; the call is still recorded.
    // The knowledge fill (only for a prompt with {{knowledge}}) is read beside the billing check.
    const [overLimit, knowledge] = route && !blocked
      ? await Promise.all([
          app.billing.callRefusal(route.workspace_id, 'inbound', undefined, { excludeRoom: roomName }),
          route.agent ? app.knowledge.fillFor(route.agent, 'phone') : undefined,
        ])
      : [undefined, undefined]
    const generatedId = newId('call')
    const phoneNumber = route ? { id: route.number_id, e164: route.e164 } : undefined
    const callOf = (callId: string) => ({ id: callId, to: e164 ?? to, from: caller, direction: 'inbound' })

    // A call that exists already (a retried start) keeps the A/B variant recorded on it.
    const configFor = (callId: string, variantId?: string | null): { config: AgentRuntimeConfig; metadata: string } => {
      if (route?.agent && !overLimit && !blocked) return callConfigAndMetadata(route.agent, { callType: 'phone', callId, variantId, phoneNumber, knowledge, secrets: app.secrets }, callOf(callId))
      const prompt = blocked ? CALLER_BLOCKED_PROMPT : overLimit ? FALLBACK_PROMPTS.overCapacity : undefined
      const fallback = fallbackRuntimeConfig({ workspaceId: route?.workspace_id ?? null, callId, phoneNumber, prompt })
      return { config: fallback, metadata: roomMetadata(fallback, callOf(callId)) }
    }
    let { config, metadata: roomJson } = configFor(generatedId)

    const livekit = app.integrations.livekit
    const writeMetadata = (json: string) =>
      livekit
        ? livekit.rooms.updateRoomMetadata(roomName, json)
        : Promise.reject(new Error('LiveKit is not configured (LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET)'))

    const record = route
      ? insertCall({
          call: {
            id: generatedId,
            workspaceId: route.workspace_id,
            agentId: route.agent?.id ?? null,
            agentName: route.agent?.name ?? null,
            direction: 'inbound',
            status: 'active',
            roomName,
            from: caller,
            to: route.e164,
            twilioCallSid: twilioCallSid || null,
            phoneNumberId: route.number_id,
            variantId: config.variant?.id ?? null,
            ...(overLimit ? { outcome: 'over_capacity', failureReason: overLimit.code } : {}),
            ...(blocked
              ? { outcome: 'caller_country_blocked', failureReason: blocked.withheld ? 'withheld caller (allowWithheldCallers is false)' : `caller country ${blocked.country ?? 'unknown'} is not in allowedInboundCountries` }
              : {}),
          },
          announce: !overLimit && !blocked,
          record: !overLimit && !blocked && route.agent?.settings?.record === true,
        }).then((r) => ({ id: r.row.id, variantId: r.row.variant_id }))
      : store.recordUnrouted({ id: generatedId, roomName, to: e164 ?? (to || null), from: caller, twilioCallSid: twilioCallSid || null })
          .then((id) => ({ id, variantId: null }))

    const [recorded, metadata] = await Promise.allSettled([record, writeMetadata(roomJson)])
    // The call row is what the agent reports against: without it there is nothing to answer with.
    if (recorded.status === 'rejected') throw recorded.reason
    let metadataError = metadata.status === 'rejected' ? metadata.reason : undefined
    if (recorded.value.id !== generatedId) {
      // A retry for a room that already has its call: same id back, and the metadata names that id.
      ;({ config, metadata: roomJson } = configFor(recorded.value.id, recorded.value.variantId))
      metadataError = await writeMetadata(roomJson).then(() => undefined, (err: unknown) => err)
    }
    if (metadataError) {
      req.log.warn({ roomName, reason: describeError(metadataError) }, '[internal.telephony.inbound.start] room metadata not written; the agent falls back to the answer')
    }
    req.log.info(
      { roomName, to: e164 ?? to, callId: config.callId, workspaceId: route?.workspace_id ?? null, agentId: config.agent.id, fallback: !!config.fallback, overCapacity: !!overLimit, callerBlocked: !!blocked, unrouted: !route },
      '[internal.telephony.inbound.start] answered',
    )
    return reply.code(201).send(config)
  })
}
