package app.ember.cli;

import app.ember.app.BookLocation;

/** Opens the window; given to the command line from outside, so the cli package needs no JavaFX. */
@FunctionalInterface
public interface WindowOpener {
    /** @return the process exit code once the window has closed */
    int open(BookLocation book, boolean smoke);
}
