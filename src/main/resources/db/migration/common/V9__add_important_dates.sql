-- The anniversary, and whether the event date comes back every year (birthdays always do).
ALTER TABLE leads ADD COLUMN anniversary DATE;
ALTER TABLE leads ADD COLUMN need_by_yearly BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX leads_by_need_by ON leads (need_by, id);
