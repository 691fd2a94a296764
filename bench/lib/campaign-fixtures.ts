/**
 * A campaign ready to start, built over HTTP as a customer would: an agent, a number bought on
 * the Twilio test server and provisioned onto the LiveKit trunks, the campaign with an all-day,
 * all-week window in UTC. Shared by the exactly-once drill and bench:campaigns.
 */
import type { HttpUser } from './fixtures.js'

export interface CampaignFixture {
  agentId: string
  phoneNumberId: string
  campaignId: string
}

async function call(baseUrl: string, user: HttpUser, method: string, path: string, body?: unknown, contentType = 'application/json') {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...user.headers, ...(body === undefined ? {} : { 'content-type': contentType }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`)
  return text ? JSON.parse(text) : undefined
}

export async function prepareCampaign(
  baseUrl: string,
  user: HttpUser,
  twilio: { state: { addIncomingNumber(e164: string): unknown } },
  campaign: Record<string, unknown> = {},
): Promise<CampaignFixture> {
  const agent = await call(baseUrl, user, 'POST', '/api/agents', { name: 'Campaign agent', promptDraft: 'Call {{name}}.' })
  const e164 = '+17073808675'
  twilio.state.addIncomingNumber(e164)
  const number = await call(baseUrl, user, 'POST', '/api/phone-numbers', { e164 })
  await call(baseUrl, user, 'POST', `/api/phone-numbers/${number.id}/reprovision`)
  const c = await call(baseUrl, user, 'POST', '/api/campaigns', {
    name: 'Drill', agentId: agent.id, phoneNumberId: number.id, timezone: 'UTC',
    window: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '00:00' },
    ...campaign,
  })
  return { agentId: agent.id, phoneNumberId: number.id, campaignId: c.id }
}

export const campaignRequest = call

/** `n` distinct valid US numbers (+1 415 2xx xxxx), in order. */
export const recipientPhones = (n: number) => Array.from({ length: n }, (_, i) => `+1415${String(2000000 + i).padStart(7, '0')}`)
