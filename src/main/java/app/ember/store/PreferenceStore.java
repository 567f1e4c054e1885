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

    /** Removes a preference; returns the lead it belonged to, or -1 when there was no such preference. */
    public long delete(Connection connection, long preferenceId) throws SQLException {
        return Sql.deleteReturningLead(connection, "preferences", preferenceId);
    }

    /** The keys in use, most used first, so the form can offer them. */
    public List<String> keys(Connection connection, int limit) throws SQLException {
        return Sql.strings(connection,
                "SELECT pref_key FROM preferences GROUP BY pref_key ORDER BY COUNT(*) DESC, pref_key LIMIT ?", limit);
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
