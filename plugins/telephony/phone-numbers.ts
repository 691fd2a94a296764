import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { ListUpdate } from '@livekit/protocol'
import { errors, ref, Page } from '../../schemas/common.js'
import {
  AvailableNumbers,
  AvailableNumbersQuery,
  CreatePhoneNumberBody,
  DeletePhoneNumberQuery,
  PhoneNumber,
  PhoneNumberListQuery,
  PhoneNumberParams,
  UpdatePhoneNumberBody,
} from '../../schemas/telephony.js'
import { httpError, notFound } from '../../src/platform/http-error.js'
import { decodeCursor, paginate } from '../../src/platform/cursor.js'
import { phoneNumberJson, type TelephonyStore } from './store.js'
import { describeError } from './provisioning.js'
import { normaliseCountries } from './country-rules.js'
import { provisionAndSave } from './reprovision.js'

const tags = ['telephony']
const security = [{ bearerAuth: [] }]

/** A Twilio REST failure as the client should see it: our 502 with Twilio's own code and message. */
export function twilioFailure(err: unknown) {
  const e = err as { status?: number; code?: number; message?: string }
  return httpError(502, 'twilio_error', `Twilio refused the request: ${e.message ?? String(err)}`, { twilioStatus: e.status ?? null, twilioCode: e.code ?? null })
}

