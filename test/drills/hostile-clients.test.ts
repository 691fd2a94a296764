/**
 * Drill 5: slow and hostile clients. While 200 slowloris connections trickle their headers and two
 * clients push 100 MB bodies (one with Content-Length, one chunked), an ordinary client keeps being
 * served, the big bodies get 413 `payload_too_large` without the server buffering them, and the
 * server's memory stays flat.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import net from 'node:net'
import { freshDatabaseEnv } from '../helpers/database.js'
import { startApiProcess } from '../../bench/lib/api-process.js'
import { DRILL_AGENT_SECRET, DRILL_JWT_SECRET, insertCalls, metricsBody, signupOverHttp } from '../../bench/lib/fixtures.js'

const skip = process.env.TEST_DATABASE_URL ? false : 'drills run on real PostgreSQL only: set TEST_DATABASE_URL'
const SLOW_CLIENTS = 200
const BIG = 100 * 1024 * 1024
const MB = 1024 * 1024
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Sends a request head, then one header byte every `everyMs`, forever (until destroyed). */
function slowloris(port: number, everyMs: number) {
  const socket = net.connect(port, '127.0.0.1')
  socket.on('error', () => {})
  socket.write('POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ')
  const timer = setInterval(() => socket.write('a'), everyMs)
  socket.on('close', () => clearInterval(timer))
  return socket
}

/** Streams `total` bytes as the body (Content-Length or chunked), stopping as soon as an answer arrives. */
function hugeBody(port: number, path: string, total: number, chunked: boolean): Promise<{ head: string; sent: number }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    const zeros = Buffer.alloc(64 * 1024, 0x30)
    let sent = 0
    let answer = ''
    let done = false
    const finish = () => {
      if (done) return
      done = true
      socket.destroy()
      resolve({ head: answer, sent })
    }
    socket.on('data', (d) => {
      answer += d.toString('latin1')
      if (answer.includes('\r\n\r\n') && /"error"/.test(answer)) finish()
    })
    socket.on('error', finish).on('close', finish)
    socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Agent-Secret: ${DRILL_AGENT_SECRET}\r\n` +
      (chunked ? 'Transfer-Encoding: chunked\r\n\r\n' : `Content-Length: ${total}\r\n\r\n`))
    const pump = () => {
      while (!done && sent < total) {
        const piece = chunked ? Buffer.concat([Buffer.from(`${zeros.length.toString(16)}\r\n`), zeros, Buffer.from('\r\n')]) : zeros
        sent += zeros.length
        if (!socket.write(piece)) return void socket.once('drain', pump)
      }
      if (!done && chunked) socket.write('0\r\n\r\n')
    }
    socket.once('connect', pump)
  })
}

test('slowloris and 100 MB bodies do not exhaust the server; other clients keep being served', { skip, timeout: 60_000 }, async (t) => {
  const db = await freshDatabaseEnv()
  t.after(db.drop)
  const api = await startApiProcess({ env: { ...db.env, JWT_SECRET: DRILL_JWT_SECRET, AGENT_SHARED_SECRET: DRILL_AGENT_SECRET, LOG_LEVEL: 'warn' } })
  t.after(() => api.stop())
  const { workspaceId } = await signupOverHttp(api.url)
  const [callId] = await insertCalls(db.env.DATABASE_URL, workspaceId, 1)
  const rssBefore = api.rss()

  const slow = Array.from({ length: SLOW_CLIENTS }, () => slowloris(api.port, 500))
  t.after(() => slow.forEach((s) => s.destroy()))
  await sleep(500)

  let stop = false
  const served: number[] = []
  const ordinary = (async () => {
    for (let n = 0; !stop; n++) {
      const res = await fetch(`${api.url}/api/calls/${callId}/metrics`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-agent-secret': DRILL_AGENT_SECRET },
        body: metricsBody([`h-${n}`]), signal: AbortSignal.timeout(10_000),
      }).catch(() => undefined)
      served.push(res?.status ?? 0)
      await res?.arrayBuffer()
      await sleep(20)
    }
  })()

  let rssPeak = rssBefore
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, api.rss())), 50)
  const [withLength, chunked] = await Promise.all([
    hugeBody(api.port, `/api/calls/${callId}/metrics`, BIG, false),
    hugeBody(api.port, `/api/calls/${callId}/metrics`, BIG, true),
  ])
  await sleep(1_000)
  clearInterval(sampler)
  stop = true
  await ordinary

  for (const big of [withLength, chunked]) {
    assert.match(big.head, /^HTTP\/1\.1 413 /, 'a body over the limit is refused')
    assert.match(big.head, /"code":"payload_too_large"/)
    assert.ok(big.sent < BIG, `answered before the whole 100 MB was sent (${(big.sent / MB).toFixed(0)} MB sent)`)
  }
  assert.ok(served.length >= 10, `the ordinary client made progress (${served.length} requests)`)
  assert.deepEqual(served.filter((s) => s !== 200), [], 'every ordinary request was served')
  assert.ok(rssPeak - rssBefore < 50 * MB, `no 100 MB body was buffered (RSS grew ${((rssPeak - rssBefore) / MB).toFixed(1)} MB)`)
  const open = slow.filter((s) => !s.destroyed).length
  t.diagnostic(`${open} of ${SLOW_CLIENTS} slowloris connections still open at the end (requestTimeout 30 s cuts them)`)
})
