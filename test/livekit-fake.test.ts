import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import {
  AccessToken,
  EgressStatus,
  EncodedFileOutput,
  EncodedFileType,
  RoomAgentDispatch,
  RoomConfiguration,
  RoomServiceClient,
  S3Upload,
  SipCallError,
  TokenVerifier,
  TwirpError,
  WebhookReceiver,
} from 'livekit-server-sdk'
import { ListUpdate, ParticipantInfo_Kind, SIPTransport } from '@livekit/protocol'
import { createLiveKit, liveKitHttpUrl, type LiveKit } from '../src/integrations/livekit.js'
import { sipCallFailure, startLiveKitServer, type LiveKitTestServer } from './support/livekit-server.js'
import { LIVEKIT_WEBHOOK_CONTENT_TYPE, liveKitWebhookRequest, signLiveKitWebhook, webhookEvent } from './support/livekit-webhook.js'

const API_KEY = 'APIfaketest'
const API_SECRET = 'fake-livekit-secret-0123456789abcdefghijklmnop'

let server: LiveKitTestServer
let lk: LiveKit

before(async () => {
  server = await startLiveKitServer({ apiKey: API_KEY, apiSecret: API_SECRET })
  // Configured as a deployment would: a ws:// URL that the factory maps to http://.
  const made = createLiveKit({ url: server.wsUrl, apiKey: API_KEY, apiSecret: API_SECRET, agentName: 'VoiceAgent', webRoomPrefix: 'call-' })
  assert.ok(made)
  lk = made
})
after(() => server.close())

/** The SDK's error for a rejected call (TwirpError is the SDK's ServerError). */
async function rejection(p: Promise<unknown>): Promise<TwirpError> {
  const err = await p.then(
    () => assert.fail('expected the LiveKit call to fail'),
    (e: unknown) => e,
  )
  assert.ok(err instanceof TwirpError, `expected a TwirpError, got ${String(err)}`)
  return err
}

describe('createLiveKit', () => {
  test('is undefined unless URL, key and secret are all set', () => {
    const base = { url: 'wss://x.livekit.cloud', apiKey: 'k', apiSecret: 's', agentName: 'VoiceAgent', webRoomPrefix: 'call-' }
    assert.equal(createLiveKit({ ...base, url: undefined }), undefined)
    assert.equal(createLiveKit({ ...base, apiKey: undefined }), undefined)
    assert.equal(createLiveKit({ ...base, apiSecret: undefined }), undefined)
    const full = createLiveKit(base)
    assert.ok(full)
    assert.equal(full.url, 'wss://x.livekit.cloud')
    assert.equal(full.httpUrl, 'https://x.livekit.cloud')
    assert.equal(liveKitHttpUrl('ws://127.0.0.1:7880'), 'http://127.0.0.1:7880')
    assert.equal(liveKitHttpUrl('https://a.example'), 'https://a.example')
    assert.equal(lk.httpUrl, server.url)
  })

  test('participantToken is a one-hour join grant for exactly that room', async () => {
    const jwt = await lk.participantToken({ identity: 'user_1', name: 'Ada', roomName: 'call-agt1-abc123', metadata: '{"a":1}' })
    const claims = await new TokenVerifier(API_KEY, API_SECRET).verify(jwt)
    assert.equal(claims.iss, API_KEY)
    assert.equal(claims.sub, 'user_1')
    assert.equal(claims.name, 'Ada')
    assert.equal(claims.metadata, '{"a":1}')
    assert.deepEqual(claims.video, { roomJoin: true, room: 'call-agt1-abc123', canPublish: true, canSubscribe: true, canPublishData: true })
    assert.equal(claims.sip, undefined)
    const ttl = Number(claims.exp) - Number(claims.nbf)
    assert.ok(Math.abs(ttl - 3600) <= 2, `ttl ${ttl}`)
    const short = await new TokenVerifier(API_KEY, API_SECRET).verify(await lk.participantToken({ identity: 'u', roomName: 'r', ttlSeconds: 60 }))
    assert.ok(Math.abs(Number(short.exp) - Number(short.nbf) - 60) <= 2)
  })
})

