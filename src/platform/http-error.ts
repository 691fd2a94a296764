/** An error whose status, code and message are meant for the client. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

export const httpError = (statusCode: number, code: string, message: string, details?: unknown) =>
  new HttpError(statusCode, code, message, details)

/** `<resource>_not_found` (`Phone number` -> `phone_number_not_found`): clients branch on which resource is missing. */
export const notFound = (what: string) => new HttpError(404, `${what.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_not_found`, `${what} not found`)

export const integrationNotConfigured = (integration: string, missing: string[]) =>
  new HttpError(503, 'integration_not_configured', `${integration} is not configured: set ${missing.join(', ')}`, { missing })
