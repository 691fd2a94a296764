-- `analyzing`: the recipient's answered call ended and the campaign retries voicemail, so its
-- fate waits for the post-call analysis (voicemail: retried; otherwise completed). It holds no
-- dial slot but keeps its campaign from completing; current_call_id stays set to find it, and
-- claimed_at says since when it waits.
alter table campaign_recipients drop constraint campaign_recipients_status_check;
alter table campaign_recipients add constraint campaign_recipients_status_check
  check (status in ('queued', 'dialing', 'in_call', 'analyzing', 'completed', 'failed', 'canceled', 'dnc', 'skipped'));
drop index campaign_recipients_live_phone_idx;
create unique index campaign_recipients_live_phone_idx on campaign_recipients (campaign_id, phone)
  where repeatable and status in ('queued', 'dialing', 'in_call', 'analyzing');
-- The dispatcher's periodic checks of claims (business time in claimed_at): dials past their
-- lease, calls in progress a long time, analyses waited on too long.
create index campaign_recipients_claimed_idx on campaign_recipients (status, claimed_at)
  where status in ('dialing', 'in_call', 'analyzing');
