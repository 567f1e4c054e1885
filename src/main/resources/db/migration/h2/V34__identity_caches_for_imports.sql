-- H2 writes every changed page of the book each time an identity runs out of its cache (V21 made it
-- 1,000; lead_contacts, made later, was left at H2's 32, so an import of contact files wrote the book
-- every 32 further e-mails, phones or addresses). Measured on a 100,000-row import into a fresh book:
-- a cache of 100,000 took 9 % off the write's CPU. A kill at worst skips some ids, which nothing relies
-- on. H2 only: PostgreSQL keeps a cache per connection, where a large one would only leave gaps.
ALTER TABLE leads ALTER COLUMN id SET CACHE 100000;
ALTER TABLE interactions ALTER COLUMN id SET CACHE 100000;
ALTER TABLE notes ALTER COLUMN id SET CACHE 100000;
ALTER TABLE preferences ALTER COLUMN id SET CACHE 100000;
ALTER TABLE temperature_changes ALTER COLUMN id SET CACHE 100000;
ALTER TABLE lead_contacts ALTER COLUMN id SET CACHE 100000;
