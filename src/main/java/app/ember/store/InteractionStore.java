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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The touches of each lead. */
public final class InteractionStore {
    private static final String COLUMNS = "id, lead_id, occurred_at, channel, direction, outcome, minutes, note";
    private static final String INSERT = "INSERT INTO interactions "
            + "(lead_id, occurred_at, channel, direction, outcome, minutes, note, made_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    public long insert(Connection connection, Interaction interaction) throws SQLException {
        return insert(connection, interaction, new TouchEffect(null, true, null));
    }

    /** Stores a touch with what it did to its lead (see {@link TouchEffect}). */
    long insert(Connection connection, Interaction interaction, TouchEffect effect) throws SQLException {
        return insert(connection, interaction, effect, "");
    }

    /** As {@link #insert(Connection, Interaction, TouchEffect)}, kept under the name of who logged it. */
    long insert(Connection connection, Interaction interaction, TouchEffect effect, String by) throws SQLException {
        // Its attempt number and the lead's temperature then go on the touch for the report (TouchFacts).
        boolean out = interaction.direction() == Direction.OUT;
        Instant at = TouchFacts.asStored(interaction.at());
        Integer attempt = out ? TouchFacts.nextAttempt(connection, interaction.leadId(), at) : null;
        String temperature = TouchFacts.temperatureAt(connection, interaction.leadId(), at);
        long id;
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO interactions "
                + "(lead_id, occurred_at, channel, direction, outcome, minutes, note, campaign, moved_on, prev_status, "
                + "prev_next_follow_up_at, prev_snoozed_until, attempt, lead_temperature, made_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, interaction);
            Sql.setInstant(statement, 2, at);
            statement.setString(8, effect.campaign());
            statement.setBoolean(9, effect.movedOn());
            TouchEffect.Schedule before = effect.before();
            statement.setString(10, before == null ? null : before.status().code());
            Sql.setInstant(statement, 11, before == null ? null : before.nextFollowUp());
            Sql.setDate(statement, 12, before == null ? null : before.snoozedUntil());
            statement.setObject(13, attempt, java.sql.Types.INTEGER);
            statement.setString(14, temperature);
            statement.setString(15, by == null ? "" : by);
            statement.executeUpdate();
            id = Sql.generatedId(statement);
        }
        if (out && attempt == null) {
            TouchFacts.refresh(connection, List.of(interaction.leadId()));
        } else if (out) {
            TouchFacts.shiftAfter(connection, interaction.leadId(), at, id, 1);
        }
        return id;
    }

    /** What a stored touch did to its lead. */
    Optional<TouchEffect> effect(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT campaign, moved_on, prev_status, "
                + "prev_next_follow_up_at, prev_snoozed_until FROM interactions WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String status = rows.getString("prev_status");
                TouchEffect.Schedule before = status == null ? null : new TouchEffect.Schedule(
                        app.ember.domain.LeadStatus.fromCode(status), Sql.getInstant(rows, "prev_next_follow_up_at"),
                        Sql.getDate(rows, "prev_snoozed_until"));
                return Optional.of(new TouchEffect(rows.getString("campaign"), rows.getBoolean("moved_on"), before));
            }
        }
    }

    /** Whether a touch logged after this one (a higher id) moved the same lead on: then its schedule stands. */
    boolean movedOnLater(Connection connection, long leadId, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM interactions WHERE lead_id = ? AND id > ? AND moved_on LIMIT 1")) {
            statement.setLong(1, leadId);
            statement.setLong(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Bulk load in JDBC batches (imports, benchmarks); the touches' attempt numbers and temperatures
     * are then worked out for their leads at once, from the history already stored: store a lead's
     * temperature history before its touches.
     */
    public void insertAll(Connection connection, List<Interaction> interactions) throws SQLException {
        insertAll(connection, interactions, "");
    }

    /** As {@link #insertAll(Connection, List)}, kept under the name of who brought them in (an import's user). */
    public void insertAll(Connection connection, List<Interaction> interactions, String by) throws SQLException {
        String who = by == null ? "" : by;
        Sql.batch(connection, INSERT, interactions, (statement, interaction) -> {
            bind(statement, interaction);
            statement.setString(8, who);
        });
        TouchFacts.refresh(connection, interactions.stream().map(Interaction::leadId).toList());
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
        // Its time or direction may have changed: the lead's attempts and its temperature then, afresh.
        long leadId;
        try (PreparedStatement statement = connection.prepareStatement("SELECT lead_id FROM interactions WHERE id = ?")) {
            statement.setLong(1, interaction.id());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                leadId = rows.getLong(1);
            }
        }
        TouchFacts.refresh(connection, List.of(leadId));
    }

    public void delete(Connection connection, long id) throws SQLException {
        Optional<Interaction> gone = find(connection, id);
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM interactions WHERE id = ?")) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
        if (gone.isPresent() && gone.get().direction() == Direction.OUT) {
            // The lead's later outgoing touches move up one attempt.
            TouchFacts.shiftAfter(connection, gone.get().leadId(), gone.get().at(), id, -1);
        }
    }

    /** The channel of our last outgoing touch: where the three-prong sequence goes on from. */
    public Optional<Channel> lastOutgoingChannel(Connection connection, long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT channel FROM interactions "
                + "WHERE lead_id = ? AND direction = 'out' AND moved_on ORDER BY occurred_at DESC, id DESC LIMIT 1")) {
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
