package app.ember.ui;

import static app.ember.ui.WindowFixture.table;
import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** After the lead form saves: the detail pane shows what was saved, and a new lead never vanishes behind a search. */
@ExtendWith(ApplicationExtension.class)
class EditorRefreshUiTest {
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
    void editThenSaveShowsTheNewValuesInTheDetailPane(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 60 && table(robot).getItems().get(0) != null);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        long id = table(robot).getItems().get(0).id();
        waitUntil(() -> window.model.detail().detailsProperty().get() != null
                && window.model.detail().detailsProperty().get().lead().id() == id);
        robot.interact(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#companyField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#companyField").queryAs(TextField.class).setText("Renamed Florists Ltd"));
        robot.clickOn("#saveButton");
        waitUntil(() -> !WindowFixture.shown(robot, "#companyField"));
        waitUntil(() -> "Renamed Florists Ltd".equals(window.model.detail().detailsProperty().get().lead().company()));
        assertEquals(id, window.model.detail().detailsProperty().get().lead().id());
    }

    @Test
    void aNewLeadSavedDuringASearchClearsTheSearchAndIsSelected(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 60);
        robot.clickOn("#searchField").write("lefevre");
        waitUntil(() -> table(robot).getItems().size() < 60 && !table(robot).getItems().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#firstNameField").tryQuery().isPresent());
        robot.clickOn("#firstNameField").write("Zelda");
        robot.clickOn("#lastNameField").write("Newcomer");
        robot.clickOn("#saveButton");
        waitUntil(() -> table(robot).getItems().size() == 61 && table(robot).getSelectionModel().getSelectedItem() != null
                && table(robot).getSelectionModel().getSelectedItem().name().equals("Zelda Newcomer"));
        assertEquals("", robot.lookup("#searchField").queryAs(TextField.class).getText(), "the search was cleared");
    }
}
