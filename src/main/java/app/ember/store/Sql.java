package app.ember.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** JDBC conversions for the types the stores use, in one place. Times are stored in UTC. */
final class Sql {
    private Sql() {
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    static Instant getInstant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** By position, for the loops that read many thousand rows (a name is looked up at every call). */
    static Instant getInstant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, value);
        }
    }

    static LocalDate getDate(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    static long generatedId(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no id");
            }
            return keys.getLong(1);
        }
    }

    /** Deletes one row of a table that has a lead_id; returns that lead's id, or -1 when the row was not there. */
    static long deleteReturningLead(Connection connection, String table, long id) throws SQLException {
        long leadId;
        try (PreparedStatement find = connection.prepareStatement("SELECT lead_id FROM " + table + " WHERE id = ?")) {
            find.setLong(1, id);
            try (ResultSet rows = find.executeQuery()) {
                if (!rows.next()) {
                    return -1;
                }
                leadId = rows.getLong(1);
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        return leadId;
    }

    /** Binds one item's values into a statement. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    /** Runs one statement for many items in JDBC batches of a thousand; returns the rows changed. */
    static <T> int batch(Connection connection, String sql, Collection<T> items, Binder<T> binder)
            throws SQLException {
        int changed = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T item : items) {
                binder.bind(statement, item);
                statement.addBatch();
                if (++pending == 1000) {
                    changed += sum(statement.executeBatch());
                    pending = 0;
                }
            }
            changed += sum(statement.executeBatch());
        }
        return changed;
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }

    /** The first column of every row, for queries that list names. */
    static List<String> strings(Connection connection, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, List.of(parameters));
            List<String> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getString(1));
                }
            }
            return result;
        }
    }

    /** Binds parameters in order; null stays SQL NULL. */
    static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
