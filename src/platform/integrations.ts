import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config.js'
import { missingIntegrationVars } from '../config.js'
import { createLiveKit, type LiveKit } from '../integrations/livekit.js'
import { createS3, type S3Storage } from '../integrations/s3.js'
import { createTwilio, type TwilioClient } from '../integrations/twilio.js'
import { createStripe, type StripeClient } from '../integrations/stripe.js'
import { createOpenAI, type Llm } from '../integrations/openai.js'
import { integrationNotConfigured } from './http-error.js'

export interface Integrations {
  livekit?: LiveKit
  s3?: S3Storage
  twilio?: TwilioClient
  stripe?: StripeClient
  /** The LLM (official `openai` SDK, OPENAI_*; model ANALYSIS_MODEL): post-call analysis, evaluations, prompt generation. */
  openai?: Llm
}

declare module 'fastify' {
  interface FastifyInstance {
    integrations: Integrations
    /** The configured client, or a 503 `integration_not_configured` naming the missing variables. */
    need<K extends keyof Integrations>(name: K): NonNullable<Integrations[K]>
  }
}

const CONFIG_KEY = { livekit: 'livekit', s3: 's3', twilio: 'twilio', stripe: 'stripe', openai: 'openai' } as const
const LABEL = { livekit: 'LiveKit', s3: 'Recording storage (S3)', twilio: 'Twilio', stripe: 'Stripe', openai: 'The LLM (OpenAI-compatible)' } as const

/** Builds each external client once from config; absent credentials leave it undefined. */
export default fp(
  async function integrations(app: FastifyInstance, opts: { config: Config }) {
    const { config } = opts
    const clients: Integrations = {
      livekit: createLiveKit(config.livekit),
      s3: createS3(config.s3),
      twilio: createTwilio(config.twilio),
      stripe: createStripe(config.stripe),
      openai: createOpenAI(config.openai),
    }
    app.decorate('integrations', clients)
    app.decorate('need', function need<K extends keyof Integrations>(name: K): NonNullable<Integrations[K]> {
      const client = clients[name]
      if (!client) throw integrationNotConfigured(LABEL[name], missingIntegrationVars(config, CONFIG_KEY[name]))
      return client as NonNullable<Integrations[K]>
    })
  },
  { name: 'integrations' },
)
