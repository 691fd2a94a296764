import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** A local HTTP server that answers 200 and keeps every JSON body posted to it (alerts, call webhooks). */
export async function startJsonReceiver<T = Record<string, unknown>>(t: { after: (fn: () => Promise<void>) => void }, path = '/') {
  const received: T[] = []
  /** The same requests with their raw body and headers (signature checks). */
  const requests: { raw: string; headers: http.IncomingHttpHeaders; body: T }[] = []
  const server = http.createServer(async (req, res) => {
    let raw = ''
    for await (const chunk of req) raw += chunk
    received.push(JSON.parse(raw))
    requests.push({ raw, headers: req.headers, body: received.at(-1)! })
    res.writeHead(200).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, received, requests }
}
