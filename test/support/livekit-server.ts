import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  AgentDispatch,
  CreateAgentDispatchRequest,
  CreateRoomRequest,
  CreateSIPDispatchRuleRequest,
  CreateSIPInboundTrunkRequest,
  CreateSIPOutboundTrunkRequest,
  CreateSIPParticipantRequest,
  DeleteAgentDispatchRequest,
  DeleteRoomRequest,
  DeleteRoomResponse,
  DeleteSIPDispatchRuleRequest,
  DeleteSIPTrunkRequest,
  EgressInfo,
  EgressSourceType,
  EgressStatus,
  FileInfo,
  ListAgentDispatchRequest,
  ListAgentDispatchResponse,
  ListEgressRequest,
  ListEgressResponse,
  ListParticipantsRequest,
  ListParticipantsResponse,
  ListRoomsRequest,
  ListRoomsResponse,
  ListSIPDispatchRuleRequest,
  ListSIPDispatchRuleResponse,
  ListSIPInboundTrunkRequest,
  ListSIPInboundTrunkResponse,
  ListSIPOutboundTrunkRequest,
  ListSIPOutboundTrunkResponse,
  ListUpdate,
  ParticipantInfo,
  ParticipantInfo_Kind,
  ParticipantInfo_State,
  RemoveParticipantResponse,
  Room,
  RoomCompositeEgressRequest,
  RoomParticipantIdentity,
  SIPDispatchRuleInfo,
  SIPInboundTrunkInfo,
  SIPOutboundTrunkInfo,
  SIPParticipantInfo,
  SIPTrunkInfo,
  SIPTransport,
  StopEgressRequest,
  TransferSIPParticipantRequest,
  UpdateRoomMetadataRequest,
  UpdateSIPDispatchRuleRequest,
  UpdateSIPInboundTrunkRequest,
  UpdateSIPOutboundTrunkRequest,
} from '@livekit/protocol'
import { TokenVerifier, type ClaimGrants, type SIPGrant, type VideoGrant } from 'livekit-server-sdk'
import { closeServer } from './http.js'

/*
 * A LiveKit server for tests, speaking the wire protocol the real `livekit-server-sdk`
 * uses: `POST /twirp/livekit.<Service>/<Method>` with protobuf JSON, answered in
 * protobuf JSON (camelCase, int64 as strings, enums by name) produced by the same
 * @livekit/protocol message classes the SDK parses with. Auth and error answers
 * follow livekit-server (pkg/service/auth.go, sip.go) and livekit/protocol (sip.go):
 *
 * - a malformed/forged/expired token or an unknown API key: HTTP 401 with a
 *   plain-text body (the auth middleware, before Twirp), so the SDK's error has
 *   `status: 401` and no `code`;
 * - a valid token without the grant a method needs: Twirp `unauthenticated`
 *   (401) "permissions denied". LiveKit never answers `permission_denied` for a
 *   missing grant (its twirpAuthError wraps every permission error as unauthenticated);
 * - unknown rooms/participants/trunks/egresses: Twirp `not_found` (404);
 *   validation failures: `invalid_argument` (400).
 */

export type TwirpCode =
  | 'canceled' | 'unknown' | 'invalid_argument' | 'malformed' | 'deadline_exceeded' | 'not_found' | 'bad_route'
  | 'already_exists' | 'permission_denied' | 'unauthenticated' | 'resource_exhausted' | 'failed_precondition'
  | 'aborted' | 'out_of_range' | 'unimplemented' | 'internal' | 'unavailable' | 'dataloss'

/** HTTP status of each Twirp error code (twitchtv/twirp errors.go). */
export const TWIRP_HTTP_STATUS: Record<TwirpCode, number> = {
  canceled: 408, unknown: 500, invalid_argument: 400, malformed: 400, deadline_exceeded: 408, not_found: 404,
  bad_route: 404, already_exists: 409, permission_denied: 403, unauthenticated: 401, resource_exhausted: 429,
  failed_precondition: 412, aborted: 409, out_of_range: 400, unimplemented: 501, internal: 500, unavailable: 503,
  dataloss: 500,
}

export interface TwirpErrorSpec {
  code: TwirpCode
  msg: string
  /** HTTP status; defaults to the code's Twirp status. */
  status?: number
  /** Twirp `meta` (string values), e.g. `sip_status_code` / `sip_status`. */
  meta?: Record<string, string>
}

/** The grants LiveKit verified on a request (undefined when the token was rejected or absent). */
export interface RecordedGrants {
  video?: VideoGrant
  sip?: SIPGrant
}

export interface RecordedRequest {
  service: string
  method: string
  /** The request body as the SDK sent it (parsed JSON, camelCase, enums by name, int64 as strings). */
  body: any
  grants: RecordedGrants | undefined
  /** `sub` of the token, when it had one. */
  identity: string | undefined
  /** HTTP status the fake answered. */
  status: number
}

export interface AddParticipantOptions {
  identity: string
  /** `SIP` participants get a `sip.callID` attribute (`SCL_...`) unless `attributes` sets one. */
  kind?: 'SIP' | 'STANDARD' | 'AGENT'
  name?: string
  metadata?: string
  attributes?: Record<string, string>
}

export interface EndEgressOptions {
  status?: 'EGRESS_COMPLETE' | 'EGRESS_FAILED' | 'EGRESS_ABORTED' | 'EGRESS_LIMIT_REACHED'
  error?: string
  /** Bytes written; default 48000. */
  size?: number
  /** Recording length in seconds; default 3. */
  durationSeconds?: number
  /** Upload location; default `s3://<bucket>/<filepath>` from the request. */
  location?: string
}

export interface RoomState {
  room: Room
  participants: Map<string, ParticipantInfo>
}

