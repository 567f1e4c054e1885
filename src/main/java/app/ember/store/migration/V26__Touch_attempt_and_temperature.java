package app.ember.store.migration;

import app.ember.store.TouchFacts;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The report's "what works" table (per channel, temperature and attempt) counted by one GROUP BY:
 * each touch keeps its attempt number and the lead's temperature at its time ({@link TouchFacts}),
 * filled here for the touches already stored, and one index covers the period's touches with both
 * (it replaces V23's interactions_for_reports, which lacked them). Java, so the backfill is the
 * same code the store keeps them with, on H2 and PostgreSQL alike; every statement may run twice.
 */
public class V26__Touch_attempt_and_temperature extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE interactions ADD COLUMN IF NOT EXISTS attempt INTEGER");
            statement.execute("ALTER TABLE interactions ADD COLUMN IF NOT EXISTS lead_temperature VARCHAR(10)");
        }
        // Filled before the index is built: one index write per touch instead of two.
        TouchFacts.refreshAll(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX IF EXISTS interactions_for_reports");
            statement.execute("CREATE INDEX IF NOT EXISTS interactions_report_facts ON interactions "
                    + "(occurred_at, direction, lead_id, channel, outcome, minutes, attempt, lead_temperature)");
        }
    }
}
