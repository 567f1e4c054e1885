-- Tags on leads, kept lower case.
CREATE TABLE lead_tags (
    lead_id BIGINT       NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    tag     VARCHAR(60)  NOT NULL,
    PRIMARY KEY (lead_id, tag)
);

CREATE INDEX lead_tags_by_tag ON lead_tags (tag, lead_id);
