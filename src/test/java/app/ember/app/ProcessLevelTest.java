package app.ember.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees from the outside: exit codes and messages of a real second process. */
class ProcessLevelTest {
    @TempDir
    Path dataDir;

    @Test
    void aSecondCopyOnTheSameDataDirSaysWhyAndExitsOne() throws Exception {
        try (Database held = Database.open(dataDir)) {
            ChildProcess.Result second = ChildProcess.run(List.of(), "--data-dir", dataDir.toString(), "list");
            assertEquals(1, second.exitCode(), second.err());
            String[] lines = second.err().strip().split("\n");
            assertEquals(1, lines.length, second.err());
            assertTrue(lines[0].startsWith("ember: Ember is already running on the data dir"), lines[0]);
        }
    }

    @Test
    void smokeOpensTheWindowShowsTheLeadsAndReportsReady() throws Exception {
        ChildProcess.Result demo = ChildProcess.run(List.of(), "--data-dir", dataDir.toString(), "demo");
        assertEquals(0, demo.exitCode(), demo.err());
        assertTrue(!demo.err().contains("SLF4J"), "no library talks at the user: " + demo.err());
        ChildProcess.Result smoke = ChildProcess.run(ChildProcess.headlessJavaFx(), "--data-dir", dataDir.toString(),
                "--smoke");
        assertEquals(0, smoke.exitCode(), smoke.err());
        assertTrue(smoke.out().strip().matches("ready \\d+"), smoke.out());
        assertTrue(!smoke.err().contains("Unsupported JavaFX configuration"), "a start says nothing: " + smoke.err());
    }

    @Test
    void theWindowOnALockedDataDirFailsWithTheSameMessage() throws Exception {
        try (Database held = Database.open(dataDir)) {
            ChildProcess.Result window = ChildProcess.run(ChildProcess.headlessJavaFx(), "--data-dir",
                    dataDir.toString(), "--smoke");
            assertEquals(1, window.exitCode(), window.err());
            assertTrue(window.err().contains("ember: Ember is already running on the data dir"), window.err());
        }
    }

    @Test
    void aSecondWindowOnADataDirInUseSaysWhyAndEndsWithExitOne() throws Exception {
        try (Database held = Database.open(dataDir)) {
            long began = System.nanoTime();
            ChildProcess.Result window = ChildProcess.run(ChildProcess.headlessJavaFx(), "--data-dir",
                    dataDir.toString());
            assertEquals(1, window.exitCode(), window.err());
            assertTrue(window.err().contains("ember: Ember is already running on the data dir"), window.err());
            assertTrue(System.nanoTime() - began < 60_000_000_000L, "it does not wait for anybody");
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "checks POSIX permissions too")
    void theLogHasTheStartTheFailureWithItsStackTraceAndTheStop() throws Exception {
        assertEquals(0, ChildProcess.run(List.of(), "--data-dir", dataDir.toString(), "demo").exitCode());
        // A file where the backups folder goes: the backup cannot be written.
        java.nio.file.Files.writeString(dataDir.resolve("backups"), "not a folder");
        ChildProcess.Result backup = ChildProcess.run(List.of(), "--data-dir", dataDir.toString(), "backup");
        assertEquals(1, backup.exitCode(), backup.err());
        Path log = dataDir.resolve("logs").resolve("ember.log");
        String[] lines = backup.err().strip().split("\n");
        assertEquals(1, lines.length, backup.err());
        assertTrue(lines[0].startsWith("ember: Cannot create the backups folder"), lines[0]);
        assertTrue(lines[0].endsWith("(details in " + log.toAbsolutePath() + ")"), lines[0]);
        String written = java.nio.file.Files.readString(log);
        assertTrue(written.contains("INFO app.ember [main] start: ember demo on " + dataDir.toAbsolutePath()), written);
        assertTrue(written.contains("stop: exit 0 after"), written);
        assertTrue(written.contains("start: ember backup on"), written);
        assertTrue(written.contains("WARNING app.ember.cli.Cli [main] failed (exit 1): Cannot create the backups folder"),
                written);
        assertTrue(written.contains("\tat app.ember.store.Backups.backup("), "with its stack trace: " + written);
        assertTrue(written.contains("stop: exit 1 after"), written);
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                java.nio.file.Files.getPosixFilePermissions(log));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the language setting's file names are a Unix matter")
    void aDataDirNamedInLettersTheLanguageSettingCannotSpellIsSaidInOneLine() throws Exception {
        ChildProcess.Result ascii = listInDonnees("C");
        assertEquals(2, ascii.exitCode(), ascii.err());
        String[] lines = ascii.err().strip().split("\n");
        assertEquals(1, lines.length, ascii.err());
        assertTrue(lines[0].contains("cannot be used as a file name") && lines[0].contains("LANG=C.UTF-8"), lines[0]);
        ChildProcess.Result utf8 = listInDonnees("C.UTF-8");
        assertEquals(0, utf8.exitCode(), "with a UTF-8 setting the same name works: " + utf8.err());
    }

    /**
     * {@code ember --data-dir DIR/Données list} under the language setting {@code lang}. The name's bytes are
     * made by the shell (UTF-8, as a file manager would make them), so this JVM's own setting plays no part.
     */
    private ChildProcess.Result listInDonnees(String lang) throws Exception {
        java.util.List<String> command = java.util.List.of("sh", "-c",
                "exec \"$0\" -cp \"$1\" app.ember.Launcher --data-dir \"$2/$(printf 'Donn\\303\\251es')\" list",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), System.getProperty("java.class.path"),
                dataDir.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                new java.io.File("/dev/null")));
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_CTYPE");
        builder.environment().put("LANG", lang);
        java.io.File out = java.io.File.createTempFile("ember-child", ".out");
        java.io.File err = java.io.File.createTempFile("ember-child", ".err");
        try {
            Process process = builder.redirectOutput(out).redirectError(err).start();
            assertTrue(process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS), "ember ended");
            return new ChildProcess.Result(process.exitValue(), java.nio.file.Files.readString(out.toPath()),
                    java.nio.file.Files.readString(err.toPath()));
        } finally {
            out.delete();
            err.delete();
        }
    }
}
