import type { Queryable, Sql } from '../../src/db/connect.js'
import { newId } from '../../src/platform/ids.js'
import type { KbDocument, KbDocumentSummary, KbFolder } from '../../schemas/knowledge.js'
import { chunkText } from './chunking.js'

export interface FolderRow {
  id: string
  workspace_id: string
  parent_id: string | null
  name: string
  created_at: Date
  updated_at: Date
}

export interface DocumentRow {
  id: string
  workspace_id: string
  folder_id: string
  kind: 'text' | 'markdown' | 'pdf'
  title: string
  status: 'processing' | 'ready' | 'failed'
  error_code: string | null
  error_message: string | null
  language: string
  source_filename: string | null
  mime: string | null
  size_bytes: string | number | null
  storage_key: string | null
  content_text?: string | null
  content_preview?: string | null
  page_count: number | null
  char_count: number | null
  created_at: Date
  updated_at: Date
}

export const folderJson = (r: FolderRow): KbFolder => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  parentId: r.parent_id,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
})

function documentFields(r: DocumentRow) {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    folderId: r.folder_id,
    kind: r.kind,
    title: r.title,
    status: r.status,
    error: r.error_code ? { code: r.error_code, message: r.error_message ?? '' } : null,
    language: r.language,
    sourceFilename: r.source_filename,
    mime: r.mime,
    sizeBytes: r.size_bytes === null ? null : Number(r.size_bytes),
    pageCount: r.page_count,
    charCount: r.char_count,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }
}
export const documentJson = (r: DocumentRow): KbDocument => ({ ...documentFields(r), contentText: r.content_text ?? null })
export const documentSummaryJson = (r: DocumentRow): KbDocumentSummary => ({ ...documentFields(r), contentPreview: r.content_preview ?? '' })

export interface NewDocument {
  workspaceId: string
  folderId: string
  kind: DocumentRow['kind']
  title: string
  language: string
  sourceFilename?: string | null
  mime?: string | null
  sizeBytes?: number | null
  storageKey?: string | null
}

// Everything but the text: lists and status answers never carry up to 2 million characters.
const DOCUMENT_COLUMNS = 'id, workspace_id, folder_id, kind, title, status, error_code, error_message, language, source_filename, mime, size_bytes, storage_key, page_count, char_count, created_at, updated_at'

