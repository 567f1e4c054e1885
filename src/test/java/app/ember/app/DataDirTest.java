package app.ember.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirTest {
    private final Path home = Path.of("/home/fiona");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertEquals(Path.of("/data/xdg/ember"), DataDir.defaultFor("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), home));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertEquals(home.resolve(".local/share/ember"), DataDir.defaultFor("Linux", Map.of(), home));
        // The XDG spec says a relative value is invalid and must be ignored.
        assertEquals(home.resolve(".local/share/ember"),
                DataDir.defaultFor("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), home));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/fiona/AppData/Roaming").resolve("Ember"),
                DataDir.defaultFor("Windows 11", Map.of("APPDATA", "C:/Users/fiona/AppData/Roaming"), home));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(home.resolve("Library/Application Support/Ember"), DataDir.defaultFor("Mac OS X", Map.of(), home));
    }
}
