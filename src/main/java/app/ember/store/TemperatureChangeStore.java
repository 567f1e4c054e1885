package app.ember.store;

import app.ember.domain.Temperature;
import app.ember.domain.TemperatureChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The history of every temperature change. */
public final class TemperatureChangeStore {

    public long insert(Connection connection, TemperatureChange change) throws SQLException {
        return insert(connection, change, "");
    }

    /** Stores a change under the name of who made it ("" for nobody named). */
    public long insert(Connection connection, TemperatureChange change, String by) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO temperature_changes (lead_id, changed_at, from_temperature, to_temperature, reason, "
                        + "made_by) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            statement.setLong(1, change.leadId());
            Sql.setInstant(statement, 2, change.at());
            statement.setString(3, change.from() == null ? null : change.from().code());
            statement.setString(4, change.to().code());
            statement.setString(5, change.reason());
            statement.setString(6, by == null ? "" : by);
            statement.executeUpdate();
            long id = Sql.generatedId(statement);
            // The lead's touches from this moment on were made at this temperature (TouchFacts).
            TouchFacts.afterChange(connection, change.leadId(), id, change.at(),
                    change.from() == null ? null : change.from().code(), change.to().code());
            return id;
        }
    }

    /** A lead's changes, newest first. */
    public List<TemperatureChange> forLead(Connection connection, long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, lead_id, changed_at, from_temperature, to_temperature, reason FROM temperature_changes "
                        + "WHERE lead_id = ? ORDER BY changed_at DESC, id DESC")) {
            statement.setLong(1, leadId);
            List<TemperatureChange> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String from = rows.getString("from_temperature");
                    result.add(new TemperatureChange(rows.getLong("id"), rows.getLong("lead_id"),
                            Sql.getInstant(rows, "changed_at"), from == null ? null : Temperature.fromCode(from),
                            Temperature.fromCode(rows.getString("to_temperature")), rows.getString("reason")));
                }
            }
            return result;
        }
    }
}
