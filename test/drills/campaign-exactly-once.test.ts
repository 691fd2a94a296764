/**
 * Drill: a campaign dialled by two API instances, one SIGKILLed while its dials ring, then
 * restarted. Every recipient must be dialled exactly once (the killed instance's ringing calls
 * are adopted from their LiveKit rooms, never dialled again), never be in two calls at once,
 * never pass maxAttempts, and the campaign must complete.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import postgres from 'postgres'
import { freshDatabaseEnv } from '../helpers/database.js'
import { startLiveKit } from '../helpers/livekit.js'
import { startTwilioServer } from '../support/twilio-server.js'
import { startApiProcess, type ApiProcess } from '../../bench/lib/api-process.js'
import { DRILL_AGENT_SECRET, DRILL_JWT_SECRET, signupOverHttp } from '../../bench/lib/fixtures.js'
import { campaignRequest, prepareCampaign, recipientPhones } from '../../bench/lib/campaign-fixtures.js'

const skip = process.env.TEST_DATABASE_URL ? false : 'drills run on real PostgreSQL only: set TEST_DATABASE_URL'
const RECIPIENTS = 30
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

test('two instances, SIGKILL mid-dial, restart: every recipient dialled exactly once, never in two calls', { skip, timeout: 180_000 }, async (t) => {
  const db = await freshDatabaseEnv()
  t.after(db.drop)
  const lk = await startLiveKit(t)
  const twilio = await startTwilioServer()
  t.after(() => twilio.close())
  // Every callee's phone rings 1.5 s, then answers.
  lk.server.planDials(() => ({ ringMs: 1500 }))
  const env = {
    ...db.env, ...lk.env, ...twilio.env, LIVEKIT_SIP_ENDPOINT: 'test123.sip.livekit.cloud',
    JWT_SECRET: DRILL_JWT_SECRET, AGENT_SHARED_SECRET: DRILL_AGENT_SECRET, LOG_LEVEL: 'info', NODE_ENV: 'development',
    CAMPAIGN_TICK_MS: '100', CAMPAIGN_DIAL_LEASE_S: '3', JOBS_POLL_INTERVAL_MS: '200',
  }
  const instances: ApiProcess[] = [await startApiProcess({ env }), await startApiProcess({ env })]
  t.after(() => Promise.all(instances.map((i) => i.stop())))
  const sql = postgres(db.env.DATABASE_URL, { max: 2, onnotice: () => {} })
  t.after(() => sql.end())

  const user = await signupOverHttp(instances[0].url)
  const f = await prepareCampaign(instances[0].url, user, twilio, { maxConcurrent: 8, maxAttempts: 2, retry: { on: ['busy', 'no_answer', 'failed'], delayMinutes: 0, backoff: 'fixed' } })
  const phones = recipientPhones(RECIPIENTS)
  await campaignRequest(instances[1].url, user, 'POST', `/api/campaigns/${f.campaignId}/recipients`, { recipients: phones.map((phone, i) => ({ phone, name: `r${i}` })) })
  await campaignRequest(instances[1].url, user, 'POST', `/api/campaigns/${f.campaignId}/start`)

  // The test plays the agents: a call in progress for 300 ms is ended by its agent (through a live instance).
  let alive = () => instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null)
  let overlap = ''
  let stopAgents = false
  const agents = (async () => {
    while (!stopAgents) {
      const rows = await sql<{ id: string; current_call_id: string; live: number }[]>`
        select r.id, r.current_call_id, (select count(*) from calls c where c.id = any(r.call_ids) and c.status in ('ringing', 'active'))::int as live
        from campaign_recipients r where r.campaign_id = ${f.campaignId}`
      for (const r of rows) if (r.live > 1) overlap = `${r.id} has ${r.live} open calls`
      const due = await sql<{ id: string }[]>`select id from calls where status = 'active' and answered_at < now() - interval '300 milliseconds'`
      const api = alive()[0]
      for (const c of due) {
        await fetch(`${api.url}/api/internal/calls/${c.id}/end`, {
          method: 'POST', headers: { 'content-type': 'application/json', 'x-agent-secret': DRILL_AGENT_SECRET }, body: JSON.stringify({ outcome: 'agent_hangup' }),
        }).catch(() => undefined)
      }
      await sleep(100)
    }
  })()

  // Kill the instance holding the most ringing claims, while they ring.
  let victim: ApiProcess | undefined
  for (let i = 0; i < 200 && !victim; i++) {
    const claims = await sql<{ claimed_by: string; n: number }[]>`
      select claimed_by, count(*)::int as n from campaign_recipients
      where campaign_id = ${f.campaignId} and status = 'dialing' group by claimed_by order by n desc`
    const top = claims[0]
    if (top && top.n >= 3) victim = instances.find((inst) => top.claimed_by.startsWith(`${inst.pid}-`))
    if (!victim) await sleep(50)
  }
  assert.ok(victim, 'an instance was dialling')
  const killedClaims = (await sql<{ id: string }[]>`select id from campaign_recipients where status = 'dialing' and claimed_by like ${`${victim.pid}-%`}`).map((r) => r.id)
  victim.child.kill('SIGKILL')
  await victim.exited
  assert.ok(killedClaims.length >= 1)

  // The survivor reconciles once the lease has run out; then the killed instance comes back.
  await sleep(4000)
  const restarted = await startApiProcess({ env, port: victim.port })
  instances[instances.indexOf(victim)] = restarted
  alive = () => instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null)

  const deadline = Date.now() + 120_000
  for (;;) {
    const [c] = await sql<{ status: string }[]>`select status from campaigns where id = ${f.campaignId}`
    if (c.status === 'completed') break
    if (Date.now() > deadline) throw new Error(`campaign still ${c.status}`)
    await sleep(200)
  }
  stopAgents = true
  await agents

  assert.equal(overlap, '', 'no recipient was ever in two open calls')
  const dials = lk.server.calls('CreateSIPParticipant').map((d) => d.body.sipCallTo as string)
  const perPhone = new Map<string, number>()
  for (const p of dials) perPhone.set(p, (perPhone.get(p) ?? 0) + 1)
  assert.deepEqual([...perPhone.entries()].filter(([, n]) => n !== 1), [], 'every number dialled exactly once')
  assert.equal(perPhone.size, RECIPIENTS)
  const rows = await sql<{ status: string; attempts: number; n: number }[]>`
    select status, attempts, count(*)::int as n from campaign_recipients where campaign_id = ${f.campaignId} group by status, attempts`
  assert.deepEqual(rows.map((r) => [r.status, r.attempts, r.n]), [['completed', 1, RECIPIENTS]])
  const adopted = alive().flatMap((i) => i.logs).filter((l) => typeof l.msg === 'string' && l.msg.startsWith('[campaigns] reconcile'))
  assert.ok(adopted.length >= 1, 'the killed instance\'s dials were reconciled')
  for (const inst of alive()) assert.deepEqual(inst.errorLines().map((l) => l.raw), [], 'no error logged')
})
