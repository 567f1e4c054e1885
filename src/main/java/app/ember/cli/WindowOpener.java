package app.ember.cli;

import java.nio.file.Path;

/** Opens the window; given to the command line from outside, so the cli package needs no JavaFX. */
@FunctionalInterface
public interface WindowOpener {
    /** @return the process exit code once the window has closed */
    int open(Path dataDir, boolean smoke);
}
