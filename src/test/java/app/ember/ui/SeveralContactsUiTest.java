package app.ember.ui;

import static app.ember.ui.WindowFixture.table;
import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.ContactLabel;
import app.ember.domain.Labelled;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadQuery;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lead form takes several e-mails, phones and addresses, each labelled, one primary (issue 14). */
@ExtendWith(ApplicationExtension.class)
class SeveralContactsUiTest {
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
    void aSecondPhoneAddedLabelledAndMadePrimaryIsSavedAndShown(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 60);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#firstNameField").tryQuery().isPresent());
        robot.clickOn("#firstNameField").write("Wren");
        robot.interact(() -> robot.lookup("#phoneField").queryAs(TextField.class).setText("07700 900111"));
        @SuppressWarnings("unchecked")
        ComboBox<ContactLabel> phoneLabel = robot.lookup("#phoneLabelBox").queryAs(ComboBox.class);
        robot.interact(() -> phoneLabel.setValue(ContactLabel.MOBILE));
        robot.clickOn("#addPhone");
        waitUntil(() -> robot.lookup("#contactField0_0").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#contactField0_0").queryAs(TextField.class).setText("01225 444555"));
        @SuppressWarnings("unchecked")
        ComboBox<ContactLabel> rowLabel = robot.lookup("#contactLabel0").queryAs(ComboBox.class);
        robot.interact(() -> rowLabel.setValue(ContactLabel.HOME));
        robot.clickOn("#makePrimary0");
        assertEquals("01225 444555", robot.lookup("#phoneField").queryAs(TextField.class).getText());
        assertEquals(ContactLabel.HOME, phoneLabel.getValue(), "the label goes with the number");
        assertEquals("07700 900111", robot.lookup("#contactField0_0").queryAs(TextField.class).getText());
        robot.clickOn("#addEmail");
        waitUntil(() -> robot.lookup("#contactField0_0").queryAs(TextField.class).getText().isEmpty());
        robot.interact(() -> robot.lookup("#contactField0_0").queryAs(TextField.class).setText("wren@work.example"));
        robot.clickOn("#saveButton");
        waitUntil(() -> window.services.leadBook().count(LeadQuery.all()) == 61);
        long id = window.services.leadBook().page(LeadQuery.all().withSearch("Wren"), 0, 1).get(0).id();
        LeadDetails saved = window.services.leadBook().details(id).orElseThrow();
        assertEquals("01225 444555", saved.lead().phone());
        assertEquals(ContactLabel.HOME, saved.contacts().phoneLabel());
        assertEquals(List.of(new Labelled<>(ContactLabel.MOBILE, "07700 900111")), saved.contacts().phones());
        assertEquals(List.of(new Labelled<>(ContactLabel.OTHER, "wren@work.example")), saved.contacts().emails());
        waitUntil(() -> org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("Phone · home · primary").tryQuery().isPresent()
                        && robot.lookup("Phone · mobile").tryQuery().isPresent()).get());
    }

    @Test
    void faxIsOfferedForPhonesOnlyNotForEmailsOrAddresses(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 60);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#firstNameField").tryQuery().isPresent());
        assertFalse(labelBox(robot, "#emailLabelBox").getItems().contains(ContactLabel.FAX));
        assertFalse(labelBox(robot, "#addressLabelBox").getItems().contains(ContactLabel.FAX));
        assertTrue(labelBox(robot, "#phoneLabelBox").getItems().contains(ContactLabel.FAX));
        // Fired, not clicked: each row added pushes the buttons further down the scrolled form.
        robot.interact(() -> robot.lookup("#addEmail").queryButton().fire());
        waitUntil(() -> robot.lookup("#contactLabel0").tryQuery().isPresent());
        assertFalse(labelBox(robot, "#contactLabel0").getItems().contains(ContactLabel.FAX), "a further e-mail");
        robot.interact(() -> robot.lookup("#addPhone").queryButton().fire());
        waitUntil(() -> robot.lookup("#contactLabel1").tryQuery().isPresent());
        assertTrue(labelBox(robot, "#contactLabel1").getItems().contains(ContactLabel.FAX), "a further phone");
        assertEquals(List.of(ContactLabel.WORK, ContactLabel.HOME, ContactLabel.MOBILE, ContactLabel.OTHER),
                labelBox(robot, "#contactLabel0").getItems());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ContactLabel> labelBox(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }
}
