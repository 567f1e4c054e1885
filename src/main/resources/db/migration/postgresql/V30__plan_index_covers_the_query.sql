-- The week's plan on a server (issue 19): PostgreSQL's index holds only what it names, not the row's id, so
-- V19's plan index left every due lead's row to be read (a sequential scan of the table at 100,000 leads:
-- 63,000 due rows, 100 to 200 ms in the server alone). This one carries every column the plan's due-leads
-- query reads, and who a lead is assigned to ("mine"), so the query is answered from the index alone once
-- the table is vacuumed (autovacuum does that on its own). Keyed by the due time alone: the range is all
-- the query asks of it. Each statement may run twice (a schema update cut short is run again).
DROP INDEX IF EXISTS leads_for_plan;
CREATE INDEX IF NOT EXISTS leads_for_plan ON leads (next_follow_up_at) INCLUDE (id, heat_rank, status, priority,
    created_at, last_contact_at, last_out_channel, has_address, has_phone, has_email, do_not_mail, assigned_to);
