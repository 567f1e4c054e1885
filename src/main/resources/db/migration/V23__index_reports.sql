-- The Reports screen reads the temperature history by time (leads warmed and cooled in a period,
-- the temperatures week by week), not only by lead.
CREATE INDEX temperature_changes_by_time ON temperature_changes (changed_at, lead_id);
