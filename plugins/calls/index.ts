import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import callReadRoutes from './routes.js'
import webCallRoutes from './web-calls.js'
import agentRuntimeRoutes from './agent-runtime.js'
import { createCallStore, type CallStore } from './store.js'
import { createCallEvents, type CallEvents } from './events.js'
import { createCallLifecycle, type CallLifecycle } from './lifecycle.js'
import { registerLiveKitCallEvents } from './livekit-events.js'
import { createCallAnalysisStore, type CallAnalysisStore } from './analysis-store.js'
import { createCallLabelStore, type CallLabelStore } from './labels-store.js'
import callLabelRoutes from './labels.js'

// The calls domain's public surface: row and event types, the call JSON shape, the legacy import
// upsert. The store itself is `app.calls`.
export type { CallRow, NewCall, CallStore, ImportedCall } from './store.js'
export { upsertImportedCall } from './store.js'
export type { CallEventName } from './events.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The calls domain's store, for domains that create or update calls. */
    calls: CallStore
    /** `on('call_started' | 'call_ended' | 'call_analyzed', listener(call, tx))`. */
    callEvents: CallEvents
    callLifecycle: CallLifecycle
    /** The analysis state on calls, for the analysis domain (which runs the LLM). */
    callAnalysis: CallAnalysisStore
    /** Labels on calls. */
    callLabels: CallLabelStore
  }
}

export default fp(
  async function calls(app: FastifyInstance) {
    const store = createCallStore(app.sql)
    const events = createCallEvents()
    app.decorate('calls', store)
    app.decorate('callEvents', events)
    app.decorate('callLifecycle', createCallLifecycle(app.sql, store, events))
    app.decorate('callAnalysis', createCallAnalysisStore(app.sql))
    const labels = createCallLabelStore(app.sql)
    app.decorate('callLabels', labels)
    registerLiveKitCallEvents(app, store)
    await app.register(callReadRoutes, { prefix: '/api', calls: store })
    await app.register(webCallRoutes, { prefix: '/api', calls: store })
    await app.register(agentRuntimeRoutes, { prefix: '/api', calls: store })
    await app.register(callLabelRoutes, { prefix: '/api', labels })
  },
  { name: 'calls', dependencies: ['authenticate', 'agents', 'livekit-webhooks'] },
)

// The public surface other domains may use besides the decorators.
export { callJson } from './store.js'
export { labelJson } from './labels-store.js'
