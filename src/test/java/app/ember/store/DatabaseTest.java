package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void openingCreatesTheFileAndEveryMigration() {
        try (Database database = Database.open(dataDir.resolve("fresh"))) {
            int applied = database.read(c -> {
                try (ResultSet rows = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"type\" = 'SQL'")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertEquals(migrationFiles(), applied);
        }
        assertTrue(Files.exists(dataDir.resolve("fresh").resolve("ember.mv.db")));
    }

    private static int migrationFiles() {
        try (var files = Stream.concat(Files.list(Path.of("src", "main", "resources", "db", "migration", "common")),
                Files.list(Path.of("src", "main", "resources", "db", "migration", "h2")))) {
            return (int) files.filter(p -> p.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSchemaVersionIsTheNewestMigrations() throws IOException {
        int newest = 0;
        for (Path folder : java.util.List.of(Path.of("src", "main", "resources", "db", "migration", "common"),
                Path.of("src", "main", "resources", "db", "migration", "h2"),
                Path.of("src", "main", "resources", "db", "migration", "postgresql"),
                Path.of("src", "main", "java", "app", "ember", "store", "migration"))) {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    java.util.regex.Matcher version = java.util.regex.Pattern.compile("V(\\d+)__.+")
                            .matcher(file.getFileName().toString());
                    if (version.matches()) {
                        newest = Math.max(newest, Integer.parseInt(version.group(1)));
                    }
                }
            }
        }
        assertEquals(newest, Database.SCHEMA_VERSION, "Database.SCHEMA_VERSION must name the newest migration");
    }

    @Test
    void aBookBehindTheNewestMigrationIsStillMigratedWhenOpened() {
        Path book = dataDir.resolve("behind");
        Database.open(book).close();
        try (Database database = Database.open(book)) {
            database.write(c -> c.createStatement().executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '"
                    + Database.SCHEMA_VERSION + "'"));
        }
        try (Database database = Database.open(book)) {
            int newest = database.read(c -> {
                try (ResultSet rows = c.createStatement().executeQuery(
                        "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertEquals(Database.SCHEMA_VERSION, newest, "the missing migration ran again");
        }
    }

    @Test
    void openingAndClosingABookLeavesNoErrorTrace() {
        Path book = dataDir.resolve("clean");
        try (Database database = Database.open(book)) {
            database.write(c -> c.createStatement().executeUpdate("INSERT INTO settings (setting_key, setting_value) "
                    + "VALUES ('k', 'v')"));
        }
        Database.open(book).close();
        assertTrue(Files.notExists(book.resolve("ember.trace.db")), "H2 noted an error in ember.trace.db");
    }

    @Test
    void theUrlAsksForImmediateWrites() {
        assertTrue(Database.url(dataDir).contains("WRITE_DELAY=0"), Database.url(dataDir));
    }

    @Test
    void dataSurvivesClosingAndOpeningAgain() {
        try (Database database = Database.open(dataDir)) {
            database.write(c -> {
                new SettingStore().put(c, "probe", "kept");
                return null;
            });
        }
        try (Database database = Database.open(dataDir)) {
            assertEquals("kept", database.read(c -> new SettingStore().get(c, "probe")).orElseThrow());
        }
    }

    @Test
    void everyTableAnImportFillsHandsOutIdsFromALargeCache() {
        // H2 writes the whole book whenever an identity's cache runs out (V34): lead_contacts was at 32.
        try (Database database = Database.open(dataDir)) {
            Map<String, Long> caches = database.read(c -> {
                Map<String, Long> found = new TreeMap<>();
                try (ResultSet rows = c.createStatement().executeQuery("SELECT TABLE_NAME, IDENTITY_CACHE FROM "
                        + "INFORMATION_SCHEMA.COLUMNS WHERE IS_IDENTITY = 'YES' AND TABLE_NAME <> 'IMPORT_RUNS'")) {
                    while (rows.next()) {
                        found.put(rows.getString(1), rows.getLong(2));
                    }
                }
                return found;
            });
            assertEquals(Set.of("INTERACTIONS", "LEADS", "LEAD_CONTACTS", "NOTES", "PREFERENCES",
                    "TEMPERATURE_CHANGES"), caches.keySet());
            caches.forEach((table, cache) -> assertTrue(cache >= 100_000, table + " hands out ids from a cache of " + cache));
        }
    }
}
