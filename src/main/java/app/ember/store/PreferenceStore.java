package app.ember.store;

import app.ember.domain.Preference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Key and value preferences per lead. */
public final class PreferenceStore {

    public long insert(Connection connection, Preference preference) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO preferences (lead_id, pref_key, pref_value) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            statement.setLong(1, preference.leadId());
            statement.setString(2, preference.key());
            statement.setString(3, preference.value());
            statement.executeUpdate();
            return Sql.generatedId(statement);
        }
    }

    /** A lead's preferences in the order they were added. */
    public List<Preference> forLead(Connection connection, long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, lead_id, pref_key, pref_value FROM preferences WHERE lead_id = ? ORDER BY id")) {
            statement.setLong(1, leadId);
            List<Preference> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new Preference(rows.getLong("id"), rows.getLong("lead_id"),
                            rows.getString("pref_key"), rows.getString("pref_value")));
                }
            }
            return result;
        }
    }
}
