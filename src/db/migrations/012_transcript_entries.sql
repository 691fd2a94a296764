-- Transcripts as one row per entry. The agent re-sends the whole list every 5 s; storing
-- it as one jsonb document rewrote (and re-TOASTed, and re-logged) the whole call so far
-- on every sync: O(length^2) bytes per call. Rows let a sync write only what is new.
create table call_transcript_entries (
  call_id text    not null references calls(id) on delete cascade,
  -- 0-based position in the list the agent sent.
  seq     integer not null,
  entry   jsonb   not null,
  primary key (call_id, seq)
);

-- What the calls row keeps of its transcript: how many entries are stored and a hash chain
-- over them (computed by the API from the entries as sent), so a re-send of an unchanged
-- list is recognised without reading or writing anything. NULL hash: unknown (rows moved
-- here below, imports); the next sync compares entries instead.
alter table calls
  add column transcript_count integer not null default 0,
  add column transcript_hash  text default '';

insert into call_transcript_entries (call_id, seq, entry)
select c.id, (e.ord - 1)::int, e.entry
from calls c, jsonb_array_elements(c.transcript) with ordinality as e(entry, ord)
where jsonb_typeof(c.transcript) = 'array';

update calls set transcript_count = jsonb_array_length(transcript), transcript_hash = null
where jsonb_typeof(transcript) = 'array' and jsonb_array_length(transcript) > 0;

alter table calls drop column transcript;

-- Syncs, metrics and status changes update the calls row many times per call. Room on
-- each page keeps those updates HOT (no index touches the columns they change), so no
-- index entries and no new pages per update.
alter table calls set (fillfactor = 70);
