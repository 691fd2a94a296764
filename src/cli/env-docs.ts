import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TSchema } from '@sinclair/typebox'
import { EnvSchema } from '../config.js'
import { projectRoot } from '../version.js'

/** The README's configuration table and .env.example, both generated from the config schema. */
export function envRows() {
  return Object.entries(EnvSchema.properties as Record<string, TSchema>).map(([name, s]) => {
    const schema = (s.anyOf ? { ...s.anyOf[0], ...s } : s) as TSchema
    return {
      name,
      description: String(schema.description ?? ''),
      default: schema.default === undefined ? '' : String(schema.default),
      example: String(schema.examples?.[0] ?? ''),
    }
  })
}

export function readmeTable(): string {
  const lines = ['| Variable | Default | What it does | Example |', '|---|---|---|---|']
  for (const r of envRows()) lines.push(`| \`${r.name}\` | ${r.default ? `\`${r.default}\`` : ''} | ${r.description.replace(/\|/g, '\\|')} | \`${r.example}\` |`)
  return lines.join('\n')
}

export function envExample(): string {
  const out = ['# RapidCall API configuration. Empty means unset; unset optional integrations are disabled (503 on their routes).', '# Generated from src/config.ts by `npm run env-docs`.', '']
  for (const r of envRows()) out.push(`# ${r.description}${r.example ? ` (e.g. ${r.example})` : ''}`, `${r.name}=${r.default}`, '')
  return out.join('\n')
}

const BEGIN = '<!-- env-table:begin -->'
const END = '<!-- env-table:end -->'

export function withTable(readme: string): string {
  const a = readme.indexOf(BEGIN)
  const b = readme.indexOf(END)
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${BEGIN} ... ${END} markers`)
  return `${readme.slice(0, a + BEGIN.length)}\n${readmeTable()}\n${readme.slice(b)}`
}

async function main() {
  const root = projectRoot()
  const readmePath = join(root, 'README.md')
  await writeFile(readmePath, withTable(await readFile(readmePath, 'utf8')))
  await writeFile(join(root, '.env.example'), envExample())
  process.stdout.write('README.md configuration table and .env.example regenerated\n')
}

if (import.meta.url === `file://${process.argv[1]}`) main()
