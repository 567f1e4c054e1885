-- Everything a search looks at, in one lower-case, accent-free column kept by the store on every
-- write: name, company, e-mail, phone, city, notes, preferences and tags.
ALTER TABLE leads ADD COLUMN search_text VARCHAR(100000) NOT NULL DEFAULT '';
