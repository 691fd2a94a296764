// Boot smoke test against a running server: waits for /health, then exercises the API
// through its real port the way the dashboard would.
const base = process.argv[2] ?? 'http://127.0.0.1:8787'
const deadline = Date.now() + 120_000

async function waitForHealth() {
  for (;;) {
    try {
      const res = await fetch(`${base}/health`)
      if (res.status === 200) return Date.now()
    } catch {}
    if (Date.now() > deadline) throw new Error(`${base}/health did not answer 200 within 120 s`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

async function call(method, path, body, token) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null }
}

const started = Date.now()
await waitForHealth()
console.log(`smoke: /health 200 after ${Date.now() - started} ms`)

const spec = await call('GET', '/openapi.json')
if (spec.status !== 200) throw new Error('GET /openapi.json failed')
if (spec.body.paths['/api/auth/signup']) {
  const email = `smoke-${Date.now()}@example.com`
  const signup = await call('POST', '/api/auth/signup', { email, password: 'correct horse battery', workspaceName: 'Smoke' })
  if (signup.status !== 201) throw new Error(`signup: ${signup.status} ${JSON.stringify(signup.body)}`)
  const created = await call('POST', '/api/agents', { name: 'Smoke agent', promptDraft: 'Hello' }, signup.body.token)
  if (created.status !== 201) throw new Error(`create agent: ${created.status} ${JSON.stringify(created.body)}`)
  const read = await call('GET', `/api/agents/${created.body.id}`, undefined, signup.body.token)
  if (read.status !== 200 || read.body.name !== 'Smoke agent') throw new Error(`read agent: ${read.status}`)
  console.log('smoke: signup, create agent, read agent: ok')
}
