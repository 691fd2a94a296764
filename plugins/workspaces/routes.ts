import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors, ref } from '../../schemas/common.js'
import { Membership, Workspace } from '../../schemas/auth.js'
import {
  AddMemberBody, CreateWorkspaceBody, Member, MemberParams, UpdateWorkspaceBody, WorkspaceParams,
} from '../../schemas/workspaces.js'
import { httpError, notFound } from '../../src/platform/http-error.js'
import { normalizeEmail } from '../auth/index.js'
import { webhookUrlNotAllowed, webhookUrlRejection } from '../call-webhooks/index.js'
import type { WorkspaceRow } from './store.js'

const security = [{ bearerAuth: [] }]
const tags = ['workspaces']

const workspaceJson = (w: WorkspaceRow) => ({ id: w.id, name: w.name, webhookUrl: w.webhook_url, createdAt: w.created_at.toISOString() })

export default async function workspaceRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { workspaceStore, authStore } = app
  const managers = app.requireWorkspaceRole('owner', 'admin')
  const members = app.requireWorkspaceRole()

  app.post('/workspaces', {
    onRequest: app.requireUser,
    schema: { tags, security, operationId: 'createWorkspace', summary: 'Create a workspace (the caller becomes its owner)', description: 'Dashboard JWT only. Use switch-workspace for a token scoped to it.', body: CreateWorkspaceBody, response: { 201: ref(Workspace), ...errors(400, 401, 403) } },
  }, async (req, reply) => {
    const ws = await app.sql.begin((tx) => workspaceStore.createWorkspace(req.body.name.trim(), req.auth.userId!, tx))
    return reply.code(201).send(workspaceJson(ws))
  })

  app.get('/workspaces', {
    onRequest: app.requireUser,
    schema: { tags, security, operationId: 'listWorkspaces', summary: "The caller's workspaces with their role", description: 'Every workspace the caller is a member of; not paginated (`nextCursor` is always null).', response: { 200: Type.Object({ items: Type.Array(ref(Membership)), nextCursor: Type.Null() }), ...errors(401, 403) } },
  }, async (req) => ({ items: await workspaceStore.membershipsOf(req.auth.userId!), nextCursor: null }))

  app.patch('/workspaces/:workspaceId', {
    onRequest: managers,
    schema: { tags, security, operationId: 'updateWorkspace', summary: 'Rename a workspace or set its default webhook URL', description: 'Owner or admin. `webhookUrl` receives call webhooks for agents without their own URL; `null` clears it.', params: WorkspaceParams, body: UpdateWorkspaceBody, response: { 200: ref(Workspace), ...errors(400, 401, 403, 404) } },
  }, async (req) => {
    const { workspaceId } = req.auth
    const problem = req.body.webhookUrl ? await webhookUrlRejection(req.body.webhookUrl, app.config.webhooks) : undefined
    if (problem) throw webhookUrlNotAllowed('webhookUrl', problem)
    const row = await workspaceStore.updateWorkspace(workspaceId, { name: req.body.name?.trim(), webhookUrl: req.body.webhookUrl })
    return workspaceJson(row)
  })

  app.get('/workspaces/:workspaceId/members', {
    onRequest: members,
    schema: { tags, security, operationId: 'listMembers', summary: 'Members of a workspace', description: 'Any member of the workspace may list; a workspace the caller does not belong to answers 404.', params: WorkspaceParams, response: { 200: Type.Object({ items: Type.Array(ref(Member)), nextCursor: Type.Null() }), ...errors(401, 403, 404) } },
  }, async (req) => ({
    items: (await workspaceStore.listMembers(req.auth.workspaceId)).map((m) => ({ userId: m.user_id, email: m.email, name: m.name, role: m.role, createdAt: m.created_at.toISOString() })),
    nextCursor: null,
  }))

  app.post('/workspaces/:workspaceId/members', {
    onRequest: managers,
    schema: {
      tags, security, operationId: 'addMember', summary: 'Add a registered user by email, or change their role',
      description: 'Only owners may grant `owner`. The last owner cannot be demoted.',
      params: WorkspaceParams, body: AddMemberBody, response: { 201: ref(Member), 200: ref(Member), ...errors(400, 401, 403, 404, 409) },
    },
  }, async (req, reply) => {
    if (req.body.role === 'owner' && req.auth.role !== 'owner') throw httpError(403, 'forbidden', 'Only an owner can make someone an owner')
    const user = await authStore.findUserByEmail(normalizeEmail(req.body.email))
    if (!user) throw httpError(404, 'user_not_found', 'No user with this email: they must sign up first')
    const result = await workspaceStore.upsertMember(req.auth.workspaceId, user.id, req.body.role)
    if (result === 'last_owner') throw httpError(409, 'last_owner', 'The last owner cannot be demoted: make someone else owner first')
    return reply.code(result === 'added' ? 201 : 200).send({ userId: user.id, email: user.email, name: user.name, role: req.body.role, createdAt: new Date().toISOString() })
  })

  app.delete('/workspaces/:workspaceId/members/:userId', {
    onRequest: managers,
    schema: { tags, security, operationId: 'removeMember', summary: 'Remove a member', description: 'Owner or admin. They lose access at once (roles are read on every request); 409 `last_owner` for the last owner.', params: MemberParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409) } },
  }, async (req, reply) => {
    const result = await workspaceStore.removeMember(req.auth.workspaceId, req.params.userId)
    if (result === 'not_member') throw notFound('Member')
    if (result === 'last_owner') throw httpError(409, 'last_owner', 'The last owner cannot be removed')
    return reply.code(204).send(null)
  })
}
