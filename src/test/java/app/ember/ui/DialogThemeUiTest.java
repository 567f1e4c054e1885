package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A question Ember asks wears the window's look: its stylesheet, and dark when the window is dark. */
@ExtendWith(ApplicationExtension.class)
class DialogThemeUiTest {
    private WindowFixture window;

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, true);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theDeleteQuestionIsDarkInTheDarkTheme(FxRobot robot) throws Exception {
        WindowFixture.waitUntil(() -> WindowFixture.table(robot).getItems().size() == 60);
        robot.interact(() -> window.model.darkProperty().set(true));
        robot.interact(() -> {
            WindowFixture.table(robot).requestFocus();
            WindowFixture.table(robot).getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        WindowFixture.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getStyleClass().contains("dark"), pane.getStyleClass().toString());
        assertTrue(pane.getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("ember.css")),
                pane.getStylesheets().toString());
        robot.type(KeyCode.ESCAPE);
    }
}
