-- Deleting a lead hides it first (so it can be undone); lists read only rows where deleted_at IS NULL.
ALTER TABLE leads ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
