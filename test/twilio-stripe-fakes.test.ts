import { test } from 'node:test'
import assert from 'node:assert/strict'
import twilio from 'twilio'
import Stripe from 'stripe'
import { createTwilio, validateTwilioSignature, twilioSignatureTokens, TWILIO_HOST_HEADER } from '../src/integrations/twilio.js'
import { createStripe, constructStripeEvent, StripeWebhookSignatureError } from '../src/integrations/stripe.js'
import { startTwilioServer } from './support/twilio-server.js'
import { startStripeServer, parseStripeForm } from './support/stripe-server.js'

// The real `twilio` and `stripe` SDKs, built by our factories, against the local protocol servers.

async function twilioFixture(t: { after: (fn: () => Promise<void>) => void }) {
  const server = await startTwilioServer({ accountSid: `AC${'a1'.repeat(16)}`, authToken: 'current-auth-token' })
  t.after(() => server.close())
  const client = createTwilio({ accountSid: server.accountSid, authToken: server.authToken, apiBaseUrl: server.url })
  assert.ok(client)
  return { server, client }
}

async function stripeFixture(t: { after: (fn: () => Promise<void>) => void }, maxNetworkRetries = 0) {
  const server = await startStripeServer({ secretKey: 'sk_test_fake_0123456789abcdef' })
  t.after(() => server.close())
  const stripe = createStripe({ secretKey: server.secretKey, webhookSecrets: [], apiBaseUrl: server.url }, { maxNetworkRetries })
  assert.ok(stripe)
  return { server, stripe }
}

test('factories return undefined without credentials', () => {
  assert.equal(createTwilio({ accountSid: undefined, authToken: 'x' }), undefined)
  assert.equal(createTwilio({ accountSid: 'AC' + '0'.repeat(32), authToken: undefined }), undefined)
  assert.equal(createStripe({ secretKey: undefined, webhookSecrets: [] }), undefined)
  assert.ok(createTwilio({ accountSid: 'AC' + '0'.repeat(32), authToken: 'tok' }))
  assert.ok(createStripe({ secretKey: 'sk_test_x', webhookSecrets: [] }))
})

test('twilio: trunk, origination URL, number association, every host rewritten onto the base URL', async (t) => {
  const { server, client } = await twilioFixture(t)
  const owned = server.state.addIncomingNumber('+14155550111')

  const trunk = await client.trunking.v1.trunks.create({ friendlyName: 'rapidcall-ws1', domainName: 'rapidcall-ws1.pstn.twilio.com' })
  assert.match(trunk.sid, /^TK[0-9a-f]{32}$/)
  assert.equal(trunk.friendlyName, 'rapidcall-ws1')
  assert.equal(trunk.domainName, 'rapidcall-ws1.pstn.twilio.com')
  assert.ok(trunk.dateCreated instanceof Date && !Number.isNaN(trunk.dateCreated.getTime()))

  const ou = await client.trunking.v1.trunks(trunk.sid).originationUrls.create({
    friendlyName: 'livekit',
    sipUrl: 'sip:abc.sip.livekit.cloud;transport=tcp',
    weight: 1,
    priority: 1,
    enabled: true,
  })
  assert.match(ou.sid, /^OU[0-9a-f]{32}$/)
  assert.equal(ou.trunkSid, trunk.sid)
  assert.equal(ou.enabled, true)

  const listed = await client.trunking.v1.trunks(trunk.sid).originationUrls.list()
  assert.deepEqual(listed.map((o) => [o.sid, o.sipUrl]), [[ou.sid, 'sip:abc.sip.livekit.cloud;transport=tcp']])

  const assoc = await client.trunking.v1.trunks(trunk.sid).phoneNumbers.create({ phoneNumberSid: owned.sid })
  assert.equal(assoc.sid, owned.sid)
  assert.equal(assoc.trunkSid, trunk.sid)
  assert.equal(server.state.incomingNumbers.get(owned.sid)?.trunkSid, trunk.sid)
  const onTrunk = await client.trunking.v1.trunks(trunk.sid).phoneNumbers.list()
  assert.deepEqual(onTrunk.map((n) => n.phoneNumber), ['+14155550111'])
  assert.equal((await client.api.v2010.account.incomingPhoneNumbers(owned.sid).fetch()).trunkSid, trunk.sid)

  await client.trunking.v1.trunks(trunk.sid).originationUrls(ou.sid).remove()
  assert.deepEqual(await client.trunking.v1.trunks(trunk.sid).originationUrls.list(), [])

  // Every call reached the fake, labelled with the host the SDK aimed at.
  const hosts = new Set(server.requests.map((r) => r.host))
  assert.deepEqual([...hosts].sort(), ['api.twilio.com', 'trunking.twilio.com'])
  const create = server.requests.find((r) => r.method === 'POST' && r.path.endsWith('/OriginationUrls'))
  assert.equal(create?.form.SipUrl, 'sip:abc.sip.livekit.cloud;transport=tcp')
  assert.equal(create?.form.Enabled, 'true')
  assert.ok(create?.headers[TWILIO_HOST_HEADER])
})