/** SQL of the knowledge base's tables. Every function is scoped by workspace or by an id the caller got from a scoped read. */
export function createKnowledgeStore(sql: Sql) {
  const columns = sql.unsafe(DOCUMENT_COLUMNS)

  /** Chunks, vocabulary and language of a document whose text is final, in the caller's transaction. */
  async function indexDocument(tx: Queryable, doc: { id: string; workspace_id: string; folder_id: string; kind: string; title: string; language: string }, text: string) {
    const chunks = chunkText(text, { markdown: doc.kind === 'markdown' })
    await tx`
      insert into kb_chunks (document_id, seq, workspace_id, folder_id, language, heading, content, tsv)
      select ${doc.id}, c.seq, ${doc.workspace_id}, ${doc.folder_id}, ${doc.language}, nullif(c.heading, ''), c.content,
        setweight(to_tsvector(${doc.language}::regconfig, ${doc.title} || ' ' || c.heading), 'A') ||
        setweight(to_tsvector(${doc.language}::regconfig, c.content), 'D')
      from unnest(${chunks.map((c) => c.seq)}::int[], ${chunks.map((c) => c.heading ?? '')}::text[], ${chunks.map((c) => c.content)}::text[])
        as c(seq, heading, content)`
    // The document's lexemes, sorted: concurrent ingestions lock shared terms in one order (no deadlock).
    await tx`
      insert into kb_terms (workspace_id, term, documents)
      select ${doc.workspace_id}, term, 1 from (
        select distinct unnest(tsvector_to_array(tsv)) as term from kb_chunks where document_id = ${doc.id}
      ) t where length(term) <= 60 order by term
      on conflict (workspace_id, term) do update set documents = kb_terms.documents + 1`
    await tx`insert into kb_languages (workspace_id, language) values (${doc.workspace_id}, ${doc.language}) on conflict do nothing`
    return chunks.length
  }

  return {
    folders: {
      async create(workspaceId: string, input: { name: string; parentId?: string | null }) {
        const [row] = await sql<FolderRow[]>`
          insert into kb_folders (id, workspace_id, name, parent_id)
          values (${newId('kbf')}, ${workspaceId}, ${input.name}, ${input.parentId ?? null}) returning *`
        return row
      },
      async find(workspaceId: string, id: string, tx: Queryable = sql) {
        const [row] = await tx<FolderRow[]>`select * from kb_folders where workspace_id = ${workspaceId} and id = ${id}`
        return row
      },
      async list(workspaceId: string, opts: { limit: number; beforeId?: string }) {
        return sql<FolderRow[]>`
          select * from kb_folders where workspace_id = ${workspaceId} ${opts.beforeId ? sql`and id < ${opts.beforeId}` : sql``}
          order by id desc limit ${opts.limit + 1}`
      },
      async update(workspaceId: string, id: string, input: { name?: string; parentId?: string | null }) {
        const values: Record<string, unknown> = {}
        if (input.name !== undefined) values.name = input.name
        if (input.parentId !== undefined) values.parent_id = input.parentId
        const [row] = await sql<FolderRow[]>`
          update kb_folders set ${sql(values)}, updated_at = now() where workspace_id = ${workspaceId} and id = ${id} returning *`
        return row
      },
      /** The folder and its ancestors' ids, nearest first: moving a folder under one of them would make a cycle. */
      async ancestry(workspaceId: string, id: string) {
        const rows = await sql<{ id: string }[]>`
          with recursive up(id, parent_id, depth) as (
            select id, parent_id, 0 from kb_folders where workspace_id = ${workspaceId} and id = ${id}
            union all
            select f.id, f.parent_id, up.depth + 1 from kb_folders f join up on f.id = up.parent_id where up.depth < 100
          ) select id from up order by depth`
        return rows.map((r) => r.id)
      },
      async contents(workspaceId: string, id: string, tx: Queryable = sql) {
        const [row] = await tx<{ documents: number; subfolders: number }[]>`
          select (select count(*)::int from kb_documents where folder_id = ${id} and workspace_id = ${workspaceId}) as documents,
                 (select count(*)::int from kb_folders where parent_id = ${id} and workspace_id = ${workspaceId}) as subfolders`
        return row
      },
      /**
       * Deletes the folder and its documents (chunks and uploads cascade), keeping the vocabulary
       * counts right; returns the S3 keys of the deleted originals.
       */
      async remove(workspaceId: string, id: string, tx: Queryable) {
        const docs = await tx<{ id: string; status: string; storage_key: string | null }[]>`
          select id, status, storage_key from kb_documents where folder_id = ${id} and workspace_id = ${workspaceId} for update`
        for (const d of docs) if (d.status === 'ready') await forgetVocabulary(tx, workspaceId, d.id)
        await tx`delete from kb_folders where workspace_id = ${workspaceId} and id = ${id}`
        return docs.map((d) => d.storage_key).filter((k): k is string => !!k)
      },
      /** Which of these ids are not folders of the workspace. */
      async missing(workspaceId: string, ids: string[]) {
        if (!ids.length) return []
        const found = await sql<{ id: string }[]>`select id from kb_folders where workspace_id = ${workspaceId} and id = any(${ids}::text[])`
        const have = new Set(found.map((r) => r.id))
        return [...new Set(ids)].filter((id) => !have.has(id))
      },
    },

    documents: {
      /** The workspace's document count, locked until the transaction ends: two uploads cannot both take the last place. */
      async lockAndCount(tx: Queryable, workspaceId: string) {
        await tx`select pg_advisory_xact_lock(hashtext(${`kb_documents:${workspaceId}`}))`
        const [row] = await tx<{ n: number }[]>`select count(*)::int as n from kb_documents where workspace_id = ${workspaceId}`
        return row.n
      },
      /** A document whose text is known now (text, Markdown): ready in the same transaction. */
      async insertReady(tx: Queryable, doc: NewDocument, text: string) {
        const [row] = await tx<DocumentRow[]>`
          insert into kb_documents (id, workspace_id, folder_id, kind, title, status, language, content_text, char_count)
          values (${newId('kbd')}, ${doc.workspaceId}, ${doc.folderId}, ${doc.kind}, ${doc.title}, 'ready', ${doc.language}, ${text}, ${text.length})
          returning ${columns}`
        await indexDocument(tx, row, text)
        return row
      },
      /** An upload waiting for its extraction job; its bytes are kept until the job has run. */
      async insertUpload(tx: Queryable, id: string, doc: NewDocument, bytes: Buffer) {
        const [row] = await tx<DocumentRow[]>`
          insert into kb_documents (id, workspace_id, folder_id, kind, title, status, language, source_filename, mime, size_bytes, storage_key)
          values (${id}, ${doc.workspaceId}, ${doc.folderId}, ${doc.kind}, ${doc.title}, 'processing', ${doc.language},
            ${doc.sourceFilename ?? null}, ${doc.mime ?? null}, ${doc.sizeBytes ?? null}, ${doc.storageKey ?? null})
          returning ${columns}`
        await tx`insert into kb_uploads (document_id, bytes) values (${id}, ${bytes})`
        return row
      },
      async find(workspaceId: string, id: string, opts: { withText?: boolean } = {}) {
        const [row] = await sql<DocumentRow[]>`
          select ${columns} ${opts.withText ? sql`, content_text` : sql``} from kb_documents where workspace_id = ${workspaceId} and id = ${id}`
        return row
      },
      async list(workspaceId: string, folderId: string, opts: { limit: number; beforeId?: string }) {
        return sql<DocumentRow[]>`
          select ${columns}, coalesce(left(content_text, 400), '') as content_preview from kb_documents
          where workspace_id = ${workspaceId} and folder_id = ${folderId} ${opts.beforeId ? sql`and id < ${opts.beforeId}` : sql``}
          order by id desc limit ${opts.limit + 1}`
      },
      async remove(workspaceId: string, id: string) {
        return sql.begin(async (tx) => {
          const [row] = await tx<{ status: string }[]>`select status from kb_documents where workspace_id = ${workspaceId} and id = ${id} for update`
          if (!row) return undefined
          if (row.status === 'ready') await forgetVocabulary(tx, workspaceId, id)
          const [gone] = await tx<{ storage_key: string | null }[]>`delete from kb_documents where id = ${id} returning storage_key`
          return gone
        })
      },
      /** The job's input: the processing document and its bytes (undefined once handled). */
      async pendingUpload(id: string) {
        const [row] = await sql<(DocumentRow & { bytes: Buffer })[]>`
          select ${sql.unsafe(DOCUMENT_COLUMNS.split(', ').map((c) => `d.${c}`).join(', '))}, u.bytes
          from kb_documents d join kb_uploads u on u.document_id = d.id where d.id = ${id} and d.status = 'processing'`
        return row
      },
      /** The extraction's result, all at once: text, chunks and vocabulary, or nothing at all. */
      async completeUpload(id: string, result: { text: string; pageCount: number }) {
        return sql.begin(async (tx) => {
          const [row] = await tx<DocumentRow[]>`
            update kb_documents set status = 'ready', content_text = ${result.text}, char_count = ${result.text.length},
              page_count = ${result.pageCount}, updated_at = now()
            where id = ${id} and status = 'processing' returning ${columns}`
          if (!row) return undefined
          await indexDocument(tx, row, result.text)
          await tx`delete from kb_uploads where document_id = ${id}`
          return row
        })
      },
      async failUpload(id: string, failure: { code: string; message: string; pageCount?: number }) {
        return sql.begin(async (tx) => {
          const [row] = await tx<DocumentRow[]>`
            update kb_documents set status = 'failed', error_code = ${failure.code}, error_message = ${failure.message},
              page_count = ${failure.pageCount ?? null}, updated_at = now()
            where id = ${id} and status = 'processing' returning ${columns}`
          await tx`delete from kb_uploads where document_id = ${id}`
          return row
        })
      },
      async status(id: string) {
        const [row] = await sql<DocumentRow[]>`select ${columns} from kb_documents where id = ${id}`
        return row
      },
    },

    inline: {
      /** Ready documents of these folders in the folders' order (then oldest first), without their text. */
      async candidates(workspaceId: string, folderIds: string[]) {
        return sql<{ id: string; title: string; char_count: number }[]>`
          select id, title, char_count from kb_documents
          where workspace_id = ${workspaceId} and folder_id = any(${folderIds}::text[]) and status = 'ready'
          order by array_position(${folderIds}::text[], folder_id), id limit 2000`
      },
      async texts(ids: string[]) {
        return sql<{ id: string; content_text: string }[]>`select id, content_text from kb_documents where id = any(${ids}::text[])`
      },
    },
  }

  /** Takes a ready document's lexemes out of the vocabulary counts (before its chunks are deleted). */
  async function forgetVocabulary(tx: Queryable, workspaceId: string, documentId: string) {
    await tx`
      update kb_terms t set documents = t.documents - 1
      from (select distinct unnest(tsvector_to_array(tsv)) as term from kb_chunks where document_id = ${documentId} order by 1) s
      where t.workspace_id = ${workspaceId} and t.term = s.term`
    await tx`delete from kb_terms where workspace_id = ${workspaceId} and documents <= 0`
  }
}

export type KnowledgeStore = ReturnType<typeof createKnowledgeStore>
