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
        WindowState state = new WindowState(120, 80, 1100, 700, true, MainScreen.WEEK, true);
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
        assertEquals(new WindowState(0, 40, 0, 900, false, MainScreen.LEADS, true), read);
        assertFalse(read.hasBounds(), "no width: the window takes its default size");
    }

    /** Issue 17: the screen is an enum now; a file written before (lower-case words) still reads, and is written the same way. */
    @Test
    void theScreenKeptByAnOlderEmberStillReads() throws Exception {
        for (MainScreen screen : MainScreen.values()) {
            Files.writeString(dataDir.resolve(WindowState.FILE), "#Ember's window\nx=10\ny=20\nwidth=900\nheight=600\n"
                    + "maximized=false\nscreen=" + screen.name().toLowerCase(java.util.Locale.ROOT) + "\ndark=false\n");
            assertEquals(screen, WindowState.read(dataDir).screen());
        }
        new WindowState(10, 20, 900, 600, false, MainScreen.MAILING, false).write(dataDir);
        assertTrue(Files.readString(dataDir.resolve(WindowState.FILE)).contains("screen=mailing\n")
                || Files.readString(dataDir.resolve(WindowState.FILE)).contains("screen=mailing\r\n"));
    }

    @Test
    void aTinyWindowIsNotKeptAsItsSize() {
        assertFalse(new WindowState(0, 0, 150, 700, false, MainScreen.LEADS, false).hasBounds());
        assertTrue(new WindowState(0, 0, 800, 600, false, MainScreen.LEADS, false).hasBounds());
    }
}
