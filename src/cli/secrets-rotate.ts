import { pathToFileURL } from 'node:url'
import { loadConfig } from '../config.js'
import { buildApp } from '../app.js'
import { packageVersion } from '../version.js'
import type { FastifyInstance } from 'fastify'

/**
 * Re-encrypts every stored secret under SECRETS_KEY (values made with SECRETS_KEY_PREVIOUS, or
 * still plaintext from before encryption). Each domain registered its own rotation; each works
 * in small batches, so the command can be stopped and run again (it picks up where it was), and
 * a run with nothing left to do changes nothing. Once it reports 0 everywhere, SECRETS_KEY_PREVIOUS
 * can be removed.
 */
export async function rotateSecrets(app: FastifyInstance, out: (line: string) => void = () => undefined) {
  const counts: Record<string, number> = {}
  for (const [name, rotate] of app.secretRotations) {
    counts[name] = await rotate(app.secrets)
    out(`${name}: ${counts[name]} value(s) re-encrypted under key ${app.secrets.keyId}`)
  }
  return counts
}

async function main() {
  const config = loadConfig(process.env, packageVersion())
  if (!config.secrets.key) {
    process.stderr.write('SECRETS_KEY is not set: set the new key as SECRETS_KEY and the old one as SECRETS_KEY_PREVIOUS, then run this again\n')
    process.exit(2)
  }
  const app = await buildApp(config, { logger: false })
  await app.ready()
  try {
    const counts = await rotateSecrets(app, (l) => process.stdout.write(`${l}\n`))
    const total = Object.values(counts).reduce((a, b) => a + b, 0)
    process.stdout.write(total ? `Done: ${total} value(s) rewritten. Run it once more to confirm 0, then drop SECRETS_KEY_PREVIOUS.\n` : 'Every stored secret is under the current key: SECRETS_KEY_PREVIOUS can be dropped.\n')
  } finally {
    await app.close()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    process.stderr.write(`secrets:rotate failed: ${err?.message ?? err}\n`)
    process.exit(1)
  })
}
