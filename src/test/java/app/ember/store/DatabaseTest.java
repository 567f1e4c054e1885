package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
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
        try (var files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            return (int) files.filter(p -> p.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
