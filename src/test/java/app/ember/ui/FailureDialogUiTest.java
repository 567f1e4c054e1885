package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.ui.common.FailureDialog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody caught on the JavaFX thread: logged, and said in a dialog with "Copy details". */
@ExtendWith(ApplicationExtension.class)
class FailureDialogUiTest {
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(FailureDialog.class.getName());
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Ember")), 600, 400);
        app.ember.ui.common.Theme.apply(scene, true);
        stage.setScene(scene);
        stage.show();
        log.addHandler(catcher);
        before = FailureDialog.install(() -> Path.of("/home/ann/.local/share/ember/logs/ember.log"));
    }

    @AfterEach
    void putBack() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(before);
        log.removeHandler(catcher);
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .forEach(Window::hide)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void anUncaughtExceptionIsLoggedAndShownInAThemedDialogWhoseDetailsCanBeCopied(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("the planner's row had no lead");
        });
        WindowFixture.waitUntil(() -> robot.lookup(".failure-dialog").tryQuery().isPresent());

        DialogPane pane = robot.lookup(".failure-dialog").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().startsWith("What failed: IllegalStateException: the planner's row had no lead"),
                pane.getContentText());
        assertTrue(pane.getContentText().contains("/home/ann/.local/share/ember/logs/ember.log"), pane.getContentText());
        assertTrue(pane.getStyleClass().contains("dark"), "dressed like the window it stands over");

        robot.clickOn((Button b) -> "Copy details".equals(b.getText()));
        WindowFixture.waitUntil(() -> robot.lookup((Button b) -> "Copied".equals(b.getText())).tryQuery().isPresent());
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(10,
                TimeUnit.SECONDS);
        assertTrue(copied.startsWith("Ember "), copied);
        assertTrue(copied.contains("java.lang.IllegalStateException: the planner's row had no lead"), copied);
        assertTrue(copied.contains("\tat app.ember.ui.FailureDialogUiTest"), "the whole stack trace: " + copied);
        assertTrue(robot.lookup(".failure-dialog").tryQuery().isPresent(), "copying leaves the dialog open");

        LogRecord record = logged.stream().filter(r -> r.getLevel() == Level.SEVERE).findFirst().orElseThrow();
        assertEquals("the planner's row had no lead", record.getThrown().getMessage());
        assertTrue(record.getMessage().startsWith("uncaught on the thread JavaFX Application Thread"), record.getMessage());

        robot.clickOn((Button b) -> "Close".equals(b.getText()));
        WindowFixture.waitUntil(() -> robot.lookup(".failure-dialog").tryQuery().isEmpty());
    }
}
