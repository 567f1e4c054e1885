-- H2 hands out identity values from a cache of 32 by default and flushes the sequence (a store
-- write) each time it runs out; stack samples of a 50,000-row import showed many of those flushes.
-- A cache of 1,000 makes them rare (a plain 50,000-row insert went from 1.1 to 0.5 s). It does not
-- make the import fast by itself: most of its time is writing the search words (15 rows a lead).
-- A crash at worst skips some ids, which nothing relies on.
ALTER TABLE leads ALTER COLUMN id SET CACHE 1000;
ALTER TABLE interactions ALTER COLUMN id SET CACHE 1000;
ALTER TABLE notes ALTER COLUMN id SET CACHE 1000;
ALTER TABLE preferences ALTER COLUMN id SET CACHE 1000;
ALTER TABLE temperature_changes ALTER COLUMN id SET CACHE 1000;