describe('RoomService', () => {
  test('CreateRoom with metadata, then ListRooms returns it; a second CreateRoom returns the same room', async () => {
    const meta = JSON.stringify({ call: { id: 'call_1', direction: 'web' } })
    const room = await lk.rooms.createRoom({ name: 'call-agt1-aaaaaa', metadata: meta, emptyTimeout: 60 })
    assert.match(room.sid, /^RM_[A-Za-z0-9]{12}$/)
    assert.equal(room.name, 'call-agt1-aaaaaa')
    assert.equal(room.metadata, meta)
    assert.equal(room.emptyTimeout, 60)
    assert.equal(typeof room.creationTime, 'bigint')
    assert.ok(room.creationTime > 0n)

    const listed = await lk.rooms.listRooms(['call-agt1-aaaaaa'])
    assert.equal(listed.length, 1)
    assert.equal(listed[0]!.sid, room.sid)
    assert.equal(listed[0]!.metadata, meta)

    const again = await lk.rooms.createRoom({ name: 'call-agt1-aaaaaa' })
    assert.equal(again.sid, room.sid)
    assert.equal(again.metadata, meta)

    const rec = server.calls('CreateRoom')[0]!
    assert.equal(rec.service, 'RoomService')
    assert.equal(rec.body.name, 'call-agt1-aaaaaa')
    assert.equal(rec.body.metadata, meta)
    assert.equal(rec.grants?.video?.roomCreate, true)
    assert.equal(server.calls('ListRooms')[0]!.grants?.video?.roomList, true)
  })

  test('UpdateRoomMetadata updates a room, 404 not_found for an unknown one', async () => {
    await lk.rooms.createRoom({ name: 'call-agt1-bbbbbb' })
    const updated = await lk.rooms.updateRoomMetadata('call-agt1-bbbbbb', '{"v":2}')
    assert.equal(updated.metadata, '{"v":2}')
    assert.equal((await lk.rooms.listRooms(['call-agt1-bbbbbb']))[0]!.metadata, '{"v":2}')
    const rec = server.calls('UpdateRoomMetadata').at(-1)!
    assert.deepEqual(rec.grants?.video, { roomAdmin: true, room: 'call-agt1-bbbbbb' })

    const err = await rejection(lk.rooms.updateRoomMetadata('no-such-room', '{}'))
    assert.equal(err.status, 404)
    assert.equal(err.code, 'not_found')
    assert.equal(err.message, 'requested room does not exist')
  })

  test('participants: added by the test, listed with kind and attributes, removed; DeleteRoom', async () => {
    server.addParticipant('in-room-1', { identity: 'sip_+15550001', kind: 'SIP', attributes: { 'sip.callID': 'SCL_x' } })
    server.addParticipant('in-room-1', { identity: 'agent-1', kind: 'AGENT' })
    const ps = await lk.rooms.listParticipants('in-room-1')
    assert.deepEqual(ps.map((p) => p.identity).sort(), ['agent-1', 'sip_+15550001'])
    const sip = ps.find((p) => p.kind === ParticipantInfo_Kind.SIP)!
    assert.equal(sip.attributes['sip.callID'], 'SCL_x')
    await lk.rooms.removeParticipant('in-room-1', 'agent-1')
    assert.deepEqual((await lk.rooms.listParticipants('in-room-1')).map((p) => p.identity), ['sip_+15550001'])
    assert.equal((await rejection(lk.rooms.removeParticipant('in-room-1', 'agent-1'))).code, 'not_found')

    await lk.rooms.deleteRoom('in-room-1')
    assert.deepEqual(await lk.rooms.listRooms(['in-room-1']), [])
    assert.equal(server.calls('DeleteRoom').at(-1)!.grants?.video?.roomCreate, true)
    assert.equal((await rejection(lk.rooms.deleteRoom('in-room-1'))).status, 404)
  })
})

