import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { ParticipantInfo_Kind } from '@livekit/protocol'
import { errors } from '../../schemas/common.js'
import { TransferBody, TransferParams, TransferResult } from '../../schemas/telephony.js'
import { httpError } from '../../src/platform/http-error.js'
import { transferUri } from './e164.js'
import { describeError } from './provisioning.js'

const isNotFound = (err: unknown) => (err as { code?: string; status?: number })?.code === 'not_found' || (err as { status?: number })?.status === 404

export default async function transferRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

  app.post('/internal/calls/:callId/transfer', {
    onRequest: app.requireAgentSecret,
    schema: {
      tags: ['agent-runtime'], security: [{ agentSecret: [] }], operationId: 'transferCall',
      summary: "Transfer the call's phone leg (LiveKit TransferSIPParticipant)",
      description:
        'A bare number is sent as `tel:<number>`; `sip:` and `tel:` URIs as given. Answers exactly 200 once LiveKit accepted the ' +
        'transfer, and notes it on the call (`metrics.transfer`). 404 `call_not_found`; 409 `no_sip_participant` for a web call ' +
        'or a call whose phone leg has left; 502 `transfer_failed` when LiveKit refuses.',
      params: TransferParams,
      body: TransferBody,
      response: { 200: TransferResult, ...errors(400, 401, 404, 409, 502, 503) },
    },
  }, async (req) => {
    const call = await app.calls.findById(req.params.callId)
    if (!call) throw httpError(404, 'call_not_found', `Call ${req.params.callId} not found`)
    const noSip = () => httpError(409, 'no_sip_participant', `Call ${call.id} has no phone participant to transfer (web calls cannot be transferred)`)
    if (call.direction === 'web' || !call.room_name) throw noSip()
    const livekit = app.need('livekit')
    const transferTo = transferUri(req.body.transferTo)

    let participants
    try {
      participants = await livekit.rooms.listParticipants(call.room_name)
    } catch (err) {
      // The room is gone once the call is over: nothing left to transfer.
      if (isNotFound(err)) throw noSip()
      throw httpError(502, 'transfer_failed', `LiveKit: ${describeError(err)}`)
    }
    const sip = participants.find((p) => p.kind === ParticipantInfo_Kind.SIP)
    if (!sip) throw noSip()

    try {
      await livekit.sip.transferSipParticipant(call.room_name, sip.identity, transferTo, { playDialtone: false })
    } catch (err) {
      req.log.warn({ callId: call.id, transferTo, reason: describeError(err) }, '[transfer] LiveKit refused the transfer')
      throw httpError(502, 'transfer_failed', `LiveKit refused the transfer: ${describeError(err)}`)
    }
    await app.calls.recordTransfer(call.id, { to: transferTo, participantIdentity: sip.identity, at: new Date() })
    req.log.info({ callId: call.id, transferTo, participant: sip.identity }, '[transfer] transferred')
    return { ok: true as const, transferTo }
  })
}
