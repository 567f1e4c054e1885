package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.ember.domain.Lead;
import app.ember.domain.Temperature;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed inside its commit (issue 13). H2 commits in two steps: the commit is recorded in the
 * transaction's undo log, then each row is rewritten as committed. The state a kill between the two
 * leaves on disk is made here on purpose, in this process: an import's rows written, its commit
 * recorded and stored to the file, then the database shut down at once, as a kill would. Before
 * LeftoverCommits the next open showed none of the import's rows (the crash harness's book showed the
 * part rewritten before the kill), left the import run unfinished, and a write to one of the rows waited
 * for ever.
 */
class LeftoverCommitsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final int IMPORTED = 300;

    @TempDir
    Path dataDir;

    @Test
    void anImportKilledInsideItsCommitIsWholeAtTheNextOpen() throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Child.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(KILLED, child.waitFor(), "the child died inside its commit: " + output);

        try (Database database = Database.open(dataDir)) {
            assertEquals(1 + IMPORTED, count(database, "SELECT COUNT(*) FROM leads"), "every lead of the import");
            assertEquals(0, count(database, "SELECT COUNT(*) FROM import_runs WHERE finished_at IS NULL"),
                    "the run was finished in the same commit");
            assertEquals(0, ImportRuns.undoUnfinished(database));
            int edited = database.write(c -> c.createStatement()
                    .executeUpdate("UPDATE leads SET first_name = 'Edited' WHERE last_name = 'Lead7'"));
            assertEquals(1, edited, "the rows are the book's own again");
            // Before the fix a write to such a row waited for the dead transaction for ever.
            int deleted = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> database.write(c ->
                    c.createStatement().executeUpdate("DELETE FROM leads WHERE last_name = 'Lead299'")));
            assertEquals(1, deleted);
        }
        try (Database database = Database.open(dataDir)) {
            assertEquals(IMPORTED, count(database, "SELECT COUNT(*) FROM leads"), "what was written after it stays");
        }
    }

    private static final int KILLED = 137;

    /** The process that dies inside its commit: a lead committed, then an import killed in its commit. */
    public static final class Child {
        public static void main(String[] args) {
            Database database = Database.open(Path.of(args[0]));
            new LeadBook(database).create(lead("Kept", "Before"));
            long run = ImportRuns.start(database, NOW);
            database.write(c -> {
                List<Lead> leads = new ArrayList<>();
                for (int i = 0; i < IMPORTED; i++) {
                    leads.add(lead("Imported", "Lead" + i));
                }
                new LeadStore().insertAll(c, leads, null, run);
                ImportRuns.finish(c, run, NOW, IMPORTED);
                killInsideCommit(c);
                return null;
            });
        }
    }

    /**
     * What a kill between H2's two commit steps leaves: the commit recorded in the undo log and stored
     * to the file, none of the rows rewritten, and nothing written after (the process halts).
     */
    private static void killInsideCommit(Connection c) throws java.sql.SQLException {
        SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
        TransactionStore store = session.getDatabase().getStore().getTransactionStore();
        Transaction transaction = session.getTransaction();
        try {
            Method recordCommit = TransactionStore.class.getDeclaredMethod("markUndoLogAsCommitted", int.class,
                    long.class);
            recordCommit.setAccessible(true);
            recordCommit.invoke(store, transaction.getId(), 1L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        StoreHeader.mvStore(c).commit();
        StoreHeader.of(c).pointAtNewest();
        Runtime.getRuntime().halt(KILLED);
    }

    private static Lead lead(String first, String last) {
        return Lead.builder().firstName(first).lastName(last).temperature(Temperature.WARM).created(NOW).updated(NOW)
                .build();
    }

    private static long count(Database database, String sql) {
        return database.read(c -> {
            try (ResultSet rows = c.createStatement().executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
