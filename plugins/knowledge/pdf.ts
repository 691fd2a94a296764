import { ExtractionError } from './errors.js'

/** PDF files start with `%PDF-` (readers allow up to 1 KiB of junk before it). */
export function looksLikePdf(head: Buffer): boolean {
  return head.subarray(0, 1024).includes('%PDF-')
}

// A complete file ends with `%%EOF` (possibly followed by whitespace or a little junk). pdf.js
// repairs a file cut short and would extract part of its text: half a document, refused here.
function looksComplete(bytes: Buffer): boolean {
  return bytes.subarray(Math.max(0, bytes.length - 1024)).includes('%%EOF')
}

export interface ExtractedPdf {
  text: string
  pageCount: number
}

/** Characters of text a page needs before the PDF counts as having a text layer. */
const MIN_TEXT_CHARS = 1

/**
 * The text of a PDF, pages separated by blank lines, or an ExtractionError saying why not
 * (encrypted, damaged, no text layer). pdf.js (through unpdf) runs without a worker or canvas.
 */
export async function extractPdfText(bytes: Buffer, maxChars: number): Promise<ExtractedPdf> {
  if (!looksLikePdf(bytes)) throw new ExtractionError('pdf_corrupt', 'no %PDF- header')
  if (!looksComplete(bytes)) throw new ExtractionError('pdf_corrupt', 'the file ends before %%EOF: truncated')
  const { getDocumentProxy, extractText } = await import('unpdf')
  let pages: string[]
  let pageCount: number
  try {
    // A copy: pdf.js detaches the buffer it is given.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: true })
    try {
      const out = await extractText(pdf, { mergePages: false })
      pages = out.text
      pageCount = out.totalPages
    } finally {
      await pdf.destroy().catch(() => {})
    }
  } catch (err) {
    // pdf.js names its errors: PasswordException for a file that needs a password; anything else
    // (InvalidPDFException, FormatError, ...) means the file cannot be read.
    if ((err as { name?: string }).name === 'PasswordException') throw new ExtractionError('pdf_encrypted')
    throw new ExtractionError('pdf_corrupt', (err as Error).message)
  }
  // NUL and other control characters cannot be stored or searched; pages become paragraphs.
  const text = pages
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .map((p) => p.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').trim())
    .filter(Boolean)
    .join('\n\n')
    .slice(0, maxChars)
  if (text.replace(/\s+/g, '').length < MIN_TEXT_CHARS) {
    throw Object.assign(new ExtractionError('no_text_found', `${pageCount} page(s) without a text layer`), { pageCount })
  }
  return { text, pageCount }
}
