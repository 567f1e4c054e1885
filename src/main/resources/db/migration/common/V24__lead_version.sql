-- A shared book (issue 19): several people edit the same leads. Each lead counts its edits and keeps
-- who made the last one and when, so a save made on a lead that changed since it was opened is refused
-- and shown as "Sam changed this lead at 10:42" (see LeadBook.update). Touches, notes and tags are
-- appends and change none of these.
-- Each statement may run twice (a schema update cut short is run again).
ALTER TABLE leads ADD COLUMN IF NOT EXISTS row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE leads ADD COLUMN IF NOT EXISTS changed_by VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE leads ADD COLUMN IF NOT EXISTS changed_at TIMESTAMP WITH TIME ZONE;
