package app.ember.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The marker an import leaves while it writes, so that a start can undo an import a kill cut short.
 *
 * <p>An import commits a run of its own first ({@link #start}), writes its leads carrying the run's id,
 * and marks the run finished in the same transaction as the rows ({@link #finish}). A run found
 * unfinished at the next start ({@link #undoUnfinished}) had its transaction cut short: H2 rolled it back
 * when the book was opened, so what is left to do is to forget the marker, and to remove any row of the
 * run that is still there, so that an import is all or nothing whatever the engine did.
 *
 * <p>History: before {@link LeftoverCommits}, an import killed inside its commit was found here with part
 * of its rows (H2 left that commit half applied and never finished it) and deleting them hung. Since the
 * half-applied commit is finished at open, such a run is whole and finished, and this finds only markers.
 * Only the data dir's own book is cleaned so: on a server another person's import may be running, and
 * PostgreSQL never keeps an uncommitted row.
 */
final class ImportRuns {
    private static final Logger LOG = Logger.getLogger(ImportRuns.class.getName());
    /** The tables whose rows hang off a lead: a row the engine kept under a lead it did not keep is removed. */
    private static final List<String> LEAD_ROWS = List.of("interactions", "notes", "preferences", "lead_tags",
            "temperature_changes", "lead_words", "lead_contacts");

    private ImportRuns() {
    }

    /** Commits a new, unfinished run and returns its id: from now until {@link #finish} a kill is undone. */
    static long start(Database database, Instant now) {
        return database.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO import_runs (started_at, after_lead_id) "
                    + "VALUES (?, (SELECT COALESCE(MAX(id), 0) FROM leads))", Statement.RETURN_GENERATED_KEYS)) {
                Sql.setInstant(insert, 1, now);
                insert.executeUpdate();
                return Sql.generatedId(insert);
            }
        });
    }

    /** Marks the run finished, inside the import's own transaction: its rows and the mark commit together. */
    static void finish(Connection c, long run, Instant now, int leads) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE import_runs SET finished_at = ?, lead_count = ? WHERE id = ?")) {
            Sql.setInstant(update, 1, now);
            update.setInt(2, leads);
            update.setLong(3, run);
            if (update.executeUpdate() != 1) {
                throw new SQLException("import run " + run + " is gone");
            }
        }
    }

    /**
     * After an import that failed or was stopped: its transaction was rolled back, so only the marker is
     * left. A failure here is logged and left for the next start, which finds nothing of the run to remove.
     */
    static void forget(Database database, long run) {
        try {
            database.write(c -> {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM import_runs WHERE id = ?")) {
                    delete.setLong(1, run);
                    return delete.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not remove the marker of import run " + run, e);
        }
    }

    /**
     * Removes what every unfinished run left (its leads, with their touches, notes and the rest by the
     * tables' cascade, and any such row the engine kept under a lead it did not keep), then the runs.
     *
     * @return how many leads were removed
     */
    static int undoUnfinished(Database database) {
        List<long[]> runs = database.read(ImportRuns::unfinished);
        if (runs.isEmpty()) {
            return 0;
        }
        int removed = database.write(c -> {
            int leads = 0;
            for (long[] run : runs) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM leads WHERE import_run = ?")) {
                    delete.setLong(1, run[0]);
                    leads += delete.executeUpdate();
                }
                for (String table : LEAD_ROWS) {
                    try (PreparedStatement orphans = c.prepareStatement("DELETE FROM " + table + " t WHERE t.lead_id > ? "
                            + "AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.id = t.lead_id)")) {
                        orphans.setLong(1, run[1]);
                        orphans.executeUpdate();
                    }
                }
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM import_runs WHERE id = ?")) {
                    delete.setLong(1, run[0]);
                    delete.executeUpdate();
                }
            }
            return leads;
        });
        LOG.warning(() -> "undid " + runs.size() + " import(s) cut short before the last close: " + removed
                + " lead(s) they left were removed");
        return removed;
    }

    private static List<long[]> unfinished(Connection c) throws SQLException {
        List<long[]> runs = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, after_lead_id FROM import_runs WHERE finished_at IS NULL ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                runs.add(new long[]{rows.getLong(1), rows.getLong(2)});
            }
        }
        return runs;
    }
}
