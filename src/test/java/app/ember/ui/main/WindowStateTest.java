package app.ember.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStateTest {
    @TempDir
    Path dataDir;

    @Test
    void whatIsWrittenIsReadBack() {
        WindowState state = new WindowState(120, 80, 1100, 700, true, "week", true);
        state.write(dataDir);
        assertEquals(state, WindowState.read(dataDir));
    }

    @Test
    void noFileIsTheDefault() {
        assertEquals(WindowState.DEFAULT, WindowState.read(dataDir));
        assertFalse(WindowState.DEFAULT.hasBounds());
        assertEquals(WindowState.DEFAULT, WindowState.read(dataDir.resolve("not yet made")));
    }

    @Test
    void nonsenseInTheFileFallsBackFieldByField() throws Exception {
        Files.writeString(dataDir.resolve(WindowState.FILE), "x=left\ny=40\nwidth=NaN\nheight=900\nscreen=../etc\n"
                + "maximized=perhaps\ndark=true\n");
        WindowState read = WindowState.read(dataDir);
        assertEquals(new WindowState(0, 40, 0, 900, false, "leads", true), read);
        assertFalse(read.hasBounds(), "no width: the window takes its default size");
    }

    @Test
    void aTinyWindowIsNotKeptAsItsSize() {
        assertFalse(new WindowState(0, 0, 150, 700, false, "leads", false).hasBounds());
        assertTrue(new WindowState(0, 0, 800, 600, false, "leads", false).hasBounds());
    }
}
