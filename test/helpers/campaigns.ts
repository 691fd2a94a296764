import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'

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
