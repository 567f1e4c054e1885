-- The Reports screen reads the temperature history by time (leads warmed and cooled in a period,
-- the temperatures week by week), not only by lead. IF NOT EXISTS: a step killed half-way may run
-- again (H2 and PostgreSQL both accept it).
CREATE INDEX IF NOT EXISTS temperature_changes_by_time ON temperature_changes (changed_at, lead_id);
