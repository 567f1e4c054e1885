package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.store.Database;
import app.ember.store.PostgresTestServer;
import app.ember.store.ServerBook;
import app.ember.store.TouchFactsOracle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way touches come into a book keeps each touch's attempt number and temperature then (the
 * report's "what works" table reads them): the sample book, an import with its history, and a book
 * moved onto a PostgreSQL server (when EMBER_TEST_PG_URL names one).
 */
class TouchFactsWritersTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private static void assertKept(Database database) {
        assertTrue(database.read(TouchFactsOracle::touches) > 100, "the book has touches to check");
        assertEquals(List.of(), database.read(TouchFactsOracle::mismatches));
    }

    private static void assertKept(Path dir) {
        try (Services services = Services.open(dir)) {
            assertKept(services.leadBook().database());
        }
    }

    @Test
    void theSampleBookAndAnImportOfItKeepThem() {
        assertEquals(0, CliRunner.runIn(dataDir, "demo").exitCode());
        assertKept(dataDir);
        for (String format : List.of("csv", "xlsx")) {
            Path out = files.resolve("book." + format);
            CliRunner.Run export = CliRunner.runIn(dataDir, "export", out.toString());
            assertEquals(0, export.exitCode(), export.err());
            Path fresh = files.resolve("imported-" + format);
            CliRunner.Run run = CliRunner.runIn(fresh, "import", out.toString());
            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertKept(fresh);
            // The same file again, added beside: the touches land on new leads in one batch.
            CliRunner.Run again = CliRunner.runIn(fresh, "import", out.toString(), "--on-duplicate", "new");
            assertEquals(0, again.exitCode(), again.out() + again.err());
            assertKept(fresh);
        }
    }

    @Test
    void aBookMovedOntoAServerKeepsThem() {
        Assumptions.assumeTrue(PostgresTestServer.admin().isPresent(), PostgresTestServer.VARIABLE + " is not set");
        assertEquals(0, CliRunner.runIn(dataDir, "demo").exitCode());
        var url = PostgresTestServer.emptyAddress();
        CliRunner.Run move = CliRunner.runIn(dataDir, "move-to", url.toString());
        assertEquals(0, move.exitCode(), move.err());
        try (Database server = ServerBook.open(dataDir, url, PostgresTestServer.password())) {
            assertKept(server);
        }
    }
}
