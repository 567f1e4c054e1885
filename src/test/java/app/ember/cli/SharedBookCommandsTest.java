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
    void fileBackupsAreRefusedOnASharedBookSayingWhatToUse() {
        Run backup = run(PostgresTestServer.emptyAddress().toString(), "backup");
        assertEquals(2, backup.exitCode());
        assertTrue(backup.err().contains("pg_dump"), backup.err());
    }
}
