import type { FastifyInstance } from 'fastify'
import { Readable } from 'node:stream'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { errors } from '../../schemas/common.js'
import { CampaignParams } from '../../schemas/campaigns.js'
import { campaignNotFound } from './routes.js'
import type { CampaignStore } from './store.js'
import type { RecipientStore } from './recipient-store.js'

const PAGE = 1000
const COLUMNS = [
  'recipient_id', 'phone', 'name', 'timezone', 'status', 'attempts', 'last_outcome', 'last_error', 'next_attempt_at',
  'call_ids', 'duration_s', 'cost_usd', 'variables', 'created_at', 'updated_at',
]

/**
 * RFC 4180 quoting. Free text that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe; phone numbers are E.164 (`+` first) and stay as they are.
 */
const cell = (v: unknown, text = false) => {
  let s = v === null || v === undefined ? '' : String(v)
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** GET /campaigns/:id/results: every recipient with its outcome as CSV, streamed page by page. */
export default async function resultsExportRoutes(fastify: FastifyInstance, opts: { store: CampaignStore; recipients: RecipientStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store, recipients } = opts
  app.addHook('onRequest', app.requireAuth)

  app.get('/campaigns/:campaignId/results', {
    schema: {
      tags: ['campaigns'], security: [{ bearerAuth: [] }], operationId: 'exportCampaignResults',
      summary: 'The campaign\'s recipients with their outcomes, as CSV',
      description:
        `\`text/csv\`, a header line then one recipient per line in the order they were added: ${COLUMNS.map((c) => `\`${c}\``).join(', ')}. ` +
        '`call_ids` is space-separated, oldest first; `duration_s` and `cost_usd` add up all its attempts; `variables` is JSON.',
      params: CampaignParams,
      // The CSV only on 200: errors stay JSON (`{error:{code,message}}`).
      response: { 200: { description: 'CSV, UTF-8', content: { 'text/csv': { schema: Type.String() } } }, ...errors(400, 401, 404) },
    },
  }, async (req, reply) => {
    const c = await store.find(req.auth.workspaceId, req.params.campaignId)
    if (!c) throw campaignNotFound()
    async function* lines() {
      yield COLUMNS.join(',') + '\r\n'
      // Keyset pages: no connection is held between them (the embedded database has one).
      for (let after = 0; ;) {
        const rows = await recipients.resultsPage(c!.id, after, PAGE)
        if (!rows.length) return
        after = Number(rows.at(-1)!.seq)
        yield rows.map((r) => [
          cell(r.id), cell(r.phone), cell(r.name, true), cell(r.timezone), cell(r.status), cell(r.attempts), cell(r.last_outcome),
          cell(r.last_error, true), cell(r.next_attempt_at?.toISOString()), cell(r.call_ids.join(' ')), cell(r.duration_s), cell(r.cost_usd),
          cell(Object.keys(r.variables ?? {}).length ? JSON.stringify(r.variables) : '', true), cell(r.created_at.toISOString()), cell(r.updated_at.toISOString()),
        ].join(',') + '\r\n').join('')
        if (rows.length < PAGE) return
      }
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="campaign-${c.id}-results.csv"`)
      // A stream is sent as it is (the 200 schema documents the text, it serialises nothing).
      .send(Readable.from(lines()) as unknown as string)
  })
}
