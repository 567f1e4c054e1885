package app.ember.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The tables a book of the current schema has, and the check that none is gone.
 *
 * <p>Why: bytes overwritten in the file can take a table's definition with them while the book still
 * opens (measured: "Table SETTINGS not found" at the first read). Such a book is damaged, not merely
 * failing; found as it opens, it is kept aside and the newest good backup offered, as for any damage.
 * A test keeps the list in step with what the migrations make.
 */
final class BookTables {
    static final List<String> ALL = List.of("flyway_schema_history", "import_runs", "interactions", "lead_contacts",
            "lead_tags", "lead_words", "leads", "notes", "preferences", "settings", "temperature_changes", "touch_counts");
    /**
     * The report's counts per day, made from the touches by a trigger as they are written (V29): a copy of
     * a book (a move onto a server, a portable backup) leaves it out, or the touches would count twice.
     */
    static final String DERIVED = "touch_counts";

    private BookTables() {
    }

    /** A table of the schema is not in the book: its file is damaged. */
    static final class Gone extends StoreException {
        Gone(String table) {
            super("the book's table " + table + " is gone (the file is damaged)", null);
        }
    }

    /** Throws {@link Gone} when one of the schema's tables is not in the book. */
    static void checkAll(Database database) {
        database.read(BookTables::missing).ifPresent(table -> {
            throw new Gone(table);
        });
    }

    /** The first of the schema's tables the book does not have; empty when it has them all. */
    static Optional<String> missing(Connection c) throws SQLException {
        Set<String> there = new HashSet<>();
        try (ResultSet rows = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                there.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return ALL.stream().filter(table -> !there.contains(table)).findFirst();
    }
}
