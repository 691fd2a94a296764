import type { FastifyInstance } from 'fastify'
import type {} from '../../src/jobs/plugin.js'
import { enqueueAlert, type Alert } from '../../src/integrations/alerts.js'
import type { EgressFailureListener } from './egress-events.js'

/**
 * The operator alert for a failed recording, queued in the webhook's transaction: it exists only if
 * the `failed` state commits, and the queue delivers it once across API instances, with retries.
 * The recording reaches `failed` once (terminal state, under the call's lock, event ids deduplicated);
 * the egress id as dedupe key keeps it to one alert even if a second report of the failure slipped through.
 */
export function egressFailureAlert(app: FastifyInstance): EgressFailureListener {
  return async (call, report, tx, at) => {
    const alert: Alert = {
      type: 'egress_failed',
      severity: 'warning',
      workspaceId: call.workspace_id,
      callId: call.id,
      message: `Recording of call ${call.id} failed (egress ${report.egressId}): ${report.error ?? 'no error given'}`,
      at,
    }
    // Looked up per call: the job queue plugin may be registered after this domain.
    if (!app.hasDecorator('jobs')) {
      app.log.warn({ alert }, 'Alert (not sent: the job queue is not running)')
      return
    }
    await enqueueAlert(app.jobs, tx, alert, { dedupeKey: `egress_failed:${report.egressId}` })
  }
}
