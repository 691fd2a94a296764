import { Type, type Static } from '@sinclair/typebox'
import { IdParam, ListQuery, Nullable, Timestamp } from './common.js'

/** Bounds of the existing dashboard's knowledge base (folder names, titles, text size). */
export const KB_LIMITS = { folderName: 120, title: 200, textChars: 2_000_000, query: 500, maxResults: 20 }

/** Text search configurations a document may be indexed with (PostgreSQL's built-in ones). */
export const KB_LANGUAGES = ['simple', 'english', 'french', 'german', 'spanish', 'italian', 'portuguese', 'dutch'] as const

export const KbFolder = Type.Object(
  {
    id: Type.String(),
    workspaceId: Type.String(),
    name: Type.String(),
    parentId: Nullable(Type.String()),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'KbFolder', title: 'KbFolder' },
)
export type KbFolder = Static<typeof KbFolder>

export const KbDocumentStatus = Type.Union([Type.Literal('processing'), Type.Literal('ready'), Type.Literal('failed')], {
  description: '`processing` until the text is extracted and indexed (PDFs run as a job), then `ready` or `failed` (see `error`)',
})

const documentFields = {
  id: Type.String(),
  workspaceId: Type.String(),
  folderId: Type.String(),
  kind: Type.Union([Type.Literal('text'), Type.Literal('markdown'), Type.Literal('pdf')]),
  title: Type.String(),
  status: KbDocumentStatus,
  error: Nullable(Type.Object({ code: Type.String(), message: Type.String() }, { description: 'Why the document failed' })),
  language: Type.String({ description: 'Text search configuration the document is indexed with' }),
  sourceFilename: Nullable(Type.String()),
  mime: Nullable(Type.String()),
  sizeBytes: Nullable(Type.Integer({ description: 'Bytes of the uploaded file; null for text documents' })),
  pageCount: Nullable(Type.Integer()),
  charCount: Nullable(Type.Integer({ description: 'Characters of extracted text' })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}

export const KbDocumentSummary = Type.Object(
  { ...documentFields, contentPreview: Type.String({ description: 'The first 400 characters of the text ("" while processing)' }) },
  { $id: 'KbDocumentSummary', title: 'KbDocumentSummary' },
)
export const KbDocument = Type.Object(
  { ...documentFields, contentText: Nullable(Type.String({ description: 'The whole text; null until extracted' })) },
  { $id: 'KbDocument', title: 'KbDocument' },
)
export type KbDocument = Static<typeof KbDocument>
export type KbDocumentSummary = Static<typeof KbDocumentSummary>

export const FolderParams = Type.Object({ folderId: IdParam('Folder id') })
export const DocumentParams = Type.Object({ documentId: IdParam('Document id') })
export const FolderListQuery = Type.Object(ListQuery, { additionalProperties: false })

export const CreateFolderBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: KB_LIMITS.folderName, pattern: '\\S' }),
    parentId: Type.Optional(Nullable(IdParam('Parent folder id'))),
  },
  { additionalProperties: false, examples: [{ name: 'Support articles' }] },
)
export const UpdateFolderBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: KB_LIMITS.folderName, pattern: '\\S' })),
    parentId: Type.Optional(Nullable(IdParam('Parent folder id'))),
  },
  { additionalProperties: false, minProperties: 1 },
)
export const DeleteFolderQuery = Type.Object(
  {
    recursive: Type.Optional(Type.Boolean({ default: false, description: 'Also delete the documents (a folder with documents answers 409 `folder_not_empty` without it)' })),
    force: Type.Optional(Type.Boolean({ default: false, description: 'Also remove the folder from the agents that use it (409 `folder_in_use` without it)' })),
  },
  { additionalProperties: false },
)

export const CreateTextDocumentBody = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: KB_LIMITS.title })),
    contentText: Type.String({ minLength: 1, maxLength: KB_LIMITS.textChars }),
    kind: Type.Optional(Type.Union([Type.Literal('text'), Type.Literal('markdown')], { default: 'text', description: '`markdown`: `#` headings start sections' })),
    language: Type.Optional(Type.Union(KB_LANGUAGES.map((l) => Type.Literal(l)), { default: 'english' })),
  },
  { additionalProperties: false, examples: [{ title: 'Refund policy', contentText: 'Refunds are paid within 14 days of the return reaching us.' }] },
)

export const UploadQuery = Type.Object(
  {
    wait: Type.Optional(Type.Boolean({ default: false, description: 'Wait (up to 30 s) for the extraction: 201 with the ready document, or its error' })),
    language: Type.Optional(Type.Union(KB_LANGUAGES.map((l) => Type.Literal(l)), { default: 'english' })),
  },
  { additionalProperties: false },
)
/** Documents the multipart body for the spec; the route reads it as a stream. */
export const UploadBody = Type.Object({
  file: Type.String({ format: 'binary', description: 'The PDF (checked by its bytes, not its name)' }),
  title: Type.Optional(Type.String({ maxLength: KB_LIMITS.title, description: 'Defaults to the file name' })),
})

export const SearchBody = Type.Object(
  {
    query: Type.String({ minLength: 1, maxLength: KB_LIMITS.query, description: 'Words as a caller would say them; web-search syntax ("quoted phrase", -word, or)' }),
    folderIds: Type.Optional(Type.Array(IdParam('Folder id'), { minItems: 1, maxItems: 100, description: 'Only these folders (default: every folder of the workspace)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: KB_LIMITS.maxResults, default: 5 })),
  },
  { additionalProperties: false, examples: [{ query: 'how long do refunds take', limit: 5 }] },
)
export const InternalSearchBody = Type.Object(
  {
    callId: IdParam('The call whose agent searches: only its folders are searched'),
    query: SearchBody.properties.query,
    limit: SearchBody.properties.limit,
  },
  { additionalProperties: false, examples: [{ callId: 'call_01JDQ8ZK5X4V3M2N1P0QRSTUVW', query: 'opening hours on sunday' }] },
)

export const KbSearchResult = Type.Object(
  {
    documentId: Type.String(),
    folderId: Type.String(),
    folderName: Type.String(),
    title: Type.String(),
    kind: Type.String(),
    chunk: Type.Integer({ description: 'Position of the chunk in its document' }),
    heading: Nullable(Type.String()),
    text: Type.String({ description: 'The chunk text' }),
    snippet: Type.String({ description: 'The best passage with matches in `<b>...</b>`' }),
    score: Type.Number(),
  },
  { $id: 'KbSearchResult', title: 'KbSearchResult' },
)
export const KbSearchResponse = Type.Object(
  {
    results: Type.Array(Type.Unsafe<Static<typeof KbSearchResult>>(Type.Ref('KbSearchResult'))),
    correctedQuery: Nullable(Type.String({ description: 'The query as searched when words were corrected against the workspace vocabulary' })),
  },
  { $id: 'KbSearchResponse', title: 'KbSearchResponse' },
)
export type KbSearchResult = Static<typeof KbSearchResult>
export type KbSearchResponse = Static<typeof KbSearchResponse>
