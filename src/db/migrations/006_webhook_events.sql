-- Provider webhook event ids already applied (LiveKit, Stripe, Twilio): recorded in the
-- same transaction as the event's effect, so a replay or a concurrent duplicate is a no-op.
create table webhook_events (
  source      text not null,
  event_id    text not null,
  event_type  text not null,
  received_at timestamptz not null default now(),
  primary key (source, event_id)
);
