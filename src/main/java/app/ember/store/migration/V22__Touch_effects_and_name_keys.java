package app.ember.store.migration;

import app.ember.domain.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Two things the weekly session needs, in one version:
 *
 * <p>What a touch did to its lead, so deleting it (or undoing a mailing) can put the lead back:
 * moved_on is false for a campaign piece that only went into the timeline (a Christmas card to a
 * lead whose plan was a call); prev_* hold the lead's status, next follow-up and snooze from just
 * before the touch (null on touches logged before this version: those are not rolled back);
 * campaign names the mailing a touch came from. The week's tally reads touches by time.
 *
 * <p>The name the list sorts by, as a person reads an index (last name, accents and case folded:
 * Bélanger before Braun). The folding is Java's ({@link SearchText#nameKey}), so this step is too.
 * Every statement may run twice.
 */
public class V22__Touch_effects_and_name_keys extends BaseJavaMigration {
    private static final String[] SCHEMA = {
        "ALTER TABLE interactions ADD COLUMN IF NOT EXISTS campaign VARCHAR(200)",
        "ALTER TABLE interactions ADD COLUMN IF NOT EXISTS moved_on BOOLEAN NOT NULL DEFAULT TRUE",
        "ALTER TABLE interactions ADD COLUMN IF NOT EXISTS prev_status VARCHAR(10)",
        "ALTER TABLE interactions ADD COLUMN IF NOT EXISTS prev_next_follow_up_at TIMESTAMP WITH TIME ZONE",
        "ALTER TABLE interactions ADD COLUMN IF NOT EXISTS prev_snoozed_until DATE",
        "CREATE INDEX IF NOT EXISTS interactions_by_time ON interactions (occurred_at, lead_id)",
        "ALTER TABLE leads ADD COLUMN IF NOT EXISTS name_key VARCHAR(" + SearchText.NAME_KEY_LENGTH + ") NOT NULL DEFAULT ''",
        "CREATE INDEX IF NOT EXISTS leads_by_name_key ON leads (name_key, id)",
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
        }
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT id, first_name, last_name FROM leads");
             PreparedStatement write = connection.prepareStatement("UPDATE leads SET name_key = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, SearchText.nameKey(rows.getString(2), rows.getString(3)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == 1000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
