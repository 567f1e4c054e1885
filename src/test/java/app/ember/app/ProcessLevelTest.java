package app.ember.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
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
}
