-- What the weekly planner reads for every lead it considers, kept on the lead so a week over
-- 100,000 leads is planned from the leads table and its indexes alone.
-- The channel of our last outgoing touch: where the lead's channel sequence stands.
ALTER TABLE leads ADD COLUMN last_out_channel VARCHAR(10);
UPDATE leads SET last_out_channel = (SELECT i.channel FROM interactions i
    WHERE i.lead_id = leads.id AND i.direction = 'out' ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1);
-- The day a plan action was snoozed to: a greeting does not come back before it.
ALTER TABLE leads ADD COLUMN snoozed_until DATE;
-- Month and day (1231 for 31 December) of the yearly dates, so "birthdays this week" is an index range.
ALTER TABLE leads ADD COLUMN birthday_md SMALLINT GENERATED ALWAYS AS (EXTRACT(MONTH FROM birthday) * 100 + EXTRACT(DAY FROM birthday));
ALTER TABLE leads ADD COLUMN anniversary_md SMALLINT GENERATED ALWAYS AS (EXTRACT(MONTH FROM anniversary) * 100 + EXTRACT(DAY FROM anniversary));
ALTER TABLE leads ADD COLUMN need_by_md SMALLINT GENERATED ALWAYS AS (EXTRACT(MONTH FROM need_by) * 100 + EXTRACT(DAY FROM need_by));
CREATE INDEX leads_by_birthday_md ON leads (birthday_md);
CREATE INDEX leads_by_anniversary_md ON leads (anniversary_md);
CREATE INDEX leads_by_need_by_md ON leads (need_by_md);
