import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type } from '@sinclair/typebox'
import { call, query, withPlus, workspaceOf } from './forward.js'
import { compatError } from './errors.js'
import { phoneNumber, type ContractNumber } from './phone-numbers.js'
import { Anything, compatErrors } from './shapes.js'

const WorkspaceParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) })

/** The old routes name the workspace in the path; ours act on the caller's: another one is refused as before. */
async function ownWorkspace(app: FastifyInstance, req: FastifyRequest) {
  const ws = await workspaceOf(app, req)
  if (ws.id !== (req.params as { id: string }).id) throw compatError(403, 'forbidden', 'Forbidden')
  return ws
}

/** The Buy dialog of the Phone Numbers page: subaccount check, search, buy. */
export default async function twilioNumberRoutes(app: FastifyInstance) {
  app.post(
    '/api/workspaces/:id/twilio/subaccount',
    {
      schema: {
        tags: ['telephony'], operationId: 'dashboardEnsureTwilioSubaccount', summary: 'Before a search: is Twilio ready',
        description: 'Numbers are bought on the platform\'s Twilio account (subaccounts per workspace are not built): answers `created: false` with the workspace.',
        params: WorkspaceParams,
        body: Type.Optional(Type.Object({}, { additionalProperties: true })),
        response: { 200: Type.Object({ workspace: Anything, created: Type.Boolean() }), ...compatErrors(400, 401, 403) },
      },
    },
    async (req) => {
      const ws = await ownWorkspace(app, req)
      return { workspace: { id: ws.id, name: ws.name, twilioSubaccountSid: null }, created: false }
    },
  )

  app.get(
    '/api/workspaces/:id/twilio/available-numbers',
    {
      schema: {
        tags: ['telephony'], operationId: 'dashboardSearchTwilioNumbers', summary: '"Search" in the Buy dialog',
        description: 'Maps onto `GET /api/phone-numbers/available`; a `type` other than `tollfree` means local, as before.',
        params: WorkspaceParams,
        querystring: Type.Object(
          {
            country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })),
            type: Type.Optional(Type.String({ maxLength: 20 })),
            contains: Type.Optional(Type.String({ pattern: '^[0-9A-Za-z*]{0,16}$' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
          },
          { additionalProperties: true },
        ),
        response: { 200: Type.Object({ numbers: Type.Array(Anything) }), ...compatErrors(400, 401, 403, 502, 503) },
      },
    },
    async (req) => {
      await ownWorkspace(app, req)
      const q = req.query as { country?: string; type?: string; contains?: string; limit?: number }
      const r = await call<{ numbers: Record<string, unknown>[] }>(app, req, 'GET', `/api/phone-numbers/available${query({
        country: (q.country ?? 'US').toUpperCase(), type: q.type === 'tollfree' ? 'tollfree' : 'local', contains: q.contains, limit: q.limit ?? 20,
      })}`)
      return { numbers: r.numbers }
    },
  )

  app.post(
    '/api/workspaces/:id/twilio/buy-number',
    {
      schema: {
        tags: ['telephony'], operationId: 'dashboardBuyTwilioNumber', summary: '"Buy" on a search result',
        description: 'Maps onto `POST /api/phone-numbers {purchase, label}`, which buys and provisions the number; `provisionErrors` are the steps that failed.',
        params: WorkspaceParams,
        body: Type.Object({ phoneNumber: Type.String({ minLength: 3, maxLength: 32 }), label: Type.Optional(Type.String({ maxLength: 120 })) }, { additionalProperties: true }),
        response: {
          201: Type.Object({ phoneNumber: Anything, purchased: Anything, provisioned: Type.Boolean(), provisionErrors: Type.Optional(Type.Array(Type.String())) }),
          ...compatErrors(400, 401, 402, 403, 409, 502, 503),
        },
      },
    },
    async (req, reply) => {
      const ws = await ownWorkspace(app, req)
      const b = req.body as { phoneNumber: string; label?: string }
      const e164 = withPlus(b.phoneNumber)
      const n = await call<ContractNumber & { statusReason?: string | null }>(app, req, 'POST', '/api/phone-numbers', { purchase: e164, ...(b.label?.trim() ? { label: b.label.trim() } : {}) })
      const provisioned = n.status === 'active'
      return reply.code(201).send({
        phoneNumber: phoneNumber(n, ws.id),
        purchased: { sid: n.twilioSid, phoneNumber: n.e164, friendlyName: n.label || n.e164 },
        provisioned,
        ...(provisioned || !n.statusReason ? {} : { provisionErrors: n.statusReason.split('; ').filter(Boolean) }),
      })
    },
  )
}
