-- The Reports screen's indexes, measured at 100,000 leads and 1,000,000 touches. IF NOT EXISTS: a
-- step killed half-way may run again (H2 and PostgreSQL both accept it).
-- The temperature history by time: leads warmed and cooled in a period, the temperatures week by week.
CREATE INDEX IF NOT EXISTS temperature_changes_by_time ON temperature_changes (changed_at, lead_id);
-- A lead's temperature at the moment of a touch, from the index alone, newest first (H2 walks an index
-- one way only: an ascending one read every earlier change and sorted them).
CREATE INDEX IF NOT EXISTS temperature_changes_by_lead_time ON temperature_changes (lead_id, changed_at DESC, id DESC, to_temperature);
-- A period's touches counted by channel, outcome and minutes without reading a touch's row (its note).
CREATE INDEX IF NOT EXISTS interactions_for_reports ON interactions (occurred_at, direction, lead_id, channel, outcome, minutes);
-- A touch's attempt number: the lead's earlier outgoing touches, a few steps back along this index
-- (newest first, for the same reason: a lead with 10,000 touches was read whole for each of its touches).
CREATE INDEX IF NOT EXISTS interactions_by_lead_out ON interactions (lead_id, direction, occurred_at DESC, id DESC);
