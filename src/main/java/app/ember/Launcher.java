package app.ember;

import app.ember.ui.main.EmberApp;
import app.ember.app.EmberLog;
import app.ember.cli.Cli;

/**
 * The entry point: the command line first, the window only when no command is given. It does not
 * extend javafx.application.Application on purpose: started from the class path, such a main class
 * makes the JDK refuse to run with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // A real start: the log goes to the data dir's logs/ember.log, and no library prints at the user.
        EmberLog.forThisProcess(args);
        int code = Cli.run(args, EmberApp::openWindow);
        EmberLog.stop(code);
        System.exit(code);
    }
}
