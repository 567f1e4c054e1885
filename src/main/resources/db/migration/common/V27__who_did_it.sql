-- Who did it (issue 19): in a shared book each touch, note and temperature change keeps the display name
-- of the person who made it (empty when nobody was named: an old entry, or a book kept by one person),
-- and a lead may be assigned to someone, so This week and the lists can show only "mine".
-- Each statement may run twice (a schema update cut short is run again).
ALTER TABLE interactions ADD COLUMN IF NOT EXISTS made_by VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN IF NOT EXISTS made_by VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE temperature_changes ADD COLUMN IF NOT EXISTS made_by VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE leads ADD COLUMN IF NOT EXISTS assigned_to VARCHAR(200) NOT NULL DEFAULT '';
-- "Mine" in the list's own order: one index range, walked in the hottest-first order and stopped after a page.
CREATE INDEX IF NOT EXISTS leads_by_assignee ON leads (assigned_to, heat_rank, next_follow_up_at, id);
