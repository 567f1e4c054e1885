package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.cli.CliRunner.Run;
import app.ember.store.PostgresTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every command on a shared book named by --database; the data dir keeps no book then. */
@ExtendWith(PostgresTestServer.class)
class SharedBookCommandsTest {
    @TempDir
    Path dataDir;

    private Run run(String url, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--database";
        all[1] = url;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.runIn(dataDir, all);
    }

    @Test
    void commandsWorkOnTheServersBookAndLeaveNoBookFileBehind() {
        String url = PostgresTestServer.emptyAddress().toString();
        Run demo = run(url, "demo");
        assertEquals(0, demo.exitCode(), demo.err());
        Run list = run(url, "list", "--format", "csv", "--limit", "100");
        assertEquals(61, list.out().strip().split("\n").length, "60 leads and a header: " + list.err());
        Run add = run(url, "lead", "add", "--name", "Ana Ruiz", "--temperature", "hot");
        assertEquals(0, add.exitCode(), add.err());
        String id = add.out().strip();
        Run log = run(url, "log", id, "--channel", "call", "--outcome", "reached", "--note", "Wants peonies");
        assertEquals(0, log.exitCode(), log.err());
        assertTrue(run(url, "timeline", id).out().contains("Wants peonies"));
        assertFalse(Files.exists(dataDir.resolve("ember.mv.db")), "the book is on the server, not in the data dir");
        assertFalse(Files.exists(dataDir.resolve("backups")), "no daily file backup of a server book");
    }

    @Test
    void aSharedBooksBackupIsPortableAndRestoresIntoAnEmptyServerOrANewDataDir(@TempDir Path other) {
        String url = PostgresTestServer.emptyAddress().toString();
        assertEquals(0, run(url, "demo").exitCode());
        Path zip = other.resolve("florist.zip");
        Run backup = run(url, "backup", "--out", zip.toString());
        assertEquals(0, backup.exitCode(), backup.err());
        assertTrue(backup.out().contains("60 leads"), backup.out());
        String timeline = run(url, "timeline", "7", "--format", "json").out();

        String empty = PostgresTestServer.emptyAddress().toString();
        Run restore = run(empty, "restore", zip.toString());
        assertEquals(0, restore.exitCode(), restore.err());
        assertEquals(timeline, run(empty, "timeline", "7", "--format", "json").out());
        Run again = run(empty, "restore", zip.toString());
        assertEquals(2, again.exitCode(), "a book that is not empty is refused");
        assertTrue(again.err().contains("not empty"), again.err());

        Path fresh = other.resolve("data");
        Run local = CliRunner.runIn(fresh, "restore", zip.toString());
        assertEquals(0, local.exitCode(), local.err());
        assertEquals(timeline, CliRunner.runIn(fresh, "timeline", "7", "--format", "json").out());
        assertEquals(2, run(url, "backups").exitCode(), "the data dir's backup list stays the data dir's");
    }

    @Test
    void moveToCopiesTheLocalBookWholeAndLeavesItAsItWas() {
        assertEquals(0, CliRunner.runIn(dataDir, "demo").exitCode());
        String localTimeline = CliRunner.runIn(dataDir, "timeline", "7", "--format", "json").out();
        String localPlan = CliRunner.runIn(dataDir, "plan", "--week", "2026-W50", "--format", "csv").out();
        String url = PostgresTestServer.emptyAddress().toString();

        Run move = CliRunner.runIn(dataDir, "move-to", url);
        assertEquals(0, move.exitCode(), move.err());
        assertTrue(move.out().contains("leads 60"), move.out());

        assertEquals(localTimeline, run(url, "timeline", "7", "--format", "json").out(), "touches, notes, history");
        assertEquals(localPlan, run(url, "plan", "--week", "2026-W50", "--format", "csv").out(), "settings and schedule");
        assertEquals(61, CliRunner.runIn(dataDir, "list", "--format", "csv", "--limit", "100").out().strip()
                .split("\n").length, "the local book still has its leads");
        Run added = run(url, "lead", "add", "--name", "New Person");
        assertEquals("61", added.out().strip(), "new ids go on after the moved ones: " + added.err());

        Run again = CliRunner.runIn(dataDir, "move-to", url);
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("not empty"), again.err());
    }
}
