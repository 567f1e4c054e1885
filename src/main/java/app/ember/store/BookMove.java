package app.ember.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Copies a whole book (the data dir's H2 one) into an empty shared book on a server, in one transaction
 * on the server: every table the schema has (leads first, for the others' references), row for row with
 * their ids, then the counts compared table by table before the commit. A count that differs rolls it
 * all back. The book copied from is only read. The tables are read from the server's schema rather than
 * listed here, so a table a later migration adds is moved too.
 */
public final class BookMove {
    private static final int BATCH = 1000;

    private BookMove() {
    }

    /** Told as the move goes: before each table is copied, how many of how many are done. */
    @FunctionalInterface
    public interface Progress {
        void copying(String table, int tablesDone, int tablesTotal);
    }

    /**
     * @return the rows copied, per table, leads first
     * @throws IllegalStateException when the server's book is not empty (nothing is written then)
     */
    public static Map<String, Integer> copy(Database from, Database to) {
        return copy(from, to, (table, done, total) -> { });
    }

    /** As {@link #copy(Database, Database)}, telling {@code progress} as each table starts (for the window's bar). */
    public static Map<String, Integer> copy(Database from, Database to, Progress progress) {
        if (!to.isServer()) {
            throw new IllegalArgumentException("a book moves onto a server only");
        }
        return to.write(target -> from.read(source -> {
            List<String> tables = tables(target);
            for (String table : tables) {
                int there = count(target, table);
                if (there > 0) {
                    throw new IllegalStateException("the server's book is not empty (" + table + " holds " + there
                            + " rows); a book moves only into an empty database");
                }
            }
            Map<String, Integer> copied = new LinkedHashMap<>();
            for (String table : tables) {
                progress.copying(table, copied.size(), tables.size());
                copied.put(table, copyTable(source, target, table));
            }
            progress.copying("", tables.size(), tables.size());
            for (String table : tables) {
                int expected = count(source, table);
                int there = count(target, table);
                if (there != expected || copied.get(table) != expected) {
                    throw new IllegalStateException(table + ": " + expected + " rows in the book, " + there
                            + " on the server; nothing was moved");
                }
            }
            restartIds(target, tables);
            return copied;
        }));
    }

    /** The server's tables but Flyway's own and the counts the touches make as they go in, leads first. */
    private static List<String> tables(Connection target) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = target.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                     + "AND table_name <> 'flyway_schema_history' AND table_name <> '" + BookTables.DERIVED + "' "
                     + "ORDER BY table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        if (tables.remove("leads")) {
            tables.add(0, "leads");
        }
        return tables;
    }

    /** The columns the server lets one write (not the ones it computes), in its order. */
    private static List<String> columns(Connection target, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = target.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER' "
                + "ORDER BY ordinal_position")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    private static int copyTable(Connection source, Connection target, String table) throws SQLException {
        List<String> columns = columns(target, table);
        String list = String.join(", ", columns);
        String insert = "INSERT INTO " + table + " (" + list + ")"
                + " VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        int copied = 0;
        try (Statement read = source.createStatement();
             ResultSet rows = read.executeQuery("SELECT " + list.toUpperCase(Locale.ROOT) + " FROM " + table);
             PreparedStatement write = target.prepareStatement(insert)) {
            int pending = 0;
            while (rows.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    write.setObject(i, rows.getObject(i));
                }
                write.addBatch();
                copied++;
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        return copied;
    }

    private static int count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** New rows on the server go on after the moved ids. */
    private static void restartIds(Connection target, List<String> tables) throws SQLException {
        for (String table : tables) {
            if (!columns(target, table).contains("id")) {
                continue;
            }
            long next;
            try (Statement statement = target.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                rows.next();
                next = rows.getLong(1);
            }
            try (Statement statement = target.createStatement()) {
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }
}
