import { test } from 'node:test'
import assert from 'node:assert/strict'
import net from 'node:net'
import { startTestApp, TEST_AGENT_SECRET } from './helpers/app.js'

/**
 * An uploader that is slow to read (a busy client) while it keeps sending a body over the limit.
 * Without a lingering close the server's socket is gone when the body keeps arriving, the kernel
 * resets the connection and the client loses the 413 it had not read yet.
 */
function uploadThenRead(port: number, total: number, readAfterMs: number): Promise<{ answer: string; error?: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    let answer = ''
    let sent = 0
    socket.pause()
    socket.on('data', (d) => (answer += d.toString('latin1')))
    socket.on('error', (err: NodeJS.ErrnoException) => resolve({ answer, error: err.code }))
    socket.on('close', () => resolve({ answer }))
    socket.write(`POST /api/calls/call_x/metrics HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nx-agent-secret: ${TEST_AGENT_SECRET}\r\nContent-Length: ${total}\r\n\r\n`)
    const piece = Buffer.alloc(64 * 1024, 0x30)
    const pump = () => {
      while (sent < total) {
        sent += piece.length
        if (!socket.write(piece)) return void socket.once('drain', pump)
      }
    }
    pump()
    setTimeout(() => socket.resume(), readAfterMs)
  })
}

test('a client still sending an oversized body, slow to read, gets its 413 instead of a reset', async (t) => {
  const { app } = await startTestApp(t, { listen: true, env: { BODY_LIMIT_BYTES: String(64 * 1024) } })
  const { port } = app.server.address() as net.AddressInfo
  for (let i = 0; i < 3; i++) {
    const r = await uploadThenRead(port, 8 * 1024 * 1024, 300)
    assert.match(r.answer, /^HTTP\/1\.1 413 /, `attempt ${i}: answer read (${r.error ?? 'closed'})`)
    assert.match(r.answer, /"code":"payload_too_large"/)
  }
})
