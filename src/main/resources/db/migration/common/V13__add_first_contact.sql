-- When a lead was first touched: the end of its first-response clock. Kept by the store like
-- last_contact_at; filled here for the leads that already have touches.
ALTER TABLE leads ADD COLUMN first_contact_at TIMESTAMP WITH TIME ZONE;
UPDATE leads SET first_contact_at = (SELECT MIN(i.occurred_at) FROM interactions i WHERE i.lead_id = leads.id);
