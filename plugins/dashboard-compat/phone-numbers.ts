import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import { allPages, call, withPlus } from './forward.js'
import { ms } from './time.js'
import { Anything, compatErrors, Ok } from './shapes.js'

const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })
const IdParams = Type.Object({ id: Id })

export interface ContractNumber {
  id: string
  e164: string
  label: string
  provider: string
  status: 'pending' | 'active' | 'error'
  twilioSid: string | null
  allowedInboundCountries: string[]
  allowedOutboundCountries: string[]
  createdAt: string
  updatedAt: string
  [k: string]: unknown
}

/** Our statuses in the dashboard's words: `partial` is how it shows a failed provisioning step. */
const STATUS = { pending: 'unconfigured', active: 'active', error: 'partial' } as const

/** A PhoneNumber as the page reads it; stored SIP credentials are never sent (the old API sent them). */
export function phoneNumber(n: ContractNumber, workspaceId: string | null = null) {
  return {
    ...n,
    workspaceId,
    status: STATUS[n.status] ?? n.status,
    twilioNumberSid: n.twilioSid,
    allowedInboundCountries: n.allowedInboundCountries.length ? n.allowedInboundCountries : ['all'],
    allowedOutboundCountries: n.allowedOutboundCountries.length ? n.allowedOutboundCountries : ['all'],
    livekitSipUsername: null,
    livekitSipPassword: null,
    createdAt: ms(n.createdAt),
    updatedAt: ms(n.updatedAt),
  }
}

/** The page's country box: a list or a comma string, where empty, `""` and `all` mean every country. */
function countries(v: string[] | string): string[] {
  const list = (Array.isArray(v) ? v : v.split(',')).map((c) => c.trim().toUpperCase()).filter(Boolean)
  return list.includes('ALL') ? [] : list
}

const Countries = Type.Union([Type.Array(Type.String({ maxLength: 10 }), { maxItems: 250 }), Type.String({ maxLength: 2000 })])

