import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadConfig } from '../config.js'
import { buildApp } from '../app.js'
import { packageVersion, projectRoot } from '../version.js'

/** The spec as the code generates it, with a config that enables nothing optional. */
export async function generateSpec(): Promise<string> {
  const config = loadConfig({ PGLITE_DIR: 'memory://', LOG_LEVEL: 'silent' }, packageVersion())
  const app = await buildApp(config, { logger: false })
  try {
    await app.ready()
    return app.swagger({ yaml: true })
  } finally {
    await app.close()
  }
}

async function main() {
  const mode = process.argv[2] ?? 'write'
  const file = join(projectRoot(), 'openapi.yaml')
  const spec = await generateSpec()
  if (mode === 'write') {
    await writeFile(file, spec)
    process.stdout.write(`wrote ${file}\n`)
    return
  }
  const committed = await readFile(file, 'utf8').catch(() => '')
  if (committed === spec) {
    process.stdout.write('openapi.yaml is up to date\n')
    return
  }
  const a = committed.split('\n')
  const b = spec.split('\n')
  const first = b.findIndex((line, i) => line !== a[i])
  process.stderr.write(
    `openapi.yaml differs from what the code generates (first difference at line ${first + 1}):\n` +
      `  committed: ${a[first] ?? '<end of file>'}\n  generated: ${b[first] ?? '<end of file>'}\n` +
      'Run `npm run openapi` and commit the result.\n',
  )
  process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    process.stderr.write(`${err?.stack ?? err}\n`)
    process.exit(1)
  })
}
