import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { ApiKey } from '../../schemas/auth.js'
import { ApiKeyParams, CreateApiKeyBody, WorkspaceParams } from '../../schemas/workspaces.js'
import { notFound } from '../../src/platform/http-error.js'
import { generateApiKey } from './api-keys.js'
import type { ApiKeyRow } from './store.js'

const security = [{ bearerAuth: [] }]
const tags = ['workspaces']

const apiKeyJson = (k: ApiKeyRow) => ({
  id: k.id, name: k.name, prefix: k.prefix, createdAt: k.created_at.toISOString(), lastUsedAt: k.last_used_at?.toISOString() ?? null,
})

/** A workspace's API keys: the auth domain owns the keys (and checks them on every request). */
export default async function apiKeyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { authStore } = app
  const managers = app.requireWorkspaceRole('owner', 'admin')
  const members = app.requireWorkspaceRole()

  app.post('/workspaces/:workspaceId/api-keys', {
    onRequest: managers,
    schema: {
      tags, security, operationId: 'createApiKey', summary: 'Create an API key (shown once)',
      description: 'Owner or admin, with a dashboard JWT. The `key` (`rk_...`) is returned only here and stored hashed; it acts as a member of this workspace.',
      params: WorkspaceParams, body: CreateApiKeyBody,
      response: { 201: Type.Object({ id: Type.String(), name: Type.String(), key: Type.String({ description: 'The secret; store it now, it is never shown again' }), prefix: Type.String(), createdAt: Type.String({ format: 'date-time' }) }), ...errors(400, 401, 403, 404) },
    },
  }, async (req, reply) => {
    const { key, prefix, hash } = generateApiKey()
    const row = await authStore.insertApiKey({ workspaceId: req.auth.workspaceId, name: req.body.name.trim(), prefix, hash, createdBy: req.auth.userId ?? null })
    return reply.code(201).send({ id: row.id, name: row.name, key, prefix: row.prefix, createdAt: row.created_at.toISOString() })
  })

  app.get('/workspaces/:workspaceId/api-keys', {
    onRequest: members,
    schema: { tags, security, operationId: 'listApiKeys', summary: 'API keys of the workspace, without secrets', description: 'Name, prefix, creation and last use of each key; never the key itself.', params: WorkspaceParams, response: { 200: Type.Object({ items: Type.Array(ref(ApiKey)), nextCursor: Type.Null() }), ...errors(401, 403, 404) } },
  }, async (req) => ({ items: (await authStore.listApiKeys(req.auth.workspaceId)).map(apiKeyJson), nextCursor: null }))

  app.delete('/workspaces/:workspaceId/api-keys/:keyId', {
    onRequest: managers,
    schema: { tags, security, operationId: 'revokeApiKey', summary: 'Revoke an API key; it stops working at once', description: 'Owner or admin. The next request with the key answers 401 `invalid_api_key`.', params: ApiKeyParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404) } },
  }, async (req, reply) => {
    if (!(await authStore.revokeApiKey(req.auth.workspaceId, req.params.keyId))) throw notFound('API key')
    return reply.code(204).send(null)
  })
}
