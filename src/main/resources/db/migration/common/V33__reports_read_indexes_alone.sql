-- The Reports screen (issue 18): every report under 500 ms at 100,000 leads and 1,000,000 touches, the
-- first one after opening the book too. What was left of a quarter's report was reading rows: each
-- arrival's lead row after the created_at index (23,000 of the widest table's rows), each change of
-- temperature's row after its time index, each never-contacted lead's row for its status. These indexes
-- hold every column those queries read, so H2 reads the index alone (PostgreSQL: an index-only scan).
-- A widened index keeps its name (a later step dropping it still finds it) and its old columns first,
-- so every query that used it still can. IF EXISTS / IF NOT EXISTS: a step killed half-way may run again.

-- The arrivals of a period: first response (arrived as, same day, first touch), conversion (source, status).
CREATE INDEX IF NOT EXISTS leads_for_arrivals ON leads (created_at, heat_rank, first_contact_at,
    arrived_temperature, temperature, same_day, status, source);

-- Changes of temperature by time (the period's moves, the week-by-week chart), with their from and to.
DROP INDEX IF EXISTS temperature_changes_by_time;
CREATE INDEX IF NOT EXISTS temperature_changes_by_time ON temperature_changes (changed_at, lead_id,
    from_temperature, to_temperature);

-- Never contacted: open live leads with no touch, counted and the oldest listed from the index.
DROP INDEX IF EXISTS leads_by_last_contact_heat;
CREATE INDEX IF NOT EXISTS leads_by_last_contact_heat ON leads (last_contact_at, heat_rank, status, created_at);
