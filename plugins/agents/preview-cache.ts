import { createHash } from 'node:crypto'

/**
 * Recently synthesized previews, least recently used out first, bounded by entries and bytes.
 * In memory on purpose: a miss only costs one provider request, and identical previews
 * (the dashboard's fixed sentence per voice) repeat within minutes.
 */
export function createPreviewCache(opts: { maxEntries: number; maxBytes: number }) {
  const entries = new Map<string, Buffer>()
  let bytes = 0
  return {
    keyOf(parts: unknown[]) {
      return createHash('sha256').update(JSON.stringify(parts)).digest('hex')
    },
    get(key: string) {
      const hit = entries.get(key)
      if (hit) {
        entries.delete(key)
        entries.set(key, hit)
      }
      return hit
    },
    set(key: string, audio: Buffer) {
      if (audio.length > opts.maxBytes) return
      const old = entries.get(key)
      if (old) bytes -= old.length
      entries.delete(key)
      entries.set(key, audio)
      bytes += audio.length
      for (const [k, v] of entries) {
        if (entries.size <= opts.maxEntries && bytes <= opts.maxBytes) break
        entries.delete(k)
        bytes -= v.length
      }
    },
    get size() {
      return entries.size
    },
  }
}
