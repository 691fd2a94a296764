import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { newId } from '../../src/platform/ids.js'
import { eventually } from './eventually.js'

type Json = Record<string, any>

/**
 * A call that was answered and lasted `seconds`, ended through the call lifecycle (the path every
 * real end takes), with the agent's usage snapshot when `tokens` or `model` are given.
 */
export async function endedCall(
  app: FastifyInstance,
  c: { workspaceId: string; agentId?: string | null; variantId?: string; direction?: 'web' | 'inbound' | 'outbound'; seconds: number; tokens?: number; model?: string; answered?: boolean },
): Promise<string> {
  const id = newId('call')
  const direction = c.direction ?? 'web'
  await app.calls.insert({
    id, workspaceId: c.workspaceId, agentId: c.agentId ?? null, agentName: null, direction, status: 'created', roomName: `room-${id}`, variantId: c.variantId ?? null,
    ...(direction === 'web' ? {} : { from: '+15550001111', to: '+15550002222' }),
  })
  const answeredAt = new Date(Date.now() - c.seconds * 1000)
  if (c.answered !== false) await app.calls.markActive(id, answeredAt)
  if (c.tokens !== undefined || c.model) {
    const usage: Json = { llm_prompt_tokens: Math.round((c.tokens ?? 0) * 0.8), llm_completion_tokens: (c.tokens ?? 0) - Math.round((c.tokens ?? 0) * 0.8) }
    if (c.model) usage.llm_model = c.model
    await app.metrics.ingest(id, { usage }, [])
  }
  await app.callLifecycle.end(id, { outcome: 'agent_hangup', at: new Date(answeredAt.getTime() + c.seconds * 1000) })
  return id
}

/** The call as its workspace reads it, once billing priced it (finally, unless `final` is false). */
export async function pricedCall(app: FastifyInstance, headers: Record<string, string>, callId: string, final = true): Promise<Json> {
  let call: Json = {}
  await eventually(async () => {
    const res = await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers })
    assert.equal(res.statusCode, 200, res.body)
    call = res.json()
    return !!call.cost && (!final || call.cost.final)
  }, `call ${callId} priced`)
  return call
}
