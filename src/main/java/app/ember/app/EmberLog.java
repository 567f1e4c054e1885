package app.ember.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Ember's log: {@code logs/ember.log} in the data dir, through the JDK's java.util.logging, rotated at
 * {@value #LIMIT_BYTES} bytes with {@value #FILES} files kept. Every failure goes there with its stack
 * trace, and one line for each start, stop, backup, restore, import and migration. The libraries log
 * into it too: Flyway, PDFBox (through commons-logging) and JavaFX use java.util.logging.
 *
 * <p>Only a real start ({@link #forThisProcess}, called by the launcher) logs into a data dir and takes
 * the console's handler away, so no library prints a stack trace at the user: what the user reads is
 * Ember's one line. Tests start no process: they keep their own logging (src/test/resources/logging.properties)
 * and never write a log into a home folder.
 */
public final class EmberLog {
    public static final String FOLDER = "logs";
    public static final long LIMIT_BYTES = 2L * 1024 * 1024;
    public static final int FILES = 3;
    /** Records from before a data dir is known (JavaFX starting, say), handed to the file once it opens. */
    private static final int EARLY_RECORDS = 200;

    /** Held: java.util.logging keeps only weak references to its loggers, and their levels with them. */
    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger LOG = Logger.getLogger("app.ember");
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private static boolean forProcess;
    private static String command = "";
    private static long started;
    private static LogFile file;
    private static Early early;

    private EmberLog() {
    }

    /**
     * This process is Ember started by a user: it logs into the data dir it opens ({@link #openIn}) and
     * nothing of the log reaches the console.
     *
     * @param args the command line, of which only the command and option names are logged (not the
     *             values: a name or an e-mail address has no place in a log)
     */
    public static synchronized void forThisProcess(String[] args) {
        forProcess = true;
        started = System.nanoTime();
        command = describe(args);
        for (Handler handler : ROOT.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                ROOT.removeHandler(handler);
            }
        }
        early = new Early();
        ROOT.addHandler(early);
        ROOT.setLevel(Level.INFO);
        // Flyway tells of every step of a migration at INFO; Ember's own line says that one happened.
        FLYWAY.setLevel(Level.WARNING);
        // JavaFX warns at every start that it runs from the class path, which Ember does on purpose.
        JAVAFX.setLevel(Level.SEVERE);
    }

    /**
     * Logs from now on into {@code dataDir/logs/ember.log} (for a process that {@link #forThisProcess logs});
     * the first time, with the start line. A log that cannot be opened (a read-only or full disk) is done
     * without: Ember works on.
     */
    public static synchronized void openIn(Path dataDir) {
        if (!forProcess) {
            return;
        }
        Path folder = dataDir.toAbsolutePath().resolve(FOLDER);
        if (file != null && file.folder().equals(folder)) {
            return;
        }
        boolean first = file == null;
        LogFile opened;
        try {
            opened = LogFile.open(folder, LIMIT_BYTES, FILES);
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (file != null) {
            ROOT.removeHandler(file);
            file.close();
        }
        file = opened;
        Early before = early;
        early = null;
        if (before != null) {
            ROOT.removeHandler(before);
        }
        ROOT.addHandler(file);
        if (first) {
            LOG.info(() -> "start: ember " + command + " on " + dataDir.toAbsolutePath() + " (Ember "
                    + version() + ", Java " + System.getProperty("java.version") + ", "
                    + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", pid "
                    + ProcessHandle.current().pid() + ")");
        }
        if (before != null) {
            before.handTo(file);
        }
    }

    /** The stop line, with the exit code and how long the process ran; the file is closed. */
    public static synchronized void stop(int exitCode) {
        if (file != null) {
            double ran = (System.nanoTime() - started) / 1e9;
            LOG.info(() -> String.format(Locale.ROOT, "stop: exit %d after %.1f s", exitCode, ran));
            ROOT.removeHandler(file);
            file.close();
            file = null;
        }
    }

    /** The log file this process writes, or null when it writes none. */
    public static synchronized Path file() {
        return file == null ? null : file.file();
    }

    /** "list --format --limit": the command's words, then the names of the options given, never their values. */
    static String describe(String[] args) {
        List<String> words = new ArrayList<>();
        boolean options = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir")) {
                i++;
            } else if (arg.startsWith("--data-dir=")) {
                continue;
            } else if (arg.startsWith("-")) {
                options = true;
                int equals = arg.indexOf('=');
                words.add(equals < 0 ? arg : arg.substring(0, equals));
            } else if (!options) {
                words.add(arg);
            }
        }
        return words.isEmpty() ? "(window)" : String.join(" ", words);
    }

    private static String version() {
        String version = EmberLog.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    /** Keeps the first records of a start until the log file is open. */
    private static final class Early extends Handler {
        private final List<LogRecord> records = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord record) {
            if (records.size() < EARLY_RECORDS && isLoggable(record)) {
                records.add(record);
            }
        }

        synchronized void handTo(Handler handler) {
            records.forEach(handler::publish);
            records.clear();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
