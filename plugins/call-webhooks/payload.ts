import type { CallEventName, CallRow } from '../calls/index.js'

/**
 * The body customers receive: the snake_case shape RapidCallAI and Retell consumers
 * already parse. Timestamps are epoch milliseconds, as Retell sends them.
 */
export interface CallWebhookPayload {
  event: CallEventName
  call: {
    call_id: string
    agent_id: string | null
    agent_name: string | null
    call_type: 'web_call' | 'phone_call'
    direction: CallRow['direction']
    from_number: string | null
    to_number: string | null
    /** Retell's vocabulary: registered, ongoing, ended, error. */
    call_status: 'registered' | 'ongoing' | 'ended' | 'error'
    start_timestamp: number
    end_timestamp?: number
    duration_ms?: number
    disconnection_reason?: string
    transcript?: unknown[]
    recording_status?: string
    recording_url?: string
    /** The agent's A/B variant the call ran; absent when it ran the agent itself. */
    variant_id?: string
    metadata: Record<string, unknown>
    /** The call's cost by the rate card, once billing priced it (final on call_analyzed). */
    call_cost?: {
      total_usd: number
      final: boolean
      charged_to: string
      model: string | null
      lines: { key: string; description: string; quantity: number; unit: string; unit_usd: number; amount_usd: number }[]
    }
    /** On call_analyzed: the post-call analysis in Retell's names (null values while skipped or failed). */
    call_analysis?: {
      call_summary: string | null
      in_voicemail: boolean | null
      /** Retell's capitalised values: Positive, Neutral, Negative, or Unknown without an analysis. */
      user_sentiment: 'Positive' | 'Neutral' | 'Negative' | 'Unknown'
      call_successful: boolean | null
      custom_analysis_data: Record<string, unknown>
      /** Ours: done, failed or skipped, and why when not done. */
      analysis_status: string
      analysis_error?: string
    }
  }
}

const SENTIMENT = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' } as const

function callAnalysis(call: CallRow): NonNullable<CallWebhookPayload['call']['call_analysis']> {
  const a = call.analysis
  const done = a?.status === 'done'
  return {
    call_summary: done ? a.summary : null,
    in_voicemail: done ? a.voicemail : null,
    user_sentiment: done && a.sentiment ? SENTIMENT[a.sentiment] : 'Unknown',
    call_successful: done ? a.successful : null,
    custom_analysis_data: done ? a.custom : {},
    analysis_status: a?.status ?? 'skipped',
    ...(a?.error ? { analysis_error: a.error } : {}),
  }
}

const CALL_STATUS: Record<CallRow['status'], CallWebhookPayload['call']['call_status']> = {
  created: 'registered',
  ringing: 'registered',
  active: 'ongoing',
  ended: 'ended',
  failed: 'error',
}

/** `publicBaseUrl` (PUBLIC_API_BASE_URL) makes the recording link absolute. */
export function callWebhookPayload(event: CallEventName, call: CallRow, opts: { publicBaseUrl?: string } = {}): CallWebhookPayload {
  // The duration the API bills and shows runs from the answer; the timestamps match it.
  const start = (call.answered_at ?? call.started_at).getTime()
  const end = call.ended_at?.getTime()
  const recording = (call.recording ?? null) as { status?: string } | null
  const base = (opts.publicBaseUrl ?? '').replace(/\/+$/, '')
  return {
    event,
    call: {
      call_id: call.id,
      agent_id: call.agent_id,
      agent_name: call.agent_name,
      call_type: call.direction === 'web' ? 'web_call' : 'phone_call',
      direction: call.direction,
      from_number: call.from_number,
      to_number: call.to_number,
      call_status: CALL_STATUS[call.status],
      start_timestamp: start,
      ...(end === undefined ? {} : { end_timestamp: end, duration_ms: Math.max(0, end - start) }),
      ...(event !== 'call_started' && call.outcome ? { disconnection_reason: call.outcome } : {}),
      ...(event === 'call_analyzed' || (event === 'call_ended' && call.transcript?.length) ? { transcript: call.transcript ?? [] } : {}),
      ...(event !== 'call_started' ? { recording_status: recording?.status ?? 'none' } : {}),
      ...(recording?.status === 'ready' ? { recording_url: `${base}/api/calls/${call.id}/recording` } : {}),
      ...(call.variant_id ? { variant_id: call.variant_id } : {}),
      metadata: call.variables ?? {},
      ...(event !== 'call_started' && call.cost
        ? {
            call_cost: {
              total_usd: call.cost.totalUsd,
              final: call.cost.final,
              charged_to: call.cost.chargedTo,
              model: call.cost.model,
              lines: call.cost.lines.map((l) => ({ key: l.key, description: l.description, quantity: l.quantity, unit: l.unit, unit_usd: l.unitUsd, amount_usd: l.amountUsd })),
            },
          }
        : {}),
      ...(event === 'call_analyzed' ? { call_analysis: callAnalysis(call) } : {}),
    },
  }
}
