import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import { EnvSchema } from '../src/config.js'
import { envExample, withTable } from '../src/cli/env-docs.js'

const read = (f: string) => readFile(new URL(`../${f}`, import.meta.url), 'utf8')

test('compose.yaml: api, postgres and caddy wired as the README says, env names known to the config schema', async () => {
  const compose = parse(await read('compose.yaml'))
  assert.deepEqual(Object.keys(compose.services).sort(), ['api', 'caddy', 'postgres'])
  const { api, postgres, caddy } = compose.services
  const known = new Set(Object.keys(EnvSchema.properties))
  for (const name of Object.keys(api.environment)) assert.ok(known.has(name), `api env ${name} is not in src/config.ts`)
  assert.equal(api.environment.PORT, 8787)
  assert.deepEqual(api.expose, ['8787'])
  assert.equal(api.depends_on.postgres.condition, 'service_healthy')
  assert.ok(api.healthcheck.test.join(' ').includes('/health'))
  assert.match(api.environment.DATABASE_URL, /@postgres:5432\//, 'the api reaches the postgres service by name')
  assert.ok(postgres.volumes.some((v: string) => v.endsWith(':/var/lib/postgresql/data')))
  assert.ok(postgres.healthcheck.test.join(' ').includes('pg_isready'))
  assert.ok(caddy.ports.includes('443:443'))
  assert.ok(caddy.volumes.includes('./Caddyfile:/etc/caddy/Caddyfile:ro'))
  const caddyfile = await read('Caddyfile')
  assert.match(caddyfile, /reverse_proxy api:8787/)
})

test('Dockerfile: multi-stage, non-root, health check, and it starts what npm start starts', async () => {
  const dockerfile = await read('Dockerfile')
  const pkg = JSON.parse(await read('package.json'))
  assert.equal((dockerfile.match(/^FROM /gm) ?? []).length, 2)
  assert.match(dockerfile, /^USER node$/m)
  assert.match(dockerfile, /^HEALTHCHECK .*\n.*\/health/m)
  const entry = pkg.scripts.start.replace(/^node /, '')
  assert.match(dockerfile, new RegExp(`CMD \\["node", "${entry.replace(/\//g, '\\/')}"\\]`))
  assert.match(dockerfile, /COPY src \.\/src/)
  assert.match(dockerfile, /npm run build/)
})

test('README configuration table and .env.example match the config schema', async () => {
  const readme = await read('README.md')
  assert.equal(withTable(readme), readme, 'run `npm run env-docs` to regenerate the README table')
  assert.equal(await read('.env.example'), envExample(), 'run `npm run env-docs` to regenerate .env.example')
  for (const name of Object.keys(EnvSchema.properties)) assert.ok(readme.includes(`\`${name}\``), name)
  assert.ok(readme.includes('npm install && npm start'))
  assert.ok(readme.includes('npm test'))
})
