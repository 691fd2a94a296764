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

// Lexemes put into a tsquery by hand: letters and digits only (URLs, paths and the like are left out).
const SAFE_LEXEME = /^[\p{L}\p{N}]+$/u

const keyOf = (r: KbSearchResult) => `${r.documentId}:${r.chunk}`

/**
 * Ranks chunks for a query. The one function search goes through: a vector or hybrid ranker
 * can replace it without touching the routes.
 *
 * 1. Every word, as written (`websearch_to_tsquery`: stems, "phrases", -exclusions), ranked by `ts_rank_cd`.
 * 2. Fewer hits than asked: words the workspace's vocabulary does not hold are corrected against it
 *    (a prefix completion for partial words, else the trigram-nearest word: typos), and chunks holding
 *    any of the query's rarest words are ranked after the first pass's hits.
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

  async function rank(scope: SearchScope, q: PendingQuery<Row[]>, limit: number, exclude: Set<string>) {
    const rows = await sql<KbSearchResult[]>`
      with q as (select ${q} as q),
      hits as (
        select c.document_id, c.seq, c.heading, c.content, c.folder_id, ts_rank_cd(c.tsv, q.q, 1) as score
        from kb_chunks c, q
        where c.tsv @@ q.q and c.workspace_id = ${scope.workspaceId}
          ${scope.folderIds ? sql`and c.folder_id = any(${scope.folderIds}::text[])` : sql``}
        order by score desc, c.document_id, c.seq
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
    const results = await rank(scope, webQuery(langs, query), limit, new Set())
    if (results.length >= limit) return { results, correctedQuery: null }

    const terms = await vocabulary(scope.workspaceId, langs, query)
    if (!terms.length) return { results, correctedQuery: null }
    const corrected = terms.some((t) => !t.known)
    const lexemes = [...new Set(terms.map((t) => t.term))]
    if (corrected) {
      results.push(...(await rank(scope, lexemeQuery(lexemes, ' & '), limit - results.length, new Set(results.map(keyOf)))))
    }
    if (results.length < limit && lexemes.length > 1) {
      const rarest = [...terms].sort((a, b) => a.documents - b.documents).map((t) => t.term)
      const loose = [...new Set(rarest)].slice(0, LOOSE_WORDS)
      results.push(...(await rank(scope, lexemeQuery(loose, ' | '), limit - results.length, new Set(results.map(keyOf)))))
    }
    return { results, correctedQuery: corrected ? lexemes.join(' ') : null }
  }
}

export type SearchKnowledge = ReturnType<typeof createKnowledgeSearch>
