package app.ember.store;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.Interaction;
import app.ember.domain.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The touches of each lead. */
public final class InteractionStore {
    private static final String COLUMNS = "id, lead_id, occurred_at, channel, direction, outcome, minutes, note";
    private static final String INSERT = "INSERT INTO interactions "
            + "(lead_id, occurred_at, channel, direction, outcome, minutes, note) VALUES (?, ?, ?, ?, ?, ?, ?)";

    public long insert(Connection connection, Interaction interaction) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, interaction);
            statement.executeUpdate();
            return Sql.generatedId(statement);
        }
    }

    /** Bulk load in JDBC batches (sample data, benchmarks). */
    public void insertAll(Connection connection, List<Interaction> interactions) throws SQLException {
        Sql.batch(connection, INSERT, interactions, InteractionStore::bind);
    }

    private static void bind(PreparedStatement statement, Interaction interaction) throws SQLException {
        statement.setLong(1, interaction.leadId());
        Sql.setInstant(statement, 2, interaction.at());
        statement.setString(3, interaction.channel().code());
        statement.setString(4, interaction.direction().code());
        statement.setString(5, interaction.outcome().code());
        statement.setInt(6, interaction.minutes());
        statement.setString(7, interaction.note());
    }

    public Optional<Interaction> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM interactions WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** Changes a touch's when, how, outcome, minutes and note (not its lead). */
    public void update(Connection connection, Interaction interaction) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE interactions SET occurred_at = ?, "
                + "channel = ?, direction = ?, outcome = ?, minutes = ?, note = ? WHERE id = ?")) {
            Sql.setInstant(statement, 1, interaction.at());
            statement.setString(2, interaction.channel().code());
            statement.setString(3, interaction.direction().code());
            statement.setString(4, interaction.outcome().code());
            statement.setInt(5, interaction.minutes());
            statement.setString(6, interaction.note());
            statement.setLong(7, interaction.id());
            if (statement.executeUpdate() != 1) {
                throw new SQLException("touch " + interaction.id() + " does not exist");
            }
        }
    }

    public void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM interactions WHERE id = ?")) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    /** The channel of our last outgoing touch: where the three-prong sequence goes on from. */
    public Optional<Channel> lastOutgoingChannel(Connection connection, long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT channel FROM interactions "
                + "WHERE lead_id = ? AND direction = 'out' ORDER BY occurred_at DESC, id DESC LIMIT 1")) {
            statement.setLong(1, leadId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(Channel.fromCode(rows.getString(1))) : Optional.empty();
            }
        }
    }

    private static Interaction read(ResultSet rows) throws SQLException {
        return new Interaction(rows.getLong("id"), rows.getLong("lead_id"), Sql.getInstant(rows, "occurred_at"),
                Channel.fromCode(rows.getString("channel")), Direction.fromCode(rows.getString("direction")),
                Outcome.fromCode(rows.getString("outcome")), rows.getInt("minutes"), rows.getString("note"));
    }

    /** A lead's most recent touches, newest first. */
    public List<Interaction> recent(Connection connection, long leadId, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM interactions WHERE lead_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?")) {
            statement.setLong(1, leadId);
            statement.setInt(2, limit);
            List<Interaction> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(read(rows));
                }
            }
            return result;
        }
    }
}