export interface LiveKitServerState {
  rooms: Map<string, RoomState>
  dispatches: Map<string, AgentDispatch>
  inboundTrunks: Map<string, SIPInboundTrunkInfo>
  outboundTrunks: Map<string, SIPOutboundTrunkInfo>
  dispatchRules: Map<string, SIPDispatchRuleInfo>
  egresses: Map<string, EgressInfo>
  /** Successful TransferSIPParticipant calls, `transferTo` as LiveKit normalises it (`<sip:...>` or `tel:...`). */
  transfers: { roomName: string; participantIdentity: string; transferTo: string; sipCallId: string }[]
}

/** What LiveKit's SIP service sends a carrier when it dials out through an outbound trunk. */
export interface SipInvite {
  /** The trunk's address (host or IP, optionally `:port`). */
  address: string
  transport: 'auto' | 'udp' | 'tcp' | 'tls'
  /** Digest credentials LiveKit answers the carrier's challenge with ('' when the trunk has none). */
  username: string
  password: string
  /** Caller id (the trunk number LiveKit sends in From). */
  from: string
  to: string
}

/**
 * A carrier's answer to an INVITE: `undefined` when `address` is not one of its hosts (the next
 * carrier is asked), otherwise the SIP final status (200 means the call connects).
 */
export type SipCarrier = (invite: SipInvite) => { sipStatusCode: number; sipStatus?: string } | undefined

export interface LiveKitTestServer {
  /** `http://127.0.0.1:<port>`: what the SDK clients are given. */
  url: string
  /** `ws://127.0.0.1:<port>`: LIVEKIT_URL as a deployment configures it. */
  wsUrl: string
  apiKey: string
  apiSecret: string
  /** Every Twirp request received, in order, including rejected ones (see `status`). */
  requests: RecordedRequest[]
  /** The requests of one method (e.g. `CreateRoom`) that were answered 200. */
  calls(method: string): RecordedRequest[]
  /** The next `times` (default 1; `Infinity` for all) calls of `method` that pass auth answer this Twirp error. */
  fail(method: string, error: TwirpErrorSpec, opts?: { times?: number }): void
  /** A participant joins `room` (created if absent), as a browser, agent or SIP caller would. */
  addParticipant(room: string, p: AddParticipantOptions): ParticipantInfo
  /**
   * From now on CreateSIPParticipant sends its INVITE to the carriers (in order) and fails with the
   * SIP status a carrier refuses it with; an address no carrier serves fails with 503. Without any
   * carrier every dial connects (tests that do not model the far end).
   */
  connectSipCarrier(carrier: SipCarrier): void
  /** Called after every answered request (state already changed), e.g. to check an invariant at each step. */
  afterRequest(fn: (r: RecordedRequest) => void): void
  /**
   * From now on each CreateSIPParticipant asks `plan(sipCallTo)`: a step makes the callee's phone ring
   * `ringMs` (the leg is in the room as `sip.callStatus: dialing`) before it answers or fails with
   * `failure`; undefined dials as usual. `undefined` removes the plan.
   */
  planDials(plan: DialPlan | undefined): void
  /** Ends an egress the way the egress service does (for `egress_ended` webhooks); returns its final EgressInfo. */
  endEgress(egressId: string, opts?: EndEgressOptions): EgressInfo
  state: LiveKitServerState
  close(): Promise<void>
}

export interface DialPlanStep {
  ringMs?: number
  /** E.g. `sipCallFailure(486)`: the answer after the ringing. */
  failure?: TwirpErrorSpec
}
export type DialPlan = (sipCallTo: string) => DialPlanStep | undefined

/** Twirp error LiveKit answers when a dialled SIP call fails, e.g. 486 Busy Here (livekit/protocol sip.go). */
export function sipCallFailure(sipStatusCode: number, sipStatus = SIP_REASONS[sipStatusCode] ?? `SIP ${sipStatusCode}`): TwirpErrorSpec {
  return {
    code: SIP_TO_TWIRP[sipStatusCode] ?? (sipStatusCode < 500 || sipStatusCode >= 600 ? 'invalid_argument' : 'failed_precondition'),
    msg: `sip status ${sipStatusCode}: ${sipStatus}`,
    meta: { sip_status_code: String(sipStatusCode), sip_status: sipStatus },
  }
}

const SIP_REASONS: Record<number, string> = {
  403: 'Forbidden', 404: 'Not Found', 408: 'Request Timeout', 480: 'Temporarily Unavailable', 486: 'Busy Here',
  487: 'Request Terminated', 500: 'Internal Server Error', 503: 'Service Unavailable', 600: 'Busy Everywhere', 603: 'Decline',
}
const SIP_TO_TWIRP: Record<number, TwirpCode> = {
  401: 'permission_denied', 403: 'permission_denied', 404: 'not_found', 408: 'deadline_exceeded', 410: 'not_found',
  480: 'resource_exhausted', 486: 'resource_exhausted', 487: 'aborted', 500: 'failed_precondition',
  502: 'failed_precondition', 503: 'failed_precondition', 504: 'deadline_exceeded', 600: 'resource_exhausted',
  603: 'permission_denied', 604: 'not_found',
}

class TwirpFailure extends Error {
  constructor(readonly code: TwirpCode, msg: string, readonly meta?: Record<string, string>, readonly status = TWIRP_HTTP_STATUS[code]) {
    super(msg)
  }
}
const roomNotFound = () => new TwirpFailure('not_found', 'requested room does not exist')
const participantNotFound = () => new TwirpFailure('not_found', 'participant not found')
const trunkNotFound = () => new TwirpFailure('not_found', 'requested sip trunk does not exist')
const ruleNotFound = () => new TwirpFailure('not_found', 'requested sip dispatch rule does not exist')
const egressNotFound = () => new TwirpFailure('not_found', 'egress does not exist')
const invalid = (msg: string) => new TwirpFailure('invalid_argument', msg)
/** livekit-server's `limit.max_metadata_size` (64000 bytes by default): larger room metadata is refused. */
export const MAX_METADATA_BYTES = 64_000
function checkMetadataSize(metadata: string | undefined) {
  if (metadata && Buffer.byteLength(metadata) > MAX_METADATA_BYTES) throw invalid('metadata size exceeds limits')
}
const permissionDenied = () => new TwirpFailure('unauthenticated', 'permissions denied')

