-- Facts that drive triage and the temperature advice: funnel stage, product context, firm size.
ALTER TABLE leads ADD COLUMN stage VARCHAR(16) NOT NULL DEFAULT 'unknown';
ALTER TABLE leads ADD COLUMN product_context VARCHAR(10) NOT NULL DEFAULT 'unknown';
ALTER TABLE leads ADD COLUMN firm_size VARCHAR(8) NOT NULL DEFAULT 'unknown';
