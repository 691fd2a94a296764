import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startTestApp } from './helpers/app.js'
import { signup } from './helpers/users.js'
import { addText, createFolder, search } from './helpers/knowledge.js'
import { chunkText } from '../plugins/knowledge/chunking.js'

const REFUNDS = `Refund policy

Refunds are paid to the original card within 14 days of the returned item reaching our warehouse. Items must be unused and in their original packaging.

Gift cards and downloadable software are not refundable.`

const SHIPPING = `# Shipping

We ship to the United States, Canada and Mexico. Standard shipping to Canada takes 5 to 7 business days; express delivery takes 2 days.

# Tracking

Every parcel gets a tracking number by email on the day it leaves the warehouse.`

const HOURS = `Opening hours

The support line is open Monday to Friday from 8 am to 6 pm Eastern time, and Saturday from 10 am to 2 pm. We are closed on Sundays and public holidays.`

test('knowledge base: folders, text documents and search', async (t) => {
  const { app } = await startTestApp(t)
  const owner = await signup(app)
  const other = await signup(app)
  const folder = await createFolder(app, owner.headers, 'Support')
  const faq = await createFolder(app, owner.headers, 'FAQ', folder.id)
  const refunds = await addText(app, owner.headers, folder.id, 'Refunds', REFUNDS)
  const shipping = await addText(app, owner.headers, faq.id, 'Shipping and delivery', SHIPPING, { kind: 'markdown' })
  const hours = await addText(app, owner.headers, folder.id, '', HOURS)

  await t.test('a text document is ready and searchable at once, titled by its first line when sent without a title', async () => {
    assert.equal(refunds.status, 'ready')
    assert.equal(refunds.charCount, REFUNDS.length)
    assert.equal(hours.title, 'Opening hours')
    const list = await app.inject({ method: 'GET', url: `/api/kb/folders/${folder.id}/docs`, headers: owner.headers })
    assert.equal(list.statusCode, 200)
    assert.deepEqual(list.json().items.map((d: { id: string }) => d.id), [hours.id, refunds.id], 'newest first, only this folder')
    assert.equal(list.json().items[1].contentPreview, REFUNDS.slice(0, 400))
    const one = await app.inject({ method: 'GET', url: `/api/kb/docs/${refunds.id}`, headers: owner.headers })
    assert.equal(one.json().contentText, REFUNDS)
  })

  await t.test('search finds documents by stems, phrases and natural questions, with highlighted snippets', async () => {
    const stem = await search(app, owner.headers, 'refunded')
    assert.equal(stem.results[0].documentId, refunds.id)
    assert.match(stem.results[0].snippet, /<b>Refunds<\/b>/)
    assert.equal(stem.results[0].folderName, 'Support')

    const question = await search(app, owner.headers, 'how long does delivery to canada take?')
    assert.equal(question.results[0].documentId, shipping.id)
    assert.equal((question.results[0] as { heading?: string }).heading, 'Shipping', 'the Markdown heading is kept with its text')

    const closed = await search(app, owner.headers, 'are you open on sunday')
    assert.equal(closed.results[0].documentId, hours.id)
  })

  await t.test('typos and partial words are corrected against the workspace vocabulary', async () => {
    const typo = await search(app, owner.headers, 'refnud polcy')
    assert.equal(typo.results[0]?.documentId, refunds.id, JSON.stringify(typo))
    // Reported as searched: the corrected words, stemmed.
    assert.equal(typo.correctedQuery, 'refund polici')

    const partial = await search(app, owner.headers, 'trackin numb')
    assert.equal(partial.results[0]?.documentId, shipping.id, JSON.stringify(partial))
  })

  await t.test('folderIds limits the search; another workspace sees nothing of it', async () => {
    const onlyFaq = await search(app, owner.headers, 'refund', { folderIds: [faq.id] })
    assert.equal(onlyFaq.results.length, 0)
    const theirs = await search(app, other.headers, 'refund policy')
    assert.deepEqual(theirs.results, [])
    const theirsWithOurFolder = await search(app, other.headers, 'refund', { folderIds: [folder.id] })
    assert.deepEqual(theirsWithOurFolder.results, [])
    for (const url of [`/api/kb/folders/${folder.id}`, `/api/kb/folders/${folder.id}/docs`, `/api/kb/docs/${refunds.id}`]) {
      const res = await app.inject({ method: 'GET', url, headers: other.headers })
      assert.equal(res.statusCode, 404, url)
      assert.match(res.json().error.code, /^(folder|document)_not_found$/)
    }
    const del = await app.inject({ method: 'DELETE', url: `/api/kb/docs/${refunds.id}`, headers: other.headers })
    assert.equal(del.statusCode, 404)
    const add = await app.inject({ method: 'POST', url: `/api/kb/folders/${folder.id}/text`, headers: other.headers, payload: { contentText: 'x' } })
    assert.equal(add.statusCode, 404)
    assert.equal(add.json().error.code, 'folder_not_found')
  })

  await t.test('bad input: blank text, unknown parent, a folder moved under its own child', async () => {
    const blank = await app.inject({ method: 'POST', url: `/api/kb/folders/${folder.id}/text`, headers: owner.headers, payload: { contentText: ' \n\t ' } })
    assert.equal(blank.statusCode, 422)
    assert.equal(blank.json().error.code, 'empty_text')
    const theirFolder = await createFolder(app, other.headers, 'Theirs')
    const parent = await app.inject({ method: 'POST', url: '/api/kb/folders', headers: owner.headers, payload: { name: 'x', parentId: theirFolder.id } })
    assert.equal(parent.statusCode, 400)
    assert.equal(parent.json().error.code, 'parent_folder_not_found')
    const cycle = await app.inject({ method: 'PATCH', url: `/api/kb/folders/${folder.id}`, headers: owner.headers, payload: { parentId: faq.id } })
    assert.equal(cycle.statusCode, 400)
    assert.equal(cycle.json().error.code, 'folder_cycle')
    const rename = await app.inject({ method: 'PUT', url: `/api/kb/folders/${faq.id}`, headers: owner.headers, payload: { name: ' Questions ' } })
    assert.equal(rename.json().name, 'Questions')
  })

  await t.test('deleting: a document leaves search; a folder with documents needs recursive, one with subfolders is refused', async () => {
    const delDoc = await app.inject({ method: 'DELETE', url: `/api/kb/docs/${hours.id}`, headers: owner.headers })
    assert.equal(delDoc.statusCode, 204)
    const sunday = await search(app, owner.headers, 'sunday')
    assert.ok(sunday.results.every((r) => r.documentId !== hours.id), JSON.stringify(sunday))
    // Its words left the vocabulary: nothing corrects towards them any more.
    assert.doesNotMatch((await search(app, owner.headers, 'sundya')).correctedQuery ?? '', /sunday/)

    const withChild = await app.inject({ method: 'DELETE', url: `/api/kb/folders/${folder.id}?recursive=true`, headers: owner.headers })
    assert.equal(withChild.statusCode, 409)
    assert.equal(withChild.json().error.code, 'folder_has_subfolders')
    const notEmpty = await app.inject({ method: 'DELETE', url: `/api/kb/folders/${faq.id}`, headers: owner.headers })
    assert.equal(notEmpty.statusCode, 409)
    assert.equal(notEmpty.json().error.code, 'folder_not_empty')
    assert.equal(notEmpty.json().error.details.documents, 1)
    const recursive = await app.inject({ method: 'DELETE', url: `/api/kb/folders/${faq.id}?recursive=true`, headers: owner.headers })
    assert.equal(recursive.statusCode, 204)
    assert.ok((await search(app, owner.headers, 'canada')).results.every((r) => r.documentId !== shipping.id))
    assert.equal((await app.inject({ method: 'GET', url: `/api/kb/docs/${shipping.id}`, headers: owner.headers })).statusCode, 404)
  })
})