/** Plain-text 401 from LiveKit's auth middleware (not a Twirp body). */
class AuthRejection extends Error {}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
/** LiveKit-style ids: prefix + 12 base62 characters (`RM_`, `PA_`, `AD_`, `ST_`, `SDR_`, `SCL_`, `EG_`). */
function guid(prefix: string): string {
  return prefix + [...randomBytes(12)].map((b) => BASE62[b % 62]).join('')
}

type Claims = ClaimGrants & { sub?: string }
const hasVideo = (c: Claims | undefined, key: keyof VideoGrant) => !!c?.video?.[key]
const roomAdmin = (c: Claims | undefined, room: string) => !!c?.video?.roomAdmin && c.video.room === room
const sipAdmin = (c: Claims | undefined) => !!c?.sip?.admin
const sipCall = (c: Claims | undefined) => !!c?.sip?.call
function ensure(ok: boolean) {
  if (!ok) throw permissionDenied()
}

interface JsonMessage { toJson(opts?: { emitDefaultValues?: boolean }): unknown }
type Handler = (body: unknown, claims: Claims | undefined) => JsonMessage | Record<string, never>

function parse<T>(type: { fromJson(json: any, opts?: { ignoreUnknownFields?: boolean }): T }, body: unknown): T {
  try {
    // Go's protojson in the real server discards unknown fields too.
    return type.fromJson(body as any, { ignoreUnknownFields: true })
  } catch (e) {
    throw new TwirpFailure('malformed', `the json request could not be decoded: ${(e as Error).message}`)
  }
}

function normalizeNumber(num: string): string {
  if (!num || !/^\+?[\d\- ()]+$/.test(num)) return num
  const n = num.replace(/[ \-()]/g, '')
  return n.startsWith('+') ? n : `+${n}`
}

function applyListUpdate(list: string[], u: ListUpdate | undefined): string[] {
  if (!u) return list
  if (u.clear) return []
  let out = u.set.length ? [...u.set] : [...list]
  out = out.filter((v) => !u.remove.includes(v))
  for (const v of u.add) if (!out.includes(v)) out.push(v)
  return out
}

function validateInboundTrunk(t: SIPInboundTrunkInfo) {
  if (!t.authUsername && !t.authPassword && !t.allowedAddresses.length && !t.numbers.length) {
    throw invalid('for security, one of the fields must be set: AuthUsername+AuthPassword, AllowedAddresses or Numbers')
  }
}

function validateOutboundTrunk(t: SIPOutboundTrunkInfo) {
  if (!t.numbers.length) throw invalid('no trunk numbers specified')
  if (!t.address) throw invalid('no outbound address specified')
  if (t.address.includes('transport=')) throw invalid('trunk transport should be set as a field, not a URI parameter')
  if (/[@;]/.test(t.address) || /^sips?:/.test(t.address)) throw invalid('trunk address should be a hostname or IP, not SIP URI')
}

const ACTIVE_EGRESS = [EgressStatus.EGRESS_STARTING, EgressStatus.EGRESS_ACTIVE, EgressStatus.EGRESS_ENDING]
const nowNs = () => BigInt(Date.now()) * 1_000_000n

