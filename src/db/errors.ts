// Connection-level failures (server down, restarting, unreachable) as postgres.js and
// PostgreSQL report them; these become 503 database_unavailable instead of 500.
const CONNECTION_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN',
  'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED',
  '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '53300',
])

export function isDatabaseUnavailable(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code
  return typeof code === 'string' && CONNECTION_CODES.has(code)
}

export const isUniqueViolation = (err: unknown, constraint?: string) =>
  (err as { code?: string })?.code === '23505' &&
  (constraint === undefined || (err as { constraint_name?: string }).constraint_name === constraint)

// Text PostgreSQL cannot store: a NUL character (`\u0000`) in a text column (22021) or in jsonb
// (22P05). Clients can send it in any JSON string, so it is their 400, not a server failure.
const UNSTORABLE_TEXT_CODES = new Set(['22021', '22P05'])

export const isUnstorableText = (err: unknown) => UNSTORABLE_TEXT_CODES.has((err as { code?: string } | null)?.code ?? '')
