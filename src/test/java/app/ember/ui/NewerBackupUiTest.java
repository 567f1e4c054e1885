package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.LeadQuery;
import app.ember.store.Backups;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File → Restore with a backup made by a newer Ember: refused with a message, the book unchanged. */
@ExtendWith(ApplicationExtension.class)
class NewerBackupUiTest {
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
    void aBackupFromANewerEmberIsRefusedInTheRestoreDialog(FxRobot robot) throws Exception {
        WindowFixture.waitUntil(() -> WindowFixture.table(robot).getItems().size() == 60);
        Path ours = window.services.backups().backup().file();
        Path newer = ours.resolveSibling("ember-2099-01-01-0000.zip");
        try (ZipFile in = new ZipFile(ours.toFile());
             InputStream db = in.getInputStream(in.getEntry("ember.mv.db"));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(newer))) {
            out.setComment(in.getComment().replaceAll("schema=\\d+", "schema=99").replaceAll("ember=.*", "ember=2.0.0")
                    .replaceAll("taken=.*", "taken=2099-01-01T00:00:00Z"));
            out.putNextEntry(new ZipEntry("ember.mv.db"));
            db.transferTo(out);
            out.closeEntry();
        }

        robot.clickOn("File").clickOn("Restore…");
        WindowFixture.waitUntil(() -> robot.lookup("#restore-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Backups.Backup> list = robot.lookup("#restore-list").queryAs(ListView.class);
        assertEquals(newer, list.getSelectionModel().getSelectedItem().file());
        robot.clickOn((Button b) -> "Restore".equals(b.getText()));
        WindowFixture.waitUntil(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(p -> "Made by a newer Ember".equals(p.getHeaderText())));
        DialogPane refused = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> "Made by a newer Ember".equals(p.getHeaderText())).findFirst().orElseThrow();
        assertTrue(refused.getContentText().contains("(Ember 2.0.0, schema 99)"), refused.getContentText());
        assertTrue(refused.getContentText().contains("nothing was changed"), refused.getContentText());
        robot.clickOn((Button b) -> "OK".equals(b.getText()));

        assertSame(window.model, window.current(), "the window was not rebuilt");
        assertTrue(window.services.isOpen());
        assertEquals(60, window.services.leadBook().count(LeadQuery.all()));
        assertEquals(2, window.services.backups().list().size(), "no 'before restore' backup either");
    }
}
