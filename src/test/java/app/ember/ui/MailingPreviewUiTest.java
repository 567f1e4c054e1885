package app.ember.ui;

import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Lead;
import app.ember.domain.PostalAddress;
import app.ember.domain.Temperature;
import app.ember.ui.mailing.MailingViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 16 on the Mailing screen: the preview names the pieces that will not fit (and leaves them
 * out), zooms by its buttons and by Ctrl+plus / Ctrl+Shift+0, and postcards without a return address are
 * said to be so, and asked about before they print.
 */
@ExtendWith(ApplicationExtension.class)
class MailingPreviewUiTest {
    private WindowFixture window;

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, false, services -> {
            services.leadBook().create(Lead.builder().firstName("Ann").lastName("Lee").temperature(Temperature.HOT)
                    .address(new PostalAddress("4 Market St", "", "Leeds", "", "LS1 6DT", "GB")).build());
            services.leadBook().create(Lead.builder().firstName("Łucja").lastName("Wróbel-Nowicka")
                    .company("Kwiaciarnia i Pracownia Florystyczna Łucja Wróbel i Wspólnicy Spółka z ograniczoną "
                            + "odpowiedzialnością Oddział w Krakowie")
                    .temperature(Temperature.HOT)
                    .address(new PostalAddress("ul. Floriańska 12/4", "Oficyna, II piętro", "Kraków", "", "31-019",
                            "PL")).build());
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void thePreviewNamesWhatWillNotFitZoomsAndWarnsAboutAMissingReturnAddress(FxRobot robot) throws Exception {
        waitUntil(() -> window.model.list().totalProperty().get() == 2);
        window.focusMainWindow(robot);
        robot.type(KeyCode.F4);
        Label overflow = robot.lookup("#mailing-overflow").queryAs(Label.class);
        waitUntil(() -> overflow.getText().startsWith("Will not fit: Łucja Wróbel-Nowicka (lead #"));
        assertTrue(overflow.getText().contains("lines do not fit on a 25.4 mm high label, even at 8 pt"),
                overflow.getText());

        ImageView image = robot.lookup("#mailing-preview-image").queryAs(ImageView.class);
        waitUntil(() -> image.getImage() != null && image.getFitWidth() > 0);
        double fitted = image.getFitWidth();
        robot.clickOn("#mailing-zoom-in");
        waitUntil(() -> Math.abs(image.getFitWidth() - 1.5 * fitted) < 1);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitUntil(() -> Math.abs(image.getFitWidth() - 2 * fitted) < 1);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        waitUntil(() -> Math.abs(image.getFitWidth() - 1.5 * fitted) < 1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DIGIT0).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> Math.abs(image.getFitWidth() - fitted) < 1);
        assertTrue(robot.lookup("#mailing-zoom-fit").queryAs(Button.class).isDisabled(), "already fitted");

        Label noReturn = robot.lookup("#mailing-no-return").queryAs(Label.class);
        assertEquals("", noReturn.getText(), "labels need no return address");
        robot.interact(() -> window.model.mailing().outputProperty().set(MailingViewModel.Output.POSTCARDS));
        waitUntil(() -> noReturn.isVisible() && noReturn.getText().startsWith("No return address is set"));

        // Save asks first; "Print without it" (the go-ahead) writes the postcards all the same.
        Path pdf = Files.createTempDirectory("ember-postcards").resolve("postcards.pdf");
        window.dialogs.answer(ButtonBar.ButtonData.OK_DONE).chooseFile(pdf);
        robot.interact(() -> robot.lookup("#mailing-save").queryButton().fire());
        waitUntil(() -> Files.exists(pdf) && Files.size(pdf) > 0);
        assertEquals(List.of("Print postcards without a return address?"), window.dialogs.answered(),
                "the question was asked before the save");
    }
}
