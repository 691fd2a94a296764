import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadConfig } from '../config.js'
import { buildApp } from '../app.js'
import { packageVersion, projectRoot } from '../version.js'

/** The committed documents: the contract, and the dashboard-compatible surface's own. */
export const SPEC_FILES = { contract: 'openapi.yaml', dashboardCompat: 'openapi-dashboard-compat.yaml' } as const

/** The specs as the code generates them, with a config that enables nothing optional. */
export async function generateSpecs(): Promise<Record<keyof typeof SPEC_FILES, string>> {
  const config = loadConfig({ PGLITE_DIR: 'memory://', LOG_LEVEL: 'silent' }, packageVersion())
  const app = await buildApp(config, { logger: false })
  try {
    await app.ready()
    return {
      contract: app.swagger({ yaml: true }),
      dashboardCompat: app.dashboardCompatDocument?.({ yaml: true }) ?? '',
    }
  } finally {
    await app.close()
  }
}

export async function generateSpec(): Promise<string> {
  return (await generateSpecs()).contract
}

async function main() {
  const mode = process.argv[2] ?? 'write'
  const specs = await generateSpecs()
  let stale = false
  for (const [key, name] of Object.entries(SPEC_FILES) as [keyof typeof SPEC_FILES, string][]) {
    const file = join(projectRoot(), name)
    const spec = specs[key]
    if (mode === 'write') {
      await writeFile(file, spec)
      process.stdout.write(`wrote ${file}\n`)
      continue
    }
    const committed = await readFile(file, 'utf8').catch(() => '')
    if (committed === spec) {
      process.stdout.write(`${name} is up to date\n`)
      continue
    }
    stale = true
    const a = committed.split('\n')
    const b = spec.split('\n')
    const first = b.findIndex((line, i) => line !== a[i])
    process.stderr.write(
      `${name} differs from what the code generates (first difference at line ${first + 1}):\n` +
        `  committed: ${a[first] ?? '<end of file>'}\n  generated: ${b[first] ?? '<end of file>'}\n` +
        'Run `npm run openapi` and commit the result.\n',
    )
  }
  if (stale) process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    process.stderr.write(`${err?.stack ?? err}\n`)
    process.exit(1)
  })
}
