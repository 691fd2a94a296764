/**
 * Cuts a document into search chunks: whole paragraphs packed to about 800-1,200 characters,
 * each chunk carrying the heading it sits under, consecutive chunks of a section sharing their
 * boundary sentence (so an answer that straddles two chunks is found in either).
 */
export interface Chunk {
  seq: number
  heading: string | null
  content: string
}

const TARGET = 800
const MAX = 1200
const OVERLAP = 200

const MARKDOWN_HEADING = /^#{1,6}\s+(.+?)\s*#*$/

/** A one-line block, short, not ending like a sentence: a title or section heading. */
function headingOf(block: string, markdown: boolean): string | null {
  if (block.includes('\n')) return null
  const md = MARKDOWN_HEADING.exec(block)
  if (md) return md[1]
  if (markdown) return null
  return block.length <= 80 && /[\p{L}\p{N})]$/u.test(block) ? block : null
}

/** Sentences of an over-long paragraph, themselves cut at MAX characters when they have no end. */
function pieces(paragraph: string): string[] {
  const sentences = paragraph.match(/[^.!?]+(?:[.!?]+["')\]]*\s*|$)/g) ?? [paragraph]
  const out: string[] = []
  for (const s of sentences) {
    for (let i = 0; i < s.length; i += MAX) out.push(s.slice(i, i + MAX))
  }
  return out.map((s) => s.trim()).filter(Boolean)
}

/** The tail of a chunk (its last sentence or so) that the next chunk of the section starts with. */
function tailOf(text: string): string {
  if (text.length <= OVERLAP) return text
  const tail = text.slice(-OVERLAP)
  const start = tail.search(/[.!?]\s+\S/)
  return start >= 0 ? tail.slice(start + 1).trim() : tail.slice(tail.indexOf(' ') + 1)
}

export function chunkText(text: string, opts: { markdown?: boolean } = {}): Chunk[] {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/).map((b) => b.trim()).filter(Boolean)
  const chunks: Chunk[] = []
  let heading: string | null = null
  let parts: string[] = []
  let size = 0
  let carried = false

  const flush = () => {
    if (parts.length && !(carried && parts.length === 1)) {
      chunks.push({ seq: chunks.length, heading, content: parts.join('\n\n') })
    }
    parts = []
    size = 0
    carried = false
  }
  const add = (piece: string) => {
    if (size > 0 && size + piece.length > MAX) {
      const tail = tailOf(parts[parts.length - 1])
      flush()
      parts = [tail]
      size = tail.length
      carried = true
    }
    parts.push(piece)
    size += piece.length + 2
    carried = carried && parts.length === 1
    if (size >= TARGET && size <= MAX && piece.endsWith('.')) {
      // Long enough: the next paragraph starts a new chunk (with this one's tail).
      const tail = tailOf(piece)
      flush()
      parts = [tail]
      size = tail.length
      carried = true
    }
  }

  for (const block of blocks) {
    const h = headingOf(block, !!opts.markdown)
    if (h !== null) {
      flush()
      heading = h.slice(0, 200)
      continue
    }
    const paragraph = block.replace(/[ \t]*\n[ \t]*/g, ' ')
    if (paragraph.length <= MAX) add(paragraph)
    else for (const p of pieces(paragraph)) add(p)
  }
  flush()
  // A document that is only headings still gets searched by them.
  if (!chunks.length && blocks.length) chunks.push({ seq: 0, heading: null, content: blocks.join('\n\n').slice(0, MAX) })
  return chunks
}
