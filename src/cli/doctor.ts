import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { loadConfig } from '../config.js'
import { buildApp } from '../app.js'
import { packageVersion } from '../version.js'
import type { InboundDiagnostics } from '../../schemas/telephony.js'
import type { CatalogHealth } from '../../plugins/billing/index.js'

const USAGE = 'usage: npm run doctor -- [--workspace <workspaceId>] [--unrouted] [--billing] [--json]'

/** The inbound-diagnostics report as an operator reads it in a terminal. */
export function formatReport(r: InboundDiagnostics): string {
  const out: string[] = []
  out.push(`LIVEKIT_SIP_ENDPOINT:       ${r.LIVEKIT_SIP_ENDPOINT ?? '(not set)'}`)
  out.push(`LIVEKIT_AGENT_NAME:         ${r.LIVEKIT_AGENT_NAME}`)
  out.push(`expectedOriginationSipUrl:  ${r.expectedOriginationSipUrl ?? '(unknown: LIVEKIT_SIP_ENDPOINT is not set)'}`)
  out.push(`originationUrls:            ${r.originationUrls.join(', ') || '(none)'}`)
  out.push(`Twilio trunk:               ${r.twilioTrunkSid ?? '(none)'}`)
  out.push(`LiveKit inbound trunk:      ${r.livekitInboundTrunkId ?? '(none)'}`)
  out.push(`last inbound start:         ${r.lastInboundStartAt ?? '(never)'}`)
  out.push('')
  out.push('numbers:')
  if (!r.numbers.length) out.push('  (none)')
  const yn = (v: boolean | null) => (v === null ? '?' : v ? 'yes' : 'NO')
  for (const n of r.numbers) {
    out.push(`  ${n.e164}  status=${n.status}  agent=${n.inboundAgentName ?? 'NONE'}  on Twilio trunk=${yn(n.onTwilioTrunk)}  in LiveKit inbound trunk=${yn(n.inLiveKitInboundTrunk)}`)
  }
  out.push('')
  out.push('checks:')
  for (const c of r.checks) {
    out.push(`  ${c.ok ? '✓' : '✗'} ${c.name}: ${c.message}`)
    if (!c.ok && c.fix) out.push(`      fix: ${c.fix}`)
  }
  const failed = r.checks.filter((c) => !c.ok).length
  out.push('')
  out.push(failed ? `${failed} check(s) failing.` : 'All checks pass.')
  return out.join('\n')
}

/** The rate card against Stripe's prices, as an operator reads it (`--billing`). */
export function formatBillingReport(c: CatalogHealth | undefined): string {
  if (!c) return 'Stripe catalog: not checked (STRIPE_SECRET_KEY is not set: billing is unmetered)'
  if (c.status === 'ok') return 'Stripe catalog: ✓ every rate card line has its Stripe price (by lookup key), with the card\'s amount and meter'
  return [`Stripe catalog: ✗ ${c.status}`, ...c.problems.map((p) => `  ✗ ${p}`)].join('\n')
}

/**
 * Same report as GET /api/workspaces/:id/inbound-diagnostics, from the server's own environment;
 * `--billing`: the rate card checked against Stripe's prices (as /health reports it).
 */
async function main() {
  const { values } = parseArgs({ options: { workspace: { type: 'string' }, json: { type: 'boolean' }, unrouted: { type: 'boolean' }, billing: { type: 'boolean' } } })
  if (!values.workspace && !values.unrouted && !values.billing) {
    process.stderr.write(`${USAGE}\n`)
    process.exit(2)
  }
  const config = loadConfig(process.env, packageVersion())
  const app = await buildApp(config, { logger: false })
  await app.ready()
  let exitCode = 0
  try {
    if (values.workspace) {
      const [ws] = await app.sql<{ id: string; name: string }[]>`select id, name from workspaces where id = ${values.workspace}`
      if (!ws) throw new Error(`no workspace ${values.workspace}`)
      const report = await app.inboundDiagnostics(ws.id)
      process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `Workspace ${ws.name} (${ws.id})\n\n${formatReport(report)}\n`)
      if (report.checks.some((c) => !c.ok)) exitCode = 1
    }
    if (values.billing) {
      const catalog = await app.billing.stripeCatalog()
      process.stdout.write(values.json ? `${JSON.stringify({ stripeCatalog: catalog ?? null }, null, 2)}\n` : `${formatBillingReport(catalog)}\n`)
      if (catalog && catalog.status !== 'ok') exitCode = 1
    }
    if (values.unrouted) {
      const rows = await app.telephony.recentUnrouted(50)
      process.stdout.write(`\nInbound calls to numbers no workspace owns (latest ${rows.length}):\n`)
      for (const r of rows) process.stdout.write(`  ${r.created_at.toISOString()}  to=${r.to_number ?? '?'}  from=${r.from_number ?? '?'}  room=${r.room_name}  call=${r.id}\n`)
    }
  } finally {
    await app.close()
  }
  process.exit(exitCode)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    process.stderr.write(`doctor: ${err?.message ?? err}\n`)
    process.exit(1)
  })
}
