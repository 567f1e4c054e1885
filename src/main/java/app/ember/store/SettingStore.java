package app.ember.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Small settings that travel with the data, such as "the user chose to start empty". */
public final class SettingStore {

    public Optional<String> get(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT setting_value FROM settings WHERE setting_key = ?")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Every setting whose key starts with {@code prefix} ("policy."): a group of settings read at once. */
    public Map<String, String> group(Connection connection, String prefix) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT setting_key, setting_value FROM settings WHERE setting_key LIKE ?")) {
            statement.setString(1, prefix + "%");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return stored;
    }

    /** Stores every value of a group, each replacing what was there. */
    public void putAll(Connection connection, Map<String, String> values) throws SQLException {
        for (Map.Entry<String, String> entry : values.entrySet()) {
            put(connection, entry.getKey(), entry.getValue());
        }
    }

    /** Forgets a whole group: its defaults are in force again. */
    public void removeGroup(Connection connection, String prefix) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM settings WHERE setting_key LIKE ?")) {
            statement.setString(1, prefix + "%");
            statement.executeUpdate();
        }
    }

    public void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                // Standard MERGE, which both engines take (H2's MERGE ... KEY is its own).
                "MERGE INTO settings t USING (VALUES (CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(4000)))) "
                + "AS s (setting_key, setting_value) ON t.setting_key = s.setting_key "
                + "WHEN MATCHED THEN UPDATE SET setting_value = s.setting_value "
                + "WHEN NOT MATCHED THEN INSERT (setting_key, setting_value) VALUES (s.setting_key, s.setting_value)")) {
            statement.setString(1, key);
            statement.setString(2, value);
            statement.executeUpdate();
        }
    }
}
