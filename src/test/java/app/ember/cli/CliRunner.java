package app.ember.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM and captures what it printed, as a user at a terminal would see it. */
final class CliRunner {
    record Run(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    /** Runs a command on a data dir: {@code --data-dir DIR} and then the arguments. */
    static Run runIn(java.nio.file.Path dataDir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    static Run run(String... args) {
        // The console's log handler takes System.err when it is first made: made now, it is the real one,
        // so a log line never lands in what the user is said to see.
        java.util.logging.Logger.getLogger("").getHandlers();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Cli.run(args, (dir, smoke) -> {
                throw new AssertionError("a command must not open the window");
            });
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
