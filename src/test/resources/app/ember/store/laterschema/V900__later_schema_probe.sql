-- Only for BackupsTest: a migration "from a later Ember", to see that an upgrade backs the book up first.
CREATE TABLE later_schema_probe (id INT PRIMARY KEY);