test('twilio: list pages follow next_page_url back through the base URL', async (t) => {
  const { server, client } = await twilioFixture(t)
  for (let i = 0; i < 5; i++) await client.trunking.v1.trunks.create({ friendlyName: `t${i}` })
  const all = await client.trunking.v1.trunks.list({ pageSize: 2 })
  assert.deepEqual(all.map((x) => x.friendlyName), ['t0', 't1', 't2', 't3', 't4'])
  const pages = server.requests.filter((r) => r.method === 'GET' && r.path === '/v1/Trunks')
  assert.deepEqual(pages.map((r) => r.query.Page), ['0', '1', '2'].map((p, i) => (i === 0 ? undefined : p)))

  for (let i = 0; i < 3; i++) server.state.addIncomingNumber(`+1212555010${i}`)
  const numbers = await client.api.v2010.account.incomingPhoneNumbers.list({ pageSize: 2 })
  assert.equal(numbers.length, 3)
})

test('twilio: list incoming numbers filtered by phone number; buy by area code', async (t) => {
  const { server, client } = await twilioFixture(t)
  server.state.addIncomingNumber('+14155550100')
  server.state.addIncomingNumber('+13105550100')

  const found = await client.incomingPhoneNumbers.list({ phoneNumber: '+14155550100' })
  assert.equal(found.length, 1)
  assert.equal(found[0].phoneNumber, '+14155550100')
  assert.match(found[0].sid, /^PN[0-9a-f]{32}$/)
  assert.ok(found[0].dateCreated instanceof Date && !Number.isNaN(found[0].dateCreated.getTime()))
  assert.equal(server.requests.at(-1)?.query.PhoneNumber, '+14155550100')
  assert.deepEqual(await client.incomingPhoneNumbers.list({ phoneNumber: '+19995550000' }), [])

  const available = await client.availablePhoneNumbers('US').local.list({ areaCode: 646, limit: 3 })
  assert.equal(available.length, 3)
  assert.ok(available.every((n) => n.phoneNumber.startsWith('+1646')))

  const bought = await client.incomingPhoneNumbers.create({ areaCode: '646', voiceUrl: 'https://api.example.com/api/webhooks/twilio/inbound' })
  assert.ok(bought.phoneNumber.startsWith('+1646'))
  assert.equal(bought.voiceUrl, 'https://api.example.com/api/webhooks/twilio/inbound')
  assert.ok(server.state.findIncomingNumber(bought.phoneNumber))

  const exact = await client.incomingPhoneNumbers.create({ phoneNumber: '+17185550123' })
  assert.equal(exact.phoneNumber, '+17185550123')
  await assert.rejects(client.incomingPhoneNumbers.create({ phoneNumber: '+17185550123' }), { status: 400, code: 21422 })

  server.state.exhaustAreaCode('212')
  await assert.rejects(client.incomingPhoneNumbers.create({ areaCode: '212' }), { status: 400, code: 21452 })

  await client.incomingPhoneNumbers(exact.sid).remove()
  assert.equal(server.state.findIncomingNumber('+17185550123'), undefined)
  await assert.rejects(client.incomingPhoneNumbers(exact.sid).fetch(), { status: 404, code: 20404 })
})

