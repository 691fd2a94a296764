-- What the dashboard's Phone Numbers page edits, and the rules inbound start and outbound calls
-- enforce. Country lists are ISO 3166 alpha-2 codes; an empty list allows every country.
alter table phone_numbers
  add column label text not null default '',
  -- Default agent for outbound calls and campaigns from this number; an agent's deletion clears it.
  add column outbound_agent_id text references agents(id) on delete set null,
  add column allowed_inbound_countries text[] not null default '{}',
  add column allowed_outbound_countries text[] not null default '{}',
  -- A caller who withholds their number (empty `from`) has no country: allowed unless this is false.
  add column allow_withheld_callers boolean not null default true,
  -- Why the status is what it is (the failing reprovision steps), for the dashboard.
  add column status_reason text,
  -- purchased: bought through the API (released at Twilio on delete); imported: owned before (never released).
  add column source text not null default 'imported' check (source in ('imported', 'purchased'));
