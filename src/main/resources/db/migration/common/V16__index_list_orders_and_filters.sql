-- Indexes measured against 100,000 leads: each list order and the common filters find their rows
-- through an index instead of sorting or scanning the whole table.
CREATE INDEX leads_by_next_follow_up_nulls_last ON leads (next_follow_up_at NULLS LAST, id);
CREATE INDEX leads_by_need_by_nulls_last ON leads (need_by NULLS LAST, id);
CREATE INDEX leads_by_status ON leads (status, heat_rank);
CREATE INDEX leads_by_source ON leads (source);
-- A deleted lead's heat_rank moves up by 100 (see LeadStore.markDeleted), so "live" is a range of
-- the heat index and the lists and the counts bar never read past deleted rows.
UPDATE leads SET heat_rank = heat_rank + 100 WHERE deleted_at IS NOT NULL AND heat_rank < 100;
-- "Never contacted" counted per heat rank from the index alone.
CREATE INDEX leads_by_last_contact_heat ON leads (last_contact_at, heat_rank);
