package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.ember.domain.ColumnMapping;
import app.ember.domain.DuplicatePolicy;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.LeadImport;
import app.ember.domain.Table;
import app.ember.domain.Temperature;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import a kill cut short leaves nothing behind at the next start (issue 13). The state a kill left
 * once (rows of an import's transaction that H2 kept although it was never committed) is made here on
 * purpose: the run's marker committed, some of its leads and their rows written, the run never finished.
 */
class ImportRunsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dataDir;

    @Test
    void theNextStartRemovesWhatAnUnfinishedImportLeftAndKeepsEverythingElse() throws Exception {
        long kept;
        try (Database database = Database.open(dataDir)) {
            kept = new LeadBook(database).create(lead("Kept", "Before"));
            new ImportBook(database, CLOCK, FollowUpPolicy::defaults).run(new ImportBook(database, CLOCK,
                    FollowUpPolicy::defaults).plan(read("Finished"), DuplicatePolicy.NEW), ImportBook.Progress.NONE, () -> false);
            long run = ImportRuns.start(database, CLOCK.instant());
            database.write(c -> {
                List<Long> ids = new LeadStore().insertAll(c, List.of(lead("Left", "Cut"), lead("Left", "Short")),
                        null, run);
                note(c, ids.get(0), "a note under a lead the kill left");
                // A row kept under a lead the engine did not keep: its lead id is above any lead of the book.
                c.createStatement().execute("SET REFERENTIAL_INTEGRITY FALSE");
                note(c, ids.get(1) + 5, "an orphan the kill left");
                c.createStatement().execute("SET REFERENTIAL_INTEGRITY TRUE");
                return null;
            });
            assertEquals(6, count(database, "SELECT COUNT(*) FROM leads"), "the leftovers are there before the restart");
        }
        try (Database database = Database.open(dataDir)) {
            assertEquals(List.of("Before", "Finished1", "Finished2", "Finished3"),
                    strings(database, "SELECT last_name FROM leads ORDER BY id"));
            assertEquals(kept, count(database, "SELECT MIN(id) FROM leads"));
            assertEquals(0, count(database, "SELECT COUNT(*) FROM notes WHERE body LIKE '%kill left'"));
            assertEquals(0, count(database, "SELECT COUNT(*) FROM lead_words w WHERE NOT EXISTS "
                    + "(SELECT 1 FROM leads l WHERE l.id = w.lead_id)"));
            assertEquals(0, count(database, "SELECT COUNT(*) FROM import_runs WHERE finished_at IS NULL"));
            assertEquals(3, count(database, "SELECT lead_count FROM import_runs"), "the finished run is kept");
        }
    }

    @Test
    void aStoppedImportLeavesNeitherRowsNorAMarker() {
        try (Database database = Database.open(dataDir)) {
            ImportBook book = new ImportBook(database, CLOCK, FollowUpPolicy::defaults);
            org.junit.jupiter.api.Assertions.assertThrows(ImportCancelledException.class,
                    () -> book.run(book.plan(read("Stopped"), DuplicatePolicy.NEW), ImportBook.Progress.NONE, () -> true));
            assertEquals(0, count(database, "SELECT COUNT(*) FROM leads"));
            assertEquals(0, count(database, "SELECT COUNT(*) FROM import_runs"));
        }
    }

    private static Lead lead(String first, String last) {
        return Lead.builder().firstName(first).lastName(last).temperature(Temperature.WARM).created(CLOCK.instant())
                .updated(CLOCK.instant()).build();
    }

    private static LeadImport.Result read(String lastName) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            rows.add(List.of("Row", lastName + i));
        }
        Table table = Table.of("people.csv", List.of("First name", "Last name"), rows);
        return new LeadImport(CLOCK.instant(), CLOCK.getZone()).read(table, ColumnMapping.guess(table), null, null);
    }

    private static void note(Connection c, long lead, String body) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO notes (lead_id, written_at, body) VALUES (?, CURRENT_TIMESTAMP, ?)")) {
            insert.setLong(1, lead);
            insert.setString(2, body);
            insert.executeUpdate();
        }
    }

    private static long count(Database database, String sql) {
        return database.read(c -> {
            try (ResultSet rows = c.createStatement().executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static List<String> strings(Database database, String sql) {
        return database.read(c -> {
            List<String> values = new ArrayList<>();
            try (ResultSet rows = c.createStatement().executeQuery(sql)) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        });
    }
}
