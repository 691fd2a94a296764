-- keepOpen campaigns never complete by themselves: recipients may be added at any time and are
-- dialled (the dashboard's "outbound jobs": one open campaign per workspace and agent).
alter table campaigns add column keep_open boolean not null default false;
create index campaigns_open_agent_idx on campaigns (workspace_id, agent_id, created_at)
  where keep_open and status not in ('completed', 'canceled');

-- In a keepOpen campaign the same number may be called again once its earlier recipient is
-- finished (each outbound job is one call); it is merged only while that recipient is still live.
-- Copied from the campaign when the recipient is added.
alter table campaign_recipients add column repeatable boolean not null default false;
alter table campaign_recipients drop constraint campaign_recipients_campaign_id_phone_key;
create unique index campaign_recipients_phone_idx on campaign_recipients (campaign_id, phone) where not repeatable;
create unique index campaign_recipients_live_phone_idx on campaign_recipients (campaign_id, phone)
  where repeatable and status in ('queued', 'dialing', 'in_call');
-- Workspace-wide recipient lists (the coordinator's outbound jobs), newest first.
create index campaign_recipients_workspace_idx on campaign_recipients (workspace_id, seq desc);
