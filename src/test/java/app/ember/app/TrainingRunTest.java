package app.ember.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.ember.ui.main.TrainingRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installers' ahead-of-time cache is made from a --smoke start with -Dember.training=true: it must
 * report ready once, walk a lead, This week and the list (each with its data in time), and end.
 */
class TrainingRunTest {
    @TempDir
    Path dataDir;

    @Test
    void aTrainingStartWalksTheCommonPathsAfterReadyAndEnds() throws Exception {
        ChildProcess.Result demo = ChildProcess.run(List.of(), "--data-dir", dataDir.toString(), "demo");
        assertEquals(0, demo.exitCode(), demo.err());
        List<String> options = new ArrayList<>(ChildProcess.headlessJavaFx());
        options.add("-D" + TrainingRun.PROPERTY + "=true");
        ChildProcess.Result training = ChildProcess.run(options, "--data-dir", dataDir.toString(), "--smoke");
        assertEquals(0, training.exitCode(), training.err());
        List<String> lines = training.out().strip().lines().toList();
        assertEquals(2, lines.size(), training.out());
        assertEquals(true, lines.get(0).matches("ready \\d+"), training.out());
        assertEquals("trained lead week leads", lines.get(1));
    }
}
