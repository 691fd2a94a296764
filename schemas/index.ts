import type { TSchema } from '@sinclair/typebox'
import { ErrorResponse } from './common.js'

/** Schemas with an `$id`, registered once and published as OpenAPI components. */
export const sharedSchemas: TSchema[] = [ErrorResponse]
