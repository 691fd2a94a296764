-- Agent fields the dashboard edits that the first schema lacked: automatic evaluation of
-- every ended call, and the LLM of the post-call data extraction (null: the server default).
alter table agents
  add column auto_eval_enabled          boolean not null default false,
  add column post_call_extraction_model text;
