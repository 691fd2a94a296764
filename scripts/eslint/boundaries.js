// Domain boundaries as lint rules. A domain is a folder under plugins/; src/ is the platform.
//  - public-surface: code outside plugins/<d>/ imports plugins/<d>/ only through its index.ts
//    (what the plugin decorates, its types and the functions it chooses to share); never its
//    store.ts or any other internal file.
//  - no-domain-cycle: the graph "domain A imports domain B" has no cycle, so each domain can be
//    read, changed and tested knowing only the domains below it.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const PLUGINS = path.join(ROOT, 'plugins')

/** The domain a file belongs to (its folder under plugins/), or undefined outside plugins/. */
function domainOf(file) {
  const rel = path.relative(PLUGINS, file)
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined
  const [first, ...rest] = rel.split(path.sep)
  return rest.length ? first : undefined
}

function resolveImport(fromFile, spec) {
  if (!spec.startsWith('.')) return undefined
  return path.resolve(path.dirname(fromFile), spec)
}

const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

function listFiles(dir) {
  const out = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...listFiles(p))
    else if (e.name.endsWith('.ts')) out.push(p)
  }
  return out
}

let graphCache
/** domain -> Map(importedDomain -> first file that imports it), read once per lint run. */
function domainGraph() {
  if (graphCache) return graphCache
  graphCache = new Map()
  for (const file of listFiles(PLUGINS)) {
    const from = domainOf(file)
    if (!from) continue
    const edges = graphCache.get(from) ?? new Map()
    graphCache.set(from, edges)
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT_RE)) {
      const target = resolveImport(file, m[1] ?? m[2])
      const to = target && domainOf(target)
      if (to && to !== from && !edges.has(to)) edges.set(to, path.relative(ROOT, file))
    }
  }
  return graphCache
}

/** A path of domains from `start` back to `goal`, if one exists. */
function pathTo(graph, start, goal, seen = new Set()) {
  if (start === goal) return [goal]
  if (seen.has(start)) return undefined
  seen.add(start)
  for (const next of graph.get(start)?.keys() ?? []) {
    const rest = pathTo(graph, next, goal, seen)
    if (rest) return [start, ...rest]
  }
  return undefined
}

function importVisitors(check) {
  return {
    ImportDeclaration: (node) => check(node, node.source.value),
    ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
    ExportAllDeclaration: (node) => check(node, node.source.value),
    ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
  }
}

const publicSurface = {
  meta: {
    type: 'problem',
    docs: { description: "Another domain is used only through its index.ts, never its store or helpers" },
    messages: {
      internal:
        "'{{spec}}' is internal to the {{domain}} domain: use what plugins/{{domain}}/index.ts exports or its plugin decorates.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename
    const own = domainOf(file)
    return importVisitors((node, spec) => {
      const target = resolveImport(file, spec)
      const domain = target && domainOf(target)
      if (!domain || domain === own) return
      const inner = path.relative(path.join(PLUGINS, domain), target)
      // index.js is the surface; store.js has its own message (no-restricted-imports).
      if (inner === 'index.js' || inner === 'store.js') return
      context.report({ node, messageId: 'internal', data: { spec, domain } })
    })
  },
}

const noDomainCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycle between domains' },
    messages: { cycle: 'Import cycle between domains: {{cycle}} (first import of each step: {{files}}).' },
    schema: [],
  },
  create(context) {
    const file = context.filename
    const own = domainOf(file)
    if (!own) return {}
    return importVisitors((node, spec) => {
      const target = resolveImport(file, spec)
      const to = target && domainOf(target)
      if (!to || to === own) return
      const graph = domainGraph()
      const back = pathTo(graph, to, own)
      if (!back) return
      const cycle = [own, ...back]
      const files = cycle.slice(0, -1).map((d, i) => graph.get(d)?.get(cycle[i + 1]) ?? path.relative(ROOT, file))
      context.report({ node, messageId: 'cycle', data: { cycle: cycle.join(' -> '), files: files.join(', ') } })
    })
  },
}

export default { rules: { 'public-surface': publicSurface, 'no-domain-cycle': noDomainCycle } }
