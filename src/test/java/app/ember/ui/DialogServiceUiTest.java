package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.LeadQuery;
import app.ember.ui.common.FxDialogService;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The one dialog service: the window's own dresses every dialog and window it opens like the main
 * window (dark too), and the scripted one of the tests answers a question without showing it.
 */
@ExtendWith(ApplicationExtension.class)
class DialogServiceUiTest {
    private WindowFixture window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new WindowFixture(stage, true);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static boolean themedDark(Parent root) {
        return root.getStyleClass().contains("dark")
                && root.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("ember.css"))
                || root.getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("ember.css"))
                && root.getStyleClass().contains("dark");
    }

    @Test
    void aWindowAndAMessageOpenedThroughTheServiceAreDarkWhenTheMainWindowIs(FxRobot robot) throws Exception {
        robot.interact(() -> window.model.darkProperty().set(true));
        FxDialogService dialogs = new FxDialogService();
        AtomicReference<Stage> opened = new AtomicReference<>();
        robot.interact(() -> {
            Stage over = dialogs.window(stage, "over", self -> new StackPane(new Label("a window")));
            opened.set(over);
            over.show();
        });
        assertEquals(stage, opened.get().getOwner(), "owned by the main window");
        assertTrue(themedDark(opened.get().getScene().getRoot()), opened.get().getScene().getRoot().getStyleClass()
                .toString());

        AtomicReference<Alert> said = new AtomicReference<>();
        robot.interact(() -> {
            said.set(new Alert(Alert.AlertType.INFORMATION, "said"));
            dialogs.tell(said.get(), stage);
        });
        Alert message = said.get();
        assertEquals(stage, message.getOwner());
        assertTrue(themedDark(message.getDialogPane()), message.getDialogPane().getStyleClass().toString());
        robot.interact(() -> {
            message.close();
            opened.get().close();
        });
    }

    @Test
    void aScriptedAnswerDeletesTheSelectedLeadWithoutAQuestionOnTheScreen(FxRobot robot) throws Exception {
        WindowFixture.waitUntil(() -> WindowFixture.table(robot).getItems().size() == 60);
        long before = window.services.leadBook().count(LeadQuery.all());
        window.dialogs.answer(ButtonBar.ButtonData.OK_DONE);
        robot.interact(() -> {
            WindowFixture.table(robot).requestFocus();
            WindowFixture.table(robot).getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        WindowFixture.waitUntil(() -> window.services.leadBook().count(LeadQuery.all()) == before - 1);
        assertEquals(List.of("Delete 1 lead?"), window.dialogs.answered());
        assertFalse(Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()),
                "no dialog was on the screen");
    }
}
