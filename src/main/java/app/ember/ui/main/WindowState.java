package app.ember.ui.main;

import app.ember.app.DataDirSetup;
import app.ember.files.SafeFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the window was, how big, which screen it showed and in which theme, kept in {@code window.properties}
 * of the data dir. A small file of its own rather than a setting in the database: it is read before the
 * window appears, while the database is still opening on another thread.
 *
 * @param width  0 when unknown: the window then takes its default size, centred
 * @param screen "leads", "week", "mailing" or "reports"
 */
public record WindowState(double x, double y, double width, double height, boolean maximized, String screen,
                          boolean dark) {
    public static final String FILE = DataDirSetup.WINDOW_FILE;
    public static final WindowState DEFAULT = new WindowState(0, 0, 0, 0, false, "leads", false);
    private static final Logger LOG = Logger.getLogger(WindowState.class.getName());
    private static final double SMALLEST = 200;

    public boolean hasBounds() {
        return width >= SMALLEST && height >= SMALLEST;
    }

    /** The state kept in the data dir; the default when there is none or it cannot be read. */
    public static WindowState read(Path dataDir) {
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve(FILE), StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (NoSuchFileException e) {
            return DEFAULT;
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.INFO, "window.properties unreadable; the window takes its default place", e);
            return DEFAULT;
        }
        String screen = saved.getProperty("screen", DEFAULT.screen);
        return new WindowState(number(saved, "x"), number(saved, "y"), number(saved, "width"), number(saved, "height"),
                Boolean.parseBoolean(saved.getProperty("maximized")),
                screen.matches("leads|week|mailing|reports") ? screen : DEFAULT.screen,
                Boolean.parseBoolean(saved.getProperty("dark")));
    }

    private static double number(Properties saved, String key) {
        try {
            double value = Double.parseDouble(saved.getProperty(key, "0"));
            return Double.isFinite(value) ? value : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Keeps the state in the data dir (whole or not at all); a failure is logged, never shown: it is a nicety. */
    public void write(Path dataDir) {
        Properties saved = new Properties();
        saved.setProperty("x", format(x));
        saved.setProperty("y", format(y));
        saved.setProperty("width", format(width));
        saved.setProperty("height", format(height));
        saved.setProperty("maximized", Boolean.toString(maximized));
        saved.setProperty("screen", screen);
        saved.setProperty("dark", Boolean.toString(dark));
        try {
            SafeFiles.replace(dataDir.resolve(FILE), out -> saved.store(out, "Ember's window: where it was and what it showed"));
        } catch (IOException e) {
            LOG.log(Level.INFO, "could not keep the window's place", e);
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