describe('auth', () => {
  test('a wrong API secret is refused with 401 before anything happens', async () => {
    const bad = new RoomServiceClient(server.url, API_KEY, 'not-the-secret')
    const err = await rejection(bad.createRoom({ name: 'never-created' }))
    assert.equal(err.status, 401)
    assert.match(err.message, /invalid token/)
    assert.equal(server.state.rooms.has('never-created'), false)
    const rec = server.requests.at(-1)!
    assert.equal(rec.method, 'CreateRoom')
    assert.equal(rec.status, 401)
    assert.equal(rec.grants, undefined)

    const otherKey = new RoomServiceClient(server.url, 'APIother', API_SECRET)
    assert.equal((await rejection(otherKey.listRooms())).status, 401)
  })

  test('a valid token without the grant is refused as LiveKit does: 401 unauthenticated "permissions denied"', async () => {
    const at = new AccessToken(API_KEY, API_SECRET, { ttl: 60 })
    at.addGrant({ roomList: true })
    const call = async (method: string, body: unknown, token: string) => {
      const res = await fetch(`${server.url}/twirp/livekit.RoomService/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      })
      return { status: res.status, type: res.headers.get('content-type'), body: await res.json() }
    }
    const denied = await call('CreateRoom', { name: 'x' }, await at.toJwt())
    assert.deepEqual(denied, { status: 401, type: 'application/json', body: { code: 'unauthenticated', msg: 'permissions denied' } })
    assert.equal(server.state.rooms.has('x'), false)

    // roomAdmin for another room does not cover this one.
    await lk.rooms.createRoom({ name: 'guarded' })
    const admin = new AccessToken(API_KEY, API_SECRET, { ttl: 60 })
    admin.addGrant({ roomAdmin: true, room: 'other-room' })
    const r = await call('UpdateRoomMetadata', { room: 'guarded', metadata: 'x' }, await admin.toJwt())
    assert.equal(r.status, 401)
    assert.equal(r.body.code, 'unauthenticated')

    // Without any Authorization header: same Twirp answer.
    const none = await fetch(`${server.url}/twirp/livekit.RoomService/ListRooms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    assert.equal(none.status, 401)
    assert.deepEqual(await none.json(), { code: 'unauthenticated', msg: 'permissions denied' })
  })

  test('an expired token is refused', async () => {
    const at = new AccessToken(API_KEY, API_SECRET, { ttl: -60 })
    at.addGrant({ roomList: true })
    const res = await fetch(`${server.url}/twirp/livekit.RoomService/ListRooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await at.toJwt()}` },
      body: '{}',
    })
    assert.equal(res.status, 401)
    assert.match(await res.text(), /invalid token/)
  })
})

describe('AgentDispatchService', () => {
  test('CreateDispatch is recorded with agentName, metadata and a roomAdmin grant for that room', async () => {
    await lk.rooms.createRoom({ name: 'call-agt2-cccccc' })
    const d = await lk.dispatch.createDispatch('call-agt2-cccccc', 'VoiceAgent', { metadata: '{"callId":"call_2"}' })
    assert.match(d.id, /^AD_/)
    assert.equal(d.agentName, 'VoiceAgent')
    assert.equal(d.room, 'call-agt2-cccccc')
    assert.equal(d.metadata, '{"callId":"call_2"}')

    const rec = server.calls('CreateDispatch').at(-1)!
    assert.equal(rec.service, 'AgentDispatchService')
    assert.deepEqual({ room: rec.body.room, agentName: rec.body.agentName, metadata: rec.body.metadata }, {
      room: 'call-agt2-cccccc', agentName: 'VoiceAgent', metadata: '{"callId":"call_2"}',
    })
    assert.deepEqual(rec.grants?.video, { roomAdmin: true, room: 'call-agt2-cccccc' })

    const list = await lk.dispatch.listDispatch('call-agt2-cccccc')
    assert.deepEqual(list.map((x) => x.id), [d.id])
    assert.equal((await lk.dispatch.getDispatch(d.id, 'call-agt2-cccccc'))?.agentName, 'VoiceAgent')
    await lk.dispatch.deleteDispatch(d.id, 'call-agt2-cccccc')
    assert.deepEqual(await lk.dispatch.listDispatch('call-agt2-cccccc'), [])
  })
})

