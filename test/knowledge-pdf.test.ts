import { test } from 'node:test'
import assert from 'node:assert/strict'
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { startTestApp } from './helpers/app.js'
import { signup } from './helpers/users.js'
import { createFolder, multipartBody, search, uploadPdf } from './helpers/knowledge.js'
import { eventually } from './helpers/eventually.js'
import { makePdf } from './support/pdf-writer.js'
import { startS3Server } from './support/s3-server.js'

const lines = (n: number, topic: string) => Array.from({ length: n }, (_, i) => `${topic} line ${i + 1}: the warranty covers parts and labour for two years.`)

test('knowledge base: PDF uploads', async (t) => {
  const s3 = await startS3Server()
  t.after(() => s3.close())
  const s3client = new S3Client({ region: s3.region, endpoint: s3.endpoint, forcePathStyle: true, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } })
  t.after(() => s3client.destroy())
  const { app } = await startTestApp(t, { env: { ...s3.env, KB_UPLOAD_MAX_BYTES: '200000' } })
  const owner = await signup(app)
  const folder = await createFolder(app, owner.headers, 'Manuals')

  await t.test('a multi-page PDF is extracted by a job, searchable, and its original kept in S3', async () => {
    const pdf = makePdf([
      { lines: ['Warranty terms', ...lines(3, 'Warranty')] },
      { lines: ['Battery care', 'Charge the battery overnight before the first use.'] },
      { lines: ['Troubleshooting', 'If the display flickers, restart the device while holding the power button.'] },
    ])
    const res = await uploadPdf(app, owner.headers, folder.id, pdf, { filename: 'manual.pdf' })
    assert.equal(res.statusCode, 201, res.body)
    const doc = res.json()
    assert.equal(doc.status, 'ready')
    assert.equal(doc.kind, 'pdf')
    assert.equal(doc.title, 'manual')
    assert.equal(doc.pageCount, 3)
    assert.equal(doc.sizeBytes, pdf.length)
    assert.match(doc.contentText, /Charge the battery overnight/)
    assert.match(doc.contentText, /display flickers/)
    const found = await search(app, owner.headers, 'screen flickering display')
    assert.equal(found.results[0]?.documentId, doc.id)
    const stored = await s3client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `kb/${doc.id}.pdf` }))
    assert.deepEqual(Buffer.from(await stored.Body!.transformToByteArray()), pdf)

    const del = await app.inject({ method: 'DELETE', url: `/api/kb/docs/${doc.id}`, headers: owner.headers })
    assert.equal(del.statusCode, 204)
    await assert.rejects(s3client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `kb/${doc.id}.pdf` })))
  })

  await t.test('without wait the upload answers 202 processing, then the document turns ready', async () => {
    const res = await uploadPdf(app, owner.headers, folder.id, makePdf([{ lines: ['Return labels are printed at the post office.'] }]), { wait: false, title: 'Returns' })
    assert.equal(res.statusCode, 202, res.body)
    assert.equal(res.json().status, 'processing')
    assert.equal(res.json().title, 'Returns')
    const id = res.json().id
    await eventually(async () => (await app.inject({ method: 'GET', url: `/api/kb/docs/${id}`, headers: owner.headers })).json().status === 'ready', 'document ready')
  })

  const failures: [string, Buffer, number, string][] = [
    ['a PDF with only scanned images', makePdf([{ image: true }, { image: true }]), 422, 'no_text_found'],
    ['an encrypted PDF', makePdf([{ lines: ['Secret price list'] }], { userPassword: 'hunter2' }), 422, 'pdf_encrypted'],
    ['a truncated PDF', makePdf([{ lines: lines(30, 'Cut') }]).subarray(0, 900), 422, 'pdf_corrupt'],
  ]
  for (const [what, pdf, status, code] of failures) {
    await t.test(`${what} answers ${status} ${code} and leaves a failed document without text`, async () => {
      const res = await uploadPdf(app, owner.headers, folder.id, pdf)
      assert.equal(res.statusCode, status, res.body)
      assert.equal(res.json().error.code, code)
      if (code === 'no_text_found') assert.match(res.json().error.message, /OCR is not done/)
      const doc = (await app.inject({ method: 'GET', url: `/api/kb/docs/${res.json().error.details.documentId}`, headers: owner.headers })).json()
      assert.equal(doc.status, 'failed')
      assert.equal(doc.error.code, code)
      assert.equal(doc.contentText, null)
    })
  }

  await t.test('refused before anything is stored: not a PDF by its bytes, over the size bound, no file part', async () => {
    const before = (await app.inject({ method: 'GET', url: `/api/kb/folders/${folder.id}/docs`, headers: owner.headers })).json().items.length
    const fake = await uploadPdf(app, owner.headers, folder.id, Buffer.from('GIF89a pretending to be a pdf'), { filename: 'fake.pdf' })
    assert.equal(fake.statusCode, 415)
    assert.equal(fake.json().error.code, 'not_a_pdf')
    const big = makePdf([{ lines: Array.from({ length: 4000 }, (_, i) => `Line ${i} of a long document that is far too large for the bound.`) }])
    assert.ok(big.length > 200_000)
    const large = await uploadPdf(app, owner.headers, folder.id, big)
    assert.equal(large.statusCode, 413)
    assert.equal(large.json().error.code, 'file_too_large')
    const body = multipartBody([{ name: 'title', value: 'no file' }])
    const none = await app.inject({ method: 'POST', url: `/api/kb/folders/${folder.id}/pdf`, headers: { ...owner.headers, 'content-type': body.contentType }, payload: body.payload })
    assert.equal(none.statusCode, 400)
    assert.equal(none.json().error.code, 'file_missing')
    const json = await app.inject({ method: 'POST', url: `/api/kb/folders/${folder.id}/pdf`, headers: owner.headers, payload: { file: 'x' } })
    assert.equal(json.statusCode, 415)
    const after = (await app.inject({ method: 'GET', url: `/api/kb/folders/${folder.id}/docs`, headers: owner.headers })).json().items.length
    assert.equal(after, before)
  })

  await t.test('another workspace cannot upload into the folder', async () => {
    const other = await signup(app)
    const res = await uploadPdf(app, other.headers, folder.id, makePdf([{ lines: ['x'] }]))
    assert.equal(res.statusCode, 404)
    assert.equal(res.json().error.code, 'folder_not_found')
  })
})
