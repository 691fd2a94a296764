/**
 * The ceiling: a bare Fastify hello-world route, in its own process like the API. Nothing this API
 * does per request can be faster than this on the same machine.
 */
import Fastify from 'fastify'

const app = Fastify({ logger: false })
app.get('/', async () => ({ hello: 'world' }))
await app.listen({ port: 0, host: '127.0.0.1' })
const address = app.server.address()
if (!address || typeof address === 'string') throw new Error('no port')
process.send?.({ type: 'listening', port: address.port })
process.on('disconnect', () => void app.close().then(() => process.exit(0)))
