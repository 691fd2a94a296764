/**
 * A real browser for tests: the system's headless Chromium (Debian's `chromium` package) driven by
 * puppeteer-core, which never downloads a browser of its own. Pages are served from their own
 * origins on 127.0.0.1, so what a test sees (CORS, preflights, exposed headers) is what a
 * dashboard on another origin sees.
 *
 * Without Chromium a browser test is skipped with `browserSkipReason()`, except under CI=true,
 * where a missing browser is a broken machine: there the reason is `false` and `launchBrowser`
 * fails the test.
 */
import { existsSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'

type After = { after: (fn: () => Promise<void>) => void }

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

/** CHROMIUM_PATH when set, else the first system browser found. */
export function findChromium(): string | undefined {
  const explicit = process.env.CHROMIUM_PATH
  if (explicit) return existsSync(explicit) ? explicit : undefined
  return CANDIDATES.find((p) => existsSync(p))
}

/** For `test(name, { skip: browserSkipReason() })`: a reason off CI without Chromium, otherwise false. */
export function browserSkipReason(): string | false {
  if (findChromium()) return false
  if (process.env.CI === 'true') return false
  return `no Chromium found (looked for CHROMIUM_PATH, ${CANDIDATES.join(', ')}): apt-get install chromium`
}

/** Launches headless Chromium, closed when the test ends. */
export async function launchBrowser(t: After): Promise<Browser> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error(`Chromium is required here (CI=true) and none was found at ${CANDIDATES.join(', ')} or CHROMIUM_PATH`)
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check'],
  })
  t.after(() => browser.close())
  return browser
}

export interface PageOrigin {
  /** `http://127.0.0.1:<port>`: put it in CLIENT_ORIGIN to allow it. */
  origin: string
  /** Opens `path` of this origin in a new tab of `browser`. */
  open(browser: Browser, path?: string): Promise<Page>
}

/**
 * An origin serving `pages` (path -> HTML; `/` is a blank page). Each call is a distinct origin
 * (its own port), started before the app so that its origin can go into the app's CLIENT_ORIGIN.
 */
export async function servePages(t: After, pages: Record<string, string> = {}): Promise<PageOrigin> {
  const all: Record<string, string> = { '/': '<!doctype html><title>test page</title>', ...pages }
  const server = http.createServer((req, res) => {
    const html = all[new URL(req.url ?? '/', 'http://x').pathname]
    if (html === undefined) return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // A browser may leave a keep-alive (or preconnected) socket open: drop it rather than wait for it.
  t.after(() => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections() }))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    async open(browser, path = '/') {
      const page = await browser.newPage()
      const res = await page.goto(`${origin}${path}`)
      if (!res?.ok()) throw new Error(`${origin}${path} answered ${res?.status()}`)
      return page
    },
  }
}

/** What `browserFetch` reports: status, the headers the page's script could read, and the body. */
export interface BrowserResponse {
  status: number
  headers: Record<string, string>
  body: string
  /** Length of the body in bytes. */
  bytes: number
}

/**
 * `fetch(url, init)` run by the page's own script, so the browser applies CORS exactly as for a
 * dashboard. Resolves with what the script saw, or `{ error }` when the browser refused the request
 * (a CORS failure reaches scripts only as a TypeError, by design).
 */
export async function browserFetch(page: Page, url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return page.evaluate(async (url, init) => {
    try {
      const res = await fetch(url, init)
      const buf = new Uint8Array(await res.arrayBuffer())
      const headers: Record<string, string> = {}
      res.headers.forEach((v, k) => { headers[k] = v })
      return { status: res.status, headers, body: new TextDecoder().decode(buf), bytes: buf.length }
    } catch (err) {
      return { error: String(err) }
    }
  }, url, init) as Promise<BrowserResponse | { error: string }>
}
