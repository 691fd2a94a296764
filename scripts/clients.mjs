#!/usr/bin/env node
// Regenerates the committed clients from the committed openapi.yaml:
//   clients/typescript/schema.d.ts  openapi-typescript (root devDependency, pinned by package-lock)
//   clients/python/                 openapi-python-client + ruff (PyPI, pinned in clients/python-requirements.txt)
// `node scripts/clients.mjs --check` generates into a temporary directory and fails on any difference,
// so CI catches a spec change that was committed without its clients.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const spec = join(root, 'openapi.yaml')
const tsOut = join(root, 'clients/typescript/schema.d.ts')
const pyDir = join(root, 'clients/python')
const PY_CONFIG = 'openapi-python-client.yaml'
const check = process.argv.includes('--check')

// The project venv (README: python3 -m venv .venv) when there is one, else whatever is on PATH.
const venvBin = process.env.VIRTUAL_ENV ? join(process.env.VIRTUAL_ENV, 'bin') : join(root, '.venv/bin')
const env = { ...process.env, PATH: existsSync(venvBin) ? `${venvBin}${delimiter}${process.env.PATH}` : process.env.PATH }

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8', ...opts })
  if (r.error?.code === 'ENOENT') fail(`${cmd} not found: pip install -r clients/python-requirements.txt (into .venv)`)
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}${r.stderr}`)
  return r
}

function fail(message) {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

function generateTypeScript(outFile) {
  run(process.execPath, [join(root, 'node_modules/openapi-typescript/bin/cli.js'), spec, '--output', outFile, '--root-types'])
}

function generatePython(outDir) {
  // Generated into an empty directory, so a route that disappears takes its module with it.
  const out = run('openapi-python-client', [
    'generate', '--path', spec, '--config', join(pyDir, PY_CONFIG), '--output-path', outDir,
    '--overwrite', '--meta', 'uv', '--fail-on-warning',
  ])
  if (/ruff is not in PATH/.test(out.stdout + out.stderr)) fail('ruff is not installed: pip install -r clients/python-requirements.txt')
}

function listFiles(dir, base = dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (name === '__pycache__' || name === '.ruff_cache') return []
    return statSync(p).isDirectory() ? listFiles(p, base) : [relative(base, p)]
  })
}

function diffTrees(committedDir, generatedDir, ignore = []) {
  const a = new Set(listFiles(committedDir).filter((f) => !ignore.includes(f)))
  const b = new Set(listFiles(generatedDir))
  const problems = []
  for (const f of b) {
    if (!a.has(f)) problems.push(`missing: ${f}`)
    else if (!readFileSync(join(committedDir, f)).equals(readFileSync(join(generatedDir, f)))) problems.push(`stale:   ${f}`)
  }
  for (const f of a) if (!b.has(f)) problems.push(`extra:   ${f}`)
  return problems
}

const tmp = mkdtempSync(join(tmpdir(), 'rapidcall-clients-'))
try {
  const tsTmp = join(tmp, 'schema.d.ts')
  const pyTmp = join(tmp, 'python')
  generateTypeScript(tsTmp)
  generatePython(pyTmp)

  if (check) {
    const problems = []
    if (!existsSync(tsOut) || !readFileSync(tsOut).equals(readFileSync(tsTmp))) problems.push('stale:   schema.d.ts (clients/typescript)')
    problems.push(...diffTrees(pyDir, pyTmp, [PY_CONFIG]).map((p) => `${p} (clients/python)`))
    if (problems.length) fail(`The committed clients do not match openapi.yaml:\n  ${problems.join('\n  ')}\nRun \`npm run clients\` and commit the result.`)
    process.stdout.write('clients are up to date with openapi.yaml\n')
  } else {
    writeFileSync(tsOut, readFileSync(tsTmp))
    const config = readFileSync(join(pyDir, PY_CONFIG))
    rmSync(pyDir, { recursive: true, force: true })
    cpSync(pyTmp, pyDir, { recursive: true, filter: (src) => !/(__pycache__|\.ruff_cache)$/.test(src) })
    writeFileSync(join(pyDir, PY_CONFIG), config)
    process.stdout.write(`wrote ${relative(root, tsOut)} and ${relative(root, pyDir)}/\n`)
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