describe('SIP', () => {
  test('inbound and outbound trunks and dispatch rules round-trip with the sip.admin grant', async () => {
    const inbound = await lk.sip.createSipInboundTrunk('RapidCall inbound', ['+15550100'], { krispEnabled: true })
    assert.match(inbound.sipTrunkId, /^ST_/)
    assert.deepEqual(inbound.numbers, ['+15550100'])
    const outbound = await lk.sip.createSipOutboundTrunk('RapidCall outbound', 'rapidcall.pstn.twilio.com', ['+15550100'], {
      authUsername: 'user', authPassword: 'pass', transport: SIPTransport.SIP_TRANSPORT_TLS,
    })
    assert.match(outbound.sipTrunkId, /^ST_/)
    assert.equal(outbound.address, 'rapidcall.pstn.twilio.com')

    const rule = await lk.sip.createSipDispatchRule(
      { type: 'individual', roomPrefix: 'call-' },
      { trunkIds: [inbound.sipTrunkId], name: 'inbound', roomConfig: new RoomConfiguration({ agents: [new RoomAgentDispatch({ agentName: 'VoiceAgent' })] }) },
    )
    assert.match(rule.sipDispatchRuleId, /^SDR_/)
    assert.equal(rule.rule?.rule.case, 'dispatchRuleIndividual')
    assert.equal(rule.roomConfig?.agents[0]?.agentName, 'VoiceAgent')

    assert.deepEqual((await lk.sip.listSipInboundTrunk({ numbers: ['+1 555 0100'] })).map((t) => t.sipTrunkId), [inbound.sipTrunkId])
    assert.deepEqual((await lk.sip.listSipInboundTrunk({ numbers: ['+19999999999'] })), [])
    assert.deepEqual((await lk.sip.listSipOutboundTrunk()).map((t) => t.sipTrunkId), [outbound.sipTrunkId])
    const rules = await lk.sip.listSipDispatchRule({ trunkIds: [inbound.sipTrunkId] })
    assert.deepEqual(rules.map((r) => r.sipDispatchRuleId), [rule.sipDispatchRuleId])
    assert.equal(rules[0]!.rule?.rule.case, 'dispatchRuleIndividual')

    const renamed = await lk.sip.updateSipInboundTrunkFields(inbound.sipTrunkId, { name: 'renamed', numbers: new ListUpdate({ add: ['+15550101'] }) })
    assert.equal(renamed.name, 'renamed')
    assert.deepEqual(renamed.numbers, ['+15550100', '+15550101'])

    for (const m of ['CreateSIPInboundTrunk', 'CreateSIPOutboundTrunk', 'CreateSIPDispatchRule', 'ListSIPInboundTrunk', 'UpdateSIPInboundTrunk']) {
      const rec = server.calls(m).at(-1)!
      assert.equal(rec.service, 'SIP')
      assert.equal(rec.grants?.sip?.admin, true, m)
    }
    const body = server.calls('CreateSIPOutboundTrunk').at(-1)!.body
    assert.equal(body.trunk.address, 'rapidcall.pstn.twilio.com')
    assert.equal(body.trunk.authUsername, 'user')
    assert.equal(body.trunk.transport, 'SIP_TRANSPORT_TLS') // enums travel by name
    assert.equal(outbound.transport, SIPTransport.SIP_TRANSPORT_TLS)

    // LiveKit's validation: an address must be a host, not a SIP URI; a second trunk on the same number conflicts.
    const badAddr = await rejection(lk.sip.createSipOutboundTrunk('bad', 'sip:x@host', ['+15550100']))
    assert.equal(badAddr.status, 400)
    assert.equal(badAddr.code, 'invalid_argument')
    assert.equal((await rejection(lk.sip.createSipInboundTrunk('dup', ['+15550100']))).code, 'invalid_argument')

    await lk.sip.deleteSipDispatchRule(rule.sipDispatchRuleId)
    await lk.sip.deleteSipTrunk(inbound.sipTrunkId)
    await lk.sip.deleteSipTrunk(outbound.sipTrunkId)
    assert.deepEqual(await lk.sip.listSipInboundTrunk(), [])
    assert.deepEqual(await lk.sip.listSipDispatchRule(), [])
    assert.equal((await rejection(lk.sip.deleteSipTrunk(inbound.sipTrunkId))).code, 'not_found')
  })

  test('CreateSIPParticipant (sip.call) dials into the room; TransferSIPParticipant needs sip.call + roomAdmin', async () => {
    const trunk = await lk.sip.createSipOutboundTrunk('out', 'example.pstn.twilio.com', ['+15550200'])
    const info = await lk.sip.createSipParticipant(trunk.sipTrunkId, '+15557654321', 'out-call_3', {
      participantIdentity: 'sip_+15557654321', fromNumber: '+15550200', waitUntilAnswered: true,
    })
    assert.match(info.participantId, /^PA_/)
    assert.equal(info.participantIdentity, 'sip_+15557654321')
    assert.equal(info.roomName, 'out-call_3')
    assert.match(info.sipCallId, /^SCL_/)

    const rec = server.calls('CreateSIPParticipant').at(-1)!
    assert.equal(rec.grants?.sip?.call, true)
    assert.equal(rec.grants?.sip?.admin, undefined)
    assert.equal(rec.body.sipTrunkId, trunk.sipTrunkId)
    assert.equal(rec.body.sipCallTo, '+15557654321')
    assert.equal(rec.body.sipNumber, '+15550200')
    assert.equal(rec.body.roomName, 'out-call_3')
    assert.equal(rec.body.waitUntilAnswered, true)
    assert.equal(rec.body.ringingTimeout, '30s') // google.protobuf.Duration in JSON

    const [p] = await lk.rooms.listParticipants('out-call_3')
    assert.equal(p!.kind, ParticipantInfo_Kind.SIP)
    assert.equal(p!.attributes['sip.callID'], info.sipCallId)
    assert.equal(p!.attributes['sip.phoneNumber'], '+15557654321')

    await lk.sip.transferSipParticipant('out-call_3', 'sip_+15557654321', 'tel:+15550999')
    const tr = server.calls('TransferSIPParticipant').at(-1)!
    assert.equal(tr.service, 'SIP')
    assert.deepEqual(tr.grants?.sip, { call: true })
    assert.deepEqual(tr.grants?.video, { roomAdmin: true, room: 'out-call_3' })
    assert.deepEqual({ roomName: tr.body.roomName, participantIdentity: tr.body.participantIdentity, transferTo: tr.body.transferTo }, {
      roomName: 'out-call_3', participantIdentity: 'sip_+15557654321', transferTo: 'tel:+15550999',
    })
    assert.deepEqual(server.state.transfers.at(-1), {
      roomName: 'out-call_3', participantIdentity: 'sip_+15557654321', transferTo: 'tel:+15550999', sipCallId: info.sipCallId,
    })
    assert.deepEqual(await lk.rooms.listParticipants('out-call_3'), []) // the caller left with the REFER

    // An inbound SIP caller added by the test can be transferred too; LiveKit writes sip: targets as <sip:...>.
    const caller = server.addParticipant('call-inbound-1', { identity: 'sip_+15550123', kind: 'SIP' })
    assert.match(caller.attributes['sip.callID']!, /^SCL_/)
    await lk.sip.transferSipParticipant('call-inbound-1', 'sip_+15550123', 'sip:+15550999@pstn.example')
    assert.equal(server.state.transfers.at(-1)!.transferTo, '<sip:+15550999@pstn.example>')

    // A bare number is not a valid transfer target; a non-SIP participant cannot be transferred.
    server.addParticipant('call-agt1-web', { identity: 'browser' })
    assert.equal((await rejection(lk.sip.transferSipParticipant('call-agt1-web', 'browser', '+15550999'))).code, 'invalid_argument')
    const noSip = await rejection(lk.sip.transferSipParticipant('call-agt1-web', 'browser', 'sip:+15550999@pstn.example'))
    assert.equal(noSip.code, 'invalid_argument')
    assert.equal(noSip.message, 'no SIP session associated with participant')
    // An unknown outbound trunk is not found.
    assert.equal((await rejection(lk.sip.createSipParticipant('ST_nope', '+1555', 'out-x'))).code, 'not_found')
  })

  test('a dialled call that is busy fails like LiveKit: SipCallError with the SIP status', async () => {
    const trunk = await lk.sip.createSipOutboundTrunk('out-busy', 'busy.pstn.twilio.com', ['+15550300'])
    server.fail('CreateSIPParticipant', sipCallFailure(486))
    const err = await rejection(lk.sip.createSipParticipant(trunk.sipTrunkId, '+15551112222', 'out-call_4', { waitUntilAnswered: true }))
    assert.ok(err instanceof SipCallError)
    assert.equal(err.sipStatusCode, 486)
    assert.equal(err.sipStatus, 'Busy Here')
    assert.equal(err.code, 'resource_exhausted')
    assert.equal(err.status, 429)
    assert.equal(server.state.rooms.has('out-call_4'), false)
    // Only the next call fails.
    const ok = await lk.sip.createSipParticipant(trunk.sipTrunkId, '+15551112222', 'out-call_4')
    assert.equal(ok.roomName, 'out-call_4')
    assert.equal(sipCallFailure(480).code, 'resource_exhausted')
    assert.equal(sipCallFailure(603).code, 'permission_denied')
  })
})

