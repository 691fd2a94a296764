import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp } from './helpers/app.js'
import { createAgent, signup } from './helpers/users.js'
import { webhookUrlRejection } from '../plugins/call-webhooks/url-policy.js'

const REFUSED = [
  'http://hooks.example.com/calls', // not https
  'https://127.0.0.1/hook',
  'https://169.254.169.254/latest/meta-data/', // cloud metadata
  'https://[::1]/hook',
  'https://[::ffff:10.0.0.1]/hook', // IPv4-mapped private address
  'https://10.1.2.3:8443/hook',
  'https://metadata.google.internal/computeMetadata/v1/',
  'https://localhost/hook',
]

test('a webhook URL pointing at a private, loopback or metadata address is refused when saved (agents and workspace), not first at delivery', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const agent = await createAgent(app, owner.headers, { name: 'Saved' })
  for (const url of REFUSED) {
    const answers = [
      await app.inject({ method: 'POST', url: '/api/agents', headers: owner.headers, payload: { name: 'Hook', webhookUrl: url } }),
      await app.inject({ method: 'PATCH', url: `/api/agents/${agent.id}`, headers: owner.headers, payload: { webhookUrl: url } }),
      await app.inject({ method: 'PATCH', url: `/api/workspaces/${owner.workspaceId}`, headers: owner.headers, payload: { webhookUrl: url } }),
    ]
    for (const res of answers) {
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`)
      const { error } = res.json()
      assert.equal(error.code, 'webhook_url_not_allowed', url)
      assert.match(error.message, /^body\.webhookUrl /)
      assert.equal(error.details[0].field, 'webhookUrl')
    }
  }
  const agents = (await app.inject({ method: 'GET', url: '/api/agents', headers: owner.headers })).json().items
  assert.deepEqual(agents.map((a: { name: string; webhookUrl: string | null }) => [a.name, a.webhookUrl]), [['Saved', null]], 'nothing refused was stored')
  const ws = (await app.inject({ method: 'GET', url: '/api/me', headers: owner.headers })).json()
  assert.equal(ws.workspace.webhookUrl ?? null, null)

  // A name that does not resolve (yet) is accepted: delivery checks it again at connect time.
  const later = 'https://hooks.not-yet-live.invalid/calls'
  const created = await app.inject({ method: 'POST', url: '/api/agents', headers: owner.headers, payload: { name: 'Later', webhookUrl: later } })
  assert.equal(created.statusCode, 201, created.body)
  assert.equal(created.json().webhookUrl, later)
  assert.equal((await app.inject({ method: 'PATCH', url: `/api/workspaces/${owner.workspaceId}`, headers: owner.headers, payload: { webhookUrl: later } })).statusCode, 200)
  assert.equal((await app.inject({ method: 'PATCH', url: `/api/agents/${agent.id}`, headers: owner.headers, payload: { webhookUrl: null } })).statusCode, 200, 'clearing is always allowed')
})

test('WEBHOOKS_ALLOW_INSECURE accepts http and local receivers at save time (development)', async (t) => {
  const { app } = await startTestApp(t, { env: { WEBHOOKS_ALLOW_INSECURE: 'true' } })
  const owner = await signup(app)
  const res = await app.inject({ method: 'POST', url: '/api/agents', headers: owner.headers, payload: { name: 'Dev', webhookUrl: 'http://127.0.0.1:9/hook' } })
  assert.equal(res.statusCode, 201, res.body)
  assert.equal((await app.inject({ method: 'PATCH', url: `/api/workspaces/${owner.workspaceId}`, headers: owner.headers, payload: { webhookUrl: 'http://localhost:9/hook' } })).statusCode, 200)
})

// The resolution step: a public-looking name is judged by the addresses it resolves to. The resolver is
// injected here only because no name in this sandbox's DNS resolves to a private address.
test('a name is refused at save when every address it resolves to is private; a name with a public address passes', async () => {
  const policy = { allowInsecure: false }
  const dns: Record<string, string[]> = {
    'rebind.example.net': ['127.0.0.1'],
    'metadata.example.net': ['169.254.169.254', 'fd00::1'],
    'mixed.example.net': ['10.0.0.1', '93.184.215.14'],
    'v6.example.net': ['2606:4700::6810:85e5'],
  }
  const resolve = async (host: string) => {
    const a = dns[host]
    if (!a) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' })
    return a
  }
  assert.match((await webhookUrlRejection('https://rebind.example.net/h', policy, resolve))!, /resolves to a loopback, private or reserved address \(rebind\.example\.net is 127\.0\.0\.1\)/)
  assert.match((await webhookUrlRejection('https://metadata.example.net/h', policy, resolve))!, /resolves to/)
  assert.equal(await webhookUrlRejection('https://mixed.example.net/h', policy, resolve), undefined, 'delivery connects to the public address only')
  assert.equal(await webhookUrlRejection('https://v6.example.net/h', policy, resolve), undefined)
  assert.equal(await webhookUrlRejection('https://unknown.example.net/h', policy, resolve), undefined, 'not resolvable yet')
  assert.equal(await webhookUrlRejection('http://rebind.example.net/h', { allowInsecure: true }, resolve), undefined)
})
