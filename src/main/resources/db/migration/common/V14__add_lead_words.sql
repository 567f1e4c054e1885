-- Search by word prefix through an index, instead of scanning every lead's text: one row per
-- distinct folded word of a lead (name, company, e-mail, phone, city, notes, preferences, tags).
CREATE TABLE lead_words (
    word    VARCHAR(100) NOT NULL,
    lead_id BIGINT       NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    PRIMARY KEY (word, lead_id)
);

CREATE INDEX lead_words_by_lead ON lead_words (lead_id);

-- The words replace the one-column text search of V11.
ALTER TABLE leads DROP COLUMN search_text;
