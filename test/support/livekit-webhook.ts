import { createHash, randomBytes } from 'node:crypto'
import { WebhookEvent } from '@livekit/protocol'
import { AccessToken } from 'livekit-server-sdk'

/** LiveKit posts webhooks with this content type (not application/json). */
export const LIVEKIT_WEBHOOK_CONTENT_TYPE = 'application/webhook+json'

/**
 * The `Authorization` header value LiveKit sends with a webhook: an HS256 JWT
 * (iss = API key, valid 5 minutes) whose `sha256` claim is base64(sha256(body)).
 * No `Bearer ` prefix. The body must be posted byte for byte as signed.
 */
export async function signLiveKitWebhook(opts: { apiKey: string; apiSecret: string; body: string }): Promise<string> {
  const at = new AccessToken(opts.apiKey, opts.apiSecret, { ttl: '5m' })
  at.sha256 = createHash('sha256').update(opts.body, 'utf8').digest('base64')
  return at.toJwt()
}

export type LiveKitWebhookEventName =
  | 'room_started' | 'room_finished' | 'participant_joined' | 'participant_left' | 'participant_connection_aborted'
  | 'track_published' | 'track_unpublished' | 'egress_started' | 'egress_updated' | 'egress_ended'
  | 'ingress_started' | 'ingress_ended'

type EventInit = NonNullable<ConstructorParameters<typeof WebhookEvent>[0]>

export interface WebhookEventInput {
  event: LiveKitWebhookEventName
  /** A Room from the test server's state, or a partial one (`{ name, sid, metadata }`). */
  room?: EventInit['room']
  participant?: EventInit['participant']
  /** e.g. the EgressInfo returned by `LiveKitTestServer.endEgress`. */
  egressInfo?: EventInit['egressInfo']
  track?: EventInit['track']
  /** Default: a fresh `EV_...` id (LiveKit retries a delivery with the same id). */
  id?: string
  /** Unix seconds; default now. */
  createdAt?: number
}

/**
 * The JSON body LiveKit posts: protobuf JSON of livekit.WebhookEvent (camelCase,
 * int64 such as `createdAt` as a string of unix seconds, enums by name, defaults omitted).
 * Built with @livekit/protocol's WebhookEvent: the SDK's own `WebhookEvent` subclass
 * resets `event` to "" in its constructor, so it cannot build events.
 */
export function webhookEvent(input: WebhookEventInput): string {
  const id = input.id ?? `EV_${randomBytes(9).toString('base64url')}`
  const createdAt = BigInt(input.createdAt ?? Math.floor(Date.now() / 1000))
  return new WebhookEvent({
    event: input.event,
    id,
    createdAt,
    room: input.room,
    participant: input.participant,
    egressInfo: input.egressInfo,
    track: input.track,
  }).toJsonString()
}

/** Body and headers of a webhook as LiveKit would post it, ready for `app.inject` or fetch. */
export async function liveKitWebhookRequest(
  opts: { apiKey: string; apiSecret: string } & WebhookEventInput,
): Promise<{ body: string; headers: { authorization: string; 'content-type': string } }> {
  const { apiKey, apiSecret, ...event } = opts
  const body = webhookEvent(event)
  const authorization = await signLiveKitWebhook({ apiKey, apiSecret, body })
  return { body, headers: { authorization, 'content-type': LIVEKIT_WEBHOOK_CONTENT_TYPE } }
}
