-- Only for SchemaUpgradeSafetyTest: an update that fails halfway, as a kill or a bug would leave it.
-- H2 cannot roll back DDL, so the first statement stays done when the second fails.
CREATE TABLE half_done_probe (id INT PRIMARY KEY);
ALTER TABLE no_such_table ADD COLUMN never INT;
