import type { PendingQuery, Row } from 'postgres'
import type { Sql } from '../../src/db/connect.js'
import type { KbSearchResponse, KbSearchResult } from '../../schemas/knowledge.js'

export interface SearchScope {
  workspaceId: string
  /** Only these folders; undefined: every folder of the workspace. */
  folderIds?: string[]
}

// A corrected word must share at least this much of its trigrams with the vocabulary word.
const MIN_SIMILARITY = 0.2
// How many of the query's rarest words the any-word pass ranks by: common words ("get",
// "take") would match most chunks and rank nothing, since ts_rank_cd knows no document frequency.
const LOOSE_WORDS = 4
// Chunks the any-word passes rank at most (in index order, not by score: a bound on the work).
const LOOSE_CANDIDATES = 300
// The same bound for the every-word pass: a query of common words matches thousands of chunks.
const STRICT_CANDIDATES = 1000

// Lexemes put into a tsquery by hand: letters and digits only (URLs, paths and the like are left out).
const SAFE_LEXEME = /^[\p{L}\p{N}]+$/u

/** The k-element subsets of `items`, in order. */
function combinations<T>(items: T[], k: number): T[][] {
  if (k === 0) return [[]]
  return items.flatMap((x, i) => combinations(items.slice(i + 1), k - 1).map((rest) => [x, ...rest]))
}

const keyOf = (r: KbSearchResult) => `${r.documentId}:${r.chunk}`

/**
 * Ranks chunks for a query. The one function search goes through: a vector or hybrid ranker
 * can replace it without touching the routes.
 *
 * 1. Every word, as written (`websearch_to_tsquery`: stems, "phrases", -exclusions), ranked by `ts_rank_cd`.
 * 2. Fewer hits than asked: words the workspace's vocabulary does not hold are corrected against it
 *    (a prefix completion for partial words, else the trigram-nearest word: typos) and searched again;
 *    then chunks holding two of the query's rarest words, then one, are ranked after the earlier hits.
 */
