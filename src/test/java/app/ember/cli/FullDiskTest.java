package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.cli.CliRunner.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data dir on a full disk, for real: a 48 MB tmpfs mounted for the test and filled up (this needs root,
 * as on CI; elsewhere the test is skipped and says why). Reading goes on; writing fails in one line that
 * says the disk is full; nothing half-written is left; and once space is back the work goes on. 48 MB, not
 * less: a brand-new book passes through about 17 MB while its 28 schema steps run (H2 keeps each step's
 * chunks for a while), though it ends at a few hundred KB.
 */
class FullDiskTest {
    @TempDir
    Path temp;
    private Path disk;
    private Path dataDir;
    private boolean mounted;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"),
                "skipped: a full disk is made with a Linux tmpfs");
        disk = Files.createDirectories(temp.resolve("disk"));
        Process mount;
        try {
            mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", disk.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("skipped: no mount command to make a small disk (" + e.getMessage() + ")");
            return;
        }
        String said = new String(mount.getInputStream().readAllBytes());
        mount.waitFor(30, TimeUnit.SECONDS);
        Assumptions.assumeTrue(mount.exitValue() == 0,
                "skipped: cannot mount a 48 MB tmpfs to fill up (needs root): " + said.strip());
        mounted = true;
        dataDir = disk.resolve("ember");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", "-l", disk.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Run run(String... args) {
        return CliRunner.runIn(dataDir, args);
    }

    /** Fills the disk to its last byte. */
    private Path fill() throws IOException {
        Path filler = disk.resolve("filler");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
        return filler;
    }

    private static String oneLine(Run run) {
        String[] lines = run.err().strip().split("\n");
        assertEquals(1, lines.length, "one line: " + run.err());
        return lines[0];
    }

    @Test
    void onAFullDiskReadingWorksWritingSaysTheDiskIsFullNothingIsHalfWrittenAndThenWorkGoesOn() throws Exception {
        assertEquals(0, run("demo").exitCode());
        assertEquals(0, run("backup").exitCode(), "today's backup is taken: no daily backup is due below");
        Path filler = fill();

        Run list = run("list", "--format", "csv");
        assertEquals(0, list.exitCode(), "a command that only reads works on a full disk: " + list.err());
        assertEquals(61, list.out().strip().split("\n").length);

        // The book's file may still have room inside it (H2 reuses the space of chunks it freed): writes
        // go on into it until the file must grow. Every write either lands whole or says the disk is full.
        List<String> added = new java.util.ArrayList<>();
        Run add = null;
        for (int i = 0; i < 2000; i++) {
            add = run("lead", "add", "--name", "Ann Full" + i);
            if (add.exitCode() != 0) {
                break;
            }
            added.add("Ann Full" + i);
        }
        assertEquals(Cli.FAILED, add.exitCode(), "the file had to grow at last");
        assertEquals("ember: The disk holding " + dataDir.toAbsolutePath() + " is full (or not writable): No space "
                + "left on device", oneLine(add));
        String refused = "Ann Full" + added.size();

        List<Path> backupsBefore = backups();
        Run backup = run("backup");
        assertEquals(Cli.FAILED, backup.exitCode());
        assertTrue(oneLine(backup).startsWith("ember: The disk holding " + dataDir.resolve("backups").toAbsolutePath()
                + " is full (or not writable): only "), backup.err());
        assertEquals(backupsBefore, backups(), "no backup, and no part of one, is left");

        Path export = disk.resolve("leads.xlsx");
        Run exported = run("export", export.toString());
        assertEquals(Cli.FAILED, exported.exitCode());
        assertTrue(oneLine(exported).startsWith("ember: cannot write " + export), exported.err());
        try (var left = Files.list(disk)) {
            assertEquals(List.of("ember", "filler"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no half-written export");
        }

        Files.delete(filler);
        Run again = run("lead", "add", "--name", "Ann Back");
        assertEquals(0, again.exitCode(), again.err());
        Run after = run("list", "--format", "csv");
        assertEquals(62 + added.size(), after.out().strip().split("\n").length,
                "the book as it was, the leads added while the file had room, and the new lead");
        for (String name : added) {
            assertTrue(after.out().contains(name + ","), name + " was acknowledged and stays");
        }
        assertFalse(after.out().contains(refused + ","), "the write that failed is not in the book");
        assertTrue(after.out().contains("Ann Back"));
    }

    private List<Path> backups() throws IOException {
        try (var files = Files.list(dataDir.resolve("backups"))) {
            return files.sorted().toList();
        }
    }
}
