-- Knowledge base: folders of documents, chunked for full-text search.
-- pg_trgm lives in `public` so that every schema (tests give each file its own) sees one copy;
-- the SQL names its functions, operators and operator classes with `public.` because a
-- search_path may not include public.
create extension if not exists pg_trgm schema public;

create table kb_folders (
  id           text primary key,
  workspace_id text not null references workspaces(id) on delete cascade,
  -- Nested folders; deleting a parent is refused while it has children (the API says so).
  parent_id    text references kb_folders(id),
  name         text not null,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now()
);
create index kb_folders_workspace_idx on kb_folders (workspace_id, id desc);
create index kb_folders_parent_idx on kb_folders (parent_id) where parent_id is not null;

create table kb_documents (
  id              text primary key,
  workspace_id    text not null references workspaces(id) on delete cascade,
  folder_id       text not null references kb_folders(id) on delete cascade,
  kind            text not null check (kind in ('text', 'markdown', 'pdf')),
  title           text not null,
  status          text not null check (status in ('processing', 'ready', 'failed')),
  error_code      text,
  error_message   text,
  -- A text search configuration name (english, simple, ...), checked by the API.
  language        text not null default 'english',
  source_filename text,
  mime            text,
  size_bytes      bigint,
  -- S3 key of the original upload (kb/<id>.pdf) when S3 is configured.
  storage_key     text,
  -- Null until the text is extracted; then the whole text (chunks are cut from it).
  content_text    text,
  page_count      integer,
  char_count      integer,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now()
);
create index kb_documents_folder_idx on kb_documents (folder_id, id desc);
create index kb_documents_workspace_idx on kb_documents (workspace_id, id desc);

-- The uploaded bytes while the extraction job has not run: written with the document and its
-- job in one transaction, deleted by the job in the transaction that stores the text.
create table kb_uploads (
  document_id text primary key references kb_documents(id) on delete cascade,
  bytes       bytea not null
);

create table kb_chunks (
  document_id  text    not null references kb_documents(id) on delete cascade,
  seq          integer not null,
  workspace_id text    not null,
  folder_id    text    not null,
  language     text    not null,
  -- The heading the chunk's text sits under (kept with the text and weighted higher).
  heading      text,
  content      text    not null,
  tsv          tsvector not null,
  primary key (document_id, seq)
);
create index kb_chunks_tsv_idx on kb_chunks using gin (tsv);
create index kb_chunks_workspace_idx on kb_chunks (workspace_id, folder_id);

-- The languages used in a workspace: search builds one tsquery per language.
create table kb_languages (
  workspace_id text not null references workspaces(id) on delete cascade,
  language     text not null,
  primary key (workspace_id, language)
);

-- The workspace's vocabulary (lower-cased words as written, with the number of ready documents
-- holding each): query words that match nothing are corrected against it (prefix completion,
-- then trigram nearest neighbour), so typos and partial words still find documents.
create table kb_terms (
  workspace_id text    not null references workspaces(id) on delete cascade,
  term         text    not null,
  documents    integer not null,
  primary key (workspace_id, term)
);
create index kb_terms_prefix_idx on kb_terms (workspace_id, term text_pattern_ops);
create index kb_terms_trgm_idx on kb_terms using gist (term public.gist_trgm_ops);
