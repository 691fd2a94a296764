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
