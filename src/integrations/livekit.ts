import {
  AccessToken,
  AgentDispatchClient,
  EgressClient,
  RoomServiceClient,
  SipClient,
  WebhookReceiver,
} from 'livekit-server-sdk'
import type { Config } from '../config.js'

/**
 * The LiveKit SDK clients the API uses, built once from config. Thin on purpose:
 * callers use the real `livekit-server-sdk` objects; only token minting and the
 * HTTP URL are added here.
 */
export interface LiveKit {
  /** LIVEKIT_URL as configured (browsers connect to it, usually `wss://`). */
  readonly url: string
  /** LIVEKIT_URL with `ws(s)://` mapped to `http(s)://`, the base of every Twirp call. */
  readonly httpUrl: string
  readonly rooms: RoomServiceClient
  readonly dispatch: AgentDispatchClient
  readonly sip: SipClient
  readonly egress: EgressClient
  /** `webhooks.receive(rawBody, authorizationHeader)` verifies the JWT and its body sha256. */
  readonly webhooks: WebhookReceiver
  /** A join token for one room only (publish, subscribe, data). */
  participantToken(opts: ParticipantTokenOptions): Promise<string>
}

export interface ParticipantTokenOptions {
  identity: string
  name?: string
  roomName: string
  /** Token lifetime; default one hour. */
  ttlSeconds?: number
  metadata?: string
  attributes?: Record<string, string>
}

/** The SDK's own mapping (TwirpRpc): a leading `ws` becomes `http`, so wss -> https. */
export function liveKitHttpUrl(url: string): string {
  return url.startsWith('ws') ? `http${url.slice(2)}` : url
}

/** `undefined` when LIVEKIT_URL, LIVEKIT_API_KEY or LIVEKIT_API_SECRET is missing. */
export function createLiveKit(config: Config['livekit']): LiveKit | undefined {
  const { url, apiKey, apiSecret } = config
  if (!url || !apiKey || !apiSecret) return undefined
  // The clients take the host with its protocol; they would map ws(s) themselves,
  // but passing the http(s) form keeps one URL in logs and errors. Any path in
  // LIVEKIT_URL is ignored by the SDK: it always posts to `/twirp/livekit.<Service>/<Method>`.
  const httpUrl = liveKitHttpUrl(url)
  return {
    url,
    httpUrl,
    rooms: new RoomServiceClient(httpUrl, apiKey, apiSecret),
    dispatch: new AgentDispatchClient(httpUrl, apiKey, apiSecret),
    sip: new SipClient(httpUrl, apiKey, apiSecret),
    egress: new EgressClient(httpUrl, apiKey, apiSecret),
    webhooks: new WebhookReceiver(apiKey, apiSecret),
    participantToken({ identity, name, roomName, ttlSeconds = 3600, metadata, attributes }) {
      const at = new AccessToken(apiKey, apiSecret, { identity, name, ttl: ttlSeconds, metadata, attributes })
      at.addGrant({ roomJoin: true, room: roomName, canPublish: true, canSubscribe: true, canPublishData: true })
      return at.toJwt()
    },
  }
}
