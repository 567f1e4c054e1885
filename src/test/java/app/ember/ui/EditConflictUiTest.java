package app.ember.ui;

import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadField;
import app.ember.domain.Temperature;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import app.ember.ui.common.Theme;
import app.ember.ui.common.ViewLoader;
import app.ember.ui.editor.ContactRows;
import app.ember.ui.editor.LeadEditorView;
import app.ember.ui.editor.LeadEditorViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two people edit one lead: Sam saves first; Jo's save, made on the lead as it was when Jo opened it,
 * is refused and Jo's form shows theirs and Jo's own side by side. Here both forms share one H2 book;
 * the OnPostgres subclass runs the same with two connections to one server, as two Embers.
 */
@ExtendWith(ApplicationExtension.class)
class EditConflictUiTest {
    private Services sams;
    private Services jos;
    private Background background;
    private LeadEditorViewModel samsForm;
    private LeadEditorViewModel josForm;
    private long lead;
    private final List<Long> saved = new CopyOnWriteArrayList<>();

    /** The two people's services on one book; on H2 one book open once, shared. */
    Services[] openTwo(Path dataDir) {
        Services one = new Services(Database.open(dataDir), Clock.systemDefaultZone());
        return new Services[] {one, one};
    }

    @Start
    void start(Stage stage) throws Exception {
        Services[] two = openTwo(Files.createTempDirectory("ember-conflict"));
        sams = two[0];
        jos = two[1];
        background = Background.daemonPool();
        lead = sams.leadBook().create(Lead.builder().firstName("Ana").lastName("Ruiz").temperature(Temperature.WARM)
                .created(Instant.parse("2026-11-01T10:00:00Z")).build());
        // Opened with the lead's further contacts, as the window opens a form: a save then compares them too.
        LeadDetails opened = jos.leadBook().details(lead).orElseThrow();
        samsForm = new LeadEditorViewModel(sams, background, opened.lead(), opened.contacts());
        josForm = new LeadEditorViewModel(jos, background, opened.lead(), opened.contacts());
        LeadEditorView view = new LeadEditorView(josForm, List.of(), saved::add, () -> { });
        Scene scene = new Scene(ViewLoader.load(view), 700, 760);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        background.close();
        sams.close();
        jos.close();
    }

    private void samSavesANewPhone(FxRobot robot) throws Exception {
        List<Long> samSaved = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            samsForm.text(LeadField.PHONE).set("+34 600 111 222");
            samsForm.save(samSaved::add);
        });
        waitUntil(() -> !samSaved.isEmpty());
    }

    private void joTypesAnEmailAndSaves(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#emailField").queryAs(TextField.class).setText("ana@example.com"));
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#editConflict").tryQuery().isPresent());
    }

    private boolean shows(FxRobot robot, String text) {
        return robot.lookup("#editConflict .label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().contains(text));
    }

    private Lead stored() {
        return sams.leadBook().details(lead).orElseThrow().lead();
    }

    @Test
    void aStaleSaveIsRefusedAndShowsTheirsBesideYours(FxRobot robot) throws Exception {
        samSavesANewPhone(robot);
        joTypesAnEmailAndSaves(robot);
        assertTrue(shows(robot, "changed this lead at"), "says who changed it and when");
        assertTrue(shows(robot, "+34 600 111 222"), "theirs: Sam's phone");
        assertTrue(shows(robot, "ana@example.com"), "yours: Jo's e-mail");
        assertTrue(saved.isEmpty());
        assertEquals("", stored().email(), "nothing of Jo's was written");
        assertEquals("+34 600 111 222", stored().phone(), "nothing of Sam's was overwritten");

        robot.clickOn("#conflictKeepMine");
        waitUntil(() -> saved.size() == 1);
        assertEquals("ana@example.com", stored().email(), "Jo chose to save theirs over it, having seen both");
        assertFalse(robot.lookup("#editConflict").tryQuery().isPresent());
    }

    @Test
    void aSaveRefusedOverAFurtherPhoneAloneShowsThatPhone(FxRobot robot) throws Exception {
        List<Long> samSaved = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            samsForm.contacts().add(ContactRows.Kind.PHONE).texts().get(0).set("+34 600 333 444");
            samsForm.save(samSaved::add);
        });
        waitUntil(() -> !samSaved.isEmpty());
        robot.interact(() -> robot.lookup("#addEmail").queryButton().fire());
        waitUntil(() -> robot.lookup("#contactField0_0").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#contactField0_0").queryAs(TextField.class).setText("ana@work.example"));
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#editConflict").tryQuery().isPresent());
        assertTrue(shows(robot, "More phones"), "the row of the further phones");
        assertTrue(shows(robot, "mobile: +34 600 333 444"), "theirs: Sam's second phone");
        assertTrue(shows(robot, "More e-mails"), "the row of the further e-mails");
        assertTrue(shows(robot, "other: ana@work.example"), "yours: Jo's second e-mail");
        assertEquals(List.of(), sams.leadBook().details(lead).orElseThrow().contacts().emails(), "nothing of Jo's");
    }

    @Test
    void takingTheirsFillsTheFormWithTheLeadAsItIsAndWritesNothing(FxRobot robot) throws Exception {
        samSavesANewPhone(robot);
        joTypesAnEmailAndSaves(robot);
        robot.clickOn("#conflictTakeTheirs");
        waitUntil(() -> !robot.lookup("#editConflict").tryQuery().isPresent());
        assertEquals("+34 600 111 222", robot.lookup("#phoneField").queryAs(TextField.class).getText());
        assertEquals("", robot.lookup("#emailField").queryAs(TextField.class).getText());
        assertEquals("", stored().email());
        assertTrue(saved.isEmpty());
    }
}
