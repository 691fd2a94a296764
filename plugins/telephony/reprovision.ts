import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors } from '../../schemas/common.js'
import { PhoneNumberParams, ReprovisionBody, ReprovisionResult } from '../../schemas/telephony.js'
import { httpError, notFound } from '../../src/platform/http-error.js'
import { phoneNumberJson, type PhoneNumberRow, type TelephonyStore } from './store.js'
import { reprovisionNumber } from './provisioning.js'

// Longer than a reprovision takes (a dozen REST calls with 15 s timeouts would be the worst case).
const CLAIM_SECONDS = 120

export default async function reprovisionRoutes(fastify: FastifyInstance, opts: { store: TelephonyStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store } = opts
  app.addHook('onRequest', app.requireAuth)

  app.post('/phone-numbers/:id/reprovision', {
    // The body is optional (the dashboard sends `{}`, older clients nothing).
    preValidation: async (req) => {
      req.body ??= {}
    },
    schema: {
      tags: ['telephony'], security: [{ bearerAuth: [] }], operationId: 'reprovisionPhoneNumber',
      summary: 'Create or repair the Twilio trunk, origination, LiveKit trunks and dispatch rule for a number',
      description:
        'Steps, each idempotent (a second run creates nothing): `twilio_trunk` (the workspace Elastic SIP trunk), ' +
        '`twilio_credential_list` (the credential list on the trunk that Twilio termination checks LiveKit\'s INVITEs against), ' +
        '`twilio_origination` (`sip:$LIVEKIT_SIP_ENDPOINT;transport=tls`), `twilio_number_on_trunk`, `livekit_inbound_trunk`, ' +
        '`livekit_outbound_trunk` (Twilio termination `<domain>.pstn.twilio.com` with workspace SIP credentials), ' +
        '`livekit_dispatch_rule` (individual, room prefix `call-`, agent LIVEKIT_AGENT_NAME). A failing step is reported with ' +
        'its reason and the number gets status `error`; the answer is still 200. Logs `[reprovision-outbound] ...`. ' +
        '409 `reprovision_in_progress` while another reprovision of the workspace runs. `rotateCredentials: true` replaces the SIP ' +
        'credentials with no moment where neither old nor new works (step `twilio_credential_retire` removes the old ones).',
      params: PhoneNumberParams,
      body: ReprovisionBody,
      response: { 200: ReprovisionResult, ...errors(400, 401, 404, 409, 503) },
    },
  }, async (req) => {
    const { workspaceId } = req.auth
    const number = await store.find(workspaceId, req.params.id)
    if (!number) throw notFound('Phone number')
    const { row, steps } = await provisionAndSave(app, store, number, req.log, { rotateCredentials: req.body.rotateCredentials })
    return { phoneNumber: phoneNumberJson(row), steps }
  })
}

/**
 * One reprovision of a number under the workspace's claim (409 `reprovision_in_progress` while
 * another runs), its outcome saved on the number: status `active` or `error` with the failed steps
 * as `statusReason`. Reprovision and buying a number share it.
 */
export async function provisionAndSave(app: FastifyInstance, store: TelephonyStore, number: PhoneNumberRow, log: FastifyBaseLogger, opts: { rotateCredentials?: boolean } = {}) {
  const workspaceId = number.workspace_id
  const twilio = app.need('twilio')
  const livekit = app.need('livekit')
  await store.workspaceSettings(workspaceId)
  if (!(await store.claimProvisioning(workspaceId, CLAIM_SECONDS))) {
    throw httpError(409, 'reprovision_in_progress', 'Another reprovision of this workspace is running: retry when it has finished')
  }
  try {
    const { steps, ids } = await reprovisionNumber(
      { twilio, livekit, store, sipEndpoint: app.config.livekit.sipEndpoint, agentName: app.config.livekit.agentName, log },
      number,
      opts,
    )
    const ok = steps.every((s) => s.ok)
    const row = await store.saveProvisioning(workspaceId, number.id, {
      twilioSid: ids.twilioSid,
      twilioTrunkSid: ids.twilioTrunkSid,
      livekitInboundTrunkId: ids.inboundTrunkId,
      livekitOutboundTrunkId: ids.outboundTrunkId,
      onTrunk: ids.onTrunk,
      status: ok ? 'active' : 'error',
      statusReason: ok ? null : steps.filter((s) => !s.ok).map((s) => `${s.name}: ${s.detail}`).join('; ').slice(0, 2000),
    })
    log.info({ e164: number.e164, ok, failed: steps.filter((s) => !s.ok).map((s) => s.name) }, `[reprovision-outbound] done: ${ok ? 'all steps ok' : 'some steps failed'}`)
    return { row: row ?? number, steps }
  } finally {
    await store.releaseProvisioning(workspaceId)
  }
}
