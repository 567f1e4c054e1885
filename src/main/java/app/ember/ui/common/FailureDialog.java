package app.ember.ui.common;

import app.ember.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What the window does with an exception nobody caught (a bug): it is logged with its stack trace, and a
 * dialog in the window's theme says what failed, that the book is as it was at the last change shown
 * saved, and where the log is, with a "Copy details" button for a report. One dialog at a time, and a
 * few at most in a run (a failure repeated on every frame must not bury the window); the rest are logged.
 */
public final class FailureDialog implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(FailureDialog.class.getName());
    /** After this many dialogs in one run, failures are only logged. */
    static final int MOST_DIALOGS = 5;

    private final Supplier<Path> logFile;
    private final AtomicBoolean showing = new AtomicBoolean();
    private final AtomicInteger shown = new AtomicInteger();

    private FailureDialog(Supplier<Path> logFile) {
        this.logFile = logFile;
    }

    /**
     * Installs the handler for every thread of this process, the JavaFX thread included.
     *
     * @param logFile where the log is (null when there is none), named in the dialog
     * @return the handler that was installed before, to put back (tests do)
     */
    public static Thread.UncaughtExceptionHandler install(Supplier<Path> logFile) {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(new FailureDialog(logFile));
        return before;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "uncaught on the thread " + thread.getName() + ": " + error, error);
        try {
            if (Platform.isFxApplicationThread()) {
                show(error);
            } else {
                Platform.runLater(() -> show(error));
            }
        } catch (RuntimeException | LinkageError noWindow) {
            // JavaFX is not running (or no more): the log has it.
            LOG.log(Level.FINE, "no dialog for the failure", noWindow);
        }
    }

    private void show(Throwable error) {
        if (shown.get() >= MOST_DIALOGS || !showing.compareAndSet(false, true)) {
            return;
        }
        shown.incrementAndGet();
        try {
            // Not showAndWait: the failure may have come in the middle of a layout, where no dialog may wait.
            Alert alert = dialog(error, logFile.get());
            alert.setOnHidden(event -> showing.set(false));
            // Owned by and themed like the window when there is one. Not the window's own service: a failure
            // may come before there is a window, or from anywhere.
            new FxDialogService().tell(alert, owner());
        } catch (RuntimeException again) {
            showing.set(false);
            LOG.log(Level.SEVERE, "the failure dialog itself failed", again);
        }
    }

    /** The dialog for a failure: what failed, where the log is, the details below and "Copy details". */
    static Alert dialog(Throwable error, Path log) {
        String what = error.getMessage() == null || error.getMessage().isBlank()
                ? error.getClass().getSimpleName() : error.getClass().getSimpleName() + ": " + error.getMessage();
        String details = details(error);
        ButtonType copy = new ButtonType(Messages.get("failure.copy"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(Messages.get("failure.close"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", copy, close);
        alert.setTitle(Messages.get("window.title"));
        alert.setHeaderText(Messages.get("failure.header"));
        alert.setContentText(Messages.format("failure.what", what)
                + (log == null ? "" : "\n\n" + Messages.format("failure.log", log)));
        TextArea trace = new TextArea(details);
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.setPrefRowCount(14);
        trace.getStyleClass().add("failure-details");
        alert.getDialogPane().setExpandableContent(trace);
        alert.getDialogPane().getStyleClass().add("failure-dialog");
        // "Copy details" copies and leaves the dialog open.
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(ActionEvent.ACTION, event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText(Messages.get("failure.copied"));
            event.consume();
        });
        return alert;
    }

    /** What a report needs: Ember's and Java's versions, the system and the whole stack trace. */
    static String details(Throwable error) {
        StringWriter trace = new StringWriter();
        String version = FailureDialog.class.getPackage().getImplementationVersion();
        trace.append("Ember ").append(version == null ? "(development build)" : version)
                .append(", Java ").append(System.getProperty("java.version"))
                .append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(System.lineSeparator());
        error.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /** The focused window of Ember's, else any that shows, else none. */
    private static Window owner() {
        Window any = null;
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window instanceof Stage) {
                if (window.isFocused()) {
                    return window;
                }
                any = any == null ? window : any;
            }
        }
        return any;
    }
}
