-- Telephony: the numbers each workspace routes, the SIP plumbing reprovision builds for
-- a workspace, and inbound calls to numbers no workspace owns.

create table phone_numbers (
  id                        text primary key,
  workspace_id              text not null references workspaces(id) on delete cascade,
  e164                      text not null check (e164 ~ '^\+[1-9][0-9]{6,14}$'),
  provider                  text not null default 'twilio' check (provider in ('twilio')),
  twilio_sid                text,
  twilio_trunk_sid          text,
  livekit_inbound_trunk_id  text,
  livekit_outbound_trunk_id text,
  -- No cascade: deleting an agent a number routes to is refused (409 agent_in_use) before it gets here.
  inbound_agent_id          text references agents(id),
  on_trunk                  boolean not null default false,
  -- pending: imported, never provisioned; active: last reprovision succeeded; error: a step failed.
  status                    text not null default 'pending' check (status in ('pending', 'active', 'error')),
  last_provisioned_at       timestamptz,
  created_at                timestamptz not null default now(),
  updated_at                timestamptz not null default now()
);
-- A dialled number reaches exactly one workspace: unique across the platform, and the
-- index inbound start resolves every call with.
create unique index phone_numbers_e164_key on phone_numbers (e164);
create index phone_numbers_workspace_idx on phone_numbers (workspace_id, id desc);
create index phone_numbers_inbound_agent_idx on phone_numbers (inbound_agent_id) where inbound_agent_id is not null;

-- One Twilio Elastic SIP trunk, LiveKit inbound/outbound trunk pair and dispatch rule per
-- workspace. The SIP credentials authenticate LiveKit's outbound INVITEs at Twilio termination.
create table telephony_workspaces (
  workspace_id              text primary key references workspaces(id) on delete cascade,
  twilio_trunk_sid          text,
  twilio_trunk_domain       text,
  livekit_inbound_trunk_id  text,
  livekit_outbound_trunk_id text,
  livekit_dispatch_rule_id  text,
  sip_username              text not null,
  sip_password              text not null,
  -- Claimed by one reprovision at a time (across API instances); expires if an instance dies mid-run.
  provisioning_until        timestamptz,
  updated_at                timestamptz not null default now()
);

-- Inbound calls to a number no workspace owns. `calls.workspace_id` is mandatory, so these are
-- kept apart (platform operators see them with `npm run doctor -- --unrouted`); the agent still
-- gets a call id, and a retry of the same room gets the same one.
create table unrouted_calls (
  id              text primary key,
  room_name       text not null,
  to_number       text,
  from_number     text,
  twilio_call_sid text,
  created_at      timestamptz not null default now()
);
create unique index unrouted_calls_room_name_key on unrouted_calls (room_name);
create index unrouted_calls_created_idx on unrouted_calls (created_at desc);
