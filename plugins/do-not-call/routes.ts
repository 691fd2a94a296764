import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { errors, Page, ref } from '../../schemas/common.js'
import { CreateDncBody, DncEntry, DncListQuery, DncParams, ImportDncBody, ImportDncResult } from '../../schemas/do-not-call.js'
import { httpError } from '../../src/platform/http-error.js'
import { decodeCursor, paginate } from '../../src/platform/cursor.js'
import { normalisePhone } from './phone.js'
import type { DncRow, DncStore } from './store.js'

const tags = ['do-not-call']
const security = [{ bearerAuth: [] }]

export const dncJson = (r: DncRow): DncEntry => ({ phone: r.phone, reason: r.reason, source: r.source, createdAt: r.created_at.toISOString() })

const dncNotFound = (phone: string) => httpError(404, 'dnc_entry_not_found', `${phone} is not on the do-not-call list`)

/** The workspace's do-not-call list (JWT or API key). */
export default async function dncRoutes(fastify: FastifyInstance, opts: { store: DncStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store } = opts
  app.addHook('onRequest', app.requireAuth)

  app.get('/dnc', {
    schema: {
      tags, security, operationId: 'listDncEntries', summary: 'The do-not-call list, newest first',
      description: '`phone` keeps entries whose E.164 number starts with the given digits; `nextCursor` pages on.',
      querystring: DncListQuery, response: { 200: Page(ref(DncEntry), 'DncEntryPage'), ...errors(400, 401) },
    },
  }, async (req) => {
    const limit = req.query.limit ?? 50
    const before = decodeCursor<[number, string]>(req.query.cursor, ['number', 'string'])
    const prefix = req.query.phone?.replace(/[^\d+]/g, '')
    const rows = await store.list(req.auth.workspaceId, {
      prefix: prefix || undefined, limit, before: before && { createdAt: new Date(before[0]), phone: before[1] },
    })
    const page = paginate(rows, limit, (r) => [r.created_at.getTime(), r.phone])
    return { items: page.items.map(dncJson), nextCursor: page.nextCursor }
  })

  app.post('/dnc', {
    schema: {
      tags, security, operationId: 'addDncEntry', summary: 'Add a number to the do-not-call list',
      description: 'The number is stored as E.164 (`defaultCountry` reads national notations). 201 when added, 200 with the existing entry when it was listed already.',
      body: CreateDncBody,
      response: { 200: ref(DncEntry), 201: ref(DncEntry), ...errors(400, 401) },
    },
  }, async (req, reply) => {
    const phone = normalisePhone(req.body.phone, req.body.defaultCountry)
    if (!phone.ok) throw httpError(400, 'invalid_phone', phone.reason)
    const { row, created } = await store.add(req.auth.workspaceId, { phone: phone.e164, reason: req.body.reason ?? '', source: 'api' })
    return reply.code(created ? 201 : 200).send(dncJson(row))
  })

  app.post('/dnc/import', {
    schema: {
      tags, security, operationId: 'importDncEntries', summary: 'Add up to 10,000 numbers at once',
      description: 'Numbers that cannot be read are reported in `rejected` (1-based `row`); the others are added in one transaction. Numbers already listed keep their entry.',
      body: ImportDncBody,
      response: { 200: ImportDncResult, ...errors(400, 401, 413) },
    },
  }, async (req) => {
    const rejected: { row: number; phone: string; reason: string }[] = []
    const entries = new Map<string, string>()
    req.body.entries.forEach((e, i) => {
      const phone = normalisePhone(e.phone, req.body.defaultCountry)
      if (!phone.ok) rejected.push({ row: i + 1, phone: e.phone, reason: phone.reason })
      else if (!entries.has(phone.e164)) entries.set(phone.e164, e.reason ?? '')
    })
    const list = [...entries].map(([phone, reason]) => ({ phone, reason }))
    const added = await store.addMany(req.auth.workspaceId, list, 'import')
    return { added: added.length, alreadyListed: list.length - added.length, rejected }
  })

  app.get('/dnc/:phone', {
    schema: {
      tags, security, operationId: 'getDncEntry', summary: 'Whether a number is on the do-not-call list',
      description: '404 `dnc_entry_not_found` when it is not (or only on another workspace\'s list).',
      params: DncParams, response: { 200: ref(DncEntry), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const row = await store.find(req.auth.workspaceId, req.params.phone)
    if (!row) throw dncNotFound(req.params.phone)
    return dncJson(row)
  })

  app.delete('/dnc/:phone', {
    schema: {
      tags, security, operationId: 'removeDncEntry', summary: 'Take a number off the do-not-call list',
      description: 'Calls to it are allowed again at once; recipients already marked `dnc` in a campaign stay so.',
      params: DncParams, response: { 204: Type.Null(), ...errors(400, 401, 404) },
    },
  }, async (req, reply) => {
    if (!(await store.remove(req.auth.workspaceId, req.params.phone))) throw dncNotFound(req.params.phone)
    return reply.code(204).send(null)
  })
}