export default async function phoneNumberRoutes(app: FastifyInstance) {
  app.get(
    '/api/phone-numbers',
    {
      schema: {
        tags: ['telephony'], operationId: 'dashboardListPhoneNumbers', summary: 'Every number of the workspace, newest first',
        description: 'Pages through `GET /api/phone-numbers`.',
        response: { 200: Type.Object({ phoneNumbers: Type.Array(Anything) }), ...compatErrors(401) },
      },
    },
    async (req) => {
      return { phoneNumbers: (await allPages<ContractNumber>(app, req, '/api/phone-numbers')).map((n) => phoneNumber(n)) }
    },
  )

  app.post(
    '/api/phone-numbers',
    {
      schema: {
        tags: ['telephony'], operationId: 'dashboardCreatePhoneNumber', summary: 'Add a number the workspace already owns',
        description: 'Maps onto `POST /api/phone-numbers {e164}` (then the label); a leading `+` is added when missing.',
        body: Type.Object({ e164: Type.String({ minLength: 3, maxLength: 32 }), label: Type.Optional(Type.String({ maxLength: 120 })), provider: Type.Optional(Type.Literal('twilio')) }, { additionalProperties: true }),
        response: { 201: Type.Object({ phoneNumber: Anything, provisionErrors: Type.Optional(Type.Array(Type.String())) }), ...compatErrors(400, 401, 402, 403, 409, 502, 503) },
      },
    },
    async (req, reply) => {
      const b = req.body as { e164: string; label?: string }
      const e164 = withPlus(b.e164)
      let n = await call<ContractNumber>(app, req, 'POST', '/api/phone-numbers', { e164 })
      if (b.label?.trim()) n = await call<ContractNumber>(app, req, 'PATCH', `/api/phone-numbers/${n.id}`, { label: b.label.trim() })
      return reply.code(201).send({ phoneNumber: phoneNumber(n) })
    },
  )

  app.put(
    '/api/phone-numbers/:id',
    {
      schema: {
        tags: ['telephony'], operationId: 'dashboardUpdatePhoneNumber', summary: 'Save one field of a number',
        description: 'Maps onto `PATCH /api/phone-numbers/:id`. Country lists are enforced (the old API only stored them); `all` or an empty box allows every country.',
        params: IdParams,
        body: Type.Object(
          {
            label: Type.Optional(Type.String({ maxLength: 120 })),
            inboundAgentId: Type.Optional(Type.Union([Id, Type.Null()])),
            outboundAgentId: Type.Optional(Type.Union([Id, Type.Null()])),
            allowedInboundCountries: Type.Optional(Countries),
            allowedOutboundCountries: Type.Optional(Countries),
          },
          { additionalProperties: true },
        ),
        response: { 200: Type.Object({ phoneNumber: Anything }), ...compatErrors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const b = req.body as Record<string, unknown>
      const patch: Record<string, unknown> = {}
      for (const k of ['label', 'inboundAgentId', 'outboundAgentId']) if (b[k] !== undefined) patch[k] = b[k]
      for (const k of ['allowedInboundCountries', 'allowedOutboundCountries']) if (b[k] !== undefined) patch[k] = countries(b[k] as string[] | string)
      const path = `/api/phone-numbers/${(req.params as { id: string }).id}`
      const n = Object.keys(patch).length ? await call<ContractNumber>(app, req, 'PATCH', path, patch) : await call<ContractNumber>(app, req, 'GET', path)
      return { phoneNumber: phoneNumber(n) }
    },
  )

  app.delete(
    '/api/phone-numbers/:id',
    {
      schema: {
        tags: ['telephony'], operationId: 'dashboardDeletePhoneNumber', summary: 'Remove a number',
        description: 'Maps onto `DELETE /api/phone-numbers/:id`: its LiveKit trunks go; a number bought through the API is released at Twilio, an imported one never is.',
        params: IdParams,
        response: { 200: Ok, ...compatErrors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await call(app, req, 'DELETE', `/api/phone-numbers/${(req.params as { id: string }).id}`)
      return { ok: true as const }
    },
  )

  app.post(
    '/api/phone-numbers/:id/reprovision-outbound',
    {
      schema: {
        tags: ['telephony'], operationId: 'dashboardReprovisionOutbound', summary: 'Recreate the number\'s trunks',
        description: 'Maps onto `POST /api/phone-numbers/:id/reprovision`; `errors` lists the steps that failed (status `partial`).',
        params: IdParams,
        body: Type.Optional(Type.Object({}, { additionalProperties: true })),
        response: {
          200: Type.Object({
            ok: Type.Boolean(), status: Type.String(), trunkId: Type.Union([Type.String(), Type.Null()]), inboundTrunkId: Type.Union([Type.String(), Type.Null()]),
            twilioTrunkSid: Type.Union([Type.String(), Type.Null()]), errors: Type.Optional(Type.Array(Type.String())),
          }),
          ...compatErrors(400, 401, 403, 404, 502, 503),
        },
      },
    },
    async (req) => {
      const r = await call<{ phoneNumber: ContractNumber & { livekitOutboundTrunkId: string | null; livekitInboundTrunkId: string | null; twilioTrunkSid: string | null }; steps: { name: string; ok: boolean; detail: string }[] }>(
        app, req, 'POST', `/api/phone-numbers/${(req.params as { id: string }).id}/reprovision`, {},
      )
      const errors = r.steps.filter((s) => !s.ok).map((s) => `${s.name}: ${s.detail}`)
      const n = r.phoneNumber
      return {
        ok: true, status: STATUS[n.status] ?? n.status, trunkId: n.livekitOutboundTrunkId, inboundTrunkId: n.livekitInboundTrunkId, twilioTrunkSid: n.twilioTrunkSid,
        ...(errors.length ? { errors } : {}),
      }
    },
  )

  app.get(
    '/api/workspaces/:id/inbound-diagnostics',
    {
      schema: {
        tags: ['telephony'], operationId: 'dashboardInboundDiagnostics', summary: 'Check the inbound setup',
        description: 'Maps onto `GET /api/workspaces/:workspaceId/inbound-diagnostics` (whose `checks` say what to fix).',
        params: IdParams,
        response: { 200: Anything, ...compatErrors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const d = await call<{ LIVEKIT_SIP_ENDPOINT: string | null; expectedOriginationSipUrl: string | null; originationUrls: string[]; twilioTrunkSid: string | null; livekitInboundTrunkId: string | null; numbers: { id: string; e164: string; inboundAgentId: string | null }[]; [k: string]: unknown }>(
        app, req, 'GET', `/api/workspaces/${(req.params as { id: string }).id}/inbound-diagnostics`,
      )
      return {
        ...d,
        twilioSipTrunkSid: d.twilioTrunkSid,
        originationUrls: d.originationUrls.map((sipUrl) => ({ sipUrl, enabled: true })),
        phoneNumbers: d.numbers.map((n) => ({ id: n.id, e164: n.e164, inboundAgentId: n.inboundAgentId })),
      }
    },
  )
}
