/**
 * The dashboard's error body: `{"error": "<sentence>", "code", "details"?}`. Only its login
 * and register pages parse it (the `error` string and `details.fieldErrors`); every other
 * page shows the raw text, so sentences stay short and match the old API's where a page
 * maps them by substring.
 */
export interface DashboardErrorBody {
  error: string
  code: string
  details?: unknown
}

export class DashboardError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: DashboardErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.error)
  }
}

/** Messages the dashboard's auth pages match on (case-insensitive substrings). */
const MESSAGES: Record<string, string> = {
  invalid_credentials: 'Invalid email or password',
  email_taken: 'Email already registered',
  unauthorized: 'Missing auth token',
  validation_failed: 'Validation failed',
  rate_limited: 'Too many requests. Please try again later.',
  upgrade_required: 'Upgrade required',
}

interface ContractError {
  error?: { code?: string; message?: string; details?: unknown }
}

interface FieldProblem {
  field?: string | null
  message?: string
}

/** zod's `flatten()` shape, which the register and login pages read. */
function fieldErrors(details: unknown) {
  const out: { formErrors: string[]; fieldErrors: Record<string, string[]> } = { formErrors: [], fieldErrors: {} }
  if (!Array.isArray(details)) return out
  for (const d of details as FieldProblem[]) {
    const msg = d.message ?? 'is invalid'
    if (d.field) (out.fieldErrors[d.field] ??= []).push(msg)
    else out.formErrors.push(msg)
  }
  return out
}

/** Translates an answer of the `/api` contract into the dashboard's error. */
export function dashboardError(status: number, body: unknown, headers: Record<string, unknown> = {}): DashboardError {
  const e = (body as ContractError)?.error
  const code = e?.code ?? (status === 404 ? 'not_found' : 'error')
  const passHeaders: Record<string, string> = {}
  for (const h of ['retry-after', 'allow']) if (headers[h] !== undefined) passHeaders[h] = String(headers[h])
  if (code === 'validation_failed') {
    return new DashboardError(status, { error: MESSAGES.validation_failed, code, details: fieldErrors(e?.details) }, passHeaders)
  }
  const message = MESSAGES[code] ?? e?.message ?? (typeof body === 'string' && body ? body.slice(0, 200) : `Request failed (${status})`)
  const out: DashboardErrorBody = { error: message, code }
  if (e?.details !== undefined) out.details = e.details
  return new DashboardError(status, out, passHeaders)
}

export function compatError(status: number, code: string, message: string): DashboardError {
  return new DashboardError(status, { error: message, code })
}
