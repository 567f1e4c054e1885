package app.ember.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A period's touches counted by channel, outcome, direction, temperature then and attempt, read from
 * the counts per day (V29, kept by {@link TouchCountTrigger}) for the whole UTC days inside the period
 * and from the touches themselves only for the hours at either end (a period starts at midnight where
 * the user is, not in UTC). Deleted leads count nowhere: the counts hold their touches, so those are
 * taken away again, read through the few deleted leads (their heat rank is 100 and more).
 */
final class TouchCounts {
    /** One group of touches; temperature null and attempt 0 when not known; a negative count takes away. */
    interface Sink {
        void add(String channel, String outcome, String direction, String temperature, int attempt, int touches,
                 long minutes);
    }

    private static final String KEY = "i.channel, i.outcome, i.direction, i.lead_temperature, "
            + "CASE WHEN i.attempt IS NULL THEN 0 WHEN i.attempt > " + TouchCountTrigger.LAST_ATTEMPT + " THEN "
            + TouchCountTrigger.LAST_ATTEMPT + " ELSE i.attempt END";

    private TouchCounts() {
    }

    static void read(Connection c, Instant start, Instant end, Sink sink) throws SQLException {
        LocalDate firstDay = LocalDate.ofInstant(start, ZoneOffset.UTC);
        if (!firstDay.atStartOfDay(ZoneOffset.UTC).toInstant().equals(start)) {
            firstDay = firstDay.plusDays(1);
        }
        LocalDate endDay = LocalDate.ofInstant(end, ZoneOffset.UTC);
        if (!firstDay.isBefore(endDay)) {
            touches(c, start, end, sink);
            return;
        }
        Instant wholeStart = firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant wholeEnd = endDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        touches(c, start, wholeStart, sink);
        try (PreparedStatement s = c.prepareStatement("SELECT channel, outcome, direction, temperature, attempt, "
                + "SUM(touches), SUM(minutes) FROM touch_counts WHERE on_day >= ? AND on_day < ? "
                + "GROUP BY channel, outcome, direction, temperature, attempt")) {
            s.setObject(1, firstDay);
            s.setObject(2, endDay);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String temperature = rows.getString(4);
                    sink.add(rows.getString(1), rows.getString(2), rows.getString(3),
                            temperature.isEmpty() ? null : temperature, rows.getInt(5), rows.getInt(6), rows.getLong(7));
                }
            }
        }
        deletedTouches(c, wholeStart, wholeEnd, sink);
        touches(c, wholeEnd, end, sink);
    }

    /**
     * Takes the deleted leads' touches of these whole days away again, read lead by lead through the
     * touches' lead index: asked as one {@code IN (SELECT ...)}, H2 read every touch of the days (0.8 s
     * for a week at 1,000,000 touches, with no lead deleted at all).
     */
    private static void deletedTouches(Connection c, Instant from, Instant to, Sink sink) throws SQLException {
        java.util.List<Long> deleted;
        try (PreparedStatement s = c.prepareStatement("SELECT d.id FROM leads d WHERE d.heat_rank >= 100")) {
            deleted = ReportStore.ids(s);
        }
        for (int at = 0; at < deleted.size(); at += 500) {
            java.util.List<Long> chunk = deleted.subList(at, Math.min(deleted.size(), at + 500));
            try (PreparedStatement s = c.prepareStatement("SELECT " + KEY + ", COUNT(*), SUM(i.minutes) "
                    + "FROM interactions i WHERE i.lead_id IN (" + "?, ".repeat(chunk.size() - 1) + "?) "
                    + "AND i.occurred_at >= ? AND i.occurred_at < ? GROUP BY " + KEY)) {
                int i = 1;
                for (long id : chunk) {
                    s.setLong(i++, id);
                }
                Sql.setInstant(s, i++, from);
                Sql.setInstant(s, i, to);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        sink.add(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getInt(5), -rows.getInt(6), -rows.getLong(7));
                    }
                }
            }
        }
    }

    /** The touches of live leads in [from, to). */
    private static void touches(Connection c, Instant from, Instant to, Sink sink)
            throws SQLException {
        if (!from.isBefore(to)) {
            return;
        }
        String leads = ReportStore.live("i.lead_id");
        try (PreparedStatement s = c.prepareStatement("SELECT " + KEY + ", COUNT(*), SUM(i.minutes) "
                + "FROM interactions i WHERE i.occurred_at >= ? AND i.occurred_at < ? AND " + leads
                + " GROUP BY " + KEY)) {
            Sql.setInstant(s, 1, from);
            Sql.setInstant(s, 2, to);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    sink.add(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getInt(5),
                            rows.getInt(6), rows.getLong(7));
                }
            }
        }
    }
}
