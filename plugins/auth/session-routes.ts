import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { errors } from '../../schemas/common.js'
import { ChangePasswordBody } from '../../schemas/auth.js'
import { HttpError } from '../../src/platform/http-error.js'
import { hashPassword, verifyPassword } from './passwords.js'

/** Ending a dashboard session (logout) and changing the password, which ends all of them. */
export default async function sessionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { authStore, config } = app
  // The login limit's key: guessing the current password counts as login attempts from that IP.
  const perIp = app.rateLimit({
    max: config.authRateLimit.perIpPerMinute,
    timeWindow: 60_000,
    keyGenerator: (req: FastifyRequest) => `auth-ip:${req.ip}`,
  })

  app.post(
    '/auth/logout',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['auth'],
        operationId: 'logout',
        summary: 'Log out: the token (and its session) stops working at once',
        description: 'Revokes the session of the token sent, including the tokens switch-workspace issued from it, on every API instance; other sessions (other browsers) stay logged in. A token from before sessions existed revokes all of the user\'s tokens.',
        security: [{ bearerAuth: [] }],
        response: { 204: Type.Null(), ...errors(400, 401, 403, 413, 415) },
      },
    },
    async (req, reply) => {
      const { userId, session } = req.auth
      if (session?.id) {
        const now = app.clock.now()
        // No token of the session can outlive this: none is issued after it is revoked.
        const expiresAt = new Date(Date.now() + Math.max(session.lifetimeSeconds, 0) * 1000 + 60_000)
        await authStore.revokeSession({ id: session.id, userId: userId!, now, expiresAt })
      } else {
        await authStore.revokeAllTokens(userId!)
      }
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/auth/password',
    {
      onRequest: [perIp, app.requireUser],
      schema: {
        tags: ['auth'],
        operationId: 'changePassword',
        summary: 'Change the password; every other token of the user stops working',
        description: 'Needs the current password (403 `wrong_password` otherwise). All of the user\'s tokens, on every device and workspace, are revoked; the answer carries a new token for this session.',
        security: [{ bearerAuth: [] }],
        body: ChangePasswordBody,
        response: { 200: Type.Object({ token: Type.String() }), ...errors(400, 401, 403, 413, 415, 429) },
      },
    },
    async (req) => {
      const { userId, workspaceId, role, session } = req.auth
      const user = await authStore.findUserById(userId!)
      if (!user) throw new HttpError(401, 'invalid_token', 'User no longer exists')
      if (!(await verifyPassword(req.body.currentPassword, user.password_hash))) {
        throw new HttpError(403, 'wrong_password', 'The current password is wrong')
      }
      const ver = await authStore.revokeAllTokens(user.id, await hashPassword(req.body.newPassword))
      return { token: app.signToken({ sub: user.id, wid: workspaceId, role, sid: session?.id, ver }) }
    },
  )
}
