package app.ember.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two facts kept on each touch so the report's "what works" table is one GROUP BY over an index
 * (worked out per query, they cost seconds at 1,000,000 touches):
 * <ul>
 *   <li>{@code attempt}: the touch's place among its lead's outgoing touches in time order (1 for the
 *   first; ties in time go by id, so by the order they were logged); null for a touch from the lead.
 *   Exact, not capped, so logging a touch before others or deleting one shifts the later ones by one.</li>
 *   <li>{@code lead_temperature}: the lead's temperature at the touch's time: the latest change of its
 *   history at or before it (ties by id); before the first change, the temperature that change moved
 *   from (its "to" when it was the arrival); with no history, the lead's temperature when logged.</li>
 * </ul>
 * Everything that writes touches or temperature history keeps them: {@link InteractionStore} (every
 * insert, edit and deletion) and {@link TemperatureChangeStore}; bulk writers call {@link #refresh}.
 */
public final class TouchFacts {
    private static final String OUT = "'out'";

    private TouchFacts() {
    }

    /**
     * A moment as the book stores it: to the microsecond, rounded (H2 and PostgreSQL both round). A
     * touch is written with this value and its place worked out with it: with the finer moment a
     * clock gives, a touch rounded up to after it counted itself among the touches after it.
     */
    static Instant asStored(Instant at) {
        long nanos = at.getNano() % 1_000;
        Instant micros = at.minusNanos(nanos);
        return nanos >= 500 ? micros.plusNanos(1_000) : micros;
    }

    /** The lead's temperature at this moment, from its history (see the class comment). */
    static String temperatureAt(Connection c, long leadId, Instant at) throws SQLException {
        String atOrBefore = first(c, "SELECT to_temperature FROM temperature_changes WHERE lead_id = ? "
                + "AND changed_at <= ? ORDER BY changed_at DESC, id DESC FETCH FIRST 1 ROWS ONLY", leadId, at);
        if (atOrBefore != null) {
            return atOrBefore;
        }
        String after = first(c, "SELECT COALESCE(from_temperature, to_temperature) FROM temperature_changes "
                + "WHERE lead_id = ? AND changed_at > ? ORDER BY changed_at, id FETCH FIRST 1 ROWS ONLY", leadId, at);
        if (after != null) {
            return after;
        }
        return first(c, "SELECT temperature FROM leads WHERE id = ?", leadId, null);
    }

    /**
     * The attempt a new outgoing touch at this moment gets: one after the lead's latest outgoing touch
     * at or before it (a new touch has the highest id, so it goes after those of the same moment).
     * Null when that touch has no attempt yet (a book the migration has not reached): then refresh.
     */
    static Integer nextAttempt(Connection c, long leadId, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT attempt FROM interactions WHERE lead_id = ? "
                + "AND direction = " + OUT + " AND occurred_at <= ? ORDER BY occurred_at DESC, id DESC "
                + "FETCH FIRST 1 ROWS ONLY")) {
            s.setLong(1, leadId);
            Sql.setInstant(s, 2, at);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return 1;
                }
                int previous = rows.getInt(1);
                return rows.wasNull() ? null : previous + 1;
            }
        }
    }

    /**
     * Moves the attempt of the lead's outgoing touches after a place in time by one: +1 after a touch
     * was logged before them, -1 after one before them was deleted. A touch logged now has none after it.
     */
    static void shiftAfter(Connection c, long leadId, Instant at, long id, int by) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE interactions SET attempt = attempt + ? "
                + "WHERE lead_id = ? AND direction = " + OUT + " AND occurred_at >= ? AND (occurred_at > ? OR id > ?)")) {
            s.setInt(1, by);
            s.setLong(2, leadId);
            Sql.setInstant(s, 3, at);
            Sql.setInstant(s, 4, at);
            s.setLong(5, id);
            s.executeUpdate();
        }
    }

    /**
     * After a change of temperature was stored: the lead's touches from its moment up to the next
     * change take its "to"; when it is the lead's first change, the touches before it take its "from"
     * (its "to" when it is the arrival). Changes are logged now, so usually no touch moves.
     */
    static void afterChange(Connection c, long leadId, long changeId, Instant at, String from, String to)
            throws SQLException {
        Instant next = null;
        try (PreparedStatement s = c.prepareStatement("SELECT changed_at FROM temperature_changes WHERE lead_id = ? "
                + "AND changed_at > ? ORDER BY changed_at, id FETCH FIRST 1 ROWS ONLY")) {
            s.setLong(1, leadId);
            Sql.setInstant(s, 2, at);
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next()) {
                    next = Sql.getInstant(rows, "changed_at");
                }
            }
        }
        // A later change of the same moment (a higher id) would win; this one was just logged, so it has the highest.
        setTemperature(c, leadId, at, next, to);
        boolean first;
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM temperature_changes WHERE lead_id = ? "
                + "ORDER BY changed_at, id FETCH FIRST 1 ROWS ONLY")) {
            s.setLong(1, leadId);
            try (ResultSet rows = s.executeQuery()) {
                first = rows.next() && rows.getLong(1) == changeId;
            }
        }
        if (first) {
            setTemperature(c, leadId, null, at, from != null ? from : to);
        }
    }

    private static void setTemperature(Connection c, long leadId, Instant from, Instant until, String temperature)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE interactions SET lead_temperature = ? WHERE lead_id = ?"
                + (from != null ? " AND occurred_at >= ?" : "") + (until != null ? " AND occurred_at < ?" : "")
                + " AND (lead_temperature IS NULL OR lead_temperature <> ?)")) {
            int i = 1;
            s.setString(i++, temperature);
            s.setLong(i++, leadId);
            if (from != null) {
                Sql.setInstant(s, i++, from);
            }
            if (until != null) {
                Sql.setInstant(s, i++, until);
            }
            s.setString(i, temperature);
            s.executeUpdate();
        }
    }

    /** Works out both facts afresh for every touch of every lead that has touches (the migration's backfill). */
    public static int refreshAll(Connection c) throws SQLException {
        List<Long> leads = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT lead_id FROM interactions ORDER BY lead_id");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                leads.add(rows.getLong(1));
            }
        }
        return refresh(c, leads);
    }

    private record Touch(long id, long lead, Instant at, boolean out, Integer attempt, String temperature) {
    }

    private record Change(long lead, Instant at, long id, String from, String to) {
    }

    /**
     * Works out both facts afresh for every touch of these leads, from their touches and history, and
     * writes those that differ: after a bulk insert, and for the migration. Returns how many it changed.
     */
    public static int refresh(Connection c, Collection<Long> leadIds) throws SQLException {
        List<Long> leads = new ArrayList<>(new LinkedHashSet<>(leadIds));
        int changed = 0;
        for (int from = 0; from < leads.size(); from += 500) {
            changed += refreshChunk(c, leads.subList(from, Math.min(leads.size(), from + 500)));
        }
        return changed;
    }

    private static int refreshChunk(Connection c, List<Long> leads) throws SQLException {
        String in = " IN (" + "?, ".repeat(leads.size() - 1) + "?)";
        Map<Long, List<Touch>> touches = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, lead_id, occurred_at, direction, attempt, "
                + "lead_temperature FROM interactions WHERE lead_id" + in)) {
            ReportStore.bind(s, new ArrayList<>(leads));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    int attempt = rows.getInt("attempt");
                    Integer stored = rows.wasNull() ? null : attempt;
                    touches.computeIfAbsent(rows.getLong("lead_id"), k -> new ArrayList<>()).add(new Touch(
                            rows.getLong("id"), rows.getLong("lead_id"), Sql.getInstant(rows, "occurred_at"),
                            "out".equals(rows.getString("direction")), stored, rows.getString("lead_temperature")));
                }
            }
        }
        Map<Long, List<Change>> history = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT lead_id, changed_at, id, from_temperature, "
                + "to_temperature FROM temperature_changes WHERE lead_id" + in)) {
            ReportStore.bind(s, new ArrayList<>(leads));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    history.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(new Change(rows.getLong(1),
                            Sql.getInstant(rows, "changed_at"), rows.getLong(3), rows.getString(4), rows.getString(5)));
                }
            }
        }
        Map<Long, String> now = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, temperature FROM leads WHERE id" + in)) {
            ReportStore.bind(s, new ArrayList<>(leads));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    now.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        List<Object[]> updates = new ArrayList<>();
        for (var entry : touches.entrySet()) {
            List<Touch> ordered = entry.getValue();
            ordered.sort(Comparator.comparing(Touch::at).thenComparingLong(Touch::id));
            List<Change> changes = history.getOrDefault(entry.getKey(), new ArrayList<>());
            changes.sort(Comparator.comparing(Change::at).thenComparingLong(Change::id));
            String temperature = changes.isEmpty() ? now.get(entry.getKey())
                    : Objects.requireNonNullElse(changes.get(0).from(), changes.get(0).to());
            int next = 0;
            int attempts = 0;
            for (Touch touch : ordered) {
                while (next < changes.size() && !changes.get(next).at().isAfter(touch.at())) {
                    temperature = changes.get(next++).to();
                }
                Integer attempt = touch.out() ? ++attempts : null;
                if (!Objects.equals(attempt, touch.attempt()) || !Objects.equals(temperature, touch.temperature())) {
                    updates.add(new Object[]{attempt, temperature, touch.id()});
                }
            }
        }
        Sql.batch(c, "UPDATE interactions SET attempt = ?, lead_temperature = ? WHERE id = ?", updates, (s, u) -> {
            s.setObject(1, u[0], java.sql.Types.INTEGER);
            s.setString(2, (String) u[1]);
            s.setLong(3, (Long) u[2]);
        });
        return updates.size();
    }

    private static String first(Connection c, String sql, long id, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            if (at != null) {
                Sql.setInstant(s, 2, at);
            }
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
