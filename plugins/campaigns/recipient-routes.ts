import type { FastifyInstance } from 'fastify'
import type { Readable } from 'node:stream'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { errors, Page, ref } from '../../schemas/common.js'
import {
  AddRecipientsBody, CampaignParams, DncActionBody, ImportCsvQuery, Recipient, RecipientAttempt, RecipientImportResult, RecipientListQuery,
  RecipientParams, RECIPIENTS_PER_CAMPAIGN,
} from '../../schemas/campaigns.js'
import { httpError } from '../../src/platform/http-error.js'
import { decodeCursor, paginate } from '../../src/platform/cursor.js'
import { readRecipientCsv } from './csv-rows.js'
import { recipientJson } from './json.js'
import { checkRecipientRows } from './recipient-rows.js'
import { campaignNotFound } from './routes.js'
import type { CampaignStore } from './store.js'
import type { RecipientStore } from './recipient-store.js'
import type { RecipientImport } from './recipient-import.js'

const tags = ['campaigns']
const security = [{ bearerAuth: [] }]
const recipientNotFound = () => httpError(404, 'recipient_not_found', 'Recipient not found')

export interface RecipientRouteOptions {
  store: CampaignStore
  recipients: RecipientStore
  importer: RecipientImport
  /** Ends a recipient's live call (hang-up), if it is in one. */
  hangUp: (callId: string) => Promise<void>
}

