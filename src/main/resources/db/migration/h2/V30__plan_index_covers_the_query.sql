-- H2's V30 changes nothing: H2's plan index (V19) already carries the row's key, and H2 has no INCLUDE.
-- The PostgreSQL one (../postgresql) makes its plan index hold every column the plan reads.
SELECT 1;
