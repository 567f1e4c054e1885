package app.ember.ui;

import static app.ember.ui.WindowFixture.table;
import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.LeadQuery;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lead form: messages next to the fields as you type, Save only when valid, the unsaved-changes question. */
@ExtendWith(ApplicationExtension.class)
class LeadEditorUiTest {
    private WindowFixture window;

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, true);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    /** Focus without a click: a click on the table would select the row under the pointer. */
    private static void focusTable(FxRobot robot) {
        robot.interact(() -> table(robot).requestFocus());
    }

    private void openNewLeadForm(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 60);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#firstNameField").tryQuery().isPresent());
    }

    private static Label message(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class);
    }

    @Test
    void aBadEmailIsNamedNextToTheFieldAndBlocksSaving(FxRobot robot) throws Exception {
        openNewLeadForm(robot);
        robot.clickOn("#firstNameField").write("Greta");
        robot.clickOn("#emailField").write("greta@@example");
        waitUntil(() -> message(robot, "emailProblem").isVisible());
        assertTrue(message(robot, "emailProblem").getText().contains("'greta@@example' is not valid"));
        assertTrue(robot.lookup("#saveButton").queryAs(Button.class).isDisabled());

        robot.interact(() -> robot.lookup("#emailField").queryAs(TextField.class).setText("greta@example.com"));
        waitUntil(() -> !message(robot, "emailProblem").isVisible());
        assertFalse(robot.lookup("#saveButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void aPostcodeThatDoesNotFitTheCountryIsNamed(FxRobot robot) throws Exception {
        openNewLeadForm(robot);
        robot.clickOn("#firstNameField").write("Hamish");
        robot.interact(() -> robot.lookup("#countryField").queryAs(TextField.class).setText("GB"));
        robot.interact(() -> robot.lookup("#postcodeField").queryAs(TextField.class).setText("90210"));
        waitUntil(() -> message(robot, "postcodeProblem").isVisible());
        assertTrue(message(robot, "postcodeProblem").getText().contains("'90210' is not a postcode of GB"),
                message(robot, "postcodeProblem").getText());
        assertTrue(robot.lookup("#saveButton").queryAs(Button.class).isDisabled());
        robot.interact(() -> robot.lookup("#postcodeField").queryAs(TextField.class).setText("EH1 1YZ"));
        waitUntil(() -> !message(robot, "postcodeProblem").isVisible());
    }

    @Test
    void closingWithUnsavedChangesAsksAndKeepsWhatWasTyped(FxRobot robot) throws Exception {
        openNewLeadForm(robot);
        robot.clickOn("#firstNameField").write("Ingrid");
        robot.clickOn("#cancelButton");
        waitUntil(() -> robot.lookup("Keep editing").tryQuery().isPresent());
        robot.clickOn("Keep editing");
        waitUntil(() -> WindowFixture.shown(robot, "#firstNameField"));
        assertEquals("Ingrid", robot.lookup("#firstNameField").queryAs(TextField.class).getText());

        robot.clickOn("#cancelButton");
        waitUntil(() -> robot.lookup("Discard changes").tryQuery().isPresent());
        robot.clickOn("Discard changes");
        waitUntil(() -> !WindowFixture.shown(robot, "#firstNameField"));
        assertEquals(60, window.services.leadBook().count(LeadQuery.all()));
    }

    @Test
    void anEventDateIsPickedFromTheCalendarAndSavedWithTheLead(FxRobot robot) throws Exception {
        openNewLeadForm(robot);
        robot.clickOn("#firstNameField").write("Paloma");
        DatePicker needBy = robot.lookup("#editor-needBy").queryAs(DatePicker.class);
        robot.interact(needBy::show);
        waitUntil(() -> robot.lookup(".date-cell").tryQuery().isPresent());
        // The 20th of the month the calendar opens on (this month): a click fills the field and closes it.
        DateCell twentieth = robot.lookup(".date-cell").queryAllAs(DateCell.class).stream()
                .filter(cell -> !cell.getStyleClass().contains("previous-month")
                        && !cell.getStyleClass().contains("next-month") && "20".equals(cell.getText()))
                .findFirst().orElseThrow();
        LocalDate picked = twentieth.getItem();
        robot.clickOn(twentieth);
        waitUntil(() -> !needBy.isShowing());
        assertEquals(picked.toString(), needBy.getEditor().getText());
        robot.clickOn("#saveButton");
        waitUntil(() -> window.services.leadBook().count(LeadQuery.all()) == 61);
        assertTrue(window.services.leadBook().page(LeadQuery.all().withSearch("Paloma"), 0, 1).stream()
                .anyMatch(row -> picked.equals(row.needBy())), "the picked day is the lead's event date");
    }

    @Test
    void aDateTheCalendarCannotReadStaysAsTypedAndIsNamed(FxRobot robot) throws Exception {
        openNewLeadForm(robot);
        robot.clickOn("#firstNameField").write("Paloma");
        DatePicker birthday = robot.lookup("#editor-birthday").queryAs(DatePicker.class);
        // The field sits low in the form: focused by the keyboard's route, not a click out of view.
        robot.interact(() -> birthday.getEditor().requestFocus());
        robot.write("31/12/1990");
        robot.interact(() -> robot.lookup("#firstNameField").query().requestFocus());
        waitUntil(() -> message(robot, "birthdayProblem").isVisible());
        assertEquals("31/12/1990", birthday.getEditor().getText(), "leaving the field keeps what was typed");
        assertTrue(robot.lookup("#saveButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void aValidNewLeadIsSavedAndShown(FxRobot robot) throws Exception {
        openNewLeadForm(robot);
        robot.clickOn("#firstNameField").write("Yusuf");
        robot.clickOn("#lastNameField").write("Demir");
        robot.clickOn("#emailField").write("yusuf@example.com");
        Button save = robot.lookup("#saveButton").queryAs(Button.class);
        assertFalse(save.isDisabled(), "a valid form can be saved");
        robot.clickOn(save);
        waitUntil(() -> window.services.leadBook().count(LeadQuery.all()) == 61);
        waitUntil(() -> robot.lookup(".detail-name").queryAs(Label.class).getText().equals("Yusuf Demir"));
    }

    @Test
    void doNotSendPostIsSavedWithTheLeadAndShownInTheDetail(FxRobot robot) throws Exception {
        openNewLeadForm(robot);
        robot.clickOn("#firstNameField").write("Vera");
        CheckBox doNotMail = robot.lookup("#doNotMailCheck").queryAs(CheckBox.class);
        assertFalse(doNotMail.isSelected(), "a new lead may be sent post");
        robot.interact(() -> doNotMail.setSelected(true));
        robot.clickOn("#saveButton");
        waitUntil(() -> window.services.leadBook().count(LeadQuery.all()) == 61);
        long id = window.services.leadBook().page(LeadQuery.all().withSearch("Vera"), 0, 1).get(0).id();
        assertTrue(window.services.leadBook().details(id).orElseThrow().lead().doNotMail());
        // Looked up on the JavaFX thread: the detail pane is still being rebuilt there, and a lookup from
        // the test thread could walk its children while they change.
        waitUntil(() -> org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("Do not send post: they asked not to get any").tryQuery().isPresent()).get());
    }

    @Test
    void editingWithoutChangesClosesWithoutAsking(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 60 && table(robot).getItems().get(0) != null);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        focusTable(robot);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#firstNameField").tryQuery().isPresent());
        assertFalse(robot.lookup("#firstNameField").queryAs(TextField.class).getText().isEmpty());
        robot.clickOn("#cancelButton");
        waitUntil(() -> !WindowFixture.shown(robot, "#firstNameField"));
        assertTrue(robot.lookup(".dialog-pane").queryAll().stream().noneMatch(WindowFixture::shown));
        assertTrue(robot.lookup(".dialog-pane .button").queryAllAs(ButtonBase.class).stream()
                .noneMatch(WindowFixture::shown));
    }
}