test('twilio: a wrong auth token is rejected with 401 by the SDK', async (t) => {
  const { server } = await twilioFixture(t)
  const wrong = createTwilio({ accountSid: server.accountSid, authToken: 'not-the-token', apiBaseUrl: server.url })!
  await assert.rejects(wrong.incomingPhoneNumbers.list(), (err: unknown) => {
    assert.ok(err instanceof twilio.RestException)
    assert.equal(err.status, 401)
    assert.equal(err.code, 20003)
    return true
  })
  await assert.rejects(wrong.trunking.v1.trunks.create({ friendlyName: 'x' }), { status: 401 })
  assert.equal(server.state.trunks.size, 0)
})

test('twilio: validateTwilioSignature accepts the current and previous token, rejects tampering', () => {
  const config = { accountSid: 'AC' + '0'.repeat(32), authToken: 'token-now', previousAuthToken: 'token-before' }
  const authTokens = twilioSignatureTokens(config)
  assert.deepEqual(authTokens, ['token-now', 'token-before'])
  const url = 'https://api.rapidcall.ai/api/webhooks/twilio/inbound'
  const params = { CallSid: 'CA123', From: '+14155550100', To: '+14155550111', Called: '+14155550111' }

  for (const token of ['token-now', 'token-before']) {
    const signature = twilio.getExpectedTwilioSignature(token, url, params)
    assert.equal(validateTwilioSignature({ authTokens, signature, url, params }), true, token)
  }
  const signature = twilio.getExpectedTwilioSignature('token-now', url, params)
  assert.equal(validateTwilioSignature({ authTokens, signature, url, params: { ...params, To: '+19995550000' } }), false)
  assert.equal(validateTwilioSignature({ authTokens, signature, url: url + '?x=1', params }), false)
  assert.equal(validateTwilioSignature({ authTokens, signature: undefined, url, params }), false)
  assert.equal(validateTwilioSignature({ authTokens: ['another-token'], signature, url, params }), false)
  assert.equal(validateTwilioSignature({ authTokens: [], signature, url, params }), false)
})

test('stripe: bracket-encoded bodies parse into nested objects and arrays', () => {
  assert.deepEqual(parseStripeForm('mode=subscription&line_items[0][price]=price_1&line_items[0][quantity]=1&line_items[1][price]=price_2&metadata[ws]=w1&expand[]=a&expand[]=b'), {
    mode: 'subscription',
    line_items: [{ price: 'price_1', quantity: '1' }, { price: 'price_2' }],
    metadata: { ws: 'w1' },
    expand: ['a', 'b'],
  })
})

