package app.ember.cli;

import app.ember.store.DamagedBookException;
import app.ember.store.DataDirInUseException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Runs a command line and turns every failure into an exit code and one line on stderr:
 * 2 for bad usage or bad input, 1 for anything else. No stack traces for the user.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    public static int run(String[] args, WindowOpener windowOpener) {
        WindowStart window = WindowStart.of(args);
        if (window != null) {
            try {
                return windowOpener.open(window.dataDir(), window.smoke());
            } catch (RuntimeException e) {
                return failed(e, new PrintWriter(System.err, true));
            }
        }
        return commandLine(windowOpener).execute(args);
    }

    public static CommandLine commandLine(WindowOpener windowOpener) {
        CommandLine commandLine = new CommandLine(new EmberCommand(windowOpener));
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("ember: " + firstLine(e.getMessage()) + " (see: ember "
                    + helpPath(e.getCommandLine()) + "--help)");
            err.flush();
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> failed(e, cmd.getErr()));
        return commandLine;
    }

    /** One line on stderr for a command that failed; its exit code. */
    private static int failed(Exception e, PrintWriter err) {
        if (e instanceof DamagedBookException damaged) {
            err.println("ember: " + DamagedBookAdvice.line(damaged));
            err.flush();
            return FAILED;
        }
        int code = e instanceof BadInputException ? BAD_INPUT : FAILED;
        String message = e instanceof BadInputException || e instanceof DataDirInUseException
                ? e.getMessage() : describe(e);
        err.println("ember: " + firstLine(message));
        err.flush();
        return code;
    }

    private static String helpPath(CommandLine command) {
        return command.getParent() == null ? "" : command.getCommandName() + " ";
    }

    /** An unexpected failure: its own message, or its type when it has none. */
    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && (root.getMessage() == null || root.getMessage().isBlank())) {
            root = root.getCause();
        }
        return root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName()
                : root.getMessage();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "failed";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
