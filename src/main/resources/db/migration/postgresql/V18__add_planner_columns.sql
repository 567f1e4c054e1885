-- PostgreSQL's V18 (the H2 one is in ../h2, unchanged so existing books still validate): the same
-- columns; PostgreSQL wants its computed columns STORED and EXTRACT's numeric cast to SMALLINT.
ALTER TABLE leads ADD COLUMN last_out_channel VARCHAR(10);
UPDATE leads SET last_out_channel = (SELECT i.channel FROM interactions i
    WHERE i.lead_id = leads.id AND i.direction = 'out' ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1);
ALTER TABLE leads ADD COLUMN snoozed_until DATE;
ALTER TABLE leads ADD COLUMN birthday_md SMALLINT GENERATED ALWAYS AS (CAST(EXTRACT(MONTH FROM birthday) * 100 + EXTRACT(DAY FROM birthday) AS SMALLINT)) STORED;
ALTER TABLE leads ADD COLUMN anniversary_md SMALLINT GENERATED ALWAYS AS (CAST(EXTRACT(MONTH FROM anniversary) * 100 + EXTRACT(DAY FROM anniversary) AS SMALLINT)) STORED;
ALTER TABLE leads ADD COLUMN need_by_md SMALLINT GENERATED ALWAYS AS (CAST(EXTRACT(MONTH FROM need_by) * 100 + EXTRACT(DAY FROM need_by) AS SMALLINT)) STORED;
CREATE INDEX leads_by_birthday_md ON leads (birthday_md);
CREATE INDEX leads_by_anniversary_md ON leads (anniversary_md);
CREATE INDEX leads_by_need_by_md ON leads (need_by_md);
