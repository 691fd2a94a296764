import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../config.js'
import { connectDatabase } from '../db/connect.js'
import { migrate } from '../db/migrate.js'
import { importLegacyJson, ImportInputError, type FileReport } from '../import/legacy-json.js'
import { packageVersion } from '../version.js'

const USAGE = 'usage: npm run import-json -- --data-dir data --workspace <workspaceId>'

async function readJson(path: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new ImportInputError(`${path} is not valid JSON (${(err as Error).message}): nothing was imported`)
  }
}

function print(name: string, r: FileReport) {
  process.stdout.write(`${name}: ${r.imported} imported, ${r.updated} updated, ${r.rejected.length} rejected\n`)
  for (const x of r.rejected) process.stdout.write(`  rejected ${name}[${x.index}]${x.id ? ` (id ${x.id})` : ''}: ${x.reason}\n`)
}

async function main() {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string', default: 'data' }, workspace: { type: 'string' } } })
  if (!values.workspace) throw new ImportInputError(`--workspace is required\n${USAGE}`)
  const dir = values['data-dir']!
  const [agents, calls] = await Promise.all([readJson(join(dir, 'agents.json')), readJson(join(dir, 'calls.json'))])
  if (agents === undefined && calls === undefined) throw new ImportInputError(`neither ${dir}/agents.json nor ${dir}/calls.json exists`)

  const config = loadConfig(process.env, packageVersion())
  const db = await connectDatabase(config.database)
  try {
    process.stdout.write(`Importing into workspace ${values.workspace} on ${db.description}\n`)
    await migrate(db.sql)
    const report = await importLegacyJson(db.sql, values.workspace, { agents, calls })
    print('agents', report.agents)
    print('calls', report.calls)
  } finally {
    await db.close()
  }
}

main().catch((err) => {
  process.stderr.write(`import-json: ${err instanceof ImportInputError ? err.message : (err?.stack ?? err)}\n`)
  process.exit(1)
})
