import net from 'node:net'

/** A loopback TCP proxy that can be cut and restored, to simulate a database outage. */
export async function startTcpProxy(targetHost: string, targetPort: number) {
  let up = true
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    if (!up) return client.destroy()
    const upstream = net.connect(targetPort, targetHost)
    sockets.add(client).add(upstream)
    client.pipe(upstream).pipe(client)
    const close = () => {
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on('error', close).on('close', close)
    upstream.on('error', close).on('close', close)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return {
    port,
    /** Drops every open connection and refuses new ones. */
    cut() {
      up = false
      for (const s of sockets) s.destroy()
      sockets.clear()
    },
    restore() {
      up = true
    },
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy()
      server.close(() => resolve())
    }),
  }
}
