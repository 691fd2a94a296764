import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { startTestApp } from './app.js'
import { signup, type TestUser } from './users.js'
import { startLiveKit, type LiveKitTestServer } from './livekit.js'
import { startTwilioServer, type TwilioTestServer } from '../support/twilio-server.js'
import type { BuildOptions } from '../../src/app.js'

export const CALLER_ID = '+17073808675'

export interface OutboundSetup {
  app: FastifyInstance
  twilio: TwilioTestServer
  livekit: LiveKitTestServer
  owner: TestUser
  /** Twilio and LiveKit env, for a second instance on the same servers. */
  env: Record<string, string>
}

/** An app with the Twilio and LiveKit test servers, ready to place outbound calls once a number is provisioned. */
export async function startOutboundApp(
  t: { after: (fn: () => Promise<void>) => void },
  opts: { env?: Record<string, string>; listen?: boolean } & BuildOptions = {},
): Promise<OutboundSetup> {
  const twilio = await startTwilioServer()
  t.after(() => twilio.close())
  const lk = await startLiveKit(t)
  // Dials reach Twilio termination, which checks the trunk's credential list.
  lk.server.connectSipCarrier(twilio.sipTermination)
  const env = { ...twilio.env, ...lk.env, LIVEKIT_SIP_ENDPOINT: 'test123.sip.livekit.cloud', ...opts.env }
  const { app } = await startTestApp(t, { ...opts, env })
  return { app, twilio, livekit: lk.server, owner: await signup(app), env }
}

/** A workspace number bought, put on the trunks and ready to call from. */
export async function provisionedNumber(s: Pick<OutboundSetup, 'app' | 'twilio' | 'owner'>, e164 = CALLER_ID, owner = s.owner) {
  s.twilio.state.addIncomingNumber(e164)
  const created = (await s.app.inject({ method: 'POST', url: '/api/phone-numbers', headers: owner.headers, payload: { e164 } })).json()
  const res = await s.app.inject({ method: 'POST', url: `/api/phone-numbers/${created.id}/reprovision`, headers: owner.headers })
  assert.ok(res.json().steps.every((x: { ok: boolean }) => x.ok), res.body)
  return res.json().phoneNumber as { id: string; e164: string; livekitOutboundTrunkId: string }
}
