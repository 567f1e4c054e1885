package app.ember.store;

import app.ember.domain.Channel;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.report.ChannelEffect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's "what works" table: each outgoing touch of the period with the lead's temperature at
 * that moment and its attempt number (how many outgoing touches came before it), read from the two
 * newest-first indexes V23 made, then counted by channel, temperature and attempt.
 */
final class ChannelEffectQueries {
    /** One outgoing touch of the period with what the channel table groups it by. */
    private record EffectRow(long lead, Channel channel, Outcome outcome, Temperature temperature, int attempt) {
    }

    /** An earlier outgoing touch or a change of temperature of a lead: when, and in which order. */
    private record Mark(Instant at, long id, Temperature to) {
    }

    private static final String TOUCHED = "SELECT DISTINCT k.lead_id FROM interactions k WHERE k.occurred_at >= ? "
            + "AND k.occurred_at < ? AND k.direction = 'out'";

    /**
     * Our outgoing touches of the period, each with its lead's temperature at the time (from the
     * history; the lead's temperature now when it has none) and its attempt number: 1 plus the lead's
     * earlier outgoing touches, up to 4 (the 4th and later are one group). Three statements, each
     * through an index, and the rest in Java: a correlated subquery per touch cost H2 far more (about
     * 0.4 ms each under load, 20,000 touches a week at 100,000 leads).
     */
    private List<EffectRow> effectRows(Connection c, Instant start, Instant end) throws SQLException {
        record Touch(long id, long lead, Instant at, Channel channel, Outcome outcome) {
        }
        List<Touch> touches = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT i.id, i.lead_id, i.occurred_at, i.channel, i.outcome "
                + "FROM interactions i WHERE i.occurred_at >= ? AND i.occurred_at < ? AND i.direction = 'out' AND "
                + ReportStore.live("i.lead_id"))) {
            Sql.setInstant(s, 1, start);
            Sql.setInstant(s, 2, end);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    touches.add(new Touch(rows.getLong(1), rows.getLong(2), Sql.getInstant(rows, "occurred_at"),
                            Channel.fromCode(rows.getString(4)), Outcome.fromCode(rows.getString(5))));
                }
            }
        }
        Map<Long, List<Mark>> earlier = marks(c, "SELECT j.lead_id, j.occurred_at, j.id FROM interactions j "
                + "WHERE j.direction = 'out' AND j.occurred_at < ? AND j.lead_id IN (" + TOUCHED + ")", start, end, false);
        Map<Long, List<Mark>> history = marks(c, "SELECT t.lead_id, t.changed_at, t.id, t.to_temperature "
                + "FROM temperature_changes t WHERE t.changed_at < ? AND t.lead_id IN (" + TOUCHED + ")", start, end, true);
        Map<Long, Temperature> now = new HashMap<>();
        List<Long> without = touches.stream().map(Touch::lead).filter(id -> !history.containsKey(id)).distinct().toList();
        for (int from = 0; from < without.size(); from += 500) {
            List<Long> chunk = without.subList(from, Math.min(without.size(), from + 500));
            try (PreparedStatement s = c.prepareStatement("SELECT l.id, l.temperature FROM leads l WHERE l.id IN ("
                    + "?, ".repeat(chunk.size() - 1) + "?)")) {
                ReportStore.bind(s, new ArrayList<>(chunk));
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        now.put(rows.getLong(1), Temperature.fromCode(rows.getString(2)));
                    }
                }
            }
        }
        List<EffectRow> result = new ArrayList<>(touches.size());
        for (Touch touch : touches) {
            int before = 0;
            for (Mark mark : earlier.getOrDefault(touch.lead(), List.of())) {
                if (before(mark, touch.at(), touch.id())) {
                    before++;
                }
            }
            Temperature then = null;
            Mark latest = null;
            for (Mark mark : history.getOrDefault(touch.lead(), List.of())) {
                if (!mark.at().isAfter(touch.at()) && (latest == null || mark.at().isAfter(latest.at())
                        || mark.at().equals(latest.at()) && mark.id() > latest.id())) {
                    latest = mark;
                }
            }
            then = latest != null ? latest.to() : now.get(touch.lead());
            if (then == null) {
                continue; // the lead went away meanwhile
            }
            result.add(new EffectRow(touch.lead(), touch.channel(), touch.outcome(), then,
                    Math.min(ChannelEffect.LAST_ATTEMPT, 1 + before)));
        }
        return result;
    }

    private static boolean before(Mark mark, Instant at, long id) {
        return mark.at().isBefore(at) || mark.at().equals(at) && mark.id() < id;
    }

    /** Rows of (lead, time, id[, temperature]) before the period's end, for the leads touched in it, by lead. */
    private static Map<Long, List<Mark>> marks(Connection c, String sql, Instant start, Instant end,
                                               boolean temperature) throws SQLException {
        Map<Long, List<Mark>> marks = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Sql.setInstant(s, 1, end);
            Sql.setInstant(s, 2, start);
            Sql.setInstant(s, 3, end);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    marks.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(new Mark(
                            rows.getObject(2, java.time.OffsetDateTime.class).toInstant(), rows.getLong(3),
                            temperature ? Temperature.fromCode(rows.getString(4)) : null));
                }
            }
        }
        return marks;
    }

    List<ChannelEffect> channelEffects(Connection c, Instant start, Instant end) throws SQLException {
        Map<List<Object>, int[]> counts = new HashMap<>();
        for (EffectRow row : effectRows(c, start, end)) {
            int[] tally = counts.computeIfAbsent(List.of(row.channel(), row.temperature(), row.attempt()), k -> new int[3]);
            tally[0]++;
            tally[1] += ChannelEffect.REACHED.contains(row.outcome()) ? 1 : 0;
            tally[2] += ChannelEffect.REPLIED.contains(row.outcome()) ? 1 : 0;
        }
        List<ChannelEffect> effects = new ArrayList<>();
        counts.forEach((key, tally) -> effects.add(new ChannelEffect((Channel) key.get(0), (Temperature) key.get(1),
                (Integer) key.get(2), tally[0], tally[1], tally[2])));
        effects.sort(java.util.Comparator.comparing(ChannelEffect::channel).thenComparing(ChannelEffect::temperature)
                .thenComparingInt(ChannelEffect::attempt));
        return effects;
    }

    /** The leads behind one row of the channel table. */
    List<Long> effectLeads(Connection c, Instant start, Instant end, Channel channel, Temperature temperature,
                           int attempt) throws SQLException {
        return effectRows(c, start, end).stream().filter(row -> row.channel() == channel
                && row.temperature() == temperature && row.attempt() == attempt).map(EffectRow::lead).distinct().toList();
    }
}
