-- `analyzing`: the recipient's answered call ended and the campaign retries voicemail, so its
-- fate waits for the post-call analysis (voicemail: retried; otherwise completed). It holds no
-- dial slot but keeps its campaign from completing; current_call_id stays set to find it.
alter table campaign_recipients drop constraint campaign_recipients_status_check;
alter table campaign_recipients add constraint campaign_recipients_status_check
  check (status in ('queued', 'dialing', 'in_call', 'analyzing', 'completed', 'failed', 'canceled', 'dnc', 'skipped'));
drop index campaign_recipients_live_phone_idx;
create unique index campaign_recipients_live_phone_idx on campaign_recipients (campaign_id, phone)
  where repeatable and status in ('queued', 'dialing', 'in_call', 'analyzing');
create index campaign_recipients_analyzing_idx on campaign_recipients (updated_at) where status = 'analyzing';
