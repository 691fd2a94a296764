import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import { dirname, join } from 'node:path'

// Every environment variable the API reads. `description` and `examples` feed the
// startup error messages and the README's configuration table (checked by a test).
const Str = (description: string, example: string, opts: { default?: string; minLength?: number } = {}) =>
  Type.String({ description, examples: [example], ...opts })
const Opt = (description: string, example: string) => Type.Optional(Str(description, example, { minLength: 1 }))
const Bool = (description: string, dflt: boolean) =>
  Type.Boolean({ description, examples: [String(dflt)], default: dflt })

export const EnvSchema = Type.Object({
  NODE_ENV: Str('`production` makes JWT_SECRET mandatory and hides dev conveniences', 'production', { default: 'development' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 8787, description: 'HTTP port', examples: ['8787'] }),
  HOST: Str('Interface to bind', '0.0.0.0', { default: '0.0.0.0' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info', description: 'pino log level', examples: ['info'] },
  ),
  TRUST_PROXY: Bool('Trust X-Forwarded-For/Proto from a reverse proxy (set true behind Caddy)', false),
  BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, default: 1048576, description: 'Largest accepted request body', examples: ['1048576'] }),
  DATABASE_URL: Opt('PostgreSQL connection string; unset runs an embedded PGlite', 'postgres://rapidcall:secret@db:5432/rapidcallai'),
  DATABASE_SSL: Bool('TLS to PostgreSQL (keep true for RDS)', false),
  DATABASE_POOL_MAX: Type.Integer({ minimum: 1, maximum: 200, default: 10, description: 'postgres.js pool size per instance; 20 for more than about 3,000 live calls (keep instances x pool below max_connections)', examples: ['10'] }),
  PGLITE_DIR: Str('Where the embedded PGlite keeps its data (`memory://` for none)', './data/pglite', { default: './data/pglite' }),
  JWT_SECRET: Opt('Signs dashboard JWTs (at least 32 characters); required in production', 'change-me-to-32-plus-random-characters'),
  SECRETS_KEY: Opt('Encrypts stored secrets (SIP passwords, Twilio subaccount tokens, webhook and tool secrets) with AES-256-GCM: 32 bytes, base64 (make one with: openssl rand -base64 32); required in production', 'q8V1n0...base64 of 32 bytes...='),
  SECRETS_KEY_PREVIOUS: Opt('The key before SECRETS_KEY: still decrypts during a rotation (`npm run secrets:rotate`, then drop it)', 'the-old-base64-key='),
  JWT_SECRET_PREVIOUS: Opt('Previous JWT secret, still accepted during rotation', 'the-old-secret'),
  JWT_EXPIRES_IN: Str('Dashboard token lifetime', '12h', { default: '12h' }),
  AUTH_RATE_LIMIT_PER_IP: Type.Integer({ minimum: 1, default: 30, description: 'Login/signup attempts per IP per minute', examples: ['30'] }),
  AUTH_RATE_LIMIT_PER_EMAIL: Type.Integer({ minimum: 1, default: 10, description: 'Login attempts per email per 15 minutes', examples: ['10'] }),
  CLIENT_ORIGIN: Opt('Comma list of browser origins allowed by CORS (unset: none)', 'https://app.rapidcall.ai,http://localhost:5173'),
  AGENT_SHARED_SECRET: Opt('Shared secret the Python agent sends as x-agent-secret', 'a-long-random-string'),
  AGENT_SHARED_SECRET_PREVIOUS: Opt('Previous agent secret, accepted during rotation', 'the-old-agent-secret'),
  LIVEKIT_URL: Opt('LiveKit server URL', 'wss://myproject.livekit.cloud'),
  LIVEKIT_API_KEY: Opt('LiveKit API key', 'APIxxxxxxxx'),
  LIVEKIT_API_SECRET: Opt('LiveKit API secret', 'secretxxxxxxxx'),
  LIVEKIT_SIP_ENDPOINT: Opt('LiveKit SIP host only, no sip: or port', '25f6q0vix3k.sip.livekit.cloud'),
  LIVEKIT_AGENT_NAME: Str('Agent name that LiveKit dispatches (must match the dispatch rule)', 'VoiceAgent', { default: 'VoiceAgent' }),
  LIVEKIT_WEB_ROOM_PREFIX: Str('Prefix of web-call rooms', 'call-', { default: 'call-' }),
  EGRESS_S3_BUCKET: Opt('Bucket for recordings (calls/<callId>.mp3)', 'rapidcall-recordings'),
  EGRESS_S3_REGION: Opt('Region of the bucket', 'us-east-1'),
  EGRESS_S3_ENDPOINT: Opt('Endpoint of an S3-compatible server (path-style)', 'http://minio:9000'),
  EGRESS_S3_ACCESS_KEY: Opt('Access key for the bucket', 'AKIA...'),
  EGRESS_S3_SECRET: Opt('Secret key for the bucket', 'wJalr...'),
  TWILIO_ACCOUNT_SID: Opt('Twilio account SID', 'ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
  TWILIO_AUTH_TOKEN: Opt('Twilio auth token (REST and webhook signatures)', 'your_auth_token'),
  TWILIO_AUTH_TOKEN_PREVIOUS: Opt('Previous Twilio auth token, accepted for signatures during rotation', 'old_auth_token'),
  TWILIO_API_BASE_URL: Opt('Send every Twilio REST call here instead of the cloud (test servers, proxies)', 'http://127.0.0.1:12112'),
  STRIPE_SECRET_KEY: Opt('Stripe secret key', 'sk_live_...'),
  STRIPE_WEBHOOK_SECRET: Opt('Stripe webhook signing secret', 'whsec_...'),
  STRIPE_WEBHOOK_SECRET_PREVIOUS: Opt('Previous Stripe webhook secret during rotation', 'whsec_old...'),
  STRIPE_API_BASE_URL: Opt('Send Stripe API calls here instead of api.stripe.com', 'http://127.0.0.1:12111'),
  STRIPE_LOOKUP_KEY_PREFIX: Str('Prefix of the lookup keys of the rate card\'s Stripe prices and of its Billing Meter event names (`<prefix><line key>`)', 'rapidcall_', { default: 'rapidcall_' }),
  BASE_PRICE_USD_PER_MIN: Type.Number({ minimum: 0, default: 0.1, description: 'Rate card: base voice price per minute (billed per second)', examples: ['0.10'] }),
  DEFAULT_LLM_MODEL: Str('Rate card: the model a call is priced with when neither the agent nor its variant names one', 'gpt-5-mini', { default: 'gpt-5-mini' }),
  LLM_SURCHARGE_JSON: Str('Rate card: LLM surcharge per minute by model, JSON `{"model": usd}` (models not listed have none)', '{"gpt-4.1":0.02,"gpt-5":0.04}', { default: '{"gpt-4o":0.02,"gpt-4.1":0.02,"gpt-5":0.04}' }),
  INCLUDED_TOKENS_PER_MIN: Type.Number({ minimum: 0, default: 2000, description: 'Rate card: LLM tokens included per billed minute', examples: ['2000'] }),
  TOKEN_OVERAGE_USD_PER_1K: Type.Number({ minimum: 0, default: 0.002, description: 'Rate card: price per 1,000 LLM tokens beyond the included ones', examples: ['0.002'] }),
  TELEPHONY_USD_PER_MIN: Type.Number({ minimum: 0, default: 0.015, description: 'Rate card: telephony cost per minute of a phone (PSTN) call, before markup', examples: ['0.015'] }),
  TELEPHONY_MARKUP_RATE: Type.Number({ minimum: 0, default: 0.2, description: 'Rate card: markup on telephony (0.2 bills 1.2 x TELEPHONY_USD_PER_MIN)', examples: ['0.2'] }),
  PHONE_NUMBER_MONTHLY_FEE_USD: Type.Number({ minimum: 0, default: 2, description: 'Rate card: monthly fee per active phone number', examples: ['2.00'] }),
  TRIAL_CREDIT_USD: Type.Number({ minimum: 0, default: 20, description: 'Credit a new workspace\'s trial starts with (calls draw it down by their cost)', examples: ['20'] }),
  TRIAL_ALLOW_PSTN: Bool('Let trial workspaces make and receive phone (PSTN) calls', false),
  TRIAL_ALLOW_NUMBER_PURCHASE: Bool('Let trial workspaces buy or add phone numbers', false),
  TRIAL_CONCURRENCY: Type.Integer({ minimum: 1, default: 1, description: 'Calls open at once for a trial workspace (unless an admin changed its limit)', examples: ['1'] }),
  PAID_CONCURRENCY: Type.Integer({ minimum: 1, default: 10, description: 'Calls open at once for a paid workspace (unless an admin changed its limit)', examples: ['10'] }),
  UNMETERED_CONCURRENCY: Type.Integer({ minimum: 0, default: 0, description: 'Calls open at once per workspace without STRIPE_SECRET_KEY (self-hosted); 0: no limit', examples: ['0'] }),
  BILLING_FINALIZE_DELAY_S: Type.Integer({ minimum: 0, default: 300, description: 'A call\'s cost becomes final when its post-call analysis ends, or this many seconds after the end at the latest', examples: ['300'] }),
  BILLING_ADMIN_TOKEN: Opt('Operator token (header `x-admin-token`) for the admin billing routes (concurrency, trial credit); unset: those routes answer 503', 'a-long-random-admin-token'),
  BILLING_PAST_DUE_GRACE_DAYS: Type.Integer({ minimum: 0, default: 7, description: 'Days a past_due workspace keeps its plan limits before it is limited like free', examples: ['7'] }),
  BILLING_RETURN_URL: Opt('Dashboard page Stripe Checkout and the Customer Portal return to (unset: first CLIENT_ORIGIN + /billing)', 'https://app.rapidcall.ai/billing'),
  BILLING_USAGE_RETRY_BASE_MS: Type.Integer({ minimum: 0, default: 30000, description: 'First retry delay of a failed usage report to Stripe; doubles on each of the 10 attempts', examples: ['30000'] }),
  JOBS_POLL_INTERVAL_MS: Type.Integer({ minimum: 10, default: 1000, description: 'How often an idle instance polls the job queue', examples: ['1000'] }),
  CAMPAIGN_TICK_MS: Type.Integer({ minimum: 10, default: 1000, description: 'How often each instance looks for campaign recipients due to be dialled', examples: ['1000'] }),
  CAMPAIGN_DIAL_LEASE_S: Type.Integer({ minimum: 1, default: 90, description: 'A recipient still `dialing` this long after its claim (its instance died) is reconciled with its LiveKit room; keep it above the 28 s a dial can take', examples: ['90'] }),
  CAMPAIGN_WORKSPACE_MAX_CONCURRENT: Type.Optional(Type.Integer({ minimum: 1, description: 'Campaign calls at once per workspace when billing sets no concurrency limit (unset: only each campaign\'s maxConcurrent)', examples: ['20'] })),
  WEBHOOKS_ALLOW_INSECURE: Bool('Let call webhooks go to http:// and to loopback/private addresses (local development only)', false),
  WEBHOOK_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 60000, default: 10000, description: 'Call webhook request timeout', examples: ['10000'] }),
  WEBHOOK_RETRY_BASE_MS: Type.Integer({ minimum: 10, default: 10000, description: 'First call webhook retry delay; doubles (with jitter) up to an hour, for 24 h', examples: ['10000'] }),
  ALERT_WEBHOOK_URL: Opt('Receives JSON alerts (egress and billing failures)', 'https://hooks.example.com/rapidcall'),
  PUBLIC_API_BASE_URL: Opt('Public base URL of this API (Twilio signatures, links)', 'https://api.rapidcall.ai'),
  KB_UPLOAD_MAX_BYTES: Type.Integer({ minimum: 1024, default: 20 * 1024 * 1024, description: 'Largest knowledge-base file upload (PDF); larger ones answer 413', examples: ['20971520'] }),
  KB_MAX_DOCUMENTS_PER_WORKSPACE: Type.Integer({ minimum: 1, default: 20000, description: 'Knowledge-base documents a workspace may hold; past it uploads answer 409 document_limit_reached', examples: ['20000'] }),
  KB_INLINE_MAX_CHARS: Type.Integer({ minimum: 0, default: 24000, description: 'Characters of knowledge-base text a {{knowledge}} prompt placeholder is filled with at call start (whole documents, folder order)', examples: ['24000'] }),
  DASHBOARD_COMPAT_PREFIX: Type.String({
    pattern: '^(/[A-Za-z0-9._-]+)+$|^off$',
    default: '/legacy',
    description: 'Where the existing dashboard\'s wire format is served (build the dashboard with VITE_API_BASE=<api>/legacy); empty or `off` turns it off',
    examples: ['/legacy'],
  }),
  ELEVENLABS_API_KEY: Opt('ElevenLabs key for voice previews (POST /api/tts/preview; unset: 503 for provider elevenlabs)', 'sk_...'),
  ELEVENLABS_BASE_URL: Opt('ElevenLabs API base URL (a proxy, a local test server); unset: api.elevenlabs.io', 'http://127.0.0.1:12112'),
  CARTESIA_API_KEY: Opt('Cartesia key for voice previews (unset: 503 for provider cartesia)', 'sk_car_...'),
  CARTESIA_BASE_URL: Opt('Cartesia API base URL; unset: api.cartesia.ai', 'http://127.0.0.1:12113'),
  TTS_PREVIEW_PER_MINUTE: Type.Integer({ minimum: 1, maximum: 10000, default: 20, description: 'Voice previews one workspace may synthesize per minute (answers from the cache do not count)', examples: ['20'] }),
  PROMPT_GENERATION_PER_MINUTE: Type.Integer({ minimum: 1, maximum: 10000, default: 10, description: 'Prompt generations (POST /api/agents/generate-prompt) one workspace may run per minute', examples: ['10'] }),
  OPENAI_API_KEY: Opt('Key of the OpenAI-compatible LLM used for post-call analysis, evaluations and prompt generation (unset: analysis is skipped)', 'sk-...'),
  OPENAI_BASE_URL: Opt('Base URL of an OpenAI-compatible Chat Completions server (Azure, Groq, vLLM, a local test server); unset: api.openai.com', 'http://127.0.0.1:11434/v1'),
  OPENAI_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 600000, default: 60000, description: 'Timeout of one LLM request (the SDK does not retry: the job queue does)', examples: ['60000'] }),
  ANALYSIS_MODEL: Str('Model of post-call analysis and evaluations (an agent\'s postCallExtractionModel overrides it)', 'gpt-4.1-mini', { default: 'gpt-4.1-mini' }),
  ANALYSIS_DELAY_MS: Type.Integer({ minimum: 0, maximum: 600000, default: 10000, description: 'Wait after a call ends before its first analysis (the agent pushes its final transcript then)', examples: ['10000'] }),
  ANALYSIS_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 20, default: 5, description: 'LLM attempts of one analysis before it is marked failed', examples: ['5'] }),
  ANALYSIS_RETRY_BASE_MS: Type.Integer({ minimum: 0, default: 5000, description: 'First retry delay of a failed analysis; doubles with each attempt (a Retry-After from the LLM wins)', examples: ['5000'] }),
  ANALYSIS_TRANSCRIPT_TOKEN_BUDGET: Type.Integer({ minimum: 500, maximum: 1000000, default: 24000, description: 'Approximate tokens of transcript sent to the LLM; longer ones keep their head and tail', examples: ['24000'] }),
})