export default async function phoneNumberRoutes(fastify: FastifyInstance, opts: { store: TelephonyStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store } = opts
  app.addHook('onRequest', app.requireAuth)

  const assertAgent = async (workspaceId: string, agentId: string | null | undefined) => {
    if (agentId && !(await app.agents.find(workspaceId, agentId))) throw httpError(404, 'agent_not_found', 'Agent not found')
  }

  app.get('/phone-numbers', {
    schema: {
      tags, security, operationId: 'listPhoneNumbers', summary: 'Phone numbers of the workspace, newest first',
      description: 'Each with its inbound agent, whether it is on the workspace SIP trunk, and its provisioning status.',
      querystring: PhoneNumberListQuery, response: { 200: Page(ref(PhoneNumber), 'PhoneNumberPage'), ...errors(400, 401) },
    },
  }, async (req) => {
    const limit = req.query.limit ?? 50
    const [beforeId] = decodeCursor<[string]>(req.query.cursor, ['string']) ?? []
    const page = paginate(await store.list(req.auth.workspaceId, { limit, beforeId }), limit, (r) => [r.id])
    return { items: page.items.map(phoneNumberJson), nextCursor: page.nextCursor }
  })

  app.get('/phone-numbers/available', {
    schema: {
      tags, security, operationId: 'searchAvailablePhoneNumbers', summary: 'Numbers Twilio offers to buy',
      description: 'Twilio AvailablePhoneNumbers (voice-enabled) for a country and type; buy one with POST /api/phone-numbers `{purchase}`. A country or type Twilio has no inventory for answers an empty list.',
      querystring: AvailableNumbersQuery, response: { 200: AvailableNumbers, ...errors(400, 401, 502, 503) },
    },
  }, async (req) => {
    const q = req.query
    const list = app.need('twilio').availablePhoneNumbers((q.country ?? 'US').toUpperCase())
    const params = { voiceEnabled: true, limit: q.limit ?? 20, ...(q.contains ? { contains: q.contains } : {}), ...(q.areaCode ? { areaCode: Number(q.areaCode) } : {}) }
    type Offered = { phoneNumber: string; friendlyName?: string; locality?: string; region?: string; isoCountry: string; capabilities?: unknown }
    const search: Promise<Offered[]> = q.type === 'tollfree' ? list.tollFree.list(params) : q.type === 'mobile' ? list.mobile.list(params) : list.local.list(params)
    const found = await search
      .catch((err: unknown) => {
        if ((err as { status?: number }).status === 404) return []
        throw twilioFailure(err)
      })
    const caps = (c: Record<string, boolean> | undefined) => (c ? { voice: !!c.voice, sms: !!(c.sms ?? c.SMS), mms: !!(c.mms ?? c.MMS) } : null)
    return {
      numbers: found.map((n) => ({
        phoneNumber: n.phoneNumber, friendlyName: n.friendlyName ?? null, locality: n.locality || null, region: n.region || null,
        isoCountry: n.isoCountry, capabilities: caps(n.capabilities as unknown as Record<string, boolean>),
      })),
    }
  })

  app.post('/phone-numbers', {
    schema: {
      tags, security, operationId: 'createPhoneNumber', summary: 'Import a Twilio number (e164), buy one (purchase, areaCode)',
      description:
        '`{e164}` imports a number the Twilio account (TWILIO_ACCOUNT_SID) already owns: 404 `twilio_number_not_found` otherwise. ' +
        '`{purchase}` buys exactly that number (from GET /api/phone-numbers/available): 409 `number_unavailable` when someone took it meanwhile. ' +
        '`{areaCode}` buys the first local US number Twilio offers there: 409 `no_numbers_available` when none. ' +
        'A bought number (`source: purchased`) is provisioned at once when LiveKit is configured: its `status` and `statusReason` say what worked. ' +
        'A number already registered on the platform: 409 `phone_number_exists`. Run reprovision next to route an imported number. ' +
        'Buying asks billing first: 402 `trial_number_purchase_not_allowed` (or another billing refusal) buys nothing.',
      body: CreatePhoneNumberBody,
      response: { 201: ref(PhoneNumber), ...errors(400, 401, 402, 404, 409, 502, 503) },
    },
  }, async (req, reply) => {
    const { e164, purchase, areaCode, inboundAgentId, label } = req.body
    if ([e164, purchase, areaCode].filter((x) => x !== undefined).length !== 1) {
      throw httpError(400, 'validation_failed', 'Send exactly one of e164 (import), purchase or areaCode (buy)', [{ in: 'body', field: 'e164', message: 'exactly one of e164, purchase or areaCode' }])
    }
    const { workspaceId } = req.auth
    await assertAgent(workspaceId, inboundAgentId)
    const twilio = app.need('twilio')
    const wanted = e164 ?? purchase
    if (wanted && (await store.findByE164(wanted))) throw httpError(409, 'phone_number_exists', `${wanted} is already registered on RapidCall`)

    // Buying costs money: billing decides first (a trial may not buy unless configured), before any Twilio request.
    if (!e164) await app.billing.enforceNumberPurchase(workspaceId)

    let number: { e164: string; sid: string }
    if (e164) {
      const found = await twilio.incomingPhoneNumbers.list({ phoneNumber: e164, limit: 20 }).catch((err) => {
        throw twilioFailure(err)
      })
      const match = found.find((n) => n.phoneNumber === e164)
      if (!match) throw httpError(404, 'twilio_number_not_found', `${e164} is not a number of the Twilio account in TWILIO_ACCOUNT_SID: buy it there first, or POST {purchase}`)
      number = { e164, sid: match.sid }
    } else {
      let toBuy = purchase
      if (!toBuy) {
        const offered = await twilio.availablePhoneNumbers('US').local.list({ areaCode: Number(areaCode), voiceEnabled: true, limit: 1 }).catch((err) => {
          throw twilioFailure(err)
        })
        if (!offered.length) throw httpError(409, 'no_numbers_available', `Twilio has no local numbers in area code ${areaCode} right now: try another`)
        toBuy = offered[0].phoneNumber
      }
      const bought = await twilio.incomingPhoneNumbers.create({ phoneNumber: toBuy }).catch((err) => {
        // 21422: not (or no longer) available, e.g. bought by someone else since the search.
        if ((err as { code?: number }).code === 21422) throw httpError(409, 'number_unavailable', `${toBuy} is no longer available at Twilio: search again`)
        throw twilioFailure(err)
      })
      req.log.info({ e164: bought.phoneNumber, sid: bought.sid }, '[phone-numbers] bought a Twilio number')
      number = { e164: bought.phoneNumber, sid: bought.sid }
    }
    const source = e164 ? 'imported' : 'purchased'
    const row = await store.insert(workspaceId, { e164: number.e164, twilioSid: number.sid, inboundAgentId: inboundAgentId ?? null, label, source })
    if (!row) throw httpError(409, 'phone_number_exists', `${number.e164} is already registered on RapidCall`)
    if (source === 'purchased' && app.integrations.livekit) {
      // A bought number routes calls right away; a failed step is on the number (status error, statusReason), not an error here.
      const provisioned = await provisionAndSave(app, store, row, req.log).catch((err) => {
        req.log.warn({ e164: row.e164, reason: describeError(err) }, '[phone-numbers] bought, not provisioned yet')
        return undefined
      })
      return reply.code(201).send(phoneNumberJson(provisioned?.row ?? row))
    }
    return reply.code(201).send(phoneNumberJson(row))
  })

  app.get('/phone-numbers/:id', {
    schema: { tags, security, operationId: 'getPhoneNumber', summary: 'One phone number', description: '404 `not_found` for an unknown id and for a number of another workspace.', params: PhoneNumberParams, response: { 200: ref(PhoneNumber), ...errors(400, 401, 404) } },
  }, async (req) => {
    const row = await store.find(req.auth.workspaceId, req.params.id)
    if (!row) throw notFound('Phone number')
    return phoneNumberJson(row)
  })

  app.patch('/phone-numbers/:id', {
    schema: {
      tags, security, operationId: 'updatePhoneNumber', summary: 'Change a number: label, agents, country rules',
      description:
        'Only the fields sent change; each takes effect on the next call. `inboundAgentId: null` makes the number answer with the ' +
        'fallback message. Country lists are ISO 3166-1 alpha-2 codes (case-insensitive, stored upper-case); an empty list allows all. ' +
        'An agent of another workspace or none: 404.',
      params: PhoneNumberParams, body: UpdatePhoneNumberBody, response: { 200: ref(PhoneNumber), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const { workspaceId } = req.auth
    const b = req.body
    await assertAgent(workspaceId, b.inboundAgentId)
    await assertAgent(workspaceId, b.outboundAgentId)
    const row = await store.update(workspaceId, req.params.id, {
      label: b.label,
      inbound_agent_id: b.inboundAgentId,
      outbound_agent_id: b.outboundAgentId,
      allowed_inbound_countries: normaliseCountries('allowedInboundCountries', b.allowedInboundCountries),
      allowed_outbound_countries: normaliseCountries('allowedOutboundCountries', b.allowedOutboundCountries),
      allow_withheld_callers: b.allowWithheldCallers,
    })
    if (!row) throw notFound('Phone number')
    return phoneNumberJson(row)
  })

  app.delete('/phone-numbers/:id', {
    schema: {
      tags, security, operationId: 'deletePhoneNumber', summary: 'Remove a number from the workspace',
      description:
        'Takes the number off the workspace SIP trunk and LiveKit trunks (best effort, logged) and forgets it. ' +
        'A number bought through the API (`source: purchased`) is released at Twilio unless `release=false`; an imported number stays in the Twilio account.',
      params: PhoneNumberParams, querystring: DeletePhoneNumberQuery, response: { 204: Type.Null(), ...errors(400, 401, 404, 502) },
    },
  }, async (req, reply) => {
    const { workspaceId } = req.auth
    const row = await store.find(workspaceId, req.params.id)
    if (!row) throw notFound('Phone number')
    const { twilio, livekit } = app.integrations
    const cleanup: Promise<unknown>[] = []
    if (twilio && row.twilio_trunk_sid && row.twilio_sid) {
      cleanup.push(twilio.trunking.v1.trunks(row.twilio_trunk_sid).phoneNumbers(row.twilio_sid).remove())
    }
    // LiveKit refuses a trunk left with no numbers: the workspace's last number takes its trunks and dispatch rule with it.
    const last = livekit && (await store.all(workspaceId)).every((n) => n.id === row.id)
    const settings = last ? await store.findWorkspaceSettings(workspaceId) : undefined
    if (livekit && last) {
      for (const id of new Set([row.livekit_inbound_trunk_id, row.livekit_outbound_trunk_id, settings?.livekit_inbound_trunk_id, settings?.livekit_outbound_trunk_id])) {
        if (id) cleanup.push(livekit.sip.deleteSipTrunk(id))
      }
      if (settings?.livekit_dispatch_rule_id) cleanup.push(livekit.sip.deleteSipDispatchRule(settings.livekit_dispatch_rule_id))
      cleanup.push(store.forgetLiveKitIds(workspaceId))
    } else if (livekit) {
      if (row.livekit_inbound_trunk_id) cleanup.push(livekit.sip.updateSipInboundTrunkFields(row.livekit_inbound_trunk_id, { numbers: new ListUpdate({ remove: [row.e164] }) }))
      if (row.livekit_outbound_trunk_id) cleanup.push(livekit.sip.updateSipOutboundTrunkFields(row.livekit_outbound_trunk_id, { numbers: new ListUpdate({ remove: [row.e164] }) }))
    }
    for (const r of await Promise.allSettled(cleanup)) {
      if (r.status === 'rejected') req.log.warn({ e164: row.e164, reason: describeError(r.reason) }, '[phone-numbers] could not detach the number from a trunk')
    }
    if (row.source === 'purchased' && req.query.release !== false && row.twilio_sid) {
      await app.need('twilio').incomingPhoneNumbers(row.twilio_sid).remove().catch((err) => {
        throw twilioFailure(err)
      })
    }
    await store.remove(workspaceId, row.id)
    return reply.code(204).send(null)
  })
}
