package app.ember.cli;

import app.ember.app.EmberLog;
import app.ember.store.DamagedBookException;
import app.ember.store.DataDirInUseException;
import app.ember.store.DiskFull;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * Runs a command line and turns every failure into an exit code and one line on stderr:
 * 2 for bad usage or bad input, 1 for anything else. No stack traces for the user: those go to the
 * log ({@link EmberLog}), and the line says where.
 */
public final class Cli {
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    public static int run(String[] args, WindowOpener windowOpener) {
        WindowStart window = WindowStart.of(args);
        if (window != null) {
            try {
                return windowOpener.open(app.ember.app.BookLocation.local(window.dataDir()), window.smoke());
            } catch (RuntimeException | Error e) {
                return failed(e, new PrintWriter(System.err, true), window.dataDir());
            }
        }
        try {
            return commandLine(windowOpener).execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands a command's exceptions to the handler below; this is for what escapes it.
            return failed(e, new PrintWriter(System.err, true), null);
        }
    }

    public static CommandLine commandLine(WindowOpener windowOpener) {
        EmberCommand root = new EmberCommand(windowOpener);
        CommandLine commandLine = new CommandLine(root);
        commandLine.registerConverter(Path.class, FileNames::path);
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            String message = firstLine(e.getMessage());
            LOG.info(() -> "refused (exit " + BAD_INPUT + "): " + message);
            err.println("ember: " + Terminal.line(message) + " (see: ember " + helpPath(e.getCommandLine()) + "--help)");
            err.flush();
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> failed(e, cmd.getErr(), root.dataDirOrNull()));
        return commandLine;
    }

    /** A warning that does not stop the command (the day's backup failed, say): one line on stderr. */
    static void warn(String message) {
        System.err.println("ember: warning: " + Terminal.line(firstLine(message)) + details());
        System.err.flush();
    }

    /** One line on stderr for a command that failed, the details in the log; its exit code. */
    private static int failed(Throwable e, PrintWriter err, Path dataDir) {
        if (e instanceof DamagedBookException damaged) {
            LOG.log(Level.SEVERE, "the book is damaged: " + damaged.getMessage(), damaged);
            err.println("ember: " + Terminal.line(DamagedBookAdvice.line(damaged)));
            err.flush();
            return FAILED;
        }
        int code = e instanceof BadInputException ? BAD_INPUT : FAILED;
        String message;
        if (e instanceof BadInputException || e instanceof DataDirInUseException) {
            message = e.getMessage();
        } else {
            message = DiskFull.describe(e, dataDir).orElseGet(() -> describe(e));
        }
        String line = firstLine(message);
        if (code == BAD_INPUT) {
            // The reason is all the user's; a lower layer's failure behind it (a damaged file) is kept too.
            LOG.log(Level.INFO, "refused (exit " + BAD_INPUT + "): " + line, e.getCause());
        } else {
            LOG.log(Level.WARNING, "failed (exit " + FAILED + "): " + line, e);
        }
        boolean said = e instanceof BadInputException || e instanceof DataDirInUseException;
        err.println("ember: " + Terminal.line(line) + (said ? "" : details()));
        err.flush();
        return code;
    }

    /** " (details in .../logs/ember.log)" when this process keeps a log. */
    private static String details() {
        Path log = EmberLog.file();
        return log == null ? "" : " (details in " + log + ")";
    }

    private static String helpPath(CommandLine command) {
        return command.getParent() == null ? "" : command.getCommandName() + " ";
    }

    /** An unexpected failure: its own message, or its type when it has none. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && (root.getMessage() == null || root.getMessage().isBlank())) {
            root = root.getCause();
        }
        return root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName()
                : root.getMessage();
    }

    static String firstLine(String text) {
        if (text == null) {
            return "failed";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
