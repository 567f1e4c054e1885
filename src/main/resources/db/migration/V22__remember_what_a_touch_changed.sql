-- What a touch did to its lead, so deleting it (or undoing a mailing) can put the lead back:
-- moved_on is false for a campaign piece that only went into the timeline (a Christmas card to a
-- lead whose plan was a call); prev_* hold the lead's status, next follow-up and snooze from just
-- before the touch (null on touches logged before this version: those are not rolled back).
-- campaign names the mailing a touch came from.
ALTER TABLE interactions ADD COLUMN IF NOT EXISTS campaign VARCHAR(200);
ALTER TABLE interactions ADD COLUMN IF NOT EXISTS moved_on BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE interactions ADD COLUMN IF NOT EXISTS prev_status VARCHAR(10);
ALTER TABLE interactions ADD COLUMN IF NOT EXISTS prev_next_follow_up_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE interactions ADD COLUMN IF NOT EXISTS prev_snoozed_until DATE;
-- The week's tally reads the touches since the week began.
CREATE INDEX IF NOT EXISTS interactions_by_time ON interactions (occurred_at, lead_id);
