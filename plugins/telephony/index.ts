import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { InboundDiagnostics } from '../../schemas/telephony.js'
import { createTelephonyStore, type TelephonyStore } from './store.js'
import { countryOf, destinationDecision } from './country-rules.js'
import phoneNumberRoutes from './phone-numbers.js'
import reprovisionRoutes from './reprovision.js'
import inboundStartRoutes from './inbound-start.js'
import outboundRoutes from './outbound.js'
import { createOutboundDialer, type PlaceOutboundCall } from './outbound-dial.js'
import transferRoutes from './transfer.js'
import twilioWebhookRoutes from './twilio-webhook.js'
import diagnosticsRoutes, { inboundDiagnostics } from './diagnostics.js'

/** Whether a number may call a destination (its allowedOutboundCountries); campaigns skip recipients it refuses. */
export type CheckOutboundDestination = (numberId: string, e164: string) => Promise<{ allowed: boolean; country: string | null; reason?: 'destination_not_allowed' | 'phone_number_not_found' }>

declare module 'fastify' {
  interface FastifyInstance {
    telephony: TelephonyStore & { checkOutboundDestination: CheckOutboundDestination }
    /** The routing doctor's report for a workspace (the route and `npm run doctor` share it). */
    inboundDiagnostics: (workspaceId: string) => Promise<InboundDiagnostics>
    /** The one outbound dial path: POST /api/calls/outbound and campaign dials both go through it. */
    outboundCalls: { place: PlaceOutboundCall }
  }
}

/**
 * Phone numbers, SIP provisioning, inbound/outbound call setup, transfers, the Twilio Voice
 * webhook and the routing doctor. Each route file is its own encapsulated scope (the Twilio form
 * parser and the inbound-start log hook stay inside theirs).
 */
export default fp(
  async function telephony(app: FastifyInstance) {
    const store = createTelephonyStore(app.sql, app.secrets)
    const checkOutboundDestination: CheckOutboundDestination = async (numberId, e164) => {
      const number = await store.findById(numberId)
      if (!number) return { allowed: false, country: countryOf(e164), reason: 'phone_number_not_found' }
      const d = destinationDecision(number.allowed_outbound_countries, e164)
      return d.allowed ? d : { ...d, reason: 'destination_not_allowed' }
    }
    app.decorate('telephony', { ...store, checkOutboundDestination })
    app.secretRotations.set('telephony.sip_passwords', (box) => store.reencryptSecrets(box))
    // Deleting an agent a number still routes to answers 409 agent_in_use (checked by the agents domain).
    app.decorate('agentUsage', (workspaceId: string, agentId: string) => store.numbersRoutingTo(workspaceId, agentId))
    const diagnose = (workspaceId: string) =>
      inboundDiagnostics(
        { config: app.config, store, agents: app.agents, calls: app.calls, twilio: app.integrations.twilio, livekit: app.integrations.livekit },
        workspaceId,
      )
    app.decorate('inboundDiagnostics', diagnose)

    await app.register(phoneNumberRoutes, { prefix: '/api', store })
    await app.register(reprovisionRoutes, { prefix: '/api', store })
    await app.register(inboundStartRoutes, { prefix: '/api', store })
    const place = createOutboundDialer(app, store)
    app.decorate('outboundCalls', { place })
    await app.register(outboundRoutes, { prefix: '/api', store, place })
    await app.register(transferRoutes, { prefix: '/api' })
    await app.register(twilioWebhookRoutes, { prefix: '/api', store })
    await app.register(diagnosticsRoutes, { prefix: '/api', diagnose })
  },
  { name: 'telephony', dependencies: ['secrets', 'authenticate', 'integrations', 'agents', 'calls', 'do-not-call', 'recordings'] },
)
