// What the API needs around it for the contract suite and the fuzzing run, started from Python
// (tests/contract/harness.py): a fresh schema on the real PostgreSQL, and every integration the
// API can use, so that no route answers 503 `integration_not_configured`: the LiveKit, Twilio and
// Stripe test servers (test/support, the real SDKs' wire protocols; Twilio with numbers the account
// owns) and s3rver for recordings.
//
//   node --import tsx tests/contract/services.ts [--numbers 3] [--until-stdin-closes]
//
// Prints one JSON line: {databaseUrl, schema, env: {LIVEKIT_*, TWILIO_*, STRIPE_*, EGRESS_S3_*}, numbers: [e164...]}.
// Stops (dropping the schema) on SIGTERM/SIGINT, or when stdin closes with --until-stdin-closes,
// so a harness that dies without cleaning up does not leave the servers running.
import postgres from 'postgres'
import { randomBytes } from 'node:crypto'
import { startLiveKitServer } from '../../test/support/livekit-server.js'
import { startTwilioServer } from '../../test/support/twilio-server.js'
import { startStripeServer } from '../../test/support/stripe-server.js'
import { startS3Server } from '../../test/support/s3-server.js'
import { seedCatalog } from '../../test/helpers/stripe.js'
import { loadConfig } from '../../src/config.js'
import { createRateCard } from '../../plugins/billing/rate-card.js'

const LK_KEY = 'APIcontractkey'
const LK_SECRET = `contract-${randomBytes(16).toString('hex')}`

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function main() {
  const base = process.env.TEST_DATABASE_URL
  if (!base) throw new Error('TEST_DATABASE_URL is not set: the contract suite runs on a real PostgreSQL')
  const schema = `contract_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = postgres(base, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create schema "${schema}"`)
  const url = new URL(base)
  url.searchParams.set('search_path', schema)

  const livekit = await startLiveKitServer({ apiKey: LK_KEY, apiSecret: LK_SECRET })
  const twilio = await startTwilioServer()
  const stripe = await startStripeServer()
  // The default rate card's prices on Stripe, as an operator sets them up: upgrades reach Checkout
  // instead of 503 stripe_catalog_mismatch.
  seedCatalog(stripe, createRateCard(loadConfig({ JWT_SECRET: randomBytes(32).toString('hex'), AGENT_SHARED_SECRET: randomBytes(16).toString('hex') }).billing))
  const s3 = await startS3Server()
  const count = Number(arg('--numbers') ?? 3)
  // +1 555 01xx: the fictional range, so nothing here can ever ring a real phone.
  const numbers = Array.from({ length: count }, (_, i) => twilio.state.addIncomingNumber(`+1555010${String(i).padStart(4, '0')}`).phoneNumber)

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await Promise.allSettled([livekit.close(), twilio.close(), stripe.close(), s3.close()])
    await admin.unsafe(`drop schema if exists "${schema}" cascade`).catch(() => {})
    await admin.end()
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  if (process.argv.includes('--until-stdin-closes')) {
    process.stdin.on('end', stop)
    process.stdin.on('close', stop)
    process.stdin.resume()
  }

  process.stdout.write(
    JSON.stringify({
      databaseUrl: url.toString(),
      schema,
      env: {
        LIVEKIT_URL: livekit.wsUrl,
        LIVEKIT_API_KEY: LK_KEY,
        LIVEKIT_API_SECRET: LK_SECRET,
        LIVEKIT_SIP_ENDPOINT: 'sip.contract.test',
        ...twilio.env,
        ...stripe.env,
        STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(16).toString('hex')}`,
        STRIPE_PRICE_PRO: 'price_contractPro',
        STRIPE_PRICE_SCALE: 'price_contractScale',
        STRIPE_PRICE_MINUTES: 'price_contractMinutes',
        BILLING_RETURN_URL: 'http://127.0.0.1/billing',
        // New workspaces are trials, and a trial takes no phone calls unless allowed: the agent's calls here are inbound.
        TRIAL_ALLOW_PSTN: 'true',
        // The operator route answers 503 without a token; with one, fuzzed tokens get their 401.
        BILLING_ADMIN_TOKEN: `admin_${randomBytes(16).toString('hex')}`,
        ...s3.env,
      },
      numbers,
    }) + '\n',
  )
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`)
  process.exit(1)
})
