package app.ember.ui;

import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.Lead;
import app.ember.domain.Outcome;
import app.ember.domain.PostalAddress;
import app.ember.domain.Recipient;
import app.ember.domain.Temperature;
import app.ember.domain.TimelineEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The mailing tab: whom to mail, who is left out and why, labels from a chosen place, postcards recorded as sent. */
@ExtendWith(ApplicationExtension.class)
class MailingUiTest {
    private WindowFixture window;
    private long noStreet;
    @TempDir
    Path out;

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, false, services -> {
            PostalAddress leeds = new PostalAddress("4 Market St", "", "Leeds", "", "LS1 6DT", "GB");
            services.leadBook().create(Lead.builder().firstName("Łucja").lastName("Wróbel").temperature(Temperature.HOT)
                    .address(leeds).build());
            services.leadBook().create(Lead.builder().firstName("Tom").lastName("Wróbel").temperature(Temperature.WARM)
                    .address(leeds).build());
            services.leadBook().create(Lead.builder().firstName("Chloé").lastName("Lefèvre").temperature(Temperature.COOL)
                    .address(new PostalAddress("12 rue de la Paix", "", "Paris", "", "75002", "FR")).build());
            services.leadBook().create(Lead.builder().firstName("Carl").lastName("Cold").temperature(Temperature.COLD)
                    .address(new PostalAddress("1 Frost Rd", "", "York", "", "YO1 7HH", "GB")).build());
            noStreet = services.leadBook().create(Lead.builder().firstName("Nora").lastName("Nostreet")
                    .temperature(Temperature.WARM).address(new PostalAddress("", "", "Bath", "", "BA1 1AA", "GB")).build());
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#mailing-summary").queryAs(Label.class).getText();
    }

    @Test
    void aLeftOutLeadKeepsItsWholeOpenButtonInA1024By700Window(FxRobot robot) throws Exception {
        // A name long enough to fill the line, as the sample book's are at that width.
        window.services.leadBook().create(Lead.builder().firstName("Maximiliana Aurelia").lastName(
                "Fitzwilliam-Montgomery-Hargreaves of Little Snoring").temperature(Temperature.HOT)
                .address(new PostalAddress("", "", "Great Snoring near Fakenham", "Norfolk", "NR21 0AA", "GB")).build());
        robot.interact(() -> window.model.list().reload());
        waitUntil(() -> window.model.list().totalProperty().get() == 6);
        robot.interact(() -> {
            Stage stage = (Stage) robot.lookup(".lead-table").query().getScene().getWindow();
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        window.focusMainWindow(robot);
        robot.type(KeyCode.F4);
        waitUntil(() -> summary(robot).contains("2 left out") && robot.lookup(".left-out-open").queryAll().stream()
                .filter(Node::isVisible).count() == 2);
        for (Button open : robot.lookup(".left-out-open").queryAllAs(Button.class)) {
            Text drawn = (Text) open.lookup(".text");
            assertEquals("Open", open.getText());
            assertEquals(open.getText(), drawn.getText(), "the button's word is drawn whole, not cut to an ellipsis");
        }
    }

    @Test
    void labelsForHotWarmAndCoolLeaveOutTheIncompleteAndRecordThePostcards(FxRobot robot) throws Exception {
        waitUntil(() -> window.model.list().totalProperty().get() == 5);
        window.focusMainWindow(robot);
        robot.type(KeyCode.F4);
        // Hot, warm and cool by default: four leads, one without a street left out.
        waitUntil(() -> summary(robot).startsWith("3 pieces for 3 leads · 1 left out"));
        @SuppressWarnings("unchecked")
        ListView<app.ember.domain.LeftOut> leftOut = robot.lookup("#mailing-left-out").queryAs(ListView.class);
        assertEquals(noStreet, leftOut.getItems().get(0).leadId());

        robot.clickOn("#mailing-merge");
        waitUntil(() -> summary(robot).startsWith("2 pieces for 3 leads"));
        List<Recipient> pieces = window.model.mailing().recipients();
        assertTrue(pieces.stream().anyMatch(r -> r.addressee().equals("Łucja & Tom Wróbel")), pieces.toString());

        robot.interact(() -> robot.lookup("#mailing-temperature-cold").queryAs(CheckBox.class).setSelected(true));
        waitUntil(() -> summary(robot).startsWith("3 pieces for 4 leads"));

        // Start at label 5 of the sheet, picked on its picture.
        robot.clickOn("#sheet-label-5", MouseButton.PRIMARY);
        waitUntil(() -> window.model.mailing().startAtProperty().get() == 5);

        robot.interact(() -> robot.lookup("#mailing-campaign").queryAs(TextField.class).setText("Spring peonies"));
        Path pdf = out.resolve("labels.pdf");
        window.dialogs.chooseFile(pdf);
        robot.interact(() -> robot.lookup("#mailing-save").queryButton().fire());
        Button record = robot.lookup("#mailing-record").queryAs(Button.class);
        waitUntil(() -> Files.exists(pdf) && !record.isDisabled());
        assertEquals("Record as sent (4 leads)", record.getText());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Łucja & Tom Wróbel") || text.contains("ŁUCJA & TOM WRÓBEL"), text);
            assertFalse(text.contains("Nostreet"), "the lead without a street is not printed");
        }

        // Recording asks first, saying how many leads move on and how many keep their plan.
        robot.interact(record::fire);
        waitUntil(() -> robot.lookup("#mailing-confirm-record").tryQuery().isPresent());
        DialogPane question = robot.lookup("#mailing-confirm-record").queryAs(DialogPane.class);
        assertEquals("Record \"Spring peonies\" as sent to 4 leads?", question.getHeaderText());
        assertTrue(question.getContentText().contains("keep their plan") || question.getContentText().contains("keeps"),
                question.getContentText());
        robot.interact(() -> ((Button) question.lookupButton(question.getButtonTypes().get(0))).fire());
        long first = window.model.mailing().recipients().get(0).leadIds().get(0);
        waitUntil(() -> record.isDisabled()
                && window.services.touchLog().timelineCount(first, Set.of(Channel.POSTCARD)) == 1);
        List<TimelineEntry> touches = window.services.touchLog().timeline(first, Set.of(Channel.POSTCARD), 0, 10);
        assertEquals(1, touches.size());
        assertEquals(Outcome.SENT, touches.get(0).outcome());
        assertTrue(touches.get(0).text().contains("Spring peonies"), touches.get(0).text());

        // Ctrl+Z takes the whole mailing back as one step; it can be recorded again.
        window.focusMainWindow(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> !record.isDisabled());
        for (Recipient piece : window.model.mailing().recipients()) {
            for (long lead : piece.leadIds()) {
                assertEquals(0, window.services.touchLog().timelineCount(lead, Set.of(Channel.POSTCARD)),
                        "lead " + lead + " has no card after the undo");
            }
        }
    }
}