test('knowledge base: the per-workspace document bound answers 409 and writes nothing', async (t) => {
  const { app } = await startTestApp(t, { env: { KB_MAX_DOCUMENTS_PER_WORKSPACE: '2' } })
  const owner = await signup(app)
  const folder = await createFolder(app, owner.headers)
  await addText(app, owner.headers, folder.id, 'One', 'first document')
  await addText(app, owner.headers, folder.id, 'Two', 'second document')
  const third = await app.inject({ method: 'POST', url: `/api/kb/folders/${folder.id}/text`, headers: owner.headers, payload: { title: 'Three', contentText: 'third document' } })
  assert.equal(third.statusCode, 409)
  assert.equal(third.json().error.code, 'document_limit_reached')
  const list = await app.inject({ method: 'GET', url: `/api/kb/folders/${folder.id}/docs`, headers: owner.headers })
  assert.equal(list.json().items.length, 2)
  assert.equal((await search(app, owner.headers, 'third')).results.length, 0)
})

test('chunking: paragraphs packed to about 800-1,200 characters, headings kept, neighbours overlapping', () => {
  const para = (n: number) => `Paragraph ${n} explains one step of the setup in enough words to matter. `.repeat(4).trim()
  const text = `# Setup\n\n${Array.from({ length: 12 }, (_, i) => para(i)).join('\n\n')}\n\n# Billing\n\nInvoices are sent monthly.`
  const chunks = chunkText(text, { markdown: true })
  assert.ok(chunks.length >= 3, `${chunks.length} chunks`)
  for (const c of chunks.slice(0, -1)) assert.ok(c.content.length <= 1400, `chunk of ${c.content.length}`)
  assert.ok(chunks.filter((c) => c.heading === 'Setup').slice(0, -1).every((c) => c.content.length >= 600), 'chunks are packed, not one per paragraph')
  assert.equal(chunks.at(-1)!.heading, 'Billing')
  assert.equal(chunks.at(-1)!.content, 'Invoices are sent monthly.')
  const [a, b] = chunks
  const tail = a.content.slice(-60)
  assert.ok(b.content.includes(tail.slice(tail.indexOf(' ') + 1)), 'the next chunk starts with the end of the previous one')
  const oneLong = chunkText('word '.repeat(1000))
  assert.ok(oneLong.every((c) => c.content.length <= 1400))
})
