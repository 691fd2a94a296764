import type { FastifyInstance } from 'fastify'
import { multipartBody } from '../support/multipart.js'

export { multipartBody }

type Headers = Record<string, string>

export async function createFolder(app: FastifyInstance, headers: Headers, name = 'Help center', parentId?: string) {
  const res = await app.inject({ method: 'POST', url: '/api/kb/folders', headers, payload: { name, ...(parentId ? { parentId } : {}) } })
  if (res.statusCode !== 201) throw new Error(`create folder failed: ${res.statusCode} ${res.body}`)
  return res.json() as { id: string; name: string; parentId: string | null }
}

export async function addText(app: FastifyInstance, headers: Headers, folderId: string, title: string, contentText: string, extra: Record<string, unknown> = {}) {
  const res = await app.inject({ method: 'POST', url: `/api/kb/folders/${folderId}/text`, headers, payload: { title, contentText, ...extra } })
  if (res.statusCode !== 201) throw new Error(`add text failed: ${res.statusCode} ${res.body}`)
  return res.json() as { id: string; title: string; status: string; charCount: number }
}

export async function search(app: FastifyInstance, headers: Headers, query: string, extra: Record<string, unknown> = {}) {
  const res = await app.inject({ method: 'POST', url: '/api/kb/search', headers, payload: { query, ...extra } })
  if (res.statusCode !== 200) throw new Error(`search failed: ${res.statusCode} ${res.body}`)
  return res.json() as { results: { documentId: string; title: string; folderName: string; snippet: string; score: number; text: string }[]; correctedQuery: string | null }
}

export async function uploadPdf(app: FastifyInstance, headers: Headers, folderId: string, pdf: Buffer, opts: { filename?: string; title?: string; wait?: boolean } = {}) {
  const parts = [{ name: 'file', value: pdf, filename: opts.filename ?? 'document.pdf', type: 'application/pdf' }]
  if (opts.title) parts.push({ name: 'title', value: Buffer.from(opts.title), filename: undefined as never, type: undefined as never })
  const body = multipartBody(parts)
  return app.inject({
    method: 'POST',
    url: `/api/kb/folders/${folderId}/pdf${opts.wait === false ? '' : '?wait=true'}`,
    headers: { ...headers, 'content-type': body.contentType },
    payload: body.payload,
  })
}
