import { createCipheriv, createHash } from 'node:crypto'

/*
 * A small PDF 1.4 writer for tests: real files that real PDF readers open, made on the spot
 * so that no binary fixture is committed. It writes pages of Helvetica text, pages that hold
 * only an image (a "scan": no text layer), and files encrypted with the standard security
 * handler (revision 2, 40-bit RC4, PDF 1.4 section 3.5) that need a user password to open.
 */

export interface PdfPage {
  /** Lines of text drawn top-down; omit for a page with no text. */
  lines?: string[]
  /** Draws a gray image covering the page (a scanned page has only this). */
  image?: boolean
}

export interface PdfOptions {
  /** Encrypts with this user password (the owner password is its reverse). */
  userPassword?: string
}

// PDF 1.4 Algorithm 3.2: passwords are padded (or cut) to 32 bytes with this string.
const PASSWORD_PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex')
const pad = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PASSWORD_PAD]).subarray(0, 32)
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest()

/** RC4 by hand: OpenSSL 3 keeps it in the legacy provider, which Node does not load. */
function rc4(key: Buffer, data: Buffer): Buffer {
  try {
    const c = createCipheriv('rc4', key, null)
    return Buffer.concat([c.update(data), c.final()])
  } catch {
    const s = Array.from({ length: 256 }, (_, i) => i)
    for (let i = 0, j = 0; i < 256; i++) {
      j = (j + s[i] + key[i % key.length]) & 255
      ;[s[i], s[j]] = [s[j], s[i]]
    }
    const out = Buffer.alloc(data.length)
    for (let n = 0, i = 0, j = 0; n < data.length; n++) {
      i = (i + 1) & 255
      j = (j + s[i]) & 255
      ;[s[i], s[j]] = [s[j], s[i]]
      out[n] = data[n] ^ s[(s[i] + s[j]) & 255]
    }
    return out
  }
}

/** Escapes a string for a PDF literal `( ... )`; non-Latin-1 characters become `?`. */
const literal = (s: string) => s.replace(/[^\x20-\x7e\xa0-\xff]/g, '?').replace(/([\\()])/g, '\\$1')

export function makePdf(pages: PdfPage[], opts: PdfOptions = {}): Buffer {
  const objects: (string | Buffer)[] = []
  const add = (body: string | Buffer) => objects.push(body) // object number = index + 1
  const fileId = createHash('md5').update(JSON.stringify(pages)).digest()

  let encryptKey: Buffer | undefined
  let encryptDict = ''
  if (opts.userPassword !== undefined) {
    const P = -44 // printing and copying allowed; the value only has to be the same in the key and the dict
    const ownerKey = md5(pad(opts.userPassword.split('').reverse().join(''))).subarray(0, 5)
    const O = rc4(ownerKey, pad(opts.userPassword))
    const p = Buffer.alloc(4)
    p.writeInt32LE(P)
    encryptKey = md5(pad(opts.userPassword), O, p, fileId).subarray(0, 5)
    const U = rc4(encryptKey, PASSWORD_PAD)
    encryptDict = `<< /Filter /Standard /V 1 /R 2 /O <${O.toString('hex')}> /U <${U.toString('hex')}> /P ${P} >>`
  }
  const objectKey = (num: number) => {
    const k = Buffer.alloc(5)
    k.writeUIntLE(num, 0, 3)
    return md5(encryptKey!, k).subarray(0, 10)
  }
  const stream = (num: number, dict: string, data: Buffer) => {
    const bytes = encryptKey ? rc4(objectKey(num), data) : data
    return Buffer.concat([Buffer.from(`${dict.replace(/>>$/, '')} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')])
  }

  // 1 catalog, 2 pages, 3 font, 4 image; then per page: page object and content stream.
  const pageNums = pages.map((_, i) => 5 + i * 2)
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add(`<< /Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${pages.length} >>`)
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const gray = Buffer.alloc(64 * 64)
  for (let i = 0; i < gray.length; i++) gray[i] = (i * 37) & 255
  add(stream(4, '<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 >>', gray))
  pages.forEach((page, i) => {
    const contentNum = pageNums[i] + 1
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> /Contents ${contentNum} 0 R >>`)
    let ops = page.image ? 'q 612 0 0 792 0 0 cm /Im1 Do Q\n' : ''
    if (page.lines?.length) {
      // Literal strings inside an encrypted file are encrypted with the stream, which is enough here.
      ops += `BT /F1 11 Tf 14 TL 56 740 Td\n${page.lines.map((l) => `(${literal(l)}) Tj T*`).join('\n')}\nET\n`
    }
    add(stream(contentNum, '<< >>', Buffer.from(ops, 'latin1')))
  })
  if (encryptKey) add(encryptDict)

  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  let offset = parts[0].length
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(offset)
    const bytes = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')])
    parts.push(bytes)
    offset += bytes.length
  })
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  const id = `<${fileId.toString('hex')}>`
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /ID [${id} ${id}]${encryptKey ? ` /Encrypt ${objects.length} 0 R` : ''} >>\nstartxref\n${offset}\n%%EOF\n`
  parts.push(Buffer.from(xref + trailer, 'latin1'))
  return Buffer.concat(parts)
}
