package app.ember.app;

import app.ember.domain.TextLimits;
import app.ember.files.SafeFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The name this person's touches, notes and changes are kept under in a shared book ("Sam"), set once:
 * the window asks for it the first time a shared book opens, the command line takes {@code --as NAME} or
 * {@code ember name NAME}. Kept in {@code person.properties} of the data dir: it belongs to the person at
 * this computer, not to the book (two people may log in to the server with one role).
 */
public final class DisplayName {
    public static final String FILE = "person.properties";
    /** The longest name the book keeps (its made_by, assigned_to and changed_by columns). */
    public static final int MAX = 200;
    private static final Logger LOG = Logger.getLogger(DisplayName.class.getName());

    private DisplayName() {
    }

    /** The name kept in the data dir; empty when none was set (or the file cannot be read). */
    public static Optional<String> read(Path dataDir) {
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve(FILE), StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.INFO, FILE + " unreadable; no display name", e);
            return Optional.empty();
        }
        return Optional.ofNullable(saved.getProperty("name")).map(String::strip).filter(name -> !name.isEmpty());
    }

    /**
     * Keeps the name in the data dir (whole or not at all).
     *
     * @throws IllegalArgumentException when the name is blank or longer than the book keeps
     */
    public static String write(Path dataDir, String name) throws IOException {
        String checked = check(name);
        Properties saved = new Properties();
        saved.setProperty("name", checked);
        Files.createDirectories(dataDir);
        SafeFiles.replace(dataDir.resolve(FILE), out -> saved.store(out, "Ember: the name your work is kept under"));
        return checked;
    }

    /**
     * The name as it will be kept, stripped.
     *
     * @throws IllegalArgumentException when it is blank or too long, in words for the user
     */
    public static String check(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("the name is empty");
        }
        if (TextLimits.tooLong(stripped, MAX)) {
            throw new IllegalArgumentException("a name holds at most " + MAX + " characters");
        }
        return stripped;
    }
}
