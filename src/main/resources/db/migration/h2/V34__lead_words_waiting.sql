-- An import's new leads' search words, waiting for the word index (issue 14, import speed): one row a
-- lead, its distinct words in one string, each after the character U+001F. Writing ~15 rows a lead into
-- lead_words was most of an import's write; a row keyed by the lead's id is written in order and costs
-- one. SearchBacklog moves them into lead_words after the import; a search reads both meanwhile.
-- Each statement may run twice (a schema update cut short is run again).
CREATE TABLE IF NOT EXISTS lead_words_waiting (
    lead_id BIGINT PRIMARY KEY REFERENCES leads (id) ON DELETE CASCADE,
    words   VARCHAR(100000) NOT NULL
);

-- H2 writes every changed page of the book each time an identity runs out of its cache (V21 made it
-- 1,000): measured on a 100,000-row import, a cache of 100,000 took 9 % off its write. lead_contacts
-- had been left at H2's 32, so an import of contact files wrote the book every 32 further contacts.
-- A kill at worst skips some ids, which nothing relies on. (PostgreSQL keeps a cache per connection,
-- so a large one would only leave gaps there.)
ALTER TABLE leads ALTER COLUMN id SET CACHE 100000;
ALTER TABLE interactions ALTER COLUMN id SET CACHE 100000;
ALTER TABLE notes ALTER COLUMN id SET CACHE 100000;
ALTER TABLE preferences ALTER COLUMN id SET CACHE 100000;
ALTER TABLE temperature_changes ALTER COLUMN id SET CACHE 100000;
ALTER TABLE lead_contacts ALTER COLUMN id SET CACHE 100000;
