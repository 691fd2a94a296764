-- Billing moves from three placeholder plans (free/pro/scale with minute caps) to a trial credit
-- and pay-as-you-go per-minute pricing. Existing workspaces keep their Stripe subscription:
-- pro and scale become `paid` (their subscription's later webhooks still apply), free becomes
-- `trial` with the default credit (a null trial_credit_usd reads TRIAL_CREDIT_USD).
alter table billing_accounts drop constraint if exists billing_accounts_plan_check;
update billing_accounts set plan = case when plan in ('pro', 'scale') then 'paid' else 'trial' end;
alter table billing_accounts alter column plan set default 'trial';
alter table billing_accounts add constraint billing_accounts_plan_check check (plan in ('trial', 'paid'));

alter table billing_accounts
  -- Null: the configured TRIAL_CREDIT_USD (an admin can grant a workspace more).
  add column trial_credit_usd numeric(14, 6),
  -- What calls priced while on trial have cost so far (a counter: status and call starts read one row).
  add column trial_used_usd numeric(14, 6) not null default 0,
  -- Null: the default for the workspace's mode (TRIAL_CONCURRENCY, PAID_CONCURRENCY).
  add column concurrency_limit integer check (concurrency_limit is null or concurrency_limit >= 0),
  add column monthly_spend_cap_usd numeric(14, 2) check (monthly_spend_cap_usd is null or monthly_spend_cap_usd >= 0),
  -- Cost of the calls priced in the period starting at spend_period_start (another start means zero).
  add column spend_period_start timestamptz,
  add column spend_usd numeric(14, 6) not null default 0,
  add column has_payment_method boolean not null default false;
update billing_accounts set has_payment_method = true where plan = 'paid';

-- Minutes counted per call for the old plans' caps: replaced by the cost ledger below.
alter table billing_accounts drop column if exists usage_period_start, drop column if exists usage_minutes;
drop table if exists billing_usage;

-- The cost of each ended call, priced by the rate card. `final` once its metrics are final (post-call
-- analysis ended, or BILLING_FINALIZE_DELAY_S after the end); `charged_to` is the workspace's mode
-- when the call was first priced: trial calls draw the credit down, paid calls are reported to Stripe.
create table billing_call_costs (
  call_id       text primary key,
  workspace_id  text not null references workspaces(id) on delete cascade,
  charged_to    text not null check (charged_to in ('trial', 'paid', 'unmetered')),
  ended_at      timestamptz not null,
  model         text,
  total_usd     numeric(14, 6) not null,
  final         boolean not null default false,
  priced_at     timestamptz not null default now()
);
create index billing_call_costs_workspace_ended_idx on billing_call_costs (workspace_id, ended_at);

-- One row per call and meter (a line of the rate card; model upgrades have one meter per model).
-- The primary key is the meter event's identifier on Stripe: a line is reported once.
create table billing_call_lines (
  call_id       text not null references billing_call_costs(call_id) on delete cascade,
  meter         text not null,
  key           text not null,
  workspace_id  text not null,
  ended_at      timestamptz not null,
  quantity      numeric(18, 6) not null,
  unit_usd      numeric(14, 6) not null,
  amount_usd    numeric(14, 6) not null,
  reported_at   timestamptz,
  report_error  text,
  primary key (call_id, meter)
);
create index billing_call_lines_workspace_ended_idx on billing_call_lines (workspace_id, ended_at);

-- The call's cost as the calls API shows it ({totalUsd, lines, final}); written by billing through
-- the calls domain's surface, so lists, webhooks and exports carry it without a join.
alter table calls add column cost jsonb;
