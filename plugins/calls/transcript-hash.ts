import { hash } from 'node:crypto'

/** A transcript as the store writes it: each entry's JSON and a hash chain over them. */
export interface PreparedTranscript {
  count: number
  /** The list as one JSON array text, entries serialized once. */
  json: string
  /**
   * `,h1,h2,...,hn`: hash i covers entries 1..i, so `split_part(prefixHashes, ',', k + 1)`
   * is the hash a stored list of k entries has when it is a prefix of this one ('' for k = 0).
   */
  prefixHashes: string
  /** Hash of the whole list: what the calls row keeps. */
  hash: string
}

// 96 bits: a collision would only make a sync skip its check; nothing here is adversarial
// (the agent holds the shared secret).
const HASH_CHARS = 16
// jsonb refuses \u0000 and unpaired surrogates; a sync refused is lost for good (the agent
// only logs it), so such characters are stored as U+FFFD instead.
const UNSTORABLE_ESCAPE = /\\u(?:0000|d[89a-f])/i
// eslint-disable-next-line no-control-regex -- matching U+0000 is the point
const UNSTORABLE_CHARS = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

function storable(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(UNSTORABLE_CHARS, '\uFFFD')
  if (Array.isArray(v)) return v.map(storable)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [storable(k) as string, storable(x)]))
  return v
}

export function prepareTranscript(list: readonly unknown[]): PreparedTranscript {
  const parts: string[] = new Array(list.length)
  let h = ''
  let prefixHashes = ''
  for (let i = 0; i < list.length; i++) {
    let s = JSON.stringify(list[i])
    if (UNSTORABLE_ESCAPE.test(s)) s = JSON.stringify(storable(list[i]))
    parts[i] = s
    h = hash('sha1', `${h}\n${s}`, 'base64').slice(0, HASH_CHARS)
    prefixHashes += `,${h}`
  }
  return { count: list.length, json: `[${parts.join(',')}]`, prefixHashes, hash: h }
}
