import { Type } from '@sinclair/typebox'
import { Timestamp } from './common.js'

// Surrounding spaces are allowed: the address is trimmed and lower-cased before use.
export const Email = Type.String({ pattern: '^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$', minLength: 3, maxLength: 254, description: 'Email address; trimmed and lower-cased', examples: ['ada@example.com'] })
export const Password = Type.String({ minLength: 8, maxLength: 256, description: 'At least 8 characters' })
export const Role = Type.Union([Type.Literal('owner'), Type.Literal('admin'), Type.Literal('member')])

export const User = Type.Object(
  { id: Type.String(), email: Type.String(), name: Type.Union([Type.String(), Type.Null()]) },
  { $id: 'User', title: 'User' },
)

export const Workspace = Type.Object(
  { id: Type.String(), name: Type.String(), webhookUrl: Type.Optional(Type.Union([Type.String(), Type.Null()])), createdAt: Type.Optional(Timestamp) },
  { $id: 'Workspace', title: 'Workspace' },
)

export const Membership = Type.Object(
  { id: Type.String(), name: Type.String(), role: Type.Union([Type.Literal('owner'), Type.Literal('admin'), Type.Literal('member')]) },
  { $id: 'Membership', title: 'Membership', description: 'A workspace and the caller\'s role in it' },
)

export const SignupBody = Type.Object(
  {
    email: Email,
    password: Password,
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    workspaceName: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
  },
  { additionalProperties: false },
)

export const LoginBody = Type.Object({ email: Email, password: Type.String({ minLength: 1, maxLength: 256 }) }, { additionalProperties: false })

export const SwitchWorkspaceBody = Type.Object({ workspaceId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false })

export const ApiKey = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    prefix: Type.String({ description: 'First characters of the key, to recognise it' }),
    createdAt: Timestamp,
    lastUsedAt: Type.Union([Timestamp, Type.Null()]),
  },
  { $id: 'ApiKey', title: 'ApiKey' },
)

export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 256 }), newPassword: Password },
  { additionalProperties: false },
)
