import { Type } from '@sinclair/typebox'
import { IdParam, Timestamp } from './common.js'
import { Email } from './auth.js'

const RoleSchema = Type.Union([Type.Literal('owner'), Type.Literal('admin'), Type.Literal('member')])

export const WorkspaceParams = Type.Object({ workspaceId: IdParam('Workspace id') })

export const CreateWorkspaceBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 120 }) }, { additionalProperties: false })

export const UpdateWorkspaceBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    webhookUrl: Type.Optional(Type.Union([Type.String({ format: 'uri', maxLength: 2048 }), Type.Null()], { description: 'Default call-webhook destination' })),
  },
  { additionalProperties: false },
)

export const Member = Type.Object(
  { userId: Type.String(), email: Type.String(), name: Type.Union([Type.String(), Type.Null()]), role: RoleSchema, createdAt: Timestamp },
  { $id: 'Member', title: 'Member' },
)

export const AddMemberBody = Type.Object({ email: Email, role: RoleSchema }, { additionalProperties: false })
export const MemberParams = Type.Object({ workspaceId: IdParam('Workspace id'), userId: IdParam('User id') })

export const CreateApiKeyBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 120 }) }, { additionalProperties: false })
export const ApiKeyParams = Type.Object({ workspaceId: IdParam('Workspace id'), keyId: IdParam('API key id') })
