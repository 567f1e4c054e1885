package app.ember.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
                "MERGE INTO lead_tags (lead_id, tag) KEY (lead_id, tag) VALUES (?, ?)")) {
            statement.setLong(1, leadId);
            statement.setString(2, clean);
            statement.executeUpdate();
        }
    }

    public List<String> forLead(Connection connection, long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT tag FROM lead_tags WHERE lead_id = ? ORDER BY tag")) {
            statement.setLong(1, leadId);
            List<String> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getString(1));
                }
            }
            return result;
        }
    }
}
