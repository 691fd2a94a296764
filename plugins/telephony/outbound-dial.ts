import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import { SipCallError } from 'livekit-server-sdk'
import { httpError, notFound } from '../../src/platform/http-error.js'
import { newId } from '../../src/platform/ids.js'
import { callConfigAndMetadata } from '../agents/index.js'
import { describeError } from './provisioning.js'
import { destinationDecision } from './country-rules.js'
import type { TelephonyStore } from './store.js'

/** The agent calls outbound start only for rooms named like this. */
export const OUTBOUND_ROOM_PREFIX = 'out-'

// How long the callee's phone rings; the whole request stays under the 30 s request timeout.
const RINGING_TIMEOUT_S = 25

export type DialFailure = 'dial_busy' | 'dial_no_answer' | 'dial_failed'

/** What a failed dial means to a person reading the call list. */
export function dialOutcome(err: unknown): DialFailure {
  const code = err instanceof SipCallError ? err.sipStatusCode : undefined
  if (code === 486 || code === 600) return 'dial_busy'
  if (code === 408 || code === 480 || code === 487) return 'dial_no_answer'
  return 'dial_failed'
}

export interface OutboundDial {
  workspaceId: string
  /** Absent: the from-number's outboundAgentId (campaigns always name theirs). */
  agentId?: string
  to: string
  phoneNumberId: string
  variables?: Record<string, string | number | boolean | null>
  /** Chosen by the caller when it must know the call (and room `out-<callId>`) before dialing (campaigns). */
  callId?: string
  log: FastifyBaseLogger
}

export interface OutboundDialResult {
  callId: string
  roomName: string
  status: string
  /** Null once answered; `dial_busy`, `dial_no_answer` or `dial_failed` otherwise. */
  outcome: DialFailure | null
  /** The SIP status LiveKit reported for a failed dial, e.g. `SIP 486 Busy Here`. */
  sip?: string
}

/**
 * One outbound phone call: checks (number, agent, trunk, do-not-call, plan limits), the call row,
 * the room with the agent dispatched, then the SIP dial, waiting until answered. Client errors
 * throw before anything is written; a failed dial ends the call through the lifecycle and returns.
 */
export function createOutboundDialer(app: FastifyInstance, store: TelephonyStore) {
  return async function placeOutboundCall(d: OutboundDial): Promise<OutboundDialResult> {
    const { workspaceId, agentId, to, phoneNumberId, variables, log } = d
    const number = await store.find(workspaceId, phoneNumberId)
    if (!number) throw notFound('Phone number')
    const destination = destinationDecision(number.allowed_outbound_countries, to)
    if (!destination.allowed) {
      throw httpError(422, 'destination_not_allowed', `${number.e164} may not call ${destination.country ?? 'this destination (no known country)'}: allowed are ${number.allowed_outbound_countries.join(', ')} (PATCH the number's allowedOutboundCountries)`, { country: destination.country, allowedOutboundCountries: number.allowed_outbound_countries })
    }
    const chosen = agentId ?? number.outbound_agent_id
    if (!chosen) {
      throw httpError(422, 'outbound_agent_required', `Send agentId, or set an outbound agent on ${number.e164} (PATCH /api/phone-numbers/${number.id} {outboundAgentId})`)
    }
    const agent = await app.agents.find(workspaceId, chosen)
    if (!agent) throw notFound('Agent')
    if (!number.livekit_outbound_trunk_id) {
      throw httpError(409, 'number_not_provisioned', `${number.e164} has no outbound trunk yet: run POST /api/phone-numbers/${number.id}/reprovision`)
    }
    await app.doNotCall.assertDialable(workspaceId, to)
    const livekit = app.need('livekit')
    await app.billing.enforceCallStart(workspaceId, 'outbound')

    const callId = d.callId ?? newId('call')
    const roomName = `${OUTBOUND_ROOM_PREFIX}${callId}`
    const phoneNumber = { id: number.id, e164: number.e164 }
    const knowledge = await app.knowledge.fillFor(agent, 'phone')
    const { config, metadata } = callConfigAndMetadata(agent, { callType: 'phone', callId, variables, phoneNumber, knowledge }, { id: callId, to, from: number.e164, direction: 'outbound' })
    // The row exists before the agent is dispatched: its outbound start finds it.
    await app.calls.insert({
      id: callId, workspaceId, agentId: agent.id, agentName: agent.name, direction: 'outbound', status: 'ringing',
      roomName, from: number.e164, to, phoneNumberId: number.id, variables: variables ?? {}, variantId: config.variant?.id ?? null,
    })

    try {
      await livekit.rooms.createRoom({ name: roomName, metadata, emptyTimeout: 60 })
      await livekit.dispatch.createDispatch(roomName, app.config.livekit.agentName, { metadata })
    } catch (err) {
      log.error({ callId, roomName, reason: describeError(err) }, '[outbound] could not prepare the room')
      await app.callLifecycle.end(callId, { outcome: 'dial_failed', status: 'failed', failureReason: `LiveKit: ${describeError(err)}` })
      throw httpError(502, 'livekit_error', `LiveKit refused to set up the call: ${describeError(err)}`, { callId })
    }

    try {
      await livekit.sip.createSipParticipant(number.livekit_outbound_trunk_id, to, roomName, {
        fromNumber: number.e164,
        participantIdentity: `sip_${to}`,
        participantName: to,
        waitUntilAnswered: true,
        ringingTimeout: RINGING_TIMEOUT_S,
        timeout: RINGING_TIMEOUT_S + 3,
      })
    } catch (err) {
      const outcome = dialOutcome(err)
      const sip = err instanceof SipCallError ? `SIP ${err.sipStatusCode ?? '?'} ${err.sipStatus ?? ''}`.trim() : describeError(err)
      log.info({ callId, roomName, outcome, sip }, '[outbound] dial failed')
      const ended = await app.callLifecycle.end(callId, { outcome, failureReason: sip })
      // Nobody will join: close the room so the dispatched agent leaves too.
      livekit.rooms.deleteRoom(roomName).catch((e) => log.warn({ roomName, reason: describeError(e) }, '[outbound] could not delete the room'))
      return { callId, roomName, status: ended?.status ?? 'ended', outcome, sip }
    }
    // Through the lifecycle, so call_started reaches the customer's webhook.
    const active = await app.callLifecycle.activate(callId, new Date())
    log.info({ callId, roomName, to, from: number.e164 }, '[outbound] answered')
    return { callId, roomName, status: active?.status ?? 'active', outcome: null }
  }
}

export type PlaceOutboundCall = ReturnType<typeof createOutboundDialer>