test('stripe: customer, checkout session, portal session, subscription', async (t) => {
  const { server, stripe } = await stripeFixture(t)
  const customer = await stripe.customers.create({ email: 'owner@example.com', name: 'Acme', metadata: { workspaceId: 'ws_1' } })
  assert.match(customer.id, /^cus_/)
  assert.equal(customer.email, 'owner@example.com')
  assert.deepEqual(customer.metadata, { workspaceId: 'ws_1' })
  const fetched = await stripe.customers.retrieve(customer.id)
  assert.ok(!fetched.deleted)
  assert.equal(fetched.name, 'Acme')

  const monthly = server.state.billing.addPrice({ unitAmountDecimal: '4900', nickname: 'Pro monthly' }).id as string
  const checkout = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customer.id,
    line_items: [{ price: monthly, quantity: 1 }],
    success_url: 'https://app.rapidcall.ai/billing?ok=1',
    cancel_url: 'https://app.rapidcall.ai/billing',
    client_reference_id: 'ws_1',
    subscription_data: { metadata: { workspaceId: 'ws_1' } },
  })
  assert.match(checkout.id, /^cs_test_/)
  assert.match(checkout.url ?? '', /^https:\/\/checkout\.stripe\.com\//)
  assert.equal(checkout.customer, customer.id)
  const sent = server.requests.find((r) => r.path === '/v1/checkout/sessions')
  assert.deepEqual(sent?.form.line_items, [{ price: monthly, quantity: '1' }])
  assert.equal(sent?.headers.authorization, `Bearer ${server.secretKey}`)

  await assert.rejects(stripe.checkout.sessions.create({ mode: 'subscription', customer: 'cus_nope', line_items: [{ price: 'price_x', quantity: 1 }] }), {
    type: 'StripeInvalidRequestError',
    code: 'resource_missing',
    statusCode: 400,
  })

  // Strict as Stripe: an unknown price, an unknown parameter, a quantity on a metered price, a licensed one without.
  const meter = server.state.billing.addMeter({ eventName: 'voice_minutes' })
  const metered = server.state.billing.addPrice({ unitAmountDecimal: '10', meter: meter.id as string }).id as string
  const refused = async (params: Record<string, unknown>, code: string, param: string) => {
    await assert.rejects(stripe.checkout.sessions.create({ mode: 'subscription', customer: customer.id, success_url: 'https://x.test/ok', ...params } as never), (err: { statusCode?: number; code?: string; param?: string }) => {
      assert.equal(err.statusCode, 400)
      assert.equal(err.code, code)
      assert.equal(err.param, param)
      return true
    })
  }
  await refused({ line_items: [{ price: 'price_unknown', quantity: 1 }] }, 'resource_missing', 'line_items[0][price]')
  await refused({ line_items: [{ price: metered }], plan: 'pro' }, 'parameter_unknown', 'plan')
  await refused({ line_items: [{ price: metered, quantity: 1, interval: 'month' }] }, 'parameter_unknown', 'line_items[0][interval]')
  await refused({ line_items: [{ price: metered, quantity: 1 }] }, 'parameter_invalid_integer', 'line_items[0][quantity]')
  await refused({ line_items: [{ price: monthly }] }, 'parameter_missing', 'line_items[0][quantity]')
  await refused({ line_items: [{ price: metered }], customer_email: 'a@b.test' }, 'parameter_invalid_string', 'customer_email')

  const portal = await stripe.billingPortal.sessions.create({ customer: customer.id, return_url: 'https://app.rapidcall.ai/billing' })
  assert.match(portal.url, /^https:\/\/billing\.stripe\.com\//)
  assert.equal(portal.customer, customer.id)

  const { subscription } = server.state.completeCheckoutSession(checkout.id)
  assert.ok(subscription)
  const sub = await stripe.subscriptions.retrieve(subscription.id as string)
  assert.equal(sub.status, 'active')
  assert.equal(sub.customer, customer.id)
  assert.deepEqual(sub.metadata, { workspaceId: 'ws_1' })
  assert.equal(sub.items.data[0].price.id, monthly)
  assert.ok(sub.items.data[0].current_period_end > Date.now() / 1000)
  await assert.rejects(stripe.subscriptions.retrieve('sub_missing'), { statusCode: 404, code: 'resource_missing' })
})

test('stripe: meter event idempotency key replays; a duplicate identifier is a 400', async (t) => {
  const { server, stripe } = await stripeFixture(t)
  const customer = await stripe.customers.create({})
  const params = { event_name: 'voice_minutes', identifier: 'call_1', payload: { stripe_customer_id: customer.id, value: '3' } }
  const first = await stripe.billing.meterEvents.create(params, { idempotencyKey: 'usage-call_1' })
  const second = await stripe.billing.meterEvents.create(params, { idempotencyKey: 'usage-call_1' })
  assert.deepEqual(second, first)
  assert.equal(second.lastResponse.headers['idempotent-replayed'], 'true')
  assert.equal(server.state.meterEvents.length, 1)
  assert.deepEqual(server.state.meterEvents[0].payload, { stripe_customer_id: customer.id, value: '3' })
  assert.equal(server.state.meterEvents[0].event_name, 'voice_minutes')

  await assert.rejects(stripe.billing.meterEvents.create({ ...params, payload: { ...params.payload, value: '4' } }, { idempotencyKey: 'usage-call_1' }), {
    type: 'StripeIdempotencyError',
    statusCode: 400,
  })
  await assert.rejects(stripe.billing.meterEvents.create(params, { idempotencyKey: 'another-key' }), { statusCode: 400, code: 'resource_already_exists' })
  assert.equal(server.state.meterEvents.length, 1)
})

