package app.ember.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Ember keeps its database and backups when no --data-dir is given: the OS's place for app data. */
public final class DataDir {
    private DataDir() {
    }

    public static Path defaultDir() {
        return defaultFor(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Linux $XDG_DATA_HOME/ember or ~/.local/share/ember; Windows %APPDATA%\Ember; macOS ~/Library/Application Support/Ember. */
    static Path defaultFor(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("Ember");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Ember");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("ember");
    }
}