describe('Egress', () => {
  test('audio-only room composite to S3 is recorded with filepath, MP3 and bucket (roomRecord)', async () => {
    const room = await lk.rooms.createRoom({ name: 'call-agt3-dddddd' })
    const file = new EncodedFileOutput({
      fileType: EncodedFileType.MP3,
      filepath: 'calls/call_5.mp3',
      output: {
        case: 's3',
        value: new S3Upload({ bucket: 'rapidcall-recordings', region: 'us-east-1', accessKey: 'AKIA', secret: 'shh', endpoint: 'http://minio:9000', forcePathStyle: true }),
      },
    })
    const info = await lk.egress.startRoomCompositeEgress('call-agt3-dddddd', { file }, { audioOnly: true })
    assert.match(info.egressId, /^EG_/)
    assert.equal(info.status, EgressStatus.EGRESS_STARTING)
    assert.equal(info.roomName, 'call-agt3-dddddd')
    assert.equal(info.roomId, room.sid)
    assert.equal(info.request.case, 'roomComposite')
    const echoed = info.request.case === 'roomComposite' ? info.request.value.fileOutputs[0] : undefined
    assert.equal(echoed?.filepath, 'calls/call_5.mp3')
    assert.equal(echoed?.output.case === 's3' && echoed.output.value.bucket, 'rapidcall-recordings')
    assert.equal(echoed?.output.case === 's3' && echoed.output.value.secret, '{secret}') // redacted in the echo

    const rec = server.calls('StartRoomCompositeEgress').at(-1)!
    assert.equal(rec.service, 'Egress')
    assert.equal(rec.grants?.video?.roomRecord, true)
    assert.equal(rec.body.roomName, 'call-agt3-dddddd')
    assert.equal(rec.body.audioOnly, true)
    assert.deepEqual(rec.body.fileOutputs, [{
      fileType: 'MP3',
      filepath: 'calls/call_5.mp3',
      s3: { accessKey: 'AKIA', secret: 'shh', region: 'us-east-1', endpoint: 'http://minio:9000', bucket: 'rapidcall-recordings', forcePathStyle: true },
    }])

    assert.deepEqual((await lk.egress.listEgress({ roomName: 'call-agt3-dddddd', active: true })).map((e) => e.egressId), [info.egressId])
    const stopped = await lk.egress.stopEgress(info.egressId)
    assert.equal(stopped.status, EgressStatus.EGRESS_ENDING)
    const ended = server.endEgress(info.egressId, { size: 1234, durationSeconds: 7 })
    assert.equal(ended.status, EgressStatus.EGRESS_COMPLETE)
    assert.equal(ended.fileResults[0]?.location, 's3://rapidcall-recordings/calls/call_5.mp3')
    assert.equal((await rejection(lk.egress.stopEgress(info.egressId))).code, 'failed_precondition')
    assert.equal((await rejection(lk.egress.startRoomCompositeEgress('no-room', { file }, { audioOnly: true }))).code, 'not_found')
  })
})