test('stripe: injected 500s; the SDK retries them with the same idempotency key when retries are on', async (t) => {
  const { server, stripe } = await stripeFixture(t)
  server.failNext('/v1/customers', 1)
  await assert.rejects(stripe.customers.create({}), { type: 'StripeAPIError', statusCode: 500 })
  assert.equal(server.state.customers.size, 0)

  const retrying = createStripe({ secretKey: server.secretKey, webhookSecrets: [], apiBaseUrl: server.url }, { maxNetworkRetries: 2 })!
  server.failNext('/v1/customers', 1, { method: 'POST' })
  const before = server.requests.length
  const c = await retrying.customers.create({ email: 'retry@example.com' })
  const attempts = server.requests.slice(before)
  assert.deepEqual(attempts.map((r) => r.status), [500, 200])
  assert.ok(attempts[0].idempotencyKey)
  assert.equal(attempts[0].idempotencyKey, attempts[1].idempotencyKey)
  assert.equal(server.state.customers.size, 1)
  assert.equal(server.state.customers.get(c.id)?.email, 'retry@example.com')

  server.failNext('/v1/customers', 1, { shouldRetry: false })
  await assert.rejects(retrying.customers.create({}), { statusCode: 500 })
})

test('stripe: a wrong secret key is a StripeAuthenticationError (401)', async (t) => {
  const { server } = await stripeFixture(t)
  const wrong = createStripe({ secretKey: 'sk_test_wrong_key_000000', webhookSecrets: [], apiBaseUrl: server.url }, { maxNetworkRetries: 0 })!
  await assert.rejects(wrong.customers.create({}), (err: unknown) => {
    assert.ok(err instanceof Stripe.errors.StripeAuthenticationError)
    assert.equal(err.statusCode, 401)
    return true
  })
  assert.equal(server.state.customers.size, 0)
})

test('stripe: constructStripeEvent accepts current and previous secrets, rejects tampering and stale timestamps', async (t) => {
  const { server, stripe } = await stripeFixture(t)
  const secrets = ['whsec_current_secret', 'whsec_previous_secret']
  const event = server.state.makeEvent('checkout.session.completed', { id: 'cs_test_1', object: 'checkout.session' })
  const payload = JSON.stringify(event)

  for (const secret of secrets) {
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret })
    const got = constructStripeEvent(stripe, Buffer.from(payload), header, secrets)
    assert.equal(got.id, event.id)
    assert.equal(got.type, 'checkout.session.completed')
    // The class works as well as an instance.
    assert.equal(constructStripeEvent(Stripe, payload, header, secrets).id, event.id)
  }

  const header = stripe.webhooks.generateTestHeaderString({ payload, secret: secrets[0] })
  assert.throws(() => constructStripeEvent(stripe, payload.replace('cs_test_1', 'cs_test_2'), header, secrets), StripeWebhookSignatureError)
  assert.throws(() => constructStripeEvent(stripe, payload, header, ['whsec_other']), StripeWebhookSignatureError)
  assert.throws(() => constructStripeEvent(stripe, payload, undefined, secrets), StripeWebhookSignatureError)
  assert.throws(() => constructStripeEvent(stripe, payload, header, []), StripeWebhookSignatureError)

  const stale = stripe.webhooks.generateTestHeaderString({ payload, secret: secrets[0], timestamp: Math.floor(Date.now() / 1000) - 301 })
  assert.throws(() => constructStripeEvent(stripe, payload, stale, secrets), /tolerance/i)
  const nearlyStale = stripe.webhooks.generateTestHeaderString({ payload, secret: secrets[1], timestamp: Math.floor(Date.now() / 1000) - 250 })
  assert.equal(constructStripeEvent(stripe, payload, nearlyStale, secrets).id, event.id)
})