/** Starts the fake on 127.0.0.1 with a random port. */
export async function startLiveKitServer(opts: { apiKey: string; apiSecret: string }): Promise<LiveKitTestServer> {
  const { apiKey, apiSecret } = opts
  const verifier = new TokenVerifier(apiKey, apiSecret)
  const requests: RecordedRequest[] = []
  const failures = new Map<string, { error: TwirpErrorSpec; remaining: number }[]>()
  const carriers: SipCarrier[] = []
  const observers: ((r: RecordedRequest) => void)[] = []
  let dialPlan: DialPlan | undefined
  const state: LiveKitServerState = {
    rooms: new Map(),
    dispatches: new Map(),
    inboundTrunks: new Map(),
    outboundTrunks: new Map(),
    dispatchRules: new Map(),
    egresses: new Map(),
    transfers: [],
  }

  function ensureRoom(name: string, init: Partial<Room> = {}): RoomState {
    let rs = state.rooms.get(name)
    if (!rs) {
      const now = Date.now()
      rs = {
        room: new Room({
          sid: guid('RM_'),
          name,
          emptyTimeout: 300,
          departureTimeout: 20,
          creationTime: BigInt(Math.floor(now / 1000)),
          creationTimeMs: BigInt(now),
          ...init,
        }),
        participants: new Map(),
      }
      state.rooms.set(name, rs)
    }
    return rs
  }

  function roomOrThrow(name: string): RoomState {
    const rs = state.rooms.get(name)
    if (!rs) throw roomNotFound()
    return rs
  }

  function snapshot(rs: RoomState): Room {
    const room = rs.room.clone()
    room.numParticipants = rs.participants.size
    room.numPublishers = [...rs.participants.values()].filter((p) => p.isPublisher).length
    room.activeRecording = [...state.egresses.values()].some((e) => e.roomName === room.name && ACTIVE_EGRESS.includes(e.status))
    return room
  }

  function addParticipant(roomName: string, p: AddParticipantOptions): ParticipantInfo {
    const rs = ensureRoom(roomName)
    const now = Date.now()
    const info = new ParticipantInfo({
      sid: guid('PA_'),
      identity: p.identity,
      name: p.name ?? '',
      metadata: p.metadata ?? '',
      // Every SIP participant LiveKit creates carries its call id (TransferSIPParticipant needs it).
      attributes: p.kind === 'SIP' ? { 'sip.callID': guid('SCL_'), ...p.attributes } : { ...p.attributes },
      kind: ParticipantInfo_Kind[p.kind ?? 'STANDARD'],
      state: ParticipantInfo_State.ACTIVE,
      joinedAt: BigInt(Math.floor(now / 1000)),
      joinedAtMs: BigInt(now),
      isPublisher: true,
    })
    rs.participants.set(p.identity, info)
    return info
  }

  function closeRoom(name: string) {
    state.rooms.delete(name)
    for (const [id, d] of state.dispatches) if (d.room === name) state.dispatches.delete(id)
    for (const e of state.egresses.values()) {
      if (e.roomName === name && ACTIVE_EGRESS.includes(e.status)) finishEgress(e, {})
    }
  }

  function finishEgress(e: EgressInfo, o: EndEgressOptions) {
    const status = EgressStatus[o.status ?? 'EGRESS_COMPLETE']
    const end = nowNs()
    e.status = status
    e.endedAt = end
    e.updatedAt = end
    if (!e.startedAt) e.startedAt = end - BigInt(Math.round((o.durationSeconds ?? 3) * 1e9))
    if (o.error) e.error = o.error
    const req = e.request.case === 'roomComposite' ? e.request.value : undefined
    const file = req?.fileOutputs[0] ?? (req?.output.case === 'file' ? req.output.value : undefined)
    if (file && status === EgressStatus.EGRESS_COMPLETE) {
      const bucket = file.output.case === 's3' ? file.output.value.bucket : ''
      const fileInfo = new FileInfo({
        filename: file.filepath,
        startedAt: e.startedAt,
        endedAt: end,
        duration: BigInt(Math.round((o.durationSeconds ?? 3) * 1e9)),
        size: BigInt(o.size ?? 48000),
        location: o.location ?? (bucket ? `s3://${bucket}/${file.filepath}` : file.filepath),
      })
      e.fileResults = [fileInfo]
      e.result = { case: 'file', value: fileInfo }
    }
  }

  /** The EgressInfo echo of a request, with storage credentials redacted as LiveKit does. */
  function redacted(req: RoomCompositeEgressRequest): RoomCompositeEgressRequest {
    const copy = req.clone()
    const files = [...copy.fileOutputs, ...(copy.output.case === 'file' ? [copy.output.value] : [])]
    for (const f of files) {
      if (f.output.case === 's3') {
        if (f.output.value.accessKey) f.output.value.accessKey = '{access_key}'
        if (f.output.value.secret) f.output.value.secret = '{secret}'
        if (f.output.value.sessionToken) f.output.value.sessionToken = '{session_token}'
      }
    }
    return copy
  }

  const handlers: Record<string, Handler> = {
    // ---- RoomService
    'RoomService/CreateRoom': (body, c) => {
      ensure(hasVideo(c, 'roomCreate'))
      const req = parse(CreateRoomRequest, body)
      if (!req.name) throw invalid('room name is required')
      checkMetadataSize(req.metadata)
      const rs = ensureRoom(req.name)
      // An existing room is returned, with the settings the request carries applied (room_allocator.go).
      if (req.metadata) rs.room.metadata = req.metadata
      if (req.emptyTimeout) rs.room.emptyTimeout = req.emptyTimeout
      if (req.departureTimeout) rs.room.departureTimeout = req.departureTimeout
      if (req.maxParticipants) rs.room.maxParticipants = req.maxParticipants
      return snapshot(rs)
    },
    'RoomService/ListRooms': (body, c) => {
      ensure(hasVideo(c, 'roomList'))
      const req = parse(ListRoomsRequest, body)
      const rooms = [...state.rooms.values()].filter((rs) => !req.names.length || req.names.includes(rs.room.name))
      return new ListRoomsResponse({ rooms: rooms.map(snapshot) })
    },
    'RoomService/DeleteRoom': (body, c) => {
      ensure(hasVideo(c, 'roomCreate'))
      const req = parse(DeleteRoomRequest, body)
      roomOrThrow(req.room)
      closeRoom(req.room)
      return new DeleteRoomResponse()
    },
    'RoomService/UpdateRoomMetadata': (body, c) => {
      const req = parse(UpdateRoomMetadataRequest, body)
      ensure(roomAdmin(c, req.room))
      checkMetadataSize(req.metadata)
      const rs = roomOrThrow(req.room)
      rs.room.metadata = req.metadata
      return snapshot(rs)
    },
    'RoomService/ListParticipants': (body, c) => {
      const req = parse(ListParticipantsRequest, body)
      ensure(roomAdmin(c, req.room))
      const rs = roomOrThrow(req.room)
      return new ListParticipantsResponse({ participants: [...rs.participants.values()] })
    },
    'RoomService/GetParticipant': (body, c) => {
      const req = parse(RoomParticipantIdentity, body)
      ensure(roomAdmin(c, req.room))
      const p = roomOrThrow(req.room).participants.get(req.identity)
      if (!p) throw participantNotFound()
      return p
    },
    'RoomService/RemoveParticipant': (body, c) => {
      const req = parse(RoomParticipantIdentity, body)
      ensure(roomAdmin(c, req.room))
      const rs = roomOrThrow(req.room)
      if (!rs.participants.delete(req.identity)) throw participantNotFound()
      return new RemoveParticipantResponse()
    },

    // ---- AgentDispatchService
    'AgentDispatchService/CreateDispatch': (body, c) => {
      const req = parse(CreateAgentDispatchRequest, body)
      ensure(roomAdmin(c, req.room))
      ensureRoom(req.room)
      const d = new AgentDispatch({
        id: guid('AD_'),
        agentName: req.agentName,
        room: req.room,
        metadata: req.metadata,
        restartPolicy: req.restartPolicy,
        deployment: req.deployment,
        attributes: req.attributes,
        state: { createdAt: nowNs() },
      })
      state.dispatches.set(d.id, d)
      return d
    },
    'AgentDispatchService/ListDispatch': (body, c) => {
      const req = parse(ListAgentDispatchRequest, body)
      ensure(roomAdmin(c, req.room))
      const list = [...state.dispatches.values()].filter((d) => d.room === req.room && (!req.dispatchId || d.id === req.dispatchId))
      return new ListAgentDispatchResponse({ agentDispatches: list })
    },
    'AgentDispatchService/DeleteDispatch': (body, c) => {
      const req = parse(DeleteAgentDispatchRequest, body)
      ensure(roomAdmin(c, req.room))
      const d = state.dispatches.get(req.dispatchId)
      if (!d || d.room !== req.room) throw new TwirpFailure('not_found', 'dispatch not found')
      state.dispatches.delete(d.id)
      if (d.state) d.state.deletedAt = nowNs()
      return d
    },

    // ---- SIP
    'SIP/CreateSIPInboundTrunk': (body, c) => {
      ensure(sipAdmin(c))
      const req = parse(CreateSIPInboundTrunkRequest, body)
      if (!req.trunk) throw invalid('missing trunk')
      if (req.trunk.sipTrunkId) throw invalid('trunk id must not be set')
      validateInboundTrunk(req.trunk)
      // livekit-server refuses two inbound trunks that would both match a call to the same number.
      const nums = req.trunk.numbers.map(normalizeNumber)
      for (const t of state.inboundTrunks.values()) {
        const shared = t.numbers.map(normalizeNumber).filter((n) => nums.includes(n))
        if (shared.length && !t.allowedAddresses.length && !req.trunk.allowedAddresses.length && !t.allowedNumbers.length && !req.trunk.allowedNumbers.length) {
          throw invalid(`Conflicting inbound SIP Trunks: "<new>" and "${t.sipTrunkId}", using the same number(s) ${JSON.stringify(shared)} without AllowedNumbers set`)
        }
      }
      const trunk = req.trunk.clone()
      trunk.sipTrunkId = guid('ST_')
      state.inboundTrunks.set(trunk.sipTrunkId, trunk)
      return trunk
    },
    'SIP/CreateSIPOutboundTrunk': (body, c) => {
      ensure(sipAdmin(c))
      const req = parse(CreateSIPOutboundTrunkRequest, body)
      if (!req.trunk) throw invalid('missing trunk')
      if (req.trunk.sipTrunkId) throw invalid('trunk id must not be set')
      validateOutboundTrunk(req.trunk)
      const trunk = req.trunk.clone()
      trunk.sipTrunkId = guid('ST_')
      state.outboundTrunks.set(trunk.sipTrunkId, trunk)
      return trunk
    },
    'SIP/ListSIPInboundTrunk': (body, c) => {
      ensure(sipAdmin(c))
      const req = parse(ListSIPInboundTrunkRequest, body)
      const want = req.numbers.map(normalizeNumber)
      const items = [...state.inboundTrunks.values()].filter(
        (t) =>
          (!req.trunkIds.length || req.trunkIds.includes(t.sipTrunkId)) &&
          (!want.length || !t.numbers.length || t.numbers.some((n) => want.includes(normalizeNumber(n)))),
      )
      return new ListSIPInboundTrunkResponse({ items })
    },
    'SIP/ListSIPOutboundTrunk': (body, c) => {
      ensure(sipAdmin(c))
      const req = parse(ListSIPOutboundTrunkRequest, body)
      const items = [...state.outboundTrunks.values()].filter(
        (t) =>
          (!req.trunkIds.length || req.trunkIds.includes(t.sipTrunkId)) &&
          (!req.numbers.length || !t.numbers.length || t.numbers.some((n) => req.numbers.includes(n))),
      )
      return new ListSIPOutboundTrunkResponse({ items })
    },
    'SIP/UpdateSIPInboundTrunk': (body, c) => {
      ensure(sipAdmin(c))
      const req = parse(UpdateSIPInboundTrunkRequest, body)
      if (!req.sipTrunkId) throw invalid('trunk id must be set')
      const current = state.inboundTrunks.get(req.sipTrunkId)
      if (!current) throw trunkNotFound()
      let next: SIPInboundTrunkInfo
      if (req.action.case === 'replace') {
        next = req.action.value.clone()
        next.sipTrunkId = current.sipTrunkId
      } else if (req.action.case === 'update') {
        const u = req.action.value
        next = current.clone()
        next.numbers = applyListUpdate(next.numbers, u.numbers)
        next.allowedAddresses = applyListUpdate(next.allowedAddresses, u.allowedAddresses)
        next.allowedNumbers = applyListUpdate(next.allowedNumbers, u.allowedNumbers)
        if (u.authUsername !== undefined) next.authUsername = u.authUsername
        if (u.authPassword !== undefined) next.authPassword = u.authPassword
        if (u.name !== undefined) next.name = u.name
        if (u.metadata !== undefined) next.metadata = u.metadata
        if (u.mediaEncryption !== undefined) next.mediaEncryption = u.mediaEncryption
      } else throw invalid('missing or unsupported update action')
      validateInboundTrunk(next)
      state.inboundTrunks.set(next.sipTrunkId, next)
      return next
    },
    'SIP/UpdateSIPOutboundTrunk': (body, c) => {
      ensure(sipAdmin(c))
      const req = parse(UpdateSIPOutboundTrunkRequest, body)
      if (!req.sipTrunkId) throw invalid('trunk id must be set')
      const current = state.outboundTrunks.get(req.sipTrunkId)
      if (!current) throw trunkNotFound()
      let next: SIPOutboundTrunkInfo
      if (req.action.case === 'replace') {
        next = req.action.value.clone()
        next.sipTrunkId = current.sipTrunkId
      } else if (req.action.case === 'update') {
        const u = req.action.value
        next = current.clone()
        if (u.address !== undefined) next.address = u.address
        if (u.transport !== undefined) next.transport = u.transport
        if (u.destinationCountry !== undefined) next.destinationCountry = u.destinationCountry
        next.numbers = applyListUpdate(next.numbers, u.numbers)
        if (u.authUsername !== undefined) next.authUsername = u.authUsername
        if (u.authPassword !== undefined) next.authPassword = u.authPassword
        if (u.name !== undefined) next.name = u.name
        if (u.metadata !== undefined) next.metadata = u.metadata
        if (u.mediaEncryption !== undefined) next.mediaEncryption = u.mediaEncryption
      } else throw invalid('missing or unsupported update action')
      validateOutboundTrunk(next)
      state.outboundTrunks.set(next.sipTrunkId, next)
      return next
    },
    'SIP/DeleteSIPTrunk': (body, c) => {
      ensure(sipAdmin(c))
      const req = parse(DeleteSIPTrunkRequest, body)
      if (!req.sipTrunkId) throw invalid('trunk ID is required')
      if (!state.inboundTrunks.delete(req.sipTrunkId) && !state.outboundTrunks.delete(req.sipTrunkId)) throw trunkNotFound()
      return new SIPTrunkInfo({ sipTrunkId: req.sipTrunkId })
    },
    'SIP/CreateSIPDispatchRule': (body, c) => {
      ensure(sipAdmin(c))
      const req = parse(CreateSIPDispatchRuleRequest, body)
      const info =
        req.dispatchRule?.clone() ??
        new SIPDispatchRuleInfo({
          rule: req.rule,
          trunkIds: req.trunkIds,
          inboundNumbers: req.inboundNumbers,
          hidePhoneNumber: req.hidePhoneNumber,
          name: req.name,
          metadata: req.metadata,
          attributes: req.attributes,
          roomPreset: req.roomPreset,
          roomConfig: req.roomConfig,
        })
      if (info.sipDispatchRuleId) throw invalid('rule id must not be set')
      if (!info.rule) throw invalid('missing rule')
      info.sipDispatchRuleId = guid('SDR_')
      state.dispatchRules.set(info.sipDispatchRuleId, info)
      return info
    },
    'SIP/ListSIPDispatchRule': (body, c) => {
      ensure(sipAdmin(c))
      const req = parse(ListSIPDispatchRuleRequest, body)
      const items = [...state.dispatchRules.values()].filter(
        (r) =>
          (!req.dispatchRuleIds.length || req.dispatchRuleIds.includes(r.sipDispatchRuleId)) &&
          (!req.trunkIds.length || !r.trunkIds.length || r.trunkIds.some((t) => req.trunkIds.includes(t))),
      )
      return new ListSIPDispatchRuleResponse({ items })
    },
    'SIP/UpdateSIPDispatchRule': (body, c) => {
      ensure(sipAdmin(c))
      const req = parse(UpdateSIPDispatchRuleRequest, body)
      if (!req.sipDispatchRuleId) throw invalid('rule id must be set')
      const current = state.dispatchRules.get(req.sipDispatchRuleId)
      if (!current) throw ruleNotFound()
      let next: SIPDispatchRuleInfo
      if (req.action.case === 'replace') {
        next = req.action.value.clone()
        next.sipDispatchRuleId = current.sipDispatchRuleId
      } else if (req.action.case === 'update') {
        const u = req.action.value
        next = current.clone()
        next.trunkIds = applyListUpdate(next.trunkIds, u.trunkIds)
        if (u.rule) next.rule = u.rule
        if (u.name !== undefined) next.name = u.name
        if (u.metadata !== undefined) next.metadata = u.metadata
        if (u.mediaEncryption !== undefined) next.mediaEncryption = u.mediaEncryption
        for (const [k, v] of Object.entries(u.attributes)) {
          if (v === '') delete next.attributes[k]
          else next.attributes[k] = v
        }
      } else throw invalid('missing or unsupported update action')
      if (!next.rule) throw invalid('missing rule')
      state.dispatchRules.set(next.sipDispatchRuleId, next)
      return next
    },
    'SIP/DeleteSIPDispatchRule': (body, c) => {
      ensure(sipAdmin(c))
      const req = parse(DeleteSIPDispatchRuleRequest, body)
      if (!req.sipDispatchRuleId) throw invalid('dispatch rule ID is required')
      const info = state.dispatchRules.get(req.sipDispatchRuleId)
      if (!info) throw ruleNotFound()
      state.dispatchRules.delete(info.sipDispatchRuleId)
      return info
    },
    'SIP/CreateSIPParticipant': (body, c) => {
      ensure(sipCall(c))
      const req = parse(CreateSIPParticipantRequest, body)
      if (!req.sipTrunkId && !req.trunk) throw invalid('missing sip trunk id')
      if (!req.sipCallTo) throw invalid('missing sip callee number')
      if (req.sipCallTo.includes('@')) throw invalid('SipCallTo should be a phone number or SIP user, not a full SIP URI')
      if (!req.roomName) throw invalid('missing room name')
      if (req.sipTrunkId && !state.outboundTrunks.has(req.sipTrunkId)) throw trunkNotFound()
      if (req.sipTrunkId) invite(state.outboundTrunks.get(req.sipTrunkId)!, req)
      const sipCallId = guid('SCL_')
      const identity = req.participantIdentity || `sip_${req.sipCallTo}`
      const p = addParticipant(req.roomName, {
        identity,
        kind: 'SIP',
        name: req.participantName,
        metadata: req.participantMetadata,
        attributes: {
          ...req.participantAttributes,
          'sip.callID': sipCallId,
          'sip.callStatus': 'active',
          'sip.phoneNumber': req.sipCallTo,
          ...(req.sipTrunkId ? { 'sip.trunkID': req.sipTrunkId } : {}),
          ...(req.sipNumber ? { 'sip.trunkPhoneNumber': req.sipNumber } : {}),
        },
      })
      return new SIPParticipantInfo({ participantId: p.sid, participantIdentity: identity, roomName: req.roomName, sipCallId })
    },
    'SIP/TransferSIPParticipant': (body, c) => {
      const req = parse(TransferSIPParticipantRequest, body)
      if (!req.roomName) throw invalid('Missing room name')
      if (!req.participantIdentity) throw invalid('Missing participant identity')
      // livekit-server checks both: sip.call, then roomAdmin for that room.
      ensure(sipCall(c))
      ensure(roomAdmin(c, req.roomName))
      if (!req.transferTo) throw invalid('missing transfer to')
      const inner = req.transferTo.startsWith('<') && req.transferTo.endsWith('>') ? req.transferTo.slice(1, -1) : req.transferTo
      if (!inner.startsWith('sip:') && !inner.startsWith('tel:')) throw invalid('transfer_to must be a valid SIP or TEL URI (sip: or tel:)')
      const rs = roomOrThrow(req.roomName)
      const p = rs.participants.get(req.participantIdentity)
      if (!p) throw participantNotFound()
      const sipCallId = p.attributes['sip.callID']
      if (!sipCallId) throw invalid('no SIP session associated with participant')
      // The SIP bridge REFERs the call away and the participant leaves the room.
      rs.participants.delete(p.identity)
      state.transfers.push({
        roomName: req.roomName,
        participantIdentity: req.participantIdentity,
        transferTo: inner.startsWith('sip:') ? `<${inner}>` : inner,
        sipCallId,
      })
      return {}
    },

    // ---- Egress
    'Egress/StartRoomCompositeEgress': (body, c) => {
      ensure(hasVideo(c, 'roomRecord'))
      const req = parse(RoomCompositeEgressRequest, body)
      if (!req.roomName) throw invalid('room name is required')
      const rs = roomOrThrow(req.roomName)
      if (!req.fileOutputs.length && !req.streamOutputs.length && !req.segmentOutputs.length && !req.imageOutputs.length && !req.output.case) {
        throw invalid('no output provided')
      }
      const info = new EgressInfo({
        egressId: guid('EG_'),
        roomId: rs.room.sid,
        roomName: req.roomName,
        sourceType: EgressSourceType.WEB,
        status: EgressStatus.EGRESS_STARTING,
        updatedAt: nowNs(),
        request: { case: 'roomComposite', value: redacted(req) },
      })
      state.egresses.set(info.egressId, info)
      return info
    },
    'Egress/StopEgress': (body, c) => {
      ensure(hasVideo(c, 'roomRecord'))
      const req = parse(StopEgressRequest, body)
      const info = state.egresses.get(req.egressId)
      if (!info) throw egressNotFound()
      if (!ACTIVE_EGRESS.includes(info.status)) {
        throw new TwirpFailure('failed_precondition', `egress with status ${EgressStatus[info.status]} cannot be stopped`)
      }
      info.status = EgressStatus.EGRESS_ENDING
      info.updatedAt = nowNs()
      return info
    },
    'Egress/ListEgress': (body, c) => {
      ensure(hasVideo(c, 'roomRecord'))
      const req = parse(ListEgressRequest, body)
      const items = [...state.egresses.values()].filter(
        (e) =>
          (!req.roomName || e.roomName === req.roomName) &&
          (!req.egressId || e.egressId === req.egressId) &&
          (!req.active || ACTIVE_EGRESS.includes(e.status)),
      )
      return new ListEgressResponse({ items })
    },
  }

  async function authenticate(header: string | undefined): Promise<Claims | undefined> {
    if (!header) return undefined // LiveKit lets it through; every method then denies
    if (!header.startsWith('Bearer ')) throw new AuthRejection('invalid authorization header. Must start with Bearer ')
    const token = header.slice('Bearer '.length)
    let iss: unknown
    try {
      iss = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')).iss
    } catch {
      throw new AuthRejection('invalid authorization token')
    }
    if (iss !== apiKey) throw new AuthRejection(`invalid API key: ${String(iss)}`)
    try {
      return (await verifier.verify(token)) as Claims
    } catch (e) {
      throw new AuthRejection(`invalid token: ${(e as Error).message}`)
    }
  }

  function send(res: http.ServerResponse, status: number, body: unknown) {
    // The SDK only parses a Twirp error when content-type is exactly `application/json`.
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  function sendTwirpError(res: http.ServerResponse, e: { code: string; msg: string; status?: number; meta?: Record<string, string> }) {
    send(res, e.status ?? TWIRP_HTTP_STATUS[e.code as TwirpCode] ?? 500, { code: e.code, msg: e.msg, ...(e.meta ? { meta: e.meta } : {}) })
  }

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const m = /^\/twirp\/livekit\.([A-Za-z]+)\/([A-Za-z]+)$/.exec(req.url ?? '')
    if (req.method !== 'POST' || !m) {
      return sendTwirpError(res, { code: 'bad_route', msg: `no handler for path "${req.url}"` })
    }
    const [, service, method] = m as unknown as [string, string, string]
    let body: unknown
    try {
      body = raw ? JSON.parse(raw) : {}
    } catch {
      body = raw
    }
    const record: RecordedRequest = { service, method, body, grants: undefined, identity: undefined, status: 0 }
    requests.push(record)
    const answer = (status: number, fn: () => void) => {
      record.status = status
      fn()
      for (const o of observers) o(record)
    }

    let claims: Claims | undefined
    try {
      claims = await authenticate(req.headers.authorization)
    } catch (e) {
      return answer(401, () => {
        res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' })
        res.end((e as Error).message)
      })
    }
    record.grants = claims ? { video: claims.video, sip: claims.sip } : undefined
    record.identity = claims?.sub || undefined

    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      const e = { code: 'bad_route', msg: `unexpected Content-Type: "${req.headers['content-type']}"` }
      return answer(404, () => sendTwirpError(res, e))
    }
    const handler = handlers[`${service}/${method}`]
    if (!handler) {
      const e = { code: 'unimplemented', msg: `the LiveKit test server does not implement ${service}/${method}` }
      return answer(501, () => sendTwirpError(res, e))
    }
    if (typeof body !== 'object' || body === null) {
      const e = { code: 'malformed', msg: 'the json request could not be decoded' }
      return answer(400, () => sendTwirpError(res, e))
    }

    try {
      if (failures.get(method)?.length) {
        // A call LiveKit would refuse is still refused (401); only authorised calls take the planned failure,
        // and a planned failure leaves the state untouched.
        checkOnly(service, method, body, claims)
        const planned = nextFailure(method)!
        const status = planned.status ?? TWIRP_HTTP_STATUS[planned.code]
        return answer(status, () => sendTwirpError(res, { ...planned, status }))
      }
      const plan = service === 'SIP' && method === 'CreateSIPParticipant' ? dialPlan?.(String((body as { sipCallTo?: unknown }).sipCallTo ?? '')) : undefined
      if (plan) return await ringThenAnswer(plan, body, claims, res, answer)
      const result = handler(body, claims)
      const json = 'toJson' in result ? (result as JsonMessage).toJson({ emitDefaultValues: true }) : result
      return answer(200, () => send(res, 200, json))
    } catch (e) {
      if (e instanceof TwirpFailure) {
        return answer(e.status, () => sendTwirpError(res, { code: e.code, msg: e.message, status: e.status, meta: e.meta }))
      }
      const msg = (e as Error).message
      return answer(500, () => sendTwirpError(res, { code: 'internal', msg }))
    }
  })

  /** The INVITE through the trunk's carrier; throws the Twirp error LiveKit answers for a refused call. */
  function invite(trunk: SIPOutboundTrunkInfo, req: CreateSIPParticipantRequest) {
    if (!carriers.length) return
    const transports = { [SIPTransport.SIP_TRANSPORT_UDP]: 'udp', [SIPTransport.SIP_TRANSPORT_TCP]: 'tcp', [SIPTransport.SIP_TRANSPORT_TLS]: 'tls' } as Record<number, SipInvite['transport']>
    const inv: SipInvite = {
      address: trunk.address,
      transport: transports[trunk.transport] ?? 'auto',
      username: trunk.authUsername,
      password: trunk.authPassword,
      from: req.sipNumber || trunk.numbers[0] || '',
      to: req.sipCallTo,
    }
    let answer: { sipStatusCode: number; sipStatus?: string } | undefined
    for (const c of carriers) if ((answer = c(inv))) break
    answer ??= { sipStatusCode: 503, sipStatus: 'Service Unavailable' }
    if (answer.sipStatusCode >= 300) {
      const e = sipCallFailure(answer.sipStatusCode, answer.sipStatus)
      throw new TwirpFailure(e.code, e.msg, e.meta)
    }
  }

  /**
   * A dial with a plan: the phone leg joins at once with `sip.callStatus: dialing` (as LiveKit shows a
   * ringing callee), and the answer waits `ringMs`; then the callee answers (`active`) or the planned
   * failure is answered and the leg leaves. The leg stays even if the caller went away meanwhile.
   */
  async function ringThenAnswer(plan: DialPlanStep, body: unknown, claims: Claims | undefined, res: http.ServerResponse, answer: (status: number, fn: () => void) => void) {
    const info = handlers['SIP/CreateSIPParticipant'](body, claims) as SIPParticipantInfo
    const leg = () => state.rooms.get(info.roomName)?.participants.get(info.participantIdentity)
    const ringing = leg()
    if (ringing) ringing.attributes['sip.callStatus'] = 'dialing'
    await new Promise((r) => setTimeout(r, plan.ringMs ?? 0))
    if (plan.failure) {
      state.rooms.get(info.roomName)?.participants.delete(info.participantIdentity)
      const status = plan.failure.status ?? TWIRP_HTTP_STATUS[plan.failure.code]
      return answer(status, () => sendTwirpError(res, { ...plan.failure!, status }))
    }
    const answered = leg()
    if (answered) answered.attributes['sip.callStatus'] = 'active'
    return answer(200, () => send(res, 200, info.toJson({ emitDefaultValues: true })))
  }

  /** Runs only the permission part of a handler (a planned failure must not touch state). */
  function checkOnly(service: string, method: string, body: unknown, claims: Claims | undefined) {
    const b = body as Record<string, unknown>
    const room = typeof b.room === 'string' ? b.room : typeof b.roomName === 'string' ? b.roomName : ''
    switch (service) {
      case 'RoomService':
        if (method === 'CreateRoom' || method === 'DeleteRoom') return ensure(hasVideo(claims, 'roomCreate'))
        if (method === 'ListRooms') return ensure(hasVideo(claims, 'roomList'))
        return ensure(roomAdmin(claims, room))
      case 'AgentDispatchService':
        return ensure(roomAdmin(claims, room))
      case 'Egress':
        return ensure(hasVideo(claims, 'roomRecord'))
      case 'SIP':
        if (method === 'CreateSIPParticipant') return ensure(sipCall(claims))
        if (method === 'TransferSIPParticipant') return ensure(sipCall(claims) && roomAdmin(claims, room))
        return ensure(sipAdmin(claims))
    }
  }

  function nextFailure(method: string): TwirpErrorSpec | undefined {
    const queue = failures.get(method)
    const head = queue?.[0]
    if (!queue || !head) return undefined
    if (--head.remaining <= 0) queue.shift()
    return head.error
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    apiKey,
    apiSecret,
    requests,
    calls: (method) => requests.filter((r) => r.method === method && r.status === 200),
    fail(method, error, o = {}) {
      const list = failures.get(method) ?? []
      list.push({ error, remaining: o.times ?? 1 })
      failures.set(method, list)
    },
    addParticipant,
    connectSipCarrier: (c) => void carriers.push(c),
    afterRequest: (fn) => void observers.push(fn),
    planDials: (plan) => {
      dialPlan = plan
    },
    endEgress(egressId, o = {}) {
      const e = state.egresses.get(egressId)
      if (!e) throw new Error(`no egress ${egressId}`)
      finishEgress(e, o)
      return e.clone()
    },
    state,
    close: () => closeServer(server),
  }
}
