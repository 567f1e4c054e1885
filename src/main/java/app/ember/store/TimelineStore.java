package app.ember.store;

import app.ember.domain.Channel;
import app.ember.domain.Coded;
import app.ember.domain.Direction;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.TimelineEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A lead's timeline: touches, notes and temperature changes in one line of time, newest first,
 * read a page at a time so a lead with ten thousand entries opens as fast as one with ten.
 */
public final class TimelineStore {
    private static final String INTERACTIONS = "SELECT 'interaction' AS kind, id, occurred_at AS at, channel, "
            + "direction, outcome, minutes, note AS body, CAST(NULL AS VARCHAR(4)) AS from_t, "
            + "CAST(NULL AS VARCHAR(4)) AS to_t, made_by FROM interactions WHERE lead_id = ?";
    private static final String NOTES = "SELECT 'note', id, written_at, NULL, NULL, NULL, 0, body, NULL, NULL, "
            + "made_by FROM notes WHERE lead_id = ?";
    private static final String CHANGES = "SELECT 'temperature', id, changed_at, NULL, NULL, NULL, 0, reason, "
            + "from_temperature, to_temperature, made_by FROM temperature_changes WHERE lead_id = ?";

    /**
     * One page of the timeline.
     *
     * @param channels only touches by these channels (and no notes or changes); empty for everything
     */
    public List<TimelineEntry> page(Connection connection, long leadId, Set<Channel> channels, int offset, int limit)
            throws SQLException {
        Query query = query(leadId, channels);
        String sql = query.sql() + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            List<Object> parameters = new ArrayList<>(query.parameters());
            parameters.add(limit);
            parameters.add(offset);
            Sql.bind(statement, parameters);
            List<TimelineEntry> page = new ArrayList<>(limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    page.add(read(rows));
                }
            }
            return page;
        }
    }

    public int count(Connection connection, long leadId, Set<Channel> channels) throws SQLException {
        Query query = query(leadId, channels);
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM (" + query.sql() + ") AS entries")) {
            Sql.bind(statement, query.parameters());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Query query(long leadId, Set<Channel> channels) {
        if (channels.isEmpty()) {
            return new Query(INTERACTIONS + " UNION ALL " + NOTES + " UNION ALL " + CHANGES,
                    List.of(leadId, leadId, leadId));
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(leadId);
        channels.stream().map(Coded::code).forEach(parameters::add);
        return new Query(INTERACTIONS + " AND channel IN (" + "?, ".repeat(channels.size() - 1) + "?)", parameters);
    }

    private static TimelineEntry read(ResultSet rows) throws SQLException {
        String kind = rows.getString("kind");
        String channel = rows.getString("channel");
        String direction = rows.getString("direction");
        String outcome = rows.getString("outcome");
        String from = rows.getString("from_t");
        String to = rows.getString("to_t");
        return new TimelineEntry(TimelineEntry.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                rows.getLong("id"), Sql.getInstant(rows, "at"),
                channel == null ? null : Channel.fromCode(channel),
                direction == null ? null : Direction.fromCode(direction),
                outcome == null ? null : Outcome.fromCode(outcome), rows.getInt("minutes"), rows.getString("body"),
                from == null ? null : Temperature.fromCode(from), to == null ? null : Temperature.fromCode(to),
                rows.getString("made_by"));
    }

    private record Query(String sql, List<Object> parameters) {
    }
}
