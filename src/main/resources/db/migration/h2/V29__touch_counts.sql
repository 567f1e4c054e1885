-- The Reports screen's counts per day (issue 18): how many touches, and their minutes, per UTC day,
-- channel, outcome, direction, the lead's temperature then and attempt (the 4th and later as 4), so a
-- period's activity and "what works" read a few hundred rows a day instead of every touch. Kept in the
-- same transaction as every write of a touch by a trigger (TouchCountTrigger), so no writer (logging,
-- editing, deleting, importing, the sample book, a restore, a move) can forget it. A temperature or
-- attempt not yet known is '' or 0 (a key column cannot be null). Rows may fall to 0: readers skip them.
-- The temperature a lead arrived with, kept on the lead (the first entry of its history: the "from" of
-- a first change, else its "to"); null while it has no history, when it is its temperature now.
CREATE TABLE IF NOT EXISTS touch_counts (
    on_day      DATE        NOT NULL,
    channel     VARCHAR(10) NOT NULL,
    outcome     VARCHAR(15) NOT NULL,
    direction   VARCHAR(3)  NOT NULL,
    temperature VARCHAR(10) NOT NULL,
    attempt     INTEGER     NOT NULL,
    touches     INTEGER     NOT NULL,
    minutes     BIGINT      NOT NULL,
    PRIMARY KEY (on_day, channel, outcome, direction, temperature, attempt)
);

DELETE FROM touch_counts;
INSERT INTO touch_counts (on_day, channel, outcome, direction, temperature, attempt, touches, minutes)
SELECT CAST(occurred_at AT TIME ZONE 'UTC' AS DATE), channel, outcome, direction, COALESCE(lead_temperature, ''),
       CASE WHEN attempt IS NULL THEN 0 WHEN attempt > 4 THEN 4 ELSE attempt END, COUNT(*), SUM(minutes)
FROM interactions
GROUP BY CAST(occurred_at AT TIME ZONE 'UTC' AS DATE), channel, outcome, direction, COALESCE(lead_temperature, ''),
         CASE WHEN attempt IS NULL THEN 0 WHEN attempt > 4 THEN 4 ELSE attempt END;

CREATE TRIGGER IF NOT EXISTS touch_counts_keep AFTER INSERT, UPDATE, DELETE ON interactions FOR EACH ROW
    CALL 'app.ember.store.TouchCountTrigger';

ALTER TABLE leads ADD COLUMN IF NOT EXISTS arrived_temperature VARCHAR(10);
UPDATE leads l SET arrived_temperature = (SELECT COALESCE(t.from_temperature, t.to_temperature)
    FROM temperature_changes t WHERE t.lead_id = l.id ORDER BY t.changed_at, t.id FETCH FIRST 1 ROWS ONLY)
WHERE EXISTS (SELECT 1 FROM temperature_changes t WHERE t.lead_id = l.id);

-- A change stored before the lead's first one (an imported history dated back) makes it the arrival.
CREATE TRIGGER IF NOT EXISTS arrival_keep AFTER INSERT ON temperature_changes FOR EACH ROW
    CALL 'app.ember.store.ArrivalTrigger';
