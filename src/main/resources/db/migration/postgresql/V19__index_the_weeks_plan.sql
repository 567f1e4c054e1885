-- PostgreSQL's V19 (the H2 one is in ../h2): the same plan index; computed columns are STORED here.
ALTER TABLE leads ADD COLUMN has_phone BOOLEAN GENERATED ALWAYS AS (phone <> '') STORED;
ALTER TABLE leads ADD COLUMN has_email BOOLEAN GENERATED ALWAYS AS (email <> '') STORED;
CREATE INDEX leads_for_plan ON leads (next_follow_up_at, heat_rank, status, priority, created_at,
    last_contact_at, last_out_channel, has_address, has_phone, has_email);
