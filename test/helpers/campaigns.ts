import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { TEST_AGENT_SECRET } from './app.js'
import { createAgent } from './users.js'
import { provisionedNumber, startOutboundApp } from './outbound.js'
import { ManualClock } from '../../src/platform/clock.js'

type Headers = Record<string, string>

export async function createCampaign(app: FastifyInstance, headers: Headers, body: Record<string, unknown>) {
  const res = await app.inject({ method: 'POST', url: '/api/campaigns', headers, payload: body })
  assert.equal(res.statusCode, 201, res.body)
  return res.json()
}

export async function addRecipients(app: FastifyInstance, headers: Headers, campaignId: string, recipients: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  const res = await app.inject({ method: 'POST', url: `/api/campaigns/${campaignId}/recipients`, headers, payload: { recipients, ...extra } })
  assert.equal(res.statusCode, 200, res.body)
  return res.json()
}

export const importCsv = (app: FastifyInstance, headers: Headers, campaignId: string, csv: string, query = '') =>
  app.inject({ method: 'POST', url: `/api/campaigns/${campaignId}/recipients/csv${query}`, headers: { ...headers, 'content-type': 'text/csv' }, payload: csv })

export async function campaignAction(app: FastifyInstance, headers: Headers, campaignId: string, verb: 'start' | 'pause' | 'resume' | 'cancel') {
  const res = await app.inject({ method: 'POST', url: `/api/campaigns/${campaignId}/${verb}`, headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json()
}

export async function listRecipients(app: FastifyInstance, headers: Headers, campaignId: string, query = '') {
  const res = await app.inject({ method: 'GET', url: `/api/campaigns/${campaignId}/recipients?limit=200${query}`, headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json().items as { id: string; phone: string; name: string; status: string; attempts: number; lastOutcome: string | null; nextAttemptAt: string | null; callIds: string[]; variables: Record<string, unknown>; timezone: string | null }[]
}

export async function getCampaign(app: FastifyInstance, headers: Headers, campaignId: string) {
  const res = await app.inject({ method: 'GET', url: `/api/campaigns/${campaignId}`, headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json()
}

/**
 * An app on a ManualClock at `start` with a provisioned number, an agent whose prompt uses
 * {{name}} and {{plan}}, and a draft campaign (zone America/New_York unless `campaign` says).
 */
export async function startCampaignApp(
  t: { after: (fn: () => Promise<void>) => void },
  opts: { campaign?: Record<string, unknown>; start: number; env?: Record<string, string> },
) {
  const clock = new ManualClock(opts.start)
  const s = await startOutboundApp(t, { clock, env: { CAMPAIGN_TICK_MS: '40', ...opts.env } })
  const number = await provisionedNumber(s)
  const agent = await createAgent(s.app, s.owner.headers, { promptDraft: 'Call {{name}} about the {{plan}} plan.' })
  const campaign = await createCampaign(s.app, s.owner.headers, { name: 'Test', agentId: agent.id, phoneNumberId: number.id, timezone: 'America/New_York', ...opts.campaign })
  const agentEnd = (callId: string, outcome = 'agent_hangup') =>
    s.app.inject({ method: 'POST', url: `/api/internal/calls/${callId}/end`, headers: { 'x-agent-secret': TEST_AGENT_SECRET }, payload: { outcome } })
  return { ...s, clock, number, agent, campaign, agentEnd }
}
