-- Twilio termination authenticates LiveKit's outbound INVITEs against a credential list on the
-- workspace trunk. Rotating the SIP credentials adds the next username/password to that list
-- before LiveKit switches to it, so a rotation interrupted half-way resumes from these columns.
alter table telephony_workspaces
  add column twilio_credential_list_sid text,
  add column sip_next_username text,
  add column sip_next_password text;
