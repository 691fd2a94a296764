// The benchmark's peer: RapidCall's agent-facing routes as a typical Node team writes them with
// Express and pg (the seed's stack), against the same schema and tables as the API. Plain and
// idiomatic on purpose: a pg Pool, parameterised queries, a transaction where the work needs one,
// res.json for answers. Not a straw man: one query per lookup, multi-row inserts, no N+1.
//
//   DATABASE_URL=postgres://... PG_SCHEMA=<schema> AGENT_SHARED_SECRET=... LIVEKIT_URL=... node server.js
import express from 'express'
import pg from 'pg'
import { randomUUID } from 'node:crypto'
import { RoomServiceClient, WebhookReceiver } from 'livekit-server-sdk'

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.PG_POOL_MAX ?? 10),
  options: process.env.PG_SCHEMA ? `-c search_path=${process.env.PG_SCHEMA}` : undefined,
})
const rooms = process.env.LIVEKIT_URL
  ? new RoomServiceClient(process.env.LIVEKIT_URL, process.env.LIVEKIT_API_KEY, process.env.LIVEKIT_API_SECRET)
  : null
const webhooks = process.env.LIVEKIT_API_KEY && process.env.LIVEKIT_API_SECRET
  ? new WebhookReceiver(process.env.LIVEKIT_API_KEY, process.env.LIVEKIT_API_SECRET)
  : null
const app = express()
app.use(express.json({ limit: '1mb' }))

function requireAgentSecret(req, res, next) {
  if (req.get('x-agent-secret') !== process.env.AGENT_SHARED_SECRET) {
    return res.status(401).json({ error: { code: 'invalid_agent_secret', message: 'Wrong agent secret' } })
  }
  next()
}

const e164 = (s) => {
  const digits = String(s ?? '').replace(/^sip:|^tel:/, '').replace(/@.*$/, '').replace(/[^\d+]/g, '')
  return digits.startsWith('+') ? digits : digits ? `+${digits}` : null
}

function agentConfig(agent, callId, number) {
  return {
    callId,
    workspaceId: agent.workspace_id,
    agent: { id: agent.id, name: agent.name, workspaceId: agent.workspace_id },
    prompt: agent.prompt_published || agent.prompt_draft,
    welcome: agent.welcome,
    voice: agent.voice,
    backgroundAudio: agent.background_audio,
    llmModel: agent.llm_model,
    maxCallSeconds: agent.max_call_seconds,
    enabledTools: agent.enabled_tools,
    toolConfigs: agent.tool_configs,
    callSettings: agent.call_settings,
    backchannelEnabled: agent.backchannel_enabled,
    fallbackVoice: agent.fallback_voice,
    knowledgeFolderIds: agent.knowledge_folder_ids,
    defaultDynamicVariables: agent.default_dynamic_variables,
    postCallDataExtraction: agent.post_call_data_extraction,
    phoneNumber: { id: number.id, e164: number.e164 },
  }
}

app.post('/api/internal/telephony/inbound/start', requireAgentSecret, async (req, res, next) => {
  try {
    const { roomName, to, from } = req.body
    const dialled = e164(to)
    const { rows: numbers } = await pool.query(
      `select p.id, p.e164, p.workspace_id, row_to_json(a) as agent
         from phone_numbers p left join agents a on a.id = p.inbound_agent_id
        where p.e164 = $1`,
      [dialled],
    )
    const number = numbers[0]
    if (!number || !number.agent) return res.status(404).json({ error: { code: 'number_not_found', message: 'No agent for this number' } })
    const callId = `call_${randomUUID().replace(/-/g, '')}`
    const { rows: calls } = await pool.query(
      `insert into calls (id, workspace_id, agent_id, agent_name, direction, status, from_number, to_number, room_name, phone_number_id, answered_at)
       values ($1, $2, $3, $4, 'inbound', 'active', $5, $6, $7, $8, now())
       on conflict (room_name) where room_name is not null do update set updated_at = now()
       returning id`,
      [callId, number.workspace_id, number.agent.id, number.agent.name, from || null, number.e164, roomName, number.id],
    )
    const config = agentConfig(number.agent, calls[0].id, number)
    if (rooms) {
      try {
        await rooms.updateRoomMetadata(roomName, JSON.stringify({ call: { id: config.callId, to: number.e164, direction: 'inbound' }, agent: config }))
      } catch (err) {
        console.warn('room metadata not written', err.message)
      }
    }
    res.status(201).json(config)
  } catch (err) {
    next(err)
  }
})

app.post('/api/calls/:callId/metrics', requireAgentSecret, async (req, res, next) => {
  const { events = [], ...snapshots } = req.body
  const client = await pool.connect()
  try {
    await client.query('begin')
    const { rowCount } = await client.query('update calls set metrics = metrics || $2::jsonb, updated_at = now() where id = $1', [req.params.callId, JSON.stringify(snapshots)])
    if (!rowCount) {
      await client.query('rollback')
      return res.status(404).json({ error: { code: 'not_found', message: 'Call not found' } })
    }
    if (events.length) {
      const values = []
      const params = []
      for (const e of events) {
        const p = params.length
        values.push(`($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7}, $${p + 8})`)
        params.push(req.params.callId, String(e.id), e.type, e.at ?? null, e.e2eLatencyMs ?? null, e.llmTtftMs ?? null, e.promptTokens ?? null, e.completionTokens ?? null)
      }
      await client.query(
        `insert into call_metric_events (call_id, event_id, type, at, e2e_latency_ms, llm_ttft_ms, prompt_tokens, completion_tokens)
         values ${values.join(', ')} on conflict do nothing`,
        params,
      )
    }
    const { rows } = await client.query(
      `update calls c set
         prompt_tokens = coalesce(s.prompt_tokens, 0), completion_tokens = coalesce(s.completion_tokens, 0),
         cost_usd = coalesce(s.cost_usd, 0), latency_p50_ms = s.p[1], latency_p95_ms = s.p[2]
       from (select sum(prompt_tokens) as prompt_tokens, sum(completion_tokens) as completion_tokens, sum(cost_usd) as cost_usd,
               percentile_cont(array[0.5, 0.95]) within group (order by e2e_latency_ms) filter (where type = 'turn') as p
             from call_metric_events where call_id = $1) s
       where c.id = $1
       returning c.id, c.agent_id, c.direction, c.status, c.started_at, c.metrics, c.prompt_tokens, c.completion_tokens,
                 c.cost_usd, c.latency_p50_ms, c.latency_p95_ms`,
      [req.params.callId],
    )
    await client.query('commit')
    res.json({ call: rows[0] })
  } catch (err) {
    await client.query('rollback').catch(() => {})
    next(err)
  } finally {
    client.release()
  }
})

