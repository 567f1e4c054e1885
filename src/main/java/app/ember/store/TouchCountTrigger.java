package app.ember.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * Keeps the report's counts per day ({@code touch_counts}, migration V29) in step with the touches on
 * H2, in the transaction of the write: one count down for the row as it was, one up for the row as it
 * is. A trigger rather than calls in each writer, so that every way a touch is written (logging, an
 * edit, a deletion or a lead's cascade, the attempt and temperature kept by {@link TouchFacts}, an
 * import, the sample book, a restore, a move) keeps it. PostgreSQL's V29 has the same in PL/pgSQL.
 */
public final class TouchCountTrigger implements Trigger {
    /** The attempt as the counts group it (the report's 4th and later). */
    static final int LAST_ATTEMPT = 4;
    private int at;
    private int channel;
    private int outcome;
    private int direction;
    private int minutes;
    private int temperature;
    private int attempt;

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        // The row arrives as an array in the table's column order, which migrations have added to over time.
        try (ResultSet columns = c.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                int index = columns.getInt("ORDINAL_POSITION") - 1;
                switch (columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)) {
                    case "occurred_at" -> at = index;
                    case "channel" -> channel = index;
                    case "outcome" -> outcome = index;
                    case "direction" -> direction = index;
                    case "minutes" -> minutes = index;
                    case "lead_temperature" -> temperature = index;
                    case "attempt" -> attempt = index;
                    default -> { }
                }
            }
        }
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && sameKey(oldRow, newRow)) {
            return; // a note or an author changed: no count moves
        }
        if (oldRow != null) {
            add(c, oldRow, -1);
        }
        if (newRow != null) {
            add(c, newRow, 1);
        }
    }

    private boolean sameKey(Object[] a, Object[] b) {
        for (int i : new int[]{at, channel, outcome, direction, minutes, temperature}) {
            if (!Objects.equals(a[i], b[i])) {
                return false;
            }
        }
        return attemptOf(a) == attemptOf(b);
    }

    private int attemptOf(Object[] row) {
        return row[attempt] == null ? 0 : Math.min(((Number) row[attempt]).intValue(), LAST_ATTEMPT);
    }

    static LocalDate day(Object value) {
        OffsetDateTime time = value instanceof OffsetDateTime o ? o : OffsetDateTime.parse(value.toString());
        return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private void add(Connection c, Object[] row, int by) throws SQLException {
        LocalDate day = day(row[at]);
        long spent = ((Number) row[minutes]).longValue() * by;
        String temperatureThen = row[temperature] == null ? "" : (String) row[temperature];
        try (PreparedStatement s = c.prepareStatement("UPDATE touch_counts SET touches = touches + ?, "
                + "minutes = minutes + ? WHERE on_day = ? AND channel = ? AND outcome = ? AND direction = ? "
                + "AND temperature = ? AND attempt = ?")) {
            s.setInt(1, by);
            s.setLong(2, spent);
            bindKey(s, 3, day, row, temperatureThen);
            if (s.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO touch_counts (touches, minutes, on_day, channel, "
                + "outcome, direction, temperature, attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setInt(1, by);
            s.setLong(2, spent);
            bindKey(s, 3, day, row, temperatureThen);
            s.executeUpdate();
        }
    }

    private void bindKey(PreparedStatement s, int first, LocalDate day, Object[] row, String temperatureThen)
            throws SQLException {
        s.setObject(first, day);
        s.setString(first + 1, (String) row[channel]);
        s.setString(first + 2, (String) row[outcome]);
        s.setString(first + 3, (String) row[direction]);
        s.setString(first + 4, temperatureThen);
        s.setInt(first + 5, attemptOf(row));
    }
}
