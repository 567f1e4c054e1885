package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Outcome;
import app.ember.io.SampleLeads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server book's portable backup (issue 19): every table of a PostgreSQL book into one zip, read back
 * into an empty server database and into a new book in a data dir, row for row.
 */
@ExtendWith(PostgresTestServer.class)
class PortableBackupOnPostgresTest {
    @TempDir
    Path dir;

    private Database sharedBookWithWork() {
        Database server = PostgresTestServer.book(dir.resolve("server"));
        Clock clock = Clock.systemUTC();
        LeadBook book = new LeadBook(server, clock, FollowUpPolicy.defaults());
        book.addAll(new SampleLeads(clock, FollowUpPolicy.defaults()).load(), "sample");
        server.actAs("Sam");
        new TouchLog(server, clock, FollowUpPolicy.defaults()).logTouch(3, Channel.CALL, Direction.OUT,
                Outcome.REACHED, 10, "Zoë wants “peonies”, 30 % off\nsecond line", Instant.now(), null);
        book.assign(List.of(3L, 5L), "Sam");
        book.addNote(5, "Tab\there, a backslash \\ and a quote \"");
        return server;
    }

    /** Every table file of the zip, its lines sorted (each engine may hand rows over in its own order). */
    private static Map<String, List<String>> tables(Path zip) throws IOException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("tables/")) {
                    List<String> lines = new ArrayList<>(new String(file.getInputStream(entry).readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8).lines().toList());
                    String header = lines.remove(0);
                    lines.sort(null);
                    lines.add(0, header);
                    tables.put(entry.getName(), lines);
                }
            }
        }
        return tables;
    }

    @Test
    void aServerBookGoesWholeIntoAZipAndBackIntoAnEmptyServerAndIntoALocalBook() throws Exception {
        Path zip = dir.resolve("florist.zip");
        Map<String, List<String>> taken;
        try (Database server = sharedBookWithWork()) {
            PortableBackup.Summary summary = PortableBackup.write(server, zip, java.time.Clock.systemUTC());
            assertEquals(Database.SCHEMA_VERSION, summary.schema());
            assertEquals(60, summary.rows().get("leads"), "the 60 sample leads: " + summary.rows());
            assertTrue(summary.rows().get("interactions") > 100, summary.rows().toString());
            taken = tables(zip);
        }
        assertTrue(PortableBackup.isPortable(zip));

        try (Database empty = ServerBook.open(dir.resolve("other"), PostgresTestServer.freshAddress(),
                PostgresTestServer.password())) {
            PortableBackup.restore(zip, empty);
            Path again = dir.resolve("again.zip");
            PortableBackup.write(empty, again, java.time.Clock.systemUTC());
            assertEquals(taken, tables(again), "the server database holds every row as it was");
            assertEquals("Sam", new LeadBook(empty).assignee(3));
            // The report's counts per day are not in the zip: the touches make them again as they go in.
            assertTrue(!taken.containsKey("tables/touch_counts.jsonl"), taken.keySet().toString());
            assertEquals(List.of(), empty.read(TouchFactsOracle::countMismatches));
            assertThrows(IllegalStateException.class, () -> PortableBackup.restore(zip, empty),
                    "a book that is not empty is refused");
        }

        try (Database local = Database.open(dir.resolve("local"))) {
            PortableBackup.restore(zip, local);
            Path fromLocal = dir.resolve("local.zip");
            PortableBackup.write(local, fromLocal, java.time.Clock.systemUTC());
            assertEquals(taken, tables(fromLocal), "a data dir's book holds every row as it was");
            assertEquals(List.of(), local.read(TouchFactsOracle::countMismatches));
            long next = new LeadBook(local).create(app.ember.domain.Lead.builder().firstName("New").build());
            assertTrue(next > 60, "new ids go on after the restored ones: " + next);
        }
    }

    @Test
    void aFileThatIsNotAPortableBackupIsSaidAsSuch() throws Exception {
        Path other = dir.resolve("other.zip");
        Files.write(other, new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertTrue(!PortableBackup.isPortable(other));
        try (Database local = Database.open(dir.resolve("local"))) {
            assertThrows(IllegalArgumentException.class, () -> PortableBackup.restore(other, local));
        }
    }
}
