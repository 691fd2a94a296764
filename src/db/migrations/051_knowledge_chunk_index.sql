-- The (workspace_id, folder_id) index on chunks tempted the planner, on tables without fresh
-- statistics, to scan a whole workspace's chunks and test each tsvector instead of using the GIN
-- index (seconds instead of milliseconds at 100,000 chunks). Searches filter by workspace after the
-- GIN scan; deletes go by document (the primary key).
drop index if exists kb_chunks_workspace_idx;
