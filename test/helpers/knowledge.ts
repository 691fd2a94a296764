import type { FastifyInstance } from 'fastify'

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

/** A multipart/form-data body as a browser's FormData sends it. */
export function multipartBody(parts: { name: string; value: string | Buffer; filename?: string; type?: string }[]) {
  const boundary = `----rapidcalltest${Math.random().toString(16).slice(2)}`
  const chunks: Buffer[] = []
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}`
    const type = p.filename !== undefined ? `\r\nContent-Type: ${p.type ?? 'application/octet-stream'}` : ''
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`), Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value), Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
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
