import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import metricsRoutes from './routes.js'
import { createMetricsStore, type MetricsStore } from './store.js'
import { snapshotCostUsd } from './prices.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The metrics domain's store: call metric events and the calls' summary columns. */
    metrics: MetricsStore
  }
}

export default fp(
  async function metrics(app: FastifyInstance) {
    const store = createMetricsStore(app.sql)
    app.decorate('metrics', store)
    await app.register(metricsRoutes, { prefix: '/api', metrics: store })
  },
  { name: 'metrics', dependencies: ['authenticate', 'calls'] },
)

/** What one LLM request cost at the list prices of prices.ts; undefined for a model it does not know. */
export const llmCostUsd = (model: string, promptTokens: number, completionTokens: number) =>
  snapshotCostUsd({ llm_model: model, llm_prompt_tokens: promptTokens, llm_completion_tokens: completionTokens }, undefined)
