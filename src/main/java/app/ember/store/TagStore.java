package app.ember.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** Tags on leads, stored lower case so "VIP" and "vip" are one tag. */
public final class TagStore {

    public void add(Connection connection, long leadId, String tag) throws SQLException {
        String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        if (clean.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                // Standard MERGE (H2's own MERGE ... KEY is not PostgreSQL's); the casts type the parameters for it.
                "MERGE INTO lead_tags t USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR(60)))) AS s (lead_id, tag) "
                + "ON t.lead_id = s.lead_id AND t.tag = s.tag "
                + "WHEN NOT MATCHED THEN INSERT (lead_id, tag) VALUES (s.lead_id, s.tag)")) {
            statement.setLong(1, leadId);
            statement.setString(2, clean);
            statement.executeUpdate();
        }
    }

    public void remove(Connection connection, long leadId, String tag) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM lead_tags WHERE lead_id = ? AND tag = ?")) {
            statement.setLong(1, leadId);
            statement.setString(2, tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT));
            statement.executeUpdate();
        }
    }

    /** Tags in use, most used first: the tag filter's choices and the editor's suggestions. */
    public List<String> all(Connection connection, int limit) throws SQLException {
        return Sql.strings(connection,
                "SELECT tag FROM lead_tags GROUP BY tag ORDER BY COUNT(*) DESC, tag LIMIT ?", limit);
    }

    public List<String> forLead(Connection connection, long leadId) throws SQLException {
        return Sql.strings(connection, "SELECT tag FROM lead_tags WHERE lead_id = ? ORDER BY tag", leadId);
    }
}
