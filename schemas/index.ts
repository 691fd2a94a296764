import type { TSchema } from '@sinclair/typebox'
import { ErrorResponse } from './common.js'
import { ApiKey, Membership, User, Workspace } from './auth.js'
import { Member } from './workspaces.js'
import { Agent } from './agents.js'
import { AgentVariant } from './agent-variants.js'
import { Call } from './calls.js'
import { RecordingStateResponse, RecordingUrl } from './recordings.js'
import { AgentConfig } from './agent-runtime.js'
import { InboundDiagnostics, PhoneNumber } from './telephony.js'
import { CallMetricsBody, UsageReport } from './metrics.js'
import { WebhookDelivery, WebhookDeliveryAttempt, WebhookSecret } from './call-webhooks.js'
import { Billing, BillingRedirect } from './billing.js'
import { KbDocument, KbDocumentSummary, KbFolder, KbSearchResponse, KbSearchResult } from './knowledge.js'
import { DncEntry } from './do-not-call.js'
import { Campaign, Recipient } from './campaigns.js'

/** Schemas with an `$id`, registered once and published as OpenAPI components. */
export const sharedSchemas: TSchema[] = [ErrorResponse, User, Workspace, Membership, Member, ApiKey, Agent, AgentVariant, Call, AgentConfig, CallMetricsBody, UsageReport, RecordingStateResponse, RecordingUrl, PhoneNumber, InboundDiagnostics, WebhookDelivery, WebhookDeliveryAttempt, WebhookSecret, Billing, BillingRedirect, DncEntry, Campaign, Recipient, KbFolder, KbDocument, KbDocumentSummary, KbSearchResult, KbSearchResponse]
