package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.cli.CliRunner.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, restore and backups on the command line, and their mistakes. */
class BackupCommandsTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    private Run run(String... args) {
        return CliRunner.runIn(dataDir, args);
    }

    private static void assertBadInput(Run run, String expected) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(expected), run.err());
    }

    private int leads() {
        Run list = run("list", "--format", "csv");
        assertEquals(0, list.exitCode(), list.err());
        return (int) list.out().strip().lines().count() - 1;
    }

    @Test
    void backupThenRestoreBringsTheBookBack() {
        assertEquals(0, run("demo").exitCode());
        Run backup = run("backup");
        assertEquals(0, backup.exitCode(), backup.err());
        assertTrue(backup.out().startsWith("Backed up 60 leads to "), backup.out());
        Path file = Path.of(backup.out().strip().substring("Backed up 60 leads to ".length()));
        assertTrue(Files.isRegularFile(file), file.toString());
        assertEquals(dataDir.resolve("backups").toAbsolutePath(), file.getParent());

        assertEquals(0, run("lead", "add", "--name", "Late Comer").exitCode());
        assertEquals(61, leads());

        Run restore = run("restore", file.toString());
        assertEquals(0, restore.exitCode(), restore.err());
        List<String> lines = restore.out().strip().lines().toList();
        assertTrue(lines.get(0).startsWith("Backed up the book as it was (61 leads) to "), lines.get(0));
        assertTrue(lines.get(1).startsWith("Restored 60 leads from " + file), lines.get(1));
        assertEquals(60, leads());
    }

    @Test
    void backupsListsThemNewestFirstWithTheirLeads() {
        assertEquals(0, run("demo").exitCode());
        assertEquals(0, run("backup").exitCode());
        assertEquals(0, run("lead", "add", "--name", "Late Comer").exitCode());
        assertEquals(0, run("backup").exitCode());
        Run list = run("backups");
        assertEquals(0, list.exitCode(), list.err());
        List<String> lines = list.out().strip().lines().toList();
        assertTrue(lines.get(0).startsWith("2 backups in "), lines.get(0));
        assertTrue(lines.get(0).endsWith("(the last 14 are kept)"), lines.get(0));
        assertTrue(lines.get(1).contains("61 leads"), lines.get(1));
        assertTrue(lines.get(2).contains("60 leads"), lines.get(2));
        assertTrue(lines.get(1).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} .*kB.*ember-.*\\.zip"), lines.get(1));

        Run keep = run("backups", "--keep", "1");
        assertEquals(0, keep.exitCode(), keep.err());
        assertTrue(keep.out().startsWith("1 backup in "), keep.out());
        assertTrue(keep.out().contains("61 leads"), keep.out());
        assertBadInput(run("backups", "--keep", "0"), "--keep 0 is out of range");
    }

    @Test
    void backupOutWritesWhereAsked() {
        assertEquals(0, run("demo").exitCode());
        Path file = out.resolve("mine.zip");
        Run backup = run("backup", "--out", file.toString());
        assertEquals(0, backup.exitCode(), backup.err());
        assertEquals("Backed up 60 leads to " + file.toAbsolutePath(), backup.out().strip());
        assertBadInput(run("backup", "--out", file.toString()), "exists already");
        assertBadInput(run("backup", "--out", out.resolve("mine.txt").toString()), "a backup is a .zip file");
        Run noFolder = run("backup", "--out", out.resolve("nowhere").resolve("b.zip").toString());
        assertEquals(1, noFolder.exitCode(), noFolder.err());
        assertTrue(noFolder.err().contains("its folder does not exist"), noFolder.err());
    }

    @Test
    void restoreOfAFileThatIsNoBackupChangesNothing() throws Exception {
        assertEquals(0, run("demo").exitCode());
        Path text = Files.writeString(out.resolve("notes.zip"), "hello");
        assertBadInput(run("restore", text.toString()), text + " is not an Ember backup");
        assertBadInput(run("restore", out.resolve("missing.zip").toString()), "no such file");
        assertEquals(60, leads());
        Run list = run("backups");
        assertTrue(list.out().startsWith("0 backups"), list.out());
        assertBadInput(run("restore"), "Missing required parameter");
    }

    @Test
    void aCommandThatWritesTakesTheDaysBackupOnce() {
        assertEquals(0, run("demo").exitCode());
        assertTrue(run("backups").out().startsWith("0 backups"), "demo into an empty book: nothing to back up");
        assertEquals(0, run("lead", "add", "--name", "First Today").exitCode());
        assertEquals(0, run("lead", "add", "--name", "Second Today").exitCode());
        Run list = run("backups");
        assertTrue(list.out().startsWith("1 backup in "), list.out());
        assertTrue(list.out().contains("60 leads") && list.out().contains("daily"), list.out());
    }
}
