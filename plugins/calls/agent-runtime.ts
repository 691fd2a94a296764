import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors } from '../../schemas/common.js'
import { CallParams } from '../../schemas/calls.js'
import { AgentEndBody, TranscriptBody, TRANSCRIPT_MAX_BYTES } from '../../schemas/agent-runtime.js'
import { httpError } from '../../src/platform/http-error.js'
import { deleteRoomQuietly } from './rooms.js'
import type { CallStore } from './store.js'

const tags = ['agent-runtime']
const security = [{ agentSecret: [] }]
const callNotFound = () => httpError(404, 'call_not_found', 'Call not found')

/** Routes the existing Python voice agent calls; shapes are fixed by that client. */
export default async function agentRuntimeRoutes(fastify: FastifyInstance, opts: { calls: CallStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { calls } = opts
  app.addHook('onRequest', app.requireAgentSecret)

  app.post('/internal/calls/:callId/transcript', {
    // The bound is on the bytes: past it Fastify answers 413 before parsing.
    bodyLimit: TRANSCRIPT_MAX_BYTES,
    schema: {
      tags, security, operationId: 'syncTranscript', summary: 'Store the whole transcript so far (replaces, never duplicates)',
      description: 'The agent re-sends the full list every few seconds and once more after the call ended. A shorter, older list never truncates a newer one (`stored: false`); an unchanged list writes nothing; a list whose earlier entries changed replaces the stored one from the first entry that differs.',
      params: CallParams, body: TranscriptBody,
      response: { 200: Type.Object({ ok: Type.Boolean(), stored: Type.Boolean(), entries: Type.Integer() }), ...errors(400, 401, 404, 413) },
    },
  }, async (req) => {
    const done = await calls.syncTranscript(req.params.callId, req.body.transcript)
    if (done === 'missing') throw callNotFound()
    if (done === 'appended' || done === 'rewritten') await app.callEvents.transcriptChanged(req.params.callId)
    return { ok: true, stored: done !== 'stale', entries: req.body.transcript.length }
  })

  app.post('/internal/calls/:callId/end', {
    bodyLimit: TRANSCRIPT_MAX_BYTES,
    schema: {
      tags, security, operationId: 'agentEndCall', summary: 'The agent ends the call',
      description: 'Marks the call ended with `outcome` (e.g. `agent_hangup`), stores the transcript, deletes the room (hanging up a SIP leg). Idempotent.',
      params: CallParams, body: AgentEndBody,
      response: { 200: Type.Object({ ok: Type.Boolean(), status: Type.String(), outcome: Type.Union([Type.String(), Type.Null()]) }), ...errors(400, 401, 404, 413) },
    },
  }, async (req) => {
    const callId = req.params.callId
    // Ending first: the common case is one transaction; only a call that did not end here is read.
    const ended = await app.callLifecycle.end(callId, { outcome: req.body.outcome ?? 'agent_hangup', transcript: req.body.transcript })
    if (ended?.room_name && app.integrations.livekit) await deleteRoomQuietly(app.integrations.livekit, ended.room_name, req.log)
    const now = ended ?? (await calls.findState(callId))
    if (!now) throw callNotFound()
    req.log.info({ callId, outcome: now.outcome, alreadyEnded: !ended }, '[internal.calls.end]')
    return { ok: true, status: now.status, outcome: now.outcome }
  })
}
