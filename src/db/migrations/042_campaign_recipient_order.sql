-- Recipients are dialled and listed in the order they were added (ids are time-ordered only
-- to the millisecond, and one import adds thousands in the same millisecond).
alter table campaign_recipients add column seq bigint generated always as identity;
create index campaign_recipients_order_idx on campaign_recipients (campaign_id, seq);
drop index campaign_recipients_list_idx;
