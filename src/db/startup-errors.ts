import { describeUrl } from './connect.js'

/** One line an operator can act on, for the database failures seen at boot. */
export function explainDatabaseError(err: unknown, url: string | undefined): string | undefined {
  const e = err as { code?: string; message?: string }
  const where = url ? describeUrl(url) : 'the embedded database'
  switch (e?.code) {
    case '3D000': {
      const name = url ? decodeURIComponent(new URL(url).pathname.slice(1)) : 'postgres'
      const admin = new URL(url ?? 'postgres://localhost/postgres')
      admin.pathname = '/postgres'
      admin.search = ''
      if (admin.password) admin.password = 'PASSWORD'
      return `database "${name}" does not exist at ${where}: create it with psql "${admin}" -c 'CREATE DATABASE "${name}";'`
    }
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused the credentials in DATABASE_URL (${e.message})`
    case 'ECONNREFUSED':
      return `cannot reach PostgreSQL at ${where}: connection refused (is it running? is DATABASE_URL's host/port right?)`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot resolve the PostgreSQL host of DATABASE_URL (${where})`
    case 'CONNECT_TIMEOUT':
      return `PostgreSQL at ${where} did not answer within 5 s (firewall, security group, or DATABASE_SSL?)`
    default:
      return undefined
  }
}
