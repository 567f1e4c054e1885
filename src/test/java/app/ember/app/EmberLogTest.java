package app.ember.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file: its lines, its rotation, and what a start line leaves out. */
class EmberLogTest {
    @TempDir
    Path temp;

    @Test
    void theLogIsTwoMegabytesAtMostTimesThreeFiles() {
        assertEquals(2L * 1024 * 1024, EmberLog.LIMIT_BYTES);
        assertEquals(3, EmberLog.FILES);
        assertEquals("logs", EmberLog.FOLDER);
    }

    @Test
    void aFullFileRollsOverAndTheOldestGoes() throws Exception {
        Path folder = temp.resolve("logs");
        LogFile log = LogFile.open(folder, 2_000, 3);
        try {
            for (int i = 0; i < 200; i++) {
                log.publish(new LogRecord(Level.INFO, "line " + i + " " + "x".repeat(40)));
            }
        } finally {
            log.close();
        }
        try (var files = Files.list(folder)) {
            assertEquals(List.of("ember.log", "ember.log.1", "ember.log.2"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        for (String name : List.of("ember.log", "ember.log.1", "ember.log.2")) {
            assertTrue(Files.size(folder.resolve(name)) <= 2_000, name + " stays within the limit");
        }
        String newest = Files.readString(folder.resolve("ember.log"));
        assertTrue(newest.contains("line 199 "), newest);
        assertFalse(Files.readString(folder.resolve("ember.log.2")).contains("line 0 "), "the oldest lines are gone");
    }

    @Test
    void aFailureIsWrittenWithItsStackTrace() throws Exception {
        LogFile log = LogFile.open(temp, 1_000_000, 3);
        LogRecord record = new LogRecord(Level.WARNING, "failed (exit 1): the backup");
        record.setLoggerName("app.ember.cli.Cli");
        record.setThrown(new IllegalStateException("no room", new java.io.IOException("No space left on device")));
        log.publish(record);
        log.close();
        String text = Files.readString(temp.resolve("ember.log"));
        assertTrue(text.contains(" WARNING app.ember.cli.Cli ["), text);
        assertTrue(text.contains("failed (exit 1): the backup"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: no room"), text);
        assertTrue(text.contains("\tat app.ember.app.EmberLogTest.aFailureIsWrittenWithItsStackTrace("), text);
        assertTrue(text.contains("Caused by: java.io.IOException: No space left on device"), text);
    }

    @Test
    void aStartLineNamesTheCommandAndItsOptionsButNoValue() {
        assertEquals("lead add --name --email --note", EmberLog.describe(new String[] {"--data-dir", "/home/ann/ember",
            "lead", "add", "--name", "Ann Smith", "--email", "ann@example.com", "--note=private"}));
        assertEquals("(window)", EmberLog.describe(new String[] {"--data-dir=/x"}));
        assertEquals("list --format", EmberLog.describe(new String[] {"list", "--format", "csv"}));
    }
}
