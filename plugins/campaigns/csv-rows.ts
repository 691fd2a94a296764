import type { Readable } from 'node:stream'
import { parse, CsvError } from 'csv-parse'
import { httpError } from '../../src/platform/http-error.js'
import type { RecipientInput } from '../../schemas/campaigns.js'

/** Columns with a meaning of their own; every other column becomes a variable of the recipient. */
const KNOWN = new Set(['phone', 'name', 'timezone'])
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/

export const CSV_MAX_BYTES = 64 * 1024 * 1024

/**
 * Reads a recipients CSV (`phone,name,timezone,<any variable>`, header first) as it streams in,
 * yielding each data line with its line number. A file that is not well-formed CSV (an open quote,
 * a line with the wrong number of fields, no `phone` column, too big) throws 400 `invalid_csv`
 * before the caller writes anything.
 */
export async function* readRecipientCsv(body: Readable, opts: { maxRows: number }): AsyncGenerator<{ row: number; value: RecipientInput }> {
  let bytes = 0
  let rows = 0
  const parser = parse({
    bom: true,
    trim: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: 64 * 1024,
    columns: (header: string[]) => {
      const cols = header.map((h) => h.trim())
      const lower = cols.map((h) => h.toLowerCase())
      if (!lower.includes('phone')) throw httpError(400, 'invalid_csv', 'The header line has no `phone` column', { line: 1, header: cols })
      const bad = cols.find((c, i) => !KNOWN.has(lower[i]) && !VARIABLE_NAME.test(c))
      if (bad !== undefined) throw httpError(400, 'invalid_csv', `Column ${JSON.stringify(bad)} is not a usable variable name`, { line: 1 })
      if (new Set(lower).size !== lower.length) throw httpError(400, 'invalid_csv', 'The header line names a column twice', { line: 1 })
      return cols.map((c, i) => (KNOWN.has(lower[i]) ? lower[i] : c))
    },
  })
  body.on('data', (chunk: Buffer) => {
    bytes += chunk.length
    if (bytes > CSV_MAX_BYTES) body.destroy(httpError(413, 'payload_too_large', `The CSV is larger than ${CSV_MAX_BYTES} bytes`))
  })
  body.on('error', (err) => parser.destroy(err))
  body.pipe(parser)
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (++rows > opts.maxRows) throw httpError(409, 'recipient_limit_reached', `A campaign holds at most ${opts.maxRows} recipients`)
      const { phone = '', name, timezone, ...rest } = record
      const variables = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== ''))
      yield { row: info.lines, value: { phone, name, timezone: timezone || undefined, variables } }
    }
  } catch (err) {
    if (err instanceof CsvError) {
      const e = err as CsvError & { lines?: number }
      throw httpError(400, 'invalid_csv', `The CSV is malformed near line ${e.lines ?? '?'}: ${err.message}`, { line: e.lines ?? null, reason: err.code })
    }
    throw err
  } finally {
    body.unpipe(parser)
    body.resume()
  }
}