/** Recipients of a campaign: add (JSON or CSV), list, read with attempts, cancel, DNC. */
export default async function recipientRoutes(fastify: FastifyInstance, opts: RecipientRouteOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store, recipients, importer, hangUp } = opts
  app.addHook('onRequest', app.requireAuth)
  // The CSV is read as it arrives (never buffered whole); readRecipientCsv bounds its size.
  app.addContentTypeParser('text/csv', (_req, payload, done) => done(null, payload))

  const campaignOf = async (workspaceId: string, id: string) => {
    const c = await store.find(workspaceId, id)
    if (!c) throw campaignNotFound()
    return c
  }
  const openCampaignOf = async (workspaceId: string, id: string) => {
    const c = await campaignOf(workspaceId, id)
    if (c.status === 'completed' || c.status === 'canceled') throw httpError(409, 'campaign_finished', `The campaign is ${c.status}: create a new one`)
    return c
  }

  const importDescription =
    'Each number is normalised to E.164 (`defaultCountry`, else the campaign\'s, reads national notations) and validated; a number already in ' +
    'the campaign or earlier in the input is merged (`duplicates`); numbers on the do-not-call list are added as `dnc` and never dialled. ' +
    'Rows that cannot be used are listed in `rejected` with their row and reason; the others are added in one transaction. ' +
    `409 \`recipient_limit_reached\` (nothing added) past ${RECIPIENTS_PER_CAMPAIGN} recipients; 409 \`campaign_finished\` once completed or canceled. ` +
    'A running campaign dials new recipients as they become due.'

  app.post('/campaigns/:campaignId/recipients', {
    schema: {
      tags, security, operationId: 'addCampaignRecipients', summary: 'Add up to 10,000 recipients as JSON',
      description: importDescription,
      params: CampaignParams, body: AddRecipientsBody, response: { 200: RecipientImportResult, ...errors(400, 401, 404, 409, 413) },
    },
  }, async (req) => {
    const c = await openCampaignOf(req.auth.workspaceId, req.params.campaignId)
    const rows = req.body.recipients.map((value, i) => ({ row: i + 1, value }))
    return importer.add(c, checkRecipientRows(rows, req.body.defaultCountry ?? c.default_country ?? undefined))
  })

  app.post('/campaigns/:campaignId/recipients/csv', {
    schema: {
      tags, security, operationId: 'importCampaignRecipientsCsv', summary: 'Add recipients from a CSV file (up to 100,000)',
      description:
        'Body: `text/csv`, a header line then one recipient per line. Columns `phone` (required), `name`, `timezone` (IANA); any other ' +
        'column is a variable (`{{column}}` in the prompt). `row` in `rejected` is the line of the file (the header is line 1). A file that ' +
        'is not well-formed CSV answers 400 `invalid_csv` with the line, and nothing is added. ' + importDescription,
      consumes: ['text/csv'],
      params: CampaignParams, querystring: ImportCsvQuery,
      // Documented, not validated here: the body is a stream that readRecipientCsv checks as it reads it.
      body: Type.Unsafe<unknown>({ description: 'CSV text, UTF-8', examples: ['phone,name,timezone,plan\n+14155550100,Ada,America/Los_Angeles,gold\n'] }),
      response: { 200: RecipientImportResult, ...errors(400, 401, 404, 409, 413, 415) },
    },
  }, async (req) => {
    const c = await openCampaignOf(req.auth.workspaceId, req.params.campaignId)
    const body = req.body as Readable
    if (!body || typeof (body as Readable).pipe !== 'function') throw httpError(415, 'unsupported_media_type', 'Send the file as text/csv')
    const lines: { row: number; value: import('../../schemas/campaigns.js').RecipientInput }[] = []
    for await (const line of readRecipientCsv(body, { maxRows: RECIPIENTS_PER_CAMPAIGN })) lines.push(line)
    return importer.add(c, checkRecipientRows(lines, req.query.defaultCountry ?? c.default_country ?? undefined))
  })

  app.get('/campaigns/:campaignId/recipients', {
    schema: {
      tags, security, operationId: 'listCampaignRecipients', summary: 'Recipients in the order they were added',
      description: 'Filter by `status`, `lastOutcome` or a `phone` prefix; `nextCursor` pages on.',
      params: CampaignParams, querystring: RecipientListQuery, response: { 200: Page(ref(Recipient), 'CampaignRecipientPage'), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const c = await campaignOf(req.auth.workspaceId, req.params.campaignId)
    const q = req.query
    const limit = q.limit ?? 50
    const after = decodeCursor<[number]>(q.cursor, ['number'])
    const prefix = q.phone?.replace(/[^\d+]/g, '')
    const rows = await recipients.list(c.id, {
      status: q.status, lastOutcome: q.lastOutcome, prefix: prefix || undefined, limit, afterSeq: after?.[0],
    })
    const page = paginate(rows, limit, (r) => [Number(r.seq)])
    return { items: page.items.map(recipientJson), nextCursor: page.nextCursor }
  })

  app.get('/campaigns/:campaignId/recipients/:recipientId', {
    schema: {
      tags, security, operationId: 'getCampaignRecipient', summary: 'A recipient with its log of attempts',
      description: '`attemptLog`: one entry per dial, oldest first, with its call, outcome and error.',
      params: RecipientParams,
      response: {
        200: Type.Intersect([ref(Recipient), Type.Object({ attemptLog: Type.Array(RecipientAttempt) })], { title: 'CampaignRecipientWithAttempts' }),
        ...errors(400, 401, 404),
      },
    },
  }, async (req) => {
    const c = await campaignOf(req.auth.workspaceId, req.params.campaignId)
    const r = await recipients.find(c.id, req.params.recipientId)
    if (!r) throw recipientNotFound()
    const attemptLog = (await recipients.attempts(r.id)).map((a) => ({
      attempt: a.attempt, callId: a.call_id, startedAt: a.started_at.toISOString(), endedAt: a.ended_at?.toISOString() ?? null, outcome: a.outcome, error: a.error,
    }))
    return { ...recipientJson(r), attemptLog }
  })

  const stop = (verb: 'cancel' | 'dnc', summary: string, description: string) =>
    app.post(`/campaigns/:campaignId/recipients/:recipientId/${verb}`, {
      schema: {
        tags, security, operationId: verb === 'cancel' ? 'cancelCampaignRecipient' : 'markCampaignRecipientDnc', summary, description,
        params: RecipientParams, ...(verb === 'dnc' ? { body: Type.Optional(DncActionBody) } : {}),
        response: { 200: ref(Recipient), ...errors(400, 401, 404, 409) },
      },
    }, async (req) => {
      const { workspaceId } = req.auth
      const c = await campaignOf(workspaceId, req.params.campaignId)
      const reason = verb === 'dnc' ? ((req.body as { reason?: string } | undefined)?.reason ?? 'Do-not-call requested') : 'Canceled by user'
      const r = await app.sql.begin(async (tx) => {
        const current = await recipients.find(c.id, req.params.recipientId, tx)
        if (!current) throw recipientNotFound()
        if (verb === 'dnc') await app.doNotCall.add(workspaceId, { phone: current.phone, reason, source: 'campaign' }, tx)
        const stopped = await recipients.stop(c.id, current.id, verb === 'dnc' ? 'dnc' : 'canceled', reason, tx)
        if (!stopped && verb === 'cancel') throw httpError(409, 'recipient_finished', `The recipient is ${current.status} already`)
        return stopped ?? current
      })
      const live = (r as { live_call_id?: string | null }).live_call_id
      if (live) await hangUp(live)
      return recipientJson(r)
    })

  stop('cancel', 'Take one recipient out of the campaign', 'A queued recipient is never dialled; one in a call is hung up. 409 `recipient_finished` once it is completed, failed or skipped.')
  stop('dnc', 'Put the recipient\'s number on the do-not-call list', 'Lists the number for the whole workspace (source `campaign`) and stops this recipient as `dnc` (hanging up a live call).')
}