describe('fail()', () => {
  test('the next call of a method answers the planned Twirp error, later ones succeed', async () => {
    server.fail('CreateRoom', { code: 'unavailable', msg: 'node overloaded' })
    const err = await rejection(lk.rooms.createRoom({ name: 'flaky' }))
    assert.equal(err.status, 503)
    assert.equal(err.code, 'unavailable')
    assert.equal(err.message, 'node overloaded')
    assert.equal(server.state.rooms.has('flaky'), false)
    assert.equal((await lk.rooms.createRoom({ name: 'flaky' })).name, 'flaky')

    server.fail('UpdateRoomMetadata', { code: 'internal', msg: 'boom', status: 500 }, { times: 2 })
    assert.equal((await rejection(lk.rooms.updateRoomMetadata('flaky', 'a'))).status, 500)
    assert.equal((await rejection(lk.rooms.updateRoomMetadata('flaky', 'a'))).status, 500)
    assert.equal((await lk.rooms.updateRoomMetadata('flaky', 'a')).metadata, 'a')
  })
})

describe('webhooks', () => {
  test('a signed event is accepted by the SDK WebhookReceiver; createdAt comes back as a bigint', async () => {
    const egress = await (async () => {
      await lk.rooms.createRoom({ name: 'call-agt4-eeeeee' })
      const e = await lk.egress.startRoomCompositeEgress('call-agt4-eeeeee', {
        file: new EncodedFileOutput({ fileType: EncodedFileType.MP3, filepath: 'calls/call_6.mp3', output: { case: 's3', value: new S3Upload({ bucket: 'b' }) } }),
      }, { audioOnly: true })
      return server.endEgress(e.egressId)
    })()
    const body = webhookEvent({ event: 'egress_ended', egressInfo: egress, id: 'EV_1', createdAt: 1_700_000_000 })
    const json = JSON.parse(body)
    assert.equal(json.event, 'egress_ended')
    assert.equal(json.createdAt, '1700000000')
    assert.equal(json.egressInfo.status, 'EGRESS_COMPLETE')
    assert.equal(typeof json.egressInfo.endedAt, 'string')

    const header = await signLiveKitWebhook({ apiKey: API_KEY, apiSecret: API_SECRET, body })
    assert.ok(!header.startsWith('Bearer '))
    const event = await lk.webhooks.receive(body, header)
    assert.equal(event.event, 'egress_ended')
    assert.equal(event.id, 'EV_1')
    assert.equal(event.createdAt, 1_700_000_000n)
    assert.equal(typeof event.createdAt, 'bigint')
    assert.equal(event.egressInfo?.egressId, egress.egressId)
    assert.equal(event.egressInfo?.status, EgressStatus.EGRESS_COMPLETE)
    assert.equal(event.egressInfo?.fileResults[0]?.filename, 'calls/call_6.mp3')

    const req = await liveKitWebhookRequest({ apiKey: API_KEY, apiSecret: API_SECRET, event: 'room_finished', room: { name: 'call-agt4-eeeeee', sid: 'RM_x' } })
    assert.equal(req.headers['content-type'], LIVEKIT_WEBHOOK_CONTENT_TYPE)
    const finished = await new WebhookReceiver(API_KEY, API_SECRET).receive(req.body, req.headers.authorization)
    assert.equal(finished.event, 'room_finished')
    assert.equal(finished.room?.name, 'call-agt4-eeeeee')
    assert.match(finished.id, /^EV_/)
    assert.equal(typeof finished.createdAt, 'bigint')
  })

  test('a tampered body or another secret is rejected', async () => {
    const body = webhookEvent({ event: 'participant_joined', room: { name: 'r1' }, participant: { identity: 'sip_+1555', kind: ParticipantInfo_Kind.SIP } })
    assert.equal(JSON.parse(body).participant.kind, 'SIP')
    const header = await signLiveKitWebhook({ apiKey: API_KEY, apiSecret: API_SECRET, body })
    await assert.rejects(lk.webhooks.receive(body.replace('r1', 'r2'), header), /sha256 checksum of body does not match/)
    await assert.rejects(new WebhookReceiver(API_KEY, 'some-other-secret-0123456789abcdef').receive(body, header))
    await assert.rejects(new WebhookReceiver('APIother', API_SECRET).receive(body, header))
    assert.equal((await lk.webhooks.receive(body, header)).participant?.identity, 'sip_+1555')
  })
})
