import type { FastifyInstance } from 'fastify'
import { startTestApp } from './app.js'
import { signup, type TestUser } from './users.js'
import { startLiveKit, type LiveKitTestServer } from './livekit.js'
import { captureLogs, type CapturedLogs } from './logs.js'
import { startTwilioServer, type TwilioTestServer } from '../support/twilio-server.js'

export const TEST_SIP_ENDPOINT = 'test123.sip.livekit.cloud'

export interface TelephonyTestApp {
  app: FastifyInstance
  twilio: TwilioTestServer
  livekit: LiveKitTestServer
  owner: TestUser
  logs: CapturedLogs
}

/**
 * The app wired to the Twilio and LiveKit test servers (LIVEKIT_SIP_ENDPOINT set), logging at
 * info into `logs`, with a signed-up owner. With `sipCarrier`, outbound INVITEs reach Twilio's
 * termination, which checks the trunk's credential lists.
 */
export async function startTelephonyApp(
  t: { after: (fn: () => Promise<void>) => void },
  env: Record<string, string | undefined> = {},
  opts: { sipCarrier?: boolean } = {},
): Promise<TelephonyTestApp> {
  const twilio = await startTwilioServer()
  t.after(() => twilio.close())
  const lk = await startLiveKit(t)
  if (opts.sipCarrier) lk.server.connectSipCarrier(twilio.sipTermination)
  const logs = captureLogs()
  const { app } = await startTestApp(t, {
    env: { ...twilio.env, ...lk.env, LIVEKIT_SIP_ENDPOINT: TEST_SIP_ENDPOINT, ...env },
    logger: { level: 'info', stream: logs.stream },
  })
  return { app, twilio, livekit: lk.server, owner: await signup(app), logs }
}
