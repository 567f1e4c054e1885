package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Books that exist keep opening. The migrations were split into common and per-engine folders for
 * PostgreSQL; Flyway validates every book's history against the files' checksums, so an H2 book made
 * before the split (v22-book.sql: the SCRIPT of a book made by Ember at schema 22, two leads, a touch,
 * a tag, a preference, a note and a setting) must open, validate and keep its data.
 */
class ExistingBookTest {
    @TempDir
    Path dataDir;

    @Test
    void aBookMadeBeforeThePostgresqlSplitOpensWithItsData() throws Exception {
        try (InputStream script = getClass().getResourceAsStream("v22-book.sql")) {
            Path file = dataDir.resolve("v22-book.sql");
            Files.writeString(file, new String(script.readAllBytes(), StandardCharsets.UTF_8));
            try (Connection connection = DriverManager.getConnection(Database.url(dataDir), "ember", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + file + "'");
                statement.execute("SHUTDOWN");
            }
            Files.delete(file);
        }
        // What the next schema update does first (opening an up-to-date book skips Flyway): validate the
        // book's history against today's files, checksums and all.
        var validation = org.flywaydb.core.Flyway.configure(Database.class.getClassLoader())
                .dataSource(Database.url(dataDir), "ember", "")
                .locations(SchemaHistory.migrations("h2").toArray(String[]::new))
                .ignoreMigrationPatterns("*:pending").load().validateWithResult();
        assertTrue(validation.validationSuccessful, () -> String.valueOf(validation.getAllErrorMessages()));
        try (Database database = Database.open(dataDir)) {
            assertEquals(2, count(database, "SELECT COUNT(*) FROM leads"));
            assertEquals(1, count(database, "SELECT COUNT(*) FROM interactions"));
            assertEquals(1, count(database, "SELECT COUNT(*) FROM lead_tags WHERE tag = 'wedding'"));
            assertEquals("Rosa", new MailSettingsBook(database).current().sender().name());
            assertEquals(0, count(database, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\""));
        }
    }

    @Test
    void bothEnginesHaveTheirOwnVersionOfTheSameMigrations() throws IOException {
        assertEquals(versions("h2"), versions("postgresql"));
        Set<String> shared = versions("common");
        shared.retainAll(versions("h2"));
        assertEquals(Set.of(), shared, "a version is either common or per engine, never both");
    }

    private static Set<String> versions(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration", folder))) {
            Set<String> versions = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .forEach(n -> versions.add(n.substring(0, n.indexOf("__"))));
            return versions;
        }
    }

    private static int count(Database database, String sql) {
        return database.read(c -> {
            try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
