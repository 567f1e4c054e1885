package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.LeadQuery;
import app.ember.store.Backups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File → Back up now and File → Restore in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class BackupUiTest {
    private WindowFixture window;

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, true);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private String status(FxRobot robot) {
        return robot.lookup(".status-text").queryAs(Label.class).getText();
    }

    @Test
    void backUpNowRunsInTheBackgroundAndSaysWhere(FxRobot robot) throws Exception {
        WindowFixture.waitUntil(() -> WindowFixture.table(robot).getItems().size() == 60);
        robot.clickOn(".lead-table");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        WindowFixture.waitUntil(() -> window.model.statusProperty().get().startsWith("Backed up 60 leads to "));
        List<Backups.Backup> backups = window.services.backups().list();
        assertEquals(1, backups.size());
        assertEquals(60, backups.get(0).leads());
        assertTrue(window.model.statusProperty().get().endsWith(backups.get(0).file().toString()));
        assertTrue(Files.isRegularFile(backups.get(0).file()));
    }

    @Test
    void restoreThroughTheDialogReopensTheWindowOnTheRestoredBook(FxRobot robot) throws Exception {
        WindowFixture.waitUntil(() -> WindowFixture.table(robot).getItems().size() == 60);
        Path backup = window.services.backups().backup().file();
        List<Long> gone = WindowFixture.table(robot).getItems().subList(0, 5).stream().map(r -> r.id()).toList();
        window.services.leadBook().delete(gone);
        robot.interact(() -> window.model.list().refresh());
        WindowFixture.waitUntil(() -> WindowFixture.table(robot).getItems().size() == 55);

        robot.clickOn("File").clickOn("Restore…");
        WindowFixture.waitUntil(() -> robot.lookup("#restore-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Backups.Backup> list = robot.lookup("#restore-list").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        assertEquals(backup, list.getSelectionModel().getSelectedItem().file());
        assertTrue(robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith("60 leads · ")).tryQuery()
                .isPresent(), "the row says how many leads");
        robot.clickOn((Button b) -> "Restore".equals(b.getText()));
        WindowFixture.waitUntil(() -> robot.lookup(".dialog-pane").lookup((Label l) -> l.getText() != null
                && l.getText().contains("backed up first")).tryQuery().isPresent());
        robot.clickOn((Button b) -> "Restore".equals(b.getText()));

        WindowFixture.waitUntil(() -> window.current() != window.model);
        WindowFixture.waitUntil(() -> WindowFixture.table(robot).getItems().size() == 60);
        assertFalse(window.services.isOpen(), "the services on the replaced book are closed");
        assertTrue(window.currentServices().isOpen());
        assertEquals(60, window.currentServices().leadBook().count(LeadQuery.all()));
        assertTrue(status(robot).startsWith("Restored the backup of "), status(robot));
        // The book as it was before (55 leads) was backed up first.
        List<Backups.Backup> all = window.currentServices().backups().list();
        assertEquals(2, all.size());
        assertEquals(55, all.get(0).leads());
    }
}
