/**
 * Drill: a customer's webhook receiver accepts connections and never answers, while calls end.
 * Every end queues call_ended (and call_analyzed) deliveries that each hold a job slot until the
 * webhook timeout (60 s here). Deliveries may take at most half the instance's slots, so the
 * other job types (billing's pricing of each ended call, here) complete on time meanwhile.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { startTestApp } from '../helpers/app.js'
import { createAgent, signup } from '../helpers/users.js'
import { endedCall, pricedCall } from '../helpers/billing.js'
import { eventually } from '../helpers/eventually.js'
import { closeServer } from '../support/http.js'

test('a receiver that hangs while calls end: deliveries hold at most their own slots, every call is priced meanwhile', { timeout: 120_000 }, async (t) => {
  const hung: http.IncomingMessage[] = []
  const receiver = http.createServer((req) => void hung.push(req))
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
  t.after(async () => {
    if (receiver.listening) await closeServer(receiver)
  })
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`

  const { app } = await startTestApp(t, {
    env: { WEBHOOKS_ALLOW_INSECURE: 'true', WEBHOOK_TIMEOUT_MS: '60000', BASE_PRICE_USD_PER_MIN: '0.10', BILLING_FINALIZE_DELAY_S: '0' },
  })
  const owner = await signup(app)
  const agent = await createAgent(app, owner.headers, { name: 'Hooked', webhookUrl: url })
  const calls: string[] = []
  for (let i = 0; i < 8; i++) calls.push(await endedCall(app, { workspaceId: owner.workspaceId, agentId: agent.id, seconds: 30 + i }))

  // The receiver holds as many deliveries as the queue lets it: half of the 5 slots, rounded down.
  await eventually(() => hung.length === 2, 'two deliveries hanging')
  for (const id of calls) {
    const call = await pricedCall(app, owner.headers, id)
    assert.ok(call.cost.totalUsd > 0, `call ${id} is priced while the receiver hangs`)
  }
  assert.equal(hung.length, 2, 'no further delivery took a slot while the first two hang')
  const deliveries = await app.inject({ method: 'GET', url: '/api/webhooks/deliveries', headers: owner.headers })
  assert.equal(deliveries.statusCode, 200, deliveries.body)
  const items = deliveries.json().items as { status: string }[]
  assert.ok(items.length >= 8 && items.every((d) => d.status === 'pending'), 'the deliveries are waiting, not lost')
  // Hung connections cut: the two runs end (and are retried later), so the app closes at once.
  await closeServer(receiver)
})
