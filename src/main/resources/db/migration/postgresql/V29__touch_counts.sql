-- The Reports screen's counts per day (issue 18): see the H2 version of this step for why. Here the
-- trigger is a PL/pgSQL function doing what TouchCountTrigger does on H2. The attempt is capped with
-- CASE, not LEAST: PostgreSQL's LEAST(NULL, 4) is 4 (it skips nulls), H2's is null.
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

CREATE OR REPLACE FUNCTION touch_counts_keep() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.occurred_at = NEW.occurred_at AND OLD.channel = NEW.channel
            AND OLD.outcome = NEW.outcome AND OLD.direction = NEW.direction AND OLD.minutes = NEW.minutes
            AND OLD.lead_temperature IS NOT DISTINCT FROM NEW.lead_temperature
            AND OLD.attempt IS NOT DISTINCT FROM NEW.attempt THEN
        RETURN NULL; -- a note or an author changed: no count moves
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE touch_counts SET touches = touches - 1, minutes = minutes - OLD.minutes
        WHERE on_day = CAST(OLD.occurred_at AT TIME ZONE 'UTC' AS DATE) AND channel = OLD.channel
          AND outcome = OLD.outcome AND direction = OLD.direction
          AND temperature = COALESCE(OLD.lead_temperature, '') AND attempt = CASE WHEN OLD.attempt IS NULL THEN 0 WHEN OLD.attempt > 4 THEN 4 ELSE OLD.attempt END;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO touch_counts (on_day, channel, outcome, direction, temperature, attempt, touches, minutes)
        VALUES (CAST(NEW.occurred_at AT TIME ZONE 'UTC' AS DATE), NEW.channel, NEW.outcome, NEW.direction,
                COALESCE(NEW.lead_temperature, ''), CASE WHEN NEW.attempt IS NULL THEN 0 WHEN NEW.attempt > 4 THEN 4 ELSE NEW.attempt END, 1, NEW.minutes)
        ON CONFLICT (on_day, channel, outcome, direction, temperature, attempt)
        DO UPDATE SET touches = touch_counts.touches + 1, minutes = touch_counts.minutes + EXCLUDED.minutes;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS touch_counts_keep ON interactions;
CREATE TRIGGER touch_counts_keep AFTER INSERT OR UPDATE OR DELETE ON interactions
    FOR EACH ROW EXECUTE FUNCTION touch_counts_keep();

ALTER TABLE leads ADD COLUMN IF NOT EXISTS arrived_temperature VARCHAR(10);
UPDATE leads l SET arrived_temperature = (SELECT COALESCE(t.from_temperature, t.to_temperature)
    FROM temperature_changes t WHERE t.lead_id = l.id ORDER BY t.changed_at, t.id FETCH FIRST 1 ROWS ONLY)
WHERE EXISTS (SELECT 1 FROM temperature_changes t WHERE t.lead_id = l.id);

-- A change stored before the lead's first one (an imported history dated back) makes it the arrival.
CREATE OR REPLACE FUNCTION arrival_keep() RETURNS trigger AS $$
BEGIN
    UPDATE leads l SET arrived_temperature = (SELECT COALESCE(t.from_temperature, t.to_temperature)
        FROM temperature_changes t WHERE t.lead_id = l.id ORDER BY t.changed_at, t.id FETCH FIRST 1 ROWS ONLY)
    WHERE l.id = NEW.lead_id;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS arrival_keep ON temperature_changes;
CREATE TRIGGER arrival_keep AFTER INSERT ON temperature_changes FOR EACH ROW EXECUTE FUNCTION arrival_keep();
