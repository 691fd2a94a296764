import { httpError } from './http-error.js'

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export const encodeCursor = (key: (string | number)[]) => Buffer.from(JSON.stringify(key)).toString('base64url')

export function decodeCursor<T extends (string | number)[]>(cursor: string | undefined, shape: ('string' | 'number')[]): T | undefined {
  if (cursor === undefined) return undefined
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(key) && key.length === shape.length && key.every((v, i) => typeof v === shape[i])) return key as T
  } catch {}
  throw httpError(400, 'invalid_cursor', 'cursor is not one this API returned')
}

/** Splits a `limit + 1` fetch into the page and the cursor of its last row. */
export function paginate<R>(rows: R[], limit: number, keyOf: (row: R) => (string | number)[]) {
  const items = rows.slice(0, limit)
  const nextCursor = rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null
  return { items, nextCursor }
}
