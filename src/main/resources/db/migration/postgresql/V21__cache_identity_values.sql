-- PostgreSQL's V21 changes nothing: H2 flushed its identity sequences to the file every 32 values
-- (see ../h2), PostgreSQL does not. Its sequence cache is per connection, so a cache of 1,000 here
-- would only make ids jump by hundreds between the several people working in one book.
SELECT 1;
