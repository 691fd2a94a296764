import assert from 'node:assert/strict'
import type { Page } from 'puppeteer-core'

export interface DashResponse {
  status: number
  body: any
  text: string
}

/** The dashboard's client: one request as `src/lib/api.ts` sends it, run by the page's own script. */
export async function dash(page: Page, base: string, method: string, path: string, body?: unknown): Promise<DashResponse> {
  const res = await page.evaluate(async (base, method, path, body) => {
    const token = sessionStorage.getItem('auth_token') ?? localStorage.getItem('auth_token')
    const csrf = document.cookie.split('; ').find((c) => c.startsWith('csrf_token='))?.split('=')[1]
    const headers: Record<string, string> = {}
    if (token) headers.authorization = `Bearer ${token}`
    if (csrf) headers['x-csrf-token'] = csrf
    if (body !== undefined) headers['content-type'] = 'application/json'
    try {
      const r = await fetch(`${base}${path}`, { method, headers, credentials: 'include', body: body === undefined ? undefined : JSON.stringify(body) })
      const text = await r.text()
      if (r.status === 401) { sessionStorage.removeItem('auth_token'); localStorage.removeItem('auth_token') }
      return { status: r.status, text }
    } catch (err) {
      return { status: 0, text: String(err) }
    }
  }, base, method, path, body)
  let parsed: unknown = null
  try { parsed = JSON.parse(res.text) } catch { parsed = null }
  return { ...res, body: parsed }
}

export function expectOk(r: DashResponse, status: number, what: string) {
  assert.notEqual(r.status, 0, `${what}: the browser refused the request (${r.text})`)
  assert.equal(r.status, status, `${what}: ${r.text}`)
  return r.body
}
