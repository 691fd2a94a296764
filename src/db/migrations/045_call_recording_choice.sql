-- Whether this call is recorded, chosen by whoever placed it (a campaign's or recipient's
-- recordingEnabled); null: the agent's settings.record decides, as before.
alter table calls add column recording_enabled boolean;
