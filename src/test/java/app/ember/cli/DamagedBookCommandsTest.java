package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.cli.CliRunner.Run;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged book on the command line: one line and exit 1, then backups and restore still work. */
class DamagedBookCommandsTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    /** The log's console handler is made now, on the real stderr, not inside a run that captures it. */
    @BeforeAll
    static void startLogging() {
        Logger.getLogger("").getHandlers();
    }

    private Run run(String... args) {
        return CliRunner.runIn(dataDir, args);
    }

    private static String oneLine(Run run) {
        List<String> lines = run.err().strip().lines().toList();
        assertEquals(1, lines.size(), run.err());
        return lines.get(0);
    }

    private Path sampleBookWithABackup() {
        assertEquals(0, run("demo").exitCode());
        Run backup = run("backup");
        assertEquals(0, backup.exitCode(), backup.err());
        return Path.of(backup.out().strip().substring("Backed up 60 leads to ".length()));
    }

    @Test
    void anEmptiedBookSaysWhichFileAndTheRestoreToRunThenRestoreWorks() throws Exception {
        Path backup = sampleBookWithABackup();
        Path book = dataDir.resolve("ember.mv.db");
        Files.write(book, new byte[0]);

        Run list = run("list");
        assertEquals(1, list.exitCode(), list.err());
        String line = oneLine(list);
        assertTrue(line.startsWith("ember: the book " + book.toAbsolutePath() + " is damaged"), line);
        assertTrue(line.contains("kept as " + dataDir.toAbsolutePath().resolve("ember.mv.db.damaged-")), line);
        String command = "ember --data-dir " + dataDir.toAbsolutePath() + " restore " + backup.toAbsolutePath();
        assertTrue(line.endsWith("(" + BackupsCommand.TIME.format(app.ember.store.Backups.read(backup).taken())
                + ", 60 leads), run: " + command), line);
        assertEquals(1, run("list").exitCode(), "still refused: no new empty book in its place");

        Run backups = run("backups");
        assertEquals(0, backups.exitCode(), backups.err());
        assertTrue(backups.out().startsWith("1 backup in "), backups.out());
        assertTrue(backups.out().contains("60 leads"), backups.out());

        Run restore = run(command.substring(command.indexOf("restore ")).split(" "));
        assertEquals(0, restore.exitCode(), restore.err());
        assertTrue(restore.out().contains("The damaged book is kept as "), restore.out());
        assertTrue(restore.out().contains("Restored 60 leads"), restore.out());
        Run after = run("list", "--format", "csv");
        assertEquals(0, after.exitCode(), after.err());
        assertEquals(61, after.out().strip().lines().count(), "60 leads and the header");
    }

    @Test
    void aBookCutShortWithNoBackupSaysSo() throws Exception {
        assertEquals(0, run("demo").exitCode());
        try (RandomAccessFile file = new RandomAccessFile(dataDir.resolve("ember.mv.db").toFile(), "rw")) {
            file.setLength(5000);
        }
        Run list = run("list");
        assertEquals(1, list.exitCode(), list.err());
        String line = oneLine(list);
        assertTrue(line.contains("is damaged"), line);
        assertTrue(line.endsWith("no backup of it opens: restore one from elsewhere with: ember --data-dir "
                + dataDir.toAbsolutePath() + " restore FILE"), line);
    }

    @Test
    void aBackupFromANewerEmberIsRefusedWithExitTwoAndNothingChanges() throws Exception {
        Path backup = sampleBookWithABackup();
        Path newer = elsewhere.resolve("newer.zip");
        try (ZipFile in = new ZipFile(backup.toFile());
             InputStream db = in.getInputStream(in.getEntry("ember.mv.db"));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(newer))) {
            out.setComment(in.getComment().replaceAll("schema=\\d+", "schema=99").replaceAll("ember=.*", "ember=9.9.0"));
            out.putNextEntry(new ZipEntry("ember.mv.db"));
            db.transferTo(out);
            out.closeEntry();
        }
        assertEquals(0, run("lead", "add", "--name", "Late Comer").exitCode());
        byte[] before = Files.readAllBytes(dataDir.resolve("ember.mv.db"));

        Run restore = run("restore", newer.toString());
        assertEquals(2, restore.exitCode(), restore.err());
        String line = oneLine(restore);
        assertTrue(line.contains("was made by a newer Ember (Ember 9.9.0, schema 99"), line);
        assertTrue(line.contains("nothing was changed"), line);
        assertEquals(List.of(backup.getFileName().toString()), backupNames(), "no 'before restore' backup either");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dataDir.resolve("ember.mv.db"))));
    }

    private List<String> backupNames() throws Exception {
        try (var files = Files.list(dataDir.resolve("backups"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
