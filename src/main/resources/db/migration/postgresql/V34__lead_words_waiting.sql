-- An import's new leads' search words, waiting for the word index (issue 14, import speed): one row a
-- lead, its distinct words in one string, each after the character U+001F. Writing ~15 rows a lead into
-- lead_words was most of an import's write; a row keyed by the lead's id is written in order and costs
-- one. SearchBacklog moves them into lead_words after the import; a search reads both meanwhile.
-- Each statement may run twice (a schema update cut short is run again).
CREATE TABLE IF NOT EXISTS lead_words_waiting (
    lead_id BIGINT PRIMARY KEY REFERENCES leads (id) ON DELETE CASCADE,
    words   VARCHAR(100000) NOT NULL
);
