package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.LeadQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 cannot roll back DDL: a schema update that fails or is cut short, and a first start cut short,
 * must leave a book that opens, holds what it held, and is updated again.
 */
class SchemaUpgradeSafetyTest {
    private static final String FAILING = "classpath:app/ember/store/failingschema";

    @TempDir
    Path dataDir;

    private void sampleBook() {
        try (Services services = new Services(Database.open(dataDir), Clock.systemDefaultZone())) {
            services.loadSampleLeads();
        }
    }

    @Test
    void aFailedUpdatePutsTheBookBackAndItOpensAgain() {
        sampleBook();
        StoreException failed = assertThrows(StoreException.class, () -> Database.open(dataDir, FAILING));
        assertTrue(failed.getMessage().contains("put back as it was before the update"), failed.getMessage());
        assertFalse(Files.exists(dataDir.resolve(UpgradeMarker.NAME)));
        try (Database database = Database.open(dataDir)) {
            assertEquals(60, new LeadBook(database).count(LeadQuery.all()));
            assertFalse(database.<Boolean>read(c -> tableExists(c, "HALF_DONE_PROBE")), "the half-done change is gone");
            assertEquals(0, database.<Integer>read(SchemaUpgradeSafetyTest::failedMigrations));
        }
    }

    @Test
    void anUpdateCutShortIsUndoneAndRunAgainAtTheNextStart() throws Exception {
        sampleBook();
        // What a kill in the middle of V901 leaves: the marker naming the backup taken before, the first
        // statement done, Flyway's row saying it failed.
        Path before;
        try (Database database = Database.open(dataDir)) {
            before = Backups.beforeMigration(database).file();
            UpgradeMarker.upgrading(dataDir, before);
            halfUpdate(database);
        }
        try (Database database = Database.open(dataDir, "classpath:app/ember/store/laterschema")) {
            assertEquals(60, new LeadBook(database).count(LeadQuery.all()));
            assertFalse(database.<Boolean>read(c -> tableExists(c, "LEADS_COPY_3_10")), "the leftover is gone");
            assertEquals(0, database.<Integer>read(SchemaUpgradeSafetyTest::failedMigrations));
            assertTrue(database.<Boolean>read(c -> tableExists(c, "LATER_SCHEMA_PROBE")), "and updated again");
        }
        assertFalse(Files.exists(dataDir.resolve(UpgradeMarker.NAME)));
    }

    @Test
    void aFailedUpdateRecordedByAnEmberWithoutTheMarkerGoesBackToItsBackup() throws Exception {
        sampleBook();
        try (Database database = Database.open(dataDir)) {
            Backups.beforeMigration(database);
            halfUpdate(database);
        }
        try (Database database = Database.open(dataDir)) {
            assertEquals(60, new LeadBook(database).count(LeadQuery.all()));
            assertEquals(0, database.<Integer>read(SchemaUpgradeSafetyTest::failedMigrations));
            assertFalse(database.<Boolean>read(c -> tableExists(c, "LEADS_COPY_3_10")));
        }
    }

    @Test
    void aFirstStartCutShortMakesTheNewBookAgain() throws Exception {
        // Killed after a few migrations of a brand-new book.
        Path fresh = dataDir.resolve("fresh");
        try (Database database = Database.open(fresh)) {
            database.write(c -> c.createStatement().executeUpdate("DROP TABLE lead_words"));
            database.write(c -> c.createStatement().executeUpdate("DELETE FROM \"flyway_schema_history\" "
                    + "WHERE CAST(\"version\" AS INT) >= 14"));
        }
        UpgradeMarker.firstStart(fresh);
        try (Database database = Database.open(fresh)) {
            assertEquals(Database.SCHEMA_VERSION, database.<Integer>read(BackupCheck::schemaVersion));
            assertTrue(database.<Boolean>read(c -> tableExists(c, "LEAD_WORDS")));
        }
        // Killed while H2 was making the file: an empty file, which is not a damaged book here.
        Path empty = dataDir.resolve("empty");
        Files.createDirectories(empty);
        Files.write(empty.resolve("ember.mv.db"), new byte[0]);
        UpgradeMarker.firstStart(empty);
        try (Database database = Database.open(empty)) {
            assertEquals(0, new LeadBook(database).count(LeadQuery.all()));
        }
        assertFalse(Files.exists(empty.resolve(UpgradeMarker.NAME)));
        try (var files = Files.list(empty)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("damaged")));
        }
    }

    /** A migration half done: a copy table H2 leaves behind an ALTER, and Flyway's row for the failure. */
    private static void halfUpdate(Database database) {
        database.write(c -> {
            c.createStatement().executeUpdate("CREATE TABLE leads_copy_3_10 (id INT)");
            c.createStatement().executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (1000, '901', 'failing schema probe', 'SQL', 'V901__failing_schema_probe.sql', 0, 'ember', 1, FALSE)");
            return null;
        });
    }

    private static int failedMigrations(Connection c) throws SQLException {
        try (ResultSet rows = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        try (ResultSet rows = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '" + name + "'")) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }
}
