import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors } from '../../schemas/common.js'
import { TwilioWebhookBody } from '../../schemas/telephony.js'
import { httpError, integrationNotConfigured } from '../../src/platform/http-error.js'
import { twilioSignatureTokens, validateTwilioSignature } from '../../src/integrations/twilio.js'
import { normaliseDialled } from './e164.js'
import type { TelephonyStore } from './store.js'

export const NOT_CONFIGURED_SENTENCE = 'This number is not configured for inbound calls. Please contact the owner of this number. Goodbye.'

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

export const dialTwiml = (to: string, sipEndpoint: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Response><Dial><Sip>${xml(`sip:${to}@${sipEndpoint};transport=tls`)}</Sip></Dial></Response>`

export const sayAndHangUpTwiml = (sentence: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Response><Say>${xml(sentence)}</Say><Hangup/></Response>`

/** Form posts keep every value a string (repeated keys become arrays), exactly as Twilio signed them. */
function parseForm(body: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [k, v] of new URLSearchParams(body)) {
    const prev = out[k]
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]
  }
  return out
}

/**
 * POST /api/webhooks/twilio/inbound: the Voice URL of numbers that are not on the SIP trunk.
 * Numbers on the trunk never reach it (Twilio sends their calls straight to the origination URI).
 */
export default async function twilioWebhookRoutes(fastify: FastifyInstance, opts: { store: TelephonyStore }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { store } = opts
  const { config } = app

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
    done(null, parseForm(body as string))
  })

  app.post('/webhooks/twilio/inbound', {
    schema: {
      tags: ['webhooks'], security: [{ twilioSignature: [] }], operationId: 'receiveTwilioInbound',
      summary: 'Twilio Voice webhook: bridge the call to LiveKit SIP',
      description:
        '`X-Twilio-Signature` is checked against PUBLIC_API_BASE_URL + path (and query) with TWILIO_AUTH_TOKEN, or ' +
        'TWILIO_AUTH_TOKEN_PREVIOUS while rotating: 403 when it matches neither. Answers TwiML ' +
        '`<Dial><Sip>sip:{To}@{LIVEKIT_SIP_ENDPOINT};transport=tls</Sip></Dial>`, or `<Say>` + `<Hangup/>` for a number RapidCall does not know.',
      consumes: ['application/x-www-form-urlencoded'],
      body: TwilioWebhookBody,
      // TwiML on success only: errors are the usual JSON body (a `produces` list would label them text/xml).
      response: { 200: { description: 'TwiML', content: { 'text/xml': { schema: Type.String({ description: 'TwiML' }) } } }, ...errors(400, 403, 415, 503) },
    },
  }, async (req, reply) => {
    const tokens = twilioSignatureTokens(config.twilio)
    if (!tokens.length) throw integrationNotConfigured('Twilio webhooks', ['TWILIO_AUTH_TOKEN'])
    if (!config.publicApiBaseUrl) throw integrationNotConfigured('Twilio webhooks', ['PUBLIC_API_BASE_URL'])
    const url = `${config.publicApiBaseUrl.replace(/\/+$/, '')}${req.url}`
    const signature = req.headers['x-twilio-signature']
    const params = req.body
    if (!validateTwilioSignature({ authTokens: tokens, signature: typeof signature === 'string' ? signature : undefined, url, params })) {
      req.log.warn({ url }, '[twilio-inbound] rejected: bad X-Twilio-Signature (check PUBLIC_API_BASE_URL matches the URL configured at Twilio)')
      throw httpError(403, 'invalid_signature', 'X-Twilio-Signature does not match this request')
    }
    const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
    const rawTo = first(params.To) ?? first(params.Called) ?? ''
    const to = normaliseDialled(rawTo)
    const known = to ? await store.findByE164(to) : undefined
    const sipEndpoint = config.livekit.sipEndpoint
    reply.type('text/xml; charset=utf-8')
    if (!known || !to) {
      req.log.warn({ to: rawTo, callSid: first(params.CallSid) }, '[twilio-inbound] unknown number: saying the fallback sentence')
      return sayAndHangUpTwiml(NOT_CONFIGURED_SENTENCE)
    }
    if (!sipEndpoint) {
      req.log.error({ to }, '[twilio-inbound] LIVEKIT_SIP_ENDPOINT is not set: cannot bridge the call')
      return sayAndHangUpTwiml(NOT_CONFIGURED_SENTENCE)
    }
    req.log.info({ to, from: first(params.From), callSid: first(params.CallSid), workspaceId: known.workspace_id }, '[twilio-inbound] dial')
    return dialTwiml(to, sipEndpoint)
  })
}