export function createKnowledgeSearch(sql: Sql) {
  async function languages(workspaceId: string) {
    const rows = await sql<{ language: string }[]>`select language from kb_languages where workspace_id = ${workspaceId}`
    return rows.map((r) => r.language)
  }

  /** One tsquery over the workspace's languages: a document matches in its own language. */
  function webQuery(langs: string[], text: string) {
    return langs
      .map((l) => sql`websearch_to_tsquery(${l}::regconfig, ${text})`)
      .reduce((acc, q) => sql`${acc} || ${q}`)
  }

  /** Lexemes as they are stored (already stemmed): `simple` only lower-cases them. */
  const lexemeQuery = (lexemes: string[], op: ' & ' | ' | ') => sql`to_tsquery('simple', ${lexemes.map((l) => `'${l}'`).join(op)})`

  /**
   * Ranks the chunks matching `q`. `candidates` bounds how many matching chunks are ranked at all (the
   * any-word pass: ranking every chunk that holds one common word would cost tens of milliseconds).
   */
  async function rank(scope: SearchScope, q: PendingQuery<Row[]>, limit: number, exclude: Set<string>, candidates?: number) {
    const rows = await sql<KbSearchResult[]>`
      with q as (select ${q} as q),
      matching as (
        select c.document_id, c.seq, c.heading, c.content, c.folder_id, c.tsv
        from kb_chunks c, q
        where c.tsv @@ q.q and c.workspace_id = ${scope.workspaceId}
          ${scope.folderIds ? sql`and c.folder_id = any(${scope.folderIds}::text[])` : sql``}
        ${candidates ? sql`limit ${candidates}` : sql``}
      ),
      hits as (
        select m.document_id, m.seq, m.heading, m.content, m.folder_id, ts_rank_cd(m.tsv, q.q, 1) as score
        from matching m, q
        order by score desc, m.document_id, m.seq
        limit ${limit + exclude.size}
      )
      select h.document_id as "documentId", h.folder_id as "folderId", f.name as "folderName", d.title, d.kind,
        h.seq as chunk, h.heading, h.content as text, h.score::float8 as score,
        ts_headline(d.language::regconfig, h.content, q.q, 'MaxFragments=1, MinWords=12, MaxWords=40') as snippet
      from hits h join kb_documents d on d.id = h.document_id join kb_folders f on f.id = h.folder_id, q
      order by h.score desc, h.document_id, h.seq`
    return rows.filter((r) => !exclude.has(keyOf(r))).slice(0, limit)
  }

  /**
   * The query's lexemes (stemmed in each of the workspace's languages, stop words gone) with their
   * document counts; lexemes the vocabulary lacks are replaced by their correction, or dropped.
   */
  async function vocabulary(workspaceId: string, langs: string[], query: string) {
    const rows = await sql<{ lexeme: string; term: string | null; documents: number | null; known: boolean }[]>`
      with q as (
        select distinct lexeme from unnest(${langs}::text[]) as l(lang),
          unnest(tsvector_to_array(to_tsvector(l.lang::regconfig, ${query}))) as lexeme
      )
      select q.lexeme, coalesce(k.term, p.term, n.term) as term, coalesce(k.documents, p.documents, n.documents) as documents,
        k.term is not null as known
      from q
      left join kb_terms k on k.workspace_id = ${workspaceId} and k.term = q.lexeme
      left join lateral (
        select term, documents from kb_terms
        where k.term is null and length(q.lexeme) >= 3 and workspace_id = ${workspaceId}
          and term like replace(replace(replace(q.lexeme, '\\', '\\\\'), '_', '\\_'), '%', '\\%') || '%'
        order by documents desc, term limit 1
      ) p on true
      left join lateral (
        select term, documents from (
          select term, documents, public.similarity(term, q.lexeme) as sim from kb_terms
          where k.term is null and p.term is null and workspace_id = ${workspaceId}
          order by term operator(public.<->) q.lexeme limit 1
        ) nearest where sim >= ${MIN_SIMILARITY}
      ) n on true`
    return rows.filter((r): r is typeof r & { term: string; documents: number } => r.term !== null && SAFE_LEXEME.test(r.term))
  }

  return async function searchKnowledge(scope: SearchScope, query: string, limit: number): Promise<KbSearchResponse> {
    if (scope.folderIds && !scope.folderIds.length) return { results: [], correctedQuery: null }
    const langs = await languages(scope.workspaceId)
    if (!langs.length) return { results: [], correctedQuery: null }
    const results = await rank(scope, webQuery(langs, query), limit, new Set(), STRICT_CANDIDATES)
    if (results.length >= limit) return { results, correctedQuery: null }

    const terms = await vocabulary(scope.workspaceId, langs, query)
    if (!terms.length) return { results, correctedQuery: null }
    const corrected = terms.some((t) => !t.known)
    const lexemes = [...new Set(terms.map((t) => t.term))]
    if (corrected) {
      results.push(...(await rank(scope, lexemeQuery(lexemes, ' & '), limit - results.length, new Set(results.map(keyOf)), STRICT_CANDIDATES)))
    }
    if (results.length < limit && lexemes.length > 1) {
      const rarest = [...new Set([...terms].sort((a, b) => a.documents - b.documents).map((t) => t.term))].slice(0, LOOSE_WORDS)
      // Chunks holding all of the rarest words first, then all but one, ... down to two of them (each an
      // intersection of GIN posting lists: few rows), then any one of them.
      for (let k = Math.min(rarest.length, LOOSE_WORDS); k >= 2 && results.length < limit; k--) {
        if (k === lexemes.length && !corrected) continue // the first pass searched exactly this
        const groups = combinations(rarest, k).map((g) => `(${g.map((l) => `'${l}'`).join(' & ')})`).join(' | ')
        results.push(...(await rank(scope, sql`to_tsquery('simple', ${groups})`, limit - results.length, new Set(results.map(keyOf)), LOOSE_CANDIDATES)))
      }
      if (results.length < limit) {
        results.push(...(await rank(scope, lexemeQuery(rarest, ' | '), limit - results.length, new Set(results.map(keyOf)), LOOSE_CANDIDATES)))
      }
    }
    return { results, correctedQuery: corrected ? lexemes.join(' ') : null }
  }
}

export type SearchKnowledge = ReturnType<typeof createKnowledgeSearch>
