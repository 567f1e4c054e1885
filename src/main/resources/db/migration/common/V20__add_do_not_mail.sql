-- The lead asked not to be sent post: mailings leave it out, and the planner offers no postcard
-- or letter to it. Kept in the plan index too, so the week is still planned from the index alone.
ALTER TABLE leads ADD COLUMN do_not_mail BOOLEAN NOT NULL DEFAULT FALSE;
DROP INDEX leads_for_plan;
CREATE INDEX leads_for_plan ON leads (next_follow_up_at, heat_rank, status, priority, created_at,
    last_contact_at, last_out_channel, has_address, has_phone, has_email, do_not_mail);
