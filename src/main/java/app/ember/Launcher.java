package app.ember;

import app.ember.app.EmberApp;
import app.ember.cli.Cli;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The entry point: the command line first, the window only when no command is given. It does not
 * extend javafx.application.Application on purpose: started from the class path, such a main class
 * makes the JDK refuse to run with "JavaFX runtime components are missing".
 */
public final class Launcher {
    /** Held so the setting lives: java.util.logging keeps only weak references to its loggers. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) {
        // Flyway reports every migration at INFO; the user needs to hear only of trouble.
        FLYWAY_LOG.setLevel(Level.WARNING);
        // JavaFX warns at every start that it runs from the class path, which Ember does on purpose
        // (see above); its real errors are SEVERE and still show.
        JAVAFX_LOG.setLevel(Level.SEVERE);
        System.exit(Cli.run(args, EmberApp::openWindow));
    }
}