export type Env = Static<typeof EnvSchema>

export interface Config {
  readonly env: string
  readonly isProduction: boolean
  readonly port: number
  readonly host: string
  readonly logLevel: string
  readonly bodyLimit: number
  readonly trustProxy: boolean
  readonly version: string
  readonly database: {
    readonly url?: string
    readonly ssl: boolean
    readonly poolMax: number
    readonly pgliteDir: string
  }
  readonly secrets: {
    readonly key?: string
    readonly previousKey?: string
    /** Development only: where a generated key is kept when SECRETS_KEY is unset (next to the embedded database). */
    readonly devKeyFile: string
  }
  readonly jwt: { readonly secret: string; readonly previousSecret?: string; readonly expiresIn: string; readonly insecureDevSecret: boolean }
  readonly authRateLimit: { readonly perIpPerMinute: number; readonly perEmailPer15Minutes: number }
  readonly corsOrigins: readonly string[]
  readonly agentSecrets: readonly string[]
  readonly livekit: {
    readonly url?: string
    readonly apiKey?: string
    readonly apiSecret?: string
    readonly sipEndpoint?: string
    readonly agentName: string
    readonly webRoomPrefix: string
  }
  readonly s3: {
    readonly bucket?: string
    readonly region?: string
    readonly endpoint?: string
    readonly accessKeyId?: string
    readonly secretAccessKey?: string
  }
  readonly twilio: { readonly accountSid?: string; readonly authToken?: string; readonly previousAuthToken?: string; readonly apiBaseUrl?: string }
  readonly stripe: { readonly secretKey?: string; readonly webhookSecrets: readonly string[]; readonly apiBaseUrl?: string }
  readonly billing: {
    readonly lookupKeyPrefix: string
    readonly rates: {
      readonly baseUsdPerMin: number
      readonly defaultLlmModel: string
      readonly llmSurchargeUsdPerMinByModel: Readonly<Record<string, number>>
      readonly includedTokensPerMin: number
      readonly tokenOverageUsdPer1K: number
      readonly telephonyUsdPerMin: number
      readonly telephonyMarkupRate: number
      readonly phoneNumberMonthlyFeeUsd: number
    }
    readonly trial: { readonly creditUsd: number; readonly allowPstn: boolean; readonly allowNumberPurchase: boolean; readonly concurrency: number }
    readonly paidConcurrency: number
    /** 0: no limit. */
    readonly unmeteredConcurrency: number
    readonly finalizeDelayS: number
    readonly adminToken?: string
    readonly pastDueGraceDays: number
    readonly returnUrl?: string
    readonly usageRetryBaseMs: number
  }
  readonly alertWebhookUrl?: string
  readonly webhooks: { readonly allowInsecure: boolean; readonly timeoutMs: number; readonly retryBaseMs: number }
  readonly jobsPollIntervalMs: number
  readonly campaigns: { readonly tickMs: number; readonly dialLeaseS: number; readonly workspaceMaxConcurrent?: number }
  readonly publicApiBaseUrl?: string
  readonly knowledge: { readonly uploadMaxBytes: number; readonly maxDocumentsPerWorkspace: number; readonly inlineMaxChars: number }
  /** Prefix of the dashboard-compatible surface; undefined when it is off. */
  readonly dashboardCompatPrefix?: string
  readonly openai: { readonly apiKey?: string; readonly baseUrl?: string; readonly timeoutMs: number; readonly model: string }
  readonly tts: {
    readonly elevenlabs: { readonly apiKey?: string; readonly baseUrl?: string }
    readonly cartesia: { readonly apiKey?: string; readonly baseUrl?: string }
    readonly previewsPerMinute: number
  }
  readonly promptGenerationPerMinute: number
  readonly analysis: { readonly delayMs: number; readonly maxAttempts: number; readonly retryBaseMs: number; readonly transcriptTokenBudget: number }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

// Only the dev fallback: production refuses to start without a real secret.
const DEV_JWT_SECRET = 'rapidcall-dev-only-secret-do-not-use-in-production'

function exampleOf(name: string): string {
  const schema = (EnvSchema.properties as Record<string, TSchema>)[name]
  const ex = schema?.examples?.[0] ?? schema?.anyOf?.[0]?.examples?.[0]
  return ex === undefined ? '' : ` (e.g. ${name}=${ex})`
}

function problemsOf(input: Record<string, unknown>): string[] {
  return [...Value.Errors(EnvSchema, input)].map((e) => {
    const name = e.path.replace(/^\//, '')
    return `${name}: ${e.message}, got ${JSON.stringify(e.value)}${exampleOf(name)}`
  })
}

function validUrl(name: string, value: string | undefined, problems: string[]) {
  if (value === undefined) return
  try {
    new URL(value)
  } catch {
    problems.push(`${name}: not a valid URL, got ${JSON.stringify(value)}${exampleOf(name)}`)
  }
}

const csv = (s: string | undefined) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean)

/** Parses the environment once; throws ConfigError listing every problem. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, version = '0.0.0'): Config {
  const input: Record<string, unknown> = {}
  for (const name of Object.keys(EnvSchema.properties)) {
    const v = source[name]
    // An empty assignment (`FOO=`) in an env file means "not set", as in the seed's env.example.
    if (v !== undefined && v !== '') input[name] = v
  }
  const converted = Value.Default(EnvSchema, Value.Convert(EnvSchema, input)) as Record<string, unknown>
  const problems = problemsOf(converted)
  if (problems.length) throw new ConfigError(problems)
  const env = converted as Env

  const isProduction = env.NODE_ENV === 'production'
  if (env.JWT_SECRET !== undefined && env.JWT_SECRET.length < 32) {
    problems.push(`JWT_SECRET: must be at least 32 characters, got ${env.JWT_SECRET.length}${exampleOf('JWT_SECRET')}`)
  }
  if (isProduction && env.JWT_SECRET === undefined) {
    problems.push(`JWT_SECRET: required when NODE_ENV=production (generate one with: openssl rand -base64 48)`)
  }
  for (const name of ['SECRETS_KEY', 'SECRETS_KEY_PREVIOUS'] as const) {
    const v = env[name]
    if (v !== undefined && Buffer.from(v, 'base64').length !== 32) {
      problems.push(`${name}: must be 32 bytes, base64-encoded (got ${Buffer.from(v, 'base64').length} bytes; make one with: openssl rand -base64 32)`)
    }
  }
  if (isProduction && env.SECRETS_KEY === undefined) {
    problems.push('SECRETS_KEY: required when NODE_ENV=production, it encrypts the stored secrets (generate one with: openssl rand -base64 32)')
  }
  for (const name of ['LIVEKIT_URL', 'EGRESS_S3_ENDPOINT', 'TWILIO_API_BASE_URL', 'STRIPE_API_BASE_URL', 'BILLING_RETURN_URL', 'ALERT_WEBHOOK_URL', 'PUBLIC_API_BASE_URL', 'OPENAI_BASE_URL', 'ELEVENLABS_BASE_URL', 'CARTESIA_BASE_URL'] as const) {
    validUrl(name, env[name], problems)
  }
  if (env.DATABASE_URL !== undefined && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
    problems.push(`DATABASE_URL: must start with postgres:// or postgresql://${exampleOf('DATABASE_URL')}`)
  }
  if (env.LIVEKIT_SIP_ENDPOINT !== undefined && /^sips?:|:\d+$|\//.test(env.LIVEKIT_SIP_ENDPOINT)) {
    problems.push(`LIVEKIT_SIP_ENDPOINT: host only, without sip: or a port${exampleOf('LIVEKIT_SIP_ENDPOINT')}`)
  }
  const surcharges = parseSurcharges(env.LLM_SURCHARGE_JSON, problems)
  if (problems.length) throw new ConfigError(problems)

  const config: Config = {
    env: env.NODE_ENV,
    isProduction,
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    bodyLimit: env.BODY_LIMIT_BYTES,
    trustProxy: env.TRUST_PROXY,
    version,
    database: { url: env.DATABASE_URL, ssl: env.DATABASE_SSL, poolMax: env.DATABASE_POOL_MAX, pgliteDir: env.PGLITE_DIR },
    secrets: {
      key: env.SECRETS_KEY,
      previousKey: env.SECRETS_KEY_PREVIOUS,
      devKeyFile: join(env.PGLITE_DIR.startsWith('memory://') ? './data' : dirname(env.PGLITE_DIR), 'secrets-dev.key'),
    },
    jwt: {
      secret: env.JWT_SECRET ?? DEV_JWT_SECRET,
      previousSecret: env.JWT_SECRET_PREVIOUS,
      expiresIn: env.JWT_EXPIRES_IN,
      insecureDevSecret: env.JWT_SECRET === undefined,
    },
    authRateLimit: { perIpPerMinute: env.AUTH_RATE_LIMIT_PER_IP, perEmailPer15Minutes: env.AUTH_RATE_LIMIT_PER_EMAIL },
    corsOrigins: csv(env.CLIENT_ORIGIN),
    agentSecrets: [env.AGENT_SHARED_SECRET, env.AGENT_SHARED_SECRET_PREVIOUS].filter((s): s is string => !!s),
    livekit: {
      url: env.LIVEKIT_URL,
      apiKey: env.LIVEKIT_API_KEY,
      apiSecret: env.LIVEKIT_API_SECRET,
      sipEndpoint: env.LIVEKIT_SIP_ENDPOINT,
      agentName: env.LIVEKIT_AGENT_NAME,
      webRoomPrefix: env.LIVEKIT_WEB_ROOM_PREFIX,
    },
    s3: {
      bucket: env.EGRESS_S3_BUCKET,
      region: env.EGRESS_S3_REGION,
      endpoint: env.EGRESS_S3_ENDPOINT,
      accessKeyId: env.EGRESS_S3_ACCESS_KEY,
      secretAccessKey: env.EGRESS_S3_SECRET,
    },
    twilio: {
      accountSid: env.TWILIO_ACCOUNT_SID,
      authToken: env.TWILIO_AUTH_TOKEN,
      previousAuthToken: env.TWILIO_AUTH_TOKEN_PREVIOUS,
      apiBaseUrl: env.TWILIO_API_BASE_URL,
    },
    stripe: {
      secretKey: env.STRIPE_SECRET_KEY,
      webhookSecrets: [env.STRIPE_WEBHOOK_SECRET, env.STRIPE_WEBHOOK_SECRET_PREVIOUS].filter((s): s is string => !!s),
      apiBaseUrl: env.STRIPE_API_BASE_URL,
    },
    billing: {
      lookupKeyPrefix: env.STRIPE_LOOKUP_KEY_PREFIX,
      rates: {
        baseUsdPerMin: env.BASE_PRICE_USD_PER_MIN,
        defaultLlmModel: env.DEFAULT_LLM_MODEL,
        llmSurchargeUsdPerMinByModel: surcharges,
        includedTokensPerMin: env.INCLUDED_TOKENS_PER_MIN,
        tokenOverageUsdPer1K: env.TOKEN_OVERAGE_USD_PER_1K,
        telephonyUsdPerMin: env.TELEPHONY_USD_PER_MIN,
        telephonyMarkupRate: env.TELEPHONY_MARKUP_RATE,
        phoneNumberMonthlyFeeUsd: env.PHONE_NUMBER_MONTHLY_FEE_USD,
      },
      trial: { creditUsd: env.TRIAL_CREDIT_USD, allowPstn: env.TRIAL_ALLOW_PSTN, allowNumberPurchase: env.TRIAL_ALLOW_NUMBER_PURCHASE, concurrency: env.TRIAL_CONCURRENCY },
      paidConcurrency: env.PAID_CONCURRENCY,
      unmeteredConcurrency: env.UNMETERED_CONCURRENCY,
      finalizeDelayS: env.BILLING_FINALIZE_DELAY_S,
      adminToken: env.BILLING_ADMIN_TOKEN,
      pastDueGraceDays: env.BILLING_PAST_DUE_GRACE_DAYS,
      returnUrl: env.BILLING_RETURN_URL ?? (csv(env.CLIENT_ORIGIN)[0] ? `${csv(env.CLIENT_ORIGIN)[0].replace(/\/+$/, '')}/billing` : undefined),
      usageRetryBaseMs: env.BILLING_USAGE_RETRY_BASE_MS,
    },
    alertWebhookUrl: env.ALERT_WEBHOOK_URL,
    webhooks: { allowInsecure: env.WEBHOOKS_ALLOW_INSECURE, timeoutMs: env.WEBHOOK_TIMEOUT_MS, retryBaseMs: env.WEBHOOK_RETRY_BASE_MS },
    jobsPollIntervalMs: env.JOBS_POLL_INTERVAL_MS,
    campaigns: { tickMs: env.CAMPAIGN_TICK_MS, dialLeaseS: env.CAMPAIGN_DIAL_LEASE_S, workspaceMaxConcurrent: env.CAMPAIGN_WORKSPACE_MAX_CONCURRENT },
    publicApiBaseUrl: env.PUBLIC_API_BASE_URL,
    knowledge: { uploadMaxBytes: env.KB_UPLOAD_MAX_BYTES, maxDocumentsPerWorkspace: env.KB_MAX_DOCUMENTS_PER_WORKSPACE, inlineMaxChars: env.KB_INLINE_MAX_CHARS },
    // An empty assignment means "unset" for every other variable; here it is the documented way to turn the surface off.
    dashboardCompatPrefix: source.DASHBOARD_COMPAT_PREFIX === '' || env.DASHBOARD_COMPAT_PREFIX === 'off' ? undefined : env.DASHBOARD_COMPAT_PREFIX,
    openai: { apiKey: env.OPENAI_API_KEY, baseUrl: env.OPENAI_BASE_URL, timeoutMs: env.OPENAI_TIMEOUT_MS, model: env.ANALYSIS_MODEL },
    tts: {
      elevenlabs: { apiKey: env.ELEVENLABS_API_KEY, baseUrl: env.ELEVENLABS_BASE_URL },
      cartesia: { apiKey: env.CARTESIA_API_KEY, baseUrl: env.CARTESIA_BASE_URL },
      previewsPerMinute: env.TTS_PREVIEW_PER_MINUTE,
    },
    promptGenerationPerMinute: env.PROMPT_GENERATION_PER_MINUTE,
    analysis: {
      delayMs: env.ANALYSIS_DELAY_MS,
      maxAttempts: env.ANALYSIS_MAX_ATTEMPTS,
      retryBaseMs: env.ANALYSIS_RETRY_BASE_MS,
      transcriptTokenBudget: env.ANALYSIS_TRANSCRIPT_TOKEN_BUDGET,
    },
  }
  return deepFreeze(config)
}

/** LLM_SURCHARGE_JSON: an object of non-negative USD amounts keyed by model name (lower-cased). */
function parseSurcharges(text: string, problems: string[]): Record<string, number> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  const entries = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.entries(parsed) : undefined
  if (!entries || entries.some(([, v]) => typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
    problems.push(`LLM_SURCHARGE_JSON: must be a JSON object of non-negative numbers by model${exampleOf('LLM_SURCHARGE_JSON')}`)
    return {}
  }
  return Object.fromEntries(entries.map(([k, v]) => [k.toLowerCase(), v as number]))
}

function deepFreeze<T>(o: T): T {
  for (const v of Object.values(o as object)) if (v && typeof v === 'object') deepFreeze(v)
  return Object.freeze(o)
}

/** Which variables an integration still lacks; empty when it is configured. */
export function missingIntegrationVars(config: Config, integration: 'livekit' | 's3' | 'twilio' | 'stripe' | 'sip' | 'agent' | 'openai'): string[] {
  const need: Record<typeof integration, [string, unknown][]> = {
    livekit: [['LIVEKIT_URL', config.livekit.url], ['LIVEKIT_API_KEY', config.livekit.apiKey], ['LIVEKIT_API_SECRET', config.livekit.apiSecret]],
    sip: [['LIVEKIT_SIP_ENDPOINT', config.livekit.sipEndpoint]],
    s3: [['EGRESS_S3_BUCKET', config.s3.bucket], ['EGRESS_S3_REGION', config.s3.region], ['EGRESS_S3_ACCESS_KEY', config.s3.accessKeyId], ['EGRESS_S3_SECRET', config.s3.secretAccessKey]],
    twilio: [['TWILIO_ACCOUNT_SID', config.twilio.accountSid], ['TWILIO_AUTH_TOKEN', config.twilio.authToken]],
    stripe: [['STRIPE_SECRET_KEY', config.stripe.secretKey]],
    agent: [['AGENT_SHARED_SECRET', config.agentSecrets[0]]],
    openai: [['OPENAI_API_KEY', config.openai.apiKey]],
  }
  return need[integration].filter(([, v]) => !v).map(([k]) => k)
}
