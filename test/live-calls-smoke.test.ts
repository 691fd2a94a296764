import { test } from 'node:test'
import assert from 'node:assert/strict'
import { runLiveCalls } from '../bench/live-calls.js'

// The capacity simulator, small: 50 concurrent calls for 20 s at 1/20 of the agent's cadence
// (a sync every 250 ms, calls of 3-30 s), so starts, syncs, metrics and ends all happen.
// It asserts what a customer would notice (errors, lost or doubled transcript entries, calls
// not ended with their outcome), never a timing: this machine is shared.
test('live calls smoke: 50 concurrent calls, no errors, every transcript and outcome stored', {
  skip: process.env.TEST_DATABASE_URL ? false : 'needs real PostgreSQL (TEST_DATABASE_URL)',
  timeout: 180_000,
}, async () => {
  const lines: string[] = []
  const r = await runLiveCalls({
    steps: [50], stepSeconds: 16, warmupSeconds: 4, timeScale: 0.05, poolMax: 10, lateRetryRate: 0.05,
    keepGoing: true, progress: false, logLevel: 'warn', print: (l) => lines.push(l),
  })
  const [step] = r.steps
  const report = lines.join('\n')
  assert.equal(step.errors, 0, report)
  for (const route of ['inbound start', 'livekit webhook', 'transcript', 'metrics', 'end']) assert.ok(step.routes[route].count > 0, `${route} was exercised\n${report}`)
  assert.ok(r.check.calls >= 50, report)
  assert.ok(r.check.ended > 0, `some calls ended during the run\n${report}`)
  assert.ok(r.staleRetries > 0, 'late, older lists were sent (and ignored)')
  assert.deepEqual(r.check.transcriptMismatches, [], 'every stored transcript is the last list its call sent')
  assert.deepEqual(r.check.statusMismatches, [], 'every ended call is ended with its outcome')
  assert.equal(step.lostWrites, 0)
})
