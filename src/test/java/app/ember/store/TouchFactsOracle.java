package app.ember.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each touch's attempt number and temperature then, worked out the slow and plain way from every row
 * of the book (not with {@link TouchFacts}' code), against what the store kept on the touch.
 */
public final class TouchFactsOracle {
    private record Touch(long id, long lead, Instant at, boolean out, Integer attempt, String temperature) {
    }

    private record Change(long lead, Instant at, long id, String from, String to) {
    }

    private TouchFactsOracle() {
    }

    /** One line per touch whose stored facts differ from the ones worked out here; empty when all agree. */
    public static List<String> mismatches(Connection c) throws SQLException {
        List<Touch> touches = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Map<Long, String> leads = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("SELECT id, lead_id, occurred_at, direction, attempt, lead_temperature "
                    + "FROM interactions")) {
                while (rows.next()) {
                    int number = rows.getInt(5);
                    Integer attempt = rows.wasNull() ? null : number;
                    touches.add(new Touch(rows.getLong(1), rows.getLong(2), at(rows, 3), "out".equals(rows.getString(4)),
                            attempt, rows.getString(6)));
                }
            }
            try (ResultSet rows = s.executeQuery("SELECT lead_id, changed_at, id, from_temperature, to_temperature "
                    + "FROM temperature_changes")) {
                while (rows.next()) {
                    changes.add(new Change(rows.getLong(1), at(rows, 2), rows.getLong(3), rows.getString(4),
                            rows.getString(5)));
                }
            }
            try (ResultSet rows = s.executeQuery("SELECT id, temperature FROM leads")) {
                while (rows.next()) {
                    leads.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        Comparator<Change> byTime = Comparator.comparing(Change::at).thenComparingLong(Change::id);
        List<String> wrong = new ArrayList<>();
        for (Touch touch : touches) {
            Integer attempt = null;
            if (touch.out()) {
                attempt = 1 + (int) touches.stream().filter(o -> o.lead() == touch.lead() && o.out()
                        && (o.at().isBefore(touch.at()) || o.at().equals(touch.at()) && o.id() < touch.id())).count();
            }
            List<Change> history = changes.stream().filter(h -> h.lead() == touch.lead()).sorted(byTime).toList();
            String temperature = history.stream().filter(h -> !h.at().isAfter(touch.at())).reduce((a, b) -> b)
                    .map(Change::to)
                    .orElse(history.isEmpty() ? leads.get(touch.lead())
                            : history.get(0).from() != null ? history.get(0).from() : history.get(0).to());
            if (!Objects.equals(attempt, touch.attempt()) || !Objects.equals(temperature, touch.temperature())) {
                wrong.add("touch " + touch.id() + " of lead " + touch.lead() + " at " + touch.at() + ": attempt "
                        + touch.attempt() + ", " + touch.temperature() + "; should be " + attempt + ", " + temperature);
            }
        }
        wrong.addAll(countMismatches(c));
        return wrong;
    }

    /**
     * The report's counts per day (touch_counts) against the same counts made here from every touch:
     * one line per group that differs; groups counted down to nothing may stay as rows of 0.
     */
    public static List<String> countMismatches(Connection c) throws SQLException {
        Map<String, long[]> expected = new java.util.TreeMap<>();
        Map<String, long[]> stored = new java.util.TreeMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("SELECT occurred_at, channel, outcome, direction, lead_temperature, "
                    + "attempt, minutes FROM interactions")) {
                while (rows.next()) {
                    int number = rows.getInt(6);
                    int attempt = rows.wasNull() ? 0 : Math.min(number, 4);
                    String temperature = rows.getString(5);
                    String key = java.time.LocalDate.ofInstant(at(rows, 1), java.time.ZoneOffset.UTC) + " "
                            + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4) + " "
                            + (temperature == null ? "" : temperature) + " " + attempt;
                    long[] sum = expected.computeIfAbsent(key, k -> new long[2]);
                    sum[0]++;
                    sum[1] += rows.getInt(7);
                }
            }
            try (ResultSet rows = s.executeQuery("SELECT on_day, channel, outcome, direction, temperature, attempt, "
                    + "touches, minutes FROM touch_counts")) {
                while (rows.next()) {
                    if (rows.getLong(7) == 0 && rows.getLong(8) == 0) {
                        continue;
                    }
                    String key = rows.getObject(1, java.time.LocalDate.class) + " " + rows.getString(2) + " "
                            + rows.getString(3) + " " + rows.getString(4) + " " + rows.getString(5) + " "
                            + rows.getInt(6);
                    stored.put(key, new long[]{rows.getLong(7), rows.getLong(8)});
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(expected.keySet());
        keys.addAll(stored.keySet());
        for (String key : keys) {
            long[] want = expected.getOrDefault(key, new long[2]);
            long[] have = stored.getOrDefault(key, new long[2]);
            if (want[0] != have[0] || want[1] != have[1]) {
                wrong.add("counts " + key + ": " + have[0] + " touches, " + have[1] + " min; should be " + want[0]
                        + ", " + want[1]);
            }
        }
        return wrong;
    }

    /** How many touches the book holds (so a test knows it did not check an empty book). */
    public static int touches(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM interactions")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Instant at(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }
}
