import type { FastifyInstance } from 'fastify'
import { startLiveKitServer, type LiveKitTestServer } from '../support/livekit-server.js'
import { liveKitWebhookRequest, type WebhookEventInput } from '../support/livekit-webhook.js'

export const LK_KEY = 'APItestkey'
export const LK_SECRET = 'livekit-test-secret-0123456789abcdef'

/** The LiveKit test server plus the env that points the app's real SDK at it. */
export async function startLiveKit(t: { after: (fn: () => Promise<void>) => void }) {
  const server = await startLiveKitServer({ apiKey: LK_KEY, apiSecret: LK_SECRET })
  t.after(() => server.close())
  return {
    server,
    env: { LIVEKIT_URL: server.wsUrl, LIVEKIT_API_KEY: LK_KEY, LIVEKIT_API_SECRET: LK_SECRET },
  }
}

/** Posts a webhook signed exactly as LiveKit signs it. */
export async function sendLiveKitEvent(app: FastifyInstance, event: WebhookEventInput, secret = LK_SECRET) {
  const { body, headers } = await liveKitWebhookRequest({ apiKey: LK_KEY, apiSecret: secret, ...event })
  return app.inject({ method: 'POST', url: '/api/webhooks/livekit', headers, payload: body })
}

export type { LiveKitTestServer }