// The agent re-sends the whole transcript every few seconds: replace what is stored with what it sent.
// (The brief's `UPDATE calls SET transcript = $1`; since migration 012 the entries live one per row.)
async function replaceTranscript(client, callId, entries) {
  await client.query('delete from call_transcript_entries where call_id = $1', [callId])
  if (entries.length) {
    const values = entries.map((_, i) => `($1, ${i}, $${i + 2})`)
    await client.query(`insert into call_transcript_entries (call_id, seq, entry) values ${values.join(', ')}`, [callId, ...entries.map((e) => JSON.stringify(e))])
  }
}

app.post('/api/internal/calls/:callId/transcript', requireAgentSecret, async (req, res, next) => {
  const entries = req.body.transcript ?? []
  const client = await pool.connect()
  try {
    await client.query('begin')
    const { rowCount } = await client.query('update calls set transcript_count = $2, updated_at = now() where id = $1', [req.params.callId, entries.length])
    if (!rowCount) {
      await client.query('rollback')
      return res.status(404).json({ error: { code: 'not_found', message: 'Call not found' } })
    }
    await replaceTranscript(client, req.params.callId, entries)
    await client.query('commit')
    res.json({ ok: true })
  } catch (err) {
    await client.query('rollback').catch(() => {})
    next(err)
  } finally {
    client.release()
  }
})

// The agent ends the call: mark it ended with its outcome, store the final transcript when it sent
// one (the same replace as above), then delete the LiveKit room, which hangs up the SIP leg.
app.post('/api/internal/calls/:callId/end', requireAgentSecret, async (req, res, next) => {
  const { outcome = 'agent_hangup', transcript } = req.body
  const client = await pool.connect()
  try {
    await client.query('begin')
    const { rows } = await client.query(
      `update calls set status = 'ended', outcome = $2, ended_at = coalesce(ended_at, now()),
         duration_s = extract(epoch from coalesce(ended_at, now()) - coalesce(answered_at, started_at))::int,
         transcript_count = coalesce($3, transcript_count), updated_at = now()
       where id = $1
       returning id, status, outcome, room_name`,
      [req.params.callId, outcome, transcript ? transcript.length : null],
    )
    if (!rows.length) {
      await client.query('rollback')
      return res.status(404).json({ error: { code: 'not_found', message: 'Call not found' } })
    }
    if (transcript) await replaceTranscript(client, req.params.callId, transcript)
    await client.query('commit')
    const call = rows[0]
    if (rooms && call.room_name) {
      try {
        await rooms.deleteRoom(call.room_name)
      } catch (err) {
        console.warn('room not deleted', err.message)
      }
    }
    res.json({ ok: true, status: call.status, outcome: call.outcome })
  } catch (err) {
    await client.query('rollback').catch(() => {})
    next(err)
  } finally {
    client.release()
  }
})

// LiveKit's webhooks: the signature covers the exact bytes, so this route reads the body raw
// (LiveKit posts `application/webhook+json`, which express.json above leaves alone).
app.post('/api/webhooks/livekit', express.raw({ type: 'application/webhook+json' }), async (req, res, next) => {
  if (!webhooks) return res.status(503).json({ error: { code: 'livekit_not_configured', message: 'LiveKit is not configured' } })
  let event
  try {
    event = await webhooks.receive(req.body.toString('utf8'), req.get('authorization'))
  } catch (err) {
    return res.status(401).json({ error: { code: 'invalid_signature', message: 'LiveKit webhook signature is invalid' } })
  }
  try {
    const room = event.room?.name
    if (room && (event.event === 'room_started' || event.event === 'participant_joined')) {
      await pool.query(
        `update calls set answered_at = coalesce(answered_at, now()), updated_at = now()
          where room_name = $1 and status not in ('ended', 'failed')`,
        [room],
      )
    } else if (room && event.event === 'room_finished') {
      await pool.query(
        `update calls set status = 'ended', outcome = coalesce(outcome, 'completed'), ended_at = now(),
           duration_s = extract(epoch from now() - coalesce(answered_at, started_at))::int, updated_at = now()
          where room_name = $1 and status not in ('ended', 'failed')`,
        [room],
      )
    }
    res.json({ ok: true })
  } catch (err) {
    next(err)
  }
})

app.use((err, _req, res, _next) => {
  console.error(err)
  res.status(500).json({ error: { code: 'internal_error', message: 'Internal server error' } })
})

const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address()
  if (process.send) process.send({ type: 'listening', port })
  else console.log(`listening on ${port}`)
})
process.on('disconnect', () => server.close(() => pool.end().then(() => process.exit(0))))
