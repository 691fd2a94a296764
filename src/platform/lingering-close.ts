import type { FastifyInstance } from 'fastify'

const LINGER_MS = 2_000

/**
 * Lingering close for answers sent before the request body was read (413 payload_too_large, a
 * bad JSON body). Fastify marks those `connection: close`, and Node then closes the socket at
 * once; bytes the client is still sending hit a closed socket, the kernel answers with a reset,
 * and a reset discards the answer the client has not read yet: an uploader sees "connection
 * reset" instead of the 413. As nginx does, the server half-closes instead, discards what still
 * arrives for up to LINGER_MS, then closes.
 */
export function installLingeringClose(app: FastifyInstance) {
  app.addHook('onSend', async (req, reply) => {
    const socket = req.raw.socket
    if (!socket || req.raw.complete || reply.getHeader('connection') !== 'close') return
    socket.destroySoon = function lingeringClose(this: typeof socket) {
      this.end()
      this.resume()
      const timer = setTimeout(() => this.destroy(), LINGER_MS)
      timer.unref()
      this.once('close', () => clearTimeout(timer))
      this.once('end', () => this.destroy())
    }
  })
}
