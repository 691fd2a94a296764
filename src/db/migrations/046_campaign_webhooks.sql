-- Campaign events go through the call webhooks' outbox (same URL, signature and retries):
-- campaign_started, campaign_completed, campaign_recipient_completed. A campaign event has no
-- call (the recipient's event carries its last call when it has one).
alter table webhook_deliveries drop constraint webhook_deliveries_event_check;
alter table webhook_deliveries add constraint webhook_deliveries_event_check
  check (event in ('call_started', 'call_ended', 'call_analyzed', 'campaign_started', 'campaign_completed', 'campaign_recipient_completed'));
alter table webhook_deliveries alter column call_id drop not null;
