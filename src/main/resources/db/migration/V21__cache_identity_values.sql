-- H2 hands out identity values from a cache of 32 by default and writes the store each time the cache
-- runs out: inside one large transaction (an import of 100,000 rows) that was most of the time
-- (measured: 23 of 25 s for 50,000 leads). A cache of 1,000 values writes a thousandth as often; a
-- crash at worst skips some ids, which nothing relies on.
ALTER TABLE leads ALTER COLUMN id SET CACHE 1000;
ALTER TABLE interactions ALTER COLUMN id SET CACHE 1000;
ALTER TABLE notes ALTER COLUMN id SET CACHE 1000;
ALTER TABLE preferences ALTER COLUMN id SET CACHE 1000;
ALTER TABLE temperature_changes ALTER COLUMN id SET CACHE 1000;
