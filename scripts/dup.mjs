// `npm run dup`: jscpd's copy-paste count over the hand-written tree (.jscpd.json says which:
// generated clients, fixtures and node_modules are out), held at or under the committed baseline.
// `npm run dup -- --update` lowers the baseline after a clean-up (it refuses to raise it).
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const baselineFile = path.join(root, 'scripts/dup-baseline.json')
const update = process.argv.includes('--update')

execFileSync(path.join(root, 'node_modules/.bin/jscpd'), ['--config', '.jscpd.json'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
const report = JSON.parse(readFileSync(path.join(root, '.scratch/jscpd/jscpd-report.json'), 'utf8'))
const { clones, duplicatedLines } = report.statistics.total
const baseline = JSON.parse(readFileSync(baselineFile, 'utf8'))

for (const d of report.duplicates) {
  console.log(`${d.lines} lines: ${d.firstFile.name}:${d.firstFile.start}-${d.firstFile.end} = ${d.secondFile.name}:${d.secondFile.start}-${d.secondFile.end}`)
}
console.log(`dup: ${clones} duplicated blocks (${duplicatedLines} lines); baseline ${baseline.clones}`)
if (clones > baseline.clones) {
  console.error(`dup: ${clones - baseline.clones} more duplicated block(s) than the baseline: factor them out (listed above)`)
  process.exit(1)
}
if (update && clones < baseline.clones) {
  writeFileSync(baselineFile, JSON.stringify({ clones, duplicatedLines }, null, 2) + '\n')
  console.log(`dup: baseline lowered to ${clones}`)
}
