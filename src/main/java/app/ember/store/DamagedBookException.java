package app.ember.store;

import java.nio.file.Path;

/**
 * The book in a data dir is damaged (cut short, emptied, overwritten): Ember did not open it as if it
 * were whole and did not write to it. The damaged file is kept, renamed beside the book when it could
 * be moved ({@link #keptAs()}), so a restore never overwrites it.
 */
public final class DamagedBookException extends RuntimeException {
    private final Path dataDir;
    private final Path keptAs;
    private final String reason;

    public DamagedBookException(Path dataDir, Path keptAs, String reason, Throwable cause) {
        super("The book " + BookFile.of(dataDir) + " is damaged (" + reason + ")"
                + (keptAs.equals(BookFile.of(dataDir)) ? "" : "; it is kept as " + keptAs.getFileName()), cause);
        this.dataDir = dataDir;
        this.keptAs = keptAs;
        this.reason = reason;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Where the damaged file is now: renamed beside the book, or the book itself while it was open. */
    public Path keptAs() {
        return keptAs;
    }

    /** What is wrong with it, in a few words (H2's own message when H2 found it). */
    public String reason() {
        return reason;
    }
}
