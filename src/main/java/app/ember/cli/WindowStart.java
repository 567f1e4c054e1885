package app.ember.cli;

import app.ember.app.DataDir;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A command line that only opens the window ({@code [--data-dir DIR] [--smoke]}), read without picocli.
 * Building picocli's model of every command takes about 0.3 s of a 2 s start; the window is what users
 * start nearly every time, so it does not wait for it. Anything else (a command, --help, a typo) goes to
 * picocli, which also reports what is wrong.
 */
record WindowStart(Path dataDir, boolean smoke) {
    private static final String DATA_DIR = "--data-dir";

    /** The window's start, or null when the arguments are for picocli. */
    static WindowStart of(String[] args) {
        String shared = System.getenv(app.ember.app.BookLocation.VARIABLE);
        if (shared != null && !shared.isBlank()) {
            return null; // a shared book: picocli reads its address and says what is wrong with it
        }
        Path dataDir = null;
        boolean smoke = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--smoke") && !smoke) {
                    smoke = true;
                } else if (arg.equals(DATA_DIR) && dataDir == null && i + 1 < args.length
                        && !args[i + 1].startsWith("-") && !args[i + 1].isBlank()) {
                    dataDir = Path.of(args[++i]);
                } else if (arg.startsWith(DATA_DIR + "=") && dataDir == null && arg.length() > DATA_DIR.length() + 1) {
                    dataDir = Path.of(arg.substring(DATA_DIR.length() + 1));
                } else {
                    return null;
                }
            }
            // The default one too: a name the system cannot spell (LANG=C) is for picocli to report.
            return new WindowStart(dataDir == null ? DataDir.defaultDir() : dataDir, smoke);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
