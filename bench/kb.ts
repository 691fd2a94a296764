/**
 * Knowledge base: ingestion rate, search latency at a fixed rate, answer quality, and what the
 * `{{knowledge}}` fill adds to inbound start.
 *
 * One workspace on real PostgreSQL (TEST_DATABASE_URL; a fresh schema, dropped afterwards; PGlite
 * when unset, with a warning): 10,000 generated documents (about 100,000 chunks; words drawn with a
 * Zipf distribution from common English, the support vocabulary of bench/kb-quality.json and a long
 * tail of rare words) plus the quality set's documents, all through POST /api/kb/folders/:id/text.
 * Then:
 *   - PDF ingestion: 20 five-page PDFs through the upload route (?wait=true: extraction included);
 *   - quality: every question of bench/kb-quality.json, scored when its document is among the first
 *     3 distinct documents (target >= 90 %);
 *   - latency: POST /api/kb/search over HTTP at a fixed 50 req/s for 20 s, open loop (requests leave on
 *     schedule whatever the answers do), questions and generated queries mixed (target p99 < 20 ms);
 *   - inbound start, 300 starts each, interleaved: an agent whose prompt has `{{knowledge}}` (8 documents,
 *     about 20,000 characters inlined) against the same agent without it (target: < 2 ms added).
 *
 *   TEST_DATABASE_URL=postgres://rapidcall:rapidcall@127.0.0.1:5432/rapidcall_test npm run bench:kb
 *   (flags: --documents 10000 --rate 50 --duration 20)
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { Room } from '@livekit/protocol'
import { loadConfig } from '../src/config.js'
import { buildApp } from '../src/app.js'
import { freshDatabaseEnv } from '../test/helpers/database.js'
import { startLiveKitServer } from '../test/support/livekit-server.js'
import { makePdf } from '../test/support/pdf-writer.js'
import { multipartBody } from '../test/support/multipart.js'
import { generatedDocument, generatedQuery } from './lib/kb-corpus.js'

const { values } = parseArgs({ options: { documents: { type: 'string', default: '10000' }, rate: { type: 'string', default: '50' }, duration: { type: 'string', default: '20' } } })
const DOCUMENTS = Number(values.documents)
const RATE = Number(values.rate)
const DURATION_S = Number(values.duration)
const SECRET = 'bench-agent-secret-0123456789'
const quality = JSON.parse(readFileSync(new URL('./kb-quality.json', import.meta.url), 'utf8')) as {
  documents: { key: string; title: string; text: string }[]
  questions: { q: string; doc: string }[]
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const ms = (n: number) => `${n.toFixed(2)} ms`
const out = (line: string) => process.stdout.write(`${line}\n`)

if (!process.env.TEST_DATABASE_URL) process.stderr.write('TEST_DATABASE_URL is not set: running on embedded PGlite, not real PostgreSQL\n')
const db = await freshDatabaseEnv()
const livekit = await startLiveKitServer({ apiKey: 'APIbench', apiSecret: 'bench-livekit-secret-0123456789abcdef' })
const config = loadConfig({
  ...process.env, ...db.env, LOG_LEVEL: 'warn', AGENT_SHARED_SECRET: SECRET, JWT_SECRET: 'bench-jwt-secret-that-is-long-enough-0123456789',
  LIVEKIT_URL: livekit.wsUrl, LIVEKIT_API_KEY: 'APIbench', LIVEKIT_API_SECRET: 'bench-livekit-secret-0123456789abcdef', JOBS_POLL_INTERVAL_MS: '50',
})
const app = await buildApp(config, { logger: false })
const url = await app.listen({ port: 0, host: '127.0.0.1' })
try {
  const signup = (await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: 'bench@example.com', password: 'bench-password' } })).json()
  const headers = { authorization: `Bearer ${signup.token}` }
  const folderIds: string[] = []
  for (let i = 0; i < 10; i++) folderIds.push((await app.inject({ method: 'POST', url: '/api/kb/folders', headers, payload: { name: `Folder ${i}` } })).json().id)

  // ---- ingestion of text documents (the quality set's among them, spread over the run)
  const titleOf = new Map<string, string>()
  const qualityAt = new Map(quality.documents.map((d, i) => [Math.floor(((i + 0.5) * DOCUMENTS) / quality.documents.length), d]))
  let next = 0
  let chars = 0
  const t0 = performance.now()
  await Promise.all(Array.from({ length: 4 }, async () => {
    for (let i = next++; i < DOCUMENTS; i = next++) {
      const q = qualityAt.get(i)
      const doc = q ? { title: q.title, contentText: q.text } : generatedDocument(i)
      chars += doc.contentText.length
      const res = await app.inject({ method: 'POST', url: `/api/kb/folders/${folderIds[i % folderIds.length]}/text`, headers, payload: doc })
      if (res.statusCode !== 201) throw new Error(`ingest ${i}: ${res.statusCode} ${res.body}`)
      if (q) titleOf.set(res.json().id, q.key)
    }
  }))
  const ingestS = (performance.now() - t0) / 1000
  const [{ chunks }] = await app.sql<{ chunks: number }[]>`select count(*)::int as chunks from kb_chunks`
  const [{ terms }] = await app.sql<{ terms: number }[]>`select count(*)::int as terms from kb_terms`
  out(`corpus               ${DOCUMENTS} documents, ${chunks} chunks, ${(chars / 1e6).toFixed(1)} M characters, ${terms} vocabulary lexemes`)
  out(`ingest text          ${(DOCUMENTS / ingestS).toFixed(0)} documents/s, ${(chunks / ingestS).toFixed(0)} chunks/s (4 concurrent POST .../text, ${ingestS.toFixed(1)} s)`)

  // ---- PDF ingestion (upload + extraction job + indexing)
  const pdfs = Array.from({ length: 20 }, (_, i) => makePdf(Array.from({ length: 5 }, (_, p) => ({ lines: generatedDocument(DOCUMENTS + i * 5 + p).contentText.slice(0, 2500).match(/.{1,90}(\s|$)/g)! }))))
  const p0 = performance.now()
  for (const [i, pdf] of pdfs.entries()) {
    const body = multipartBody([{ name: 'file', value: pdf, filename: `manual-${i}.pdf`, type: 'application/pdf' }])
    const res = await app.inject({ method: 'POST', url: `/api/kb/folders/${folderIds[0]}/pdf?wait=true`, headers: { ...headers, 'content-type': body.contentType }, payload: body.payload })
    if (res.statusCode !== 201) throw new Error(`pdf ${i}: ${res.statusCode} ${res.body}`)
  }
  const pdfS = (performance.now() - p0) / 1000
  out(`ingest PDF           ${(pdfs.length / pdfS).toFixed(1)} documents/s, ${((pdfs.length * 5) / pdfS).toFixed(0)} pages/s (one at a time, upload to ready, ${(pdfs.reduce((a, b) => a + b.length, 0) / pdfs.length / 1024).toFixed(0)} KiB each)`)

  // ---- quality
  let hits = 0
  const misses: string[] = []
  for (const { q, doc } of quality.questions) {
    const res = (await app.inject({ method: 'POST', url: '/api/kb/search', headers, payload: { query: q, limit: 10 } })).json() as { results: { documentId: string }[] }
    const top3 = [...new Set(res.results.map((r) => r.documentId))].slice(0, 3).map((id) => titleOf.get(id))
    if (top3.includes(doc)) hits++
    else misses.push(`"${q}" -> ${top3.join(', ') || 'nothing'} (wanted ${doc})`)
  }
  out(`quality              ${hits}/${quality.questions.length} = ${((100 * hits) / quality.questions.length).toFixed(0)} % right document in the top 3 (target >= 90 %)`)
  for (const m of misses) out(`  miss: ${m}`)

  // ---- latency at a fixed rate, over HTTP
  const queries = [...quality.questions.map((x) => x.q), ...Array.from({ length: 200 }, (_, i) => generatedQuery(i))]
  const latencies: number[] = []
  let errors = 0
  const total = RATE * DURATION_S
  const start = performance.now()
  await Promise.all(Array.from({ length: total }, async (_, i) => {
    const due = start + (i * 1000) / RATE
    await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())))
    const s = performance.now()
    const res = await fetch(`${url}/api/kb/search`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query: queries[i % queries.length], limit: 5 }) })
    await res.arrayBuffer()
    latencies.push(performance.now() - s)
    if (res.status !== 200) errors++
  }))
  latencies.sort((a, b) => a - b)
  out(`search @ ${RATE} req/s     ${total} requests in ${DURATION_S} s: p50 ${ms(pct(latencies, 50))}, p90 ${ms(pct(latencies, 90))}, p99 ${ms(pct(latencies, 99))}, max ${ms(latencies.at(-1)!)}, errors ${errors} (target p99 < 20 ms)`)

  // ---- the {{knowledge}} fill in inbound start
  const fillFolder = (await app.inject({ method: 'POST', url: '/api/kb/folders', headers, payload: { name: 'Inline' } })).json().id
  for (let i = 0; i < 8; i++) await app.inject({ method: 'POST', url: `/api/kb/folders/${fillFolder}/text`, headers, payload: { title: `Inline ${i}`, contentText: generatedDocument(90_000 + i).contentText.slice(0, 2400) } })
  const agentWith = (await app.inject({ method: 'POST', url: '/api/agents', headers, payload: { name: 'With', promptDraft: 'Answer from:\n{{knowledge}}', knowledgeFolderIds: [fillFolder] } })).json()
  const agentWithout = (await app.inject({ method: 'POST', url: '/api/agents', headers, payload: { name: 'Without', promptDraft: 'Answer politely.', knowledgeFolderIds: [fillFolder] } })).json()
  await app.telephony.insert(signup.workspace.id, { e164: '+17073800001', twilioSid: null, inboundAgentId: agentWith.id })
  await app.telephony.insert(signup.workspace.id, { e164: '+17073800002', twilioSid: null, inboundAgentId: agentWithout.id })
  const timings: Record<string, number[]> = { with: [], without: [] }
  let inlined = 0
  for (let i = 0; i < 600; i++) {
    const kind = i % 2 ? 'with' : 'without'
    const roomName = `call-+3710000000-${i}`
    livekit.state.rooms.set(roomName, { room: new Room({ sid: `RM_${i}`, name: roomName }), participants: new Map() })
    const s = performance.now()
    const res = await app.inject({ method: 'POST', url: '/api/internal/telephony/inbound/start', headers: { 'x-agent-secret': SECRET }, payload: { roomName, to: kind === 'with' ? '+17073800001' : '+17073800002', from: '+3710000000' } })
    const took = performance.now() - s
    if (res.statusCode !== 201) throw new Error(`inbound ${i}: ${res.statusCode} ${res.body}`)
    if (i >= 40) timings[kind].push(took) // the first ones warm up caches and JIT
    if (kind === 'with') inlined = res.json().knowledge?.chars ?? 0
  }
  for (const k of ['with', 'without']) timings[k].sort((a, b) => a - b)
  const added = pct(timings.with, 50) - pct(timings.without, 50)
  out(`inbound start        without {{knowledge}}: p50 ${ms(pct(timings.without, 50))}, p99 ${ms(pct(timings.without, 99))}; with (${inlined} characters inlined): p50 ${ms(pct(timings.with, 50))}, p99 ${ms(pct(timings.with, 99))}; added at p50: ${ms(added)} (target < 2 ms)`)
} finally {
  await app.close()
  await livekit.close()
  // BENCH_KB_KEEP=1 keeps the schema for EXPLAIN ANALYZE; its URL is printed.
  if (process.env.BENCH_KB_KEEP) process.stderr.write(`kept: ${db.env.DATABASE_URL}\n`)
  else await db.drop()
}
