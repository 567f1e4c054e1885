package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.io.FileFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File → Export… in the window, as the export command: every lead, off the JavaFX thread, the status line
 * saying how many went where. (The save dialog is the system's own and cannot be driven headless: the
 * test starts at what it hands over, the file and its format.)
 */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {
    private WindowFixture window;
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, true);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theFileMenuOffersTheExport(FxRobot robot) throws Exception {
        WindowFixture.waitUntil(() -> WindowFixture.table(robot).getItems().size() == 60);
        robot.clickOn("File");
        WindowFixture.waitUntil(() -> robot.lookup("Export leads…").tryQuery().isPresent());
        robot.clickOn("File");
    }

    @Test
    void anExportToXlsxWritesEveryLeadAndSaysWhere(FxRobot robot) throws Exception {
        WindowFixture.waitUntil(() -> WindowFixture.table(robot).getItems().size() == 60);
        Path file = folder.resolve("clients.xlsx");
        robot.interact(() -> window.model.exportLeads(file, FileFormat.XLSX));
        WindowFixture.waitUntil(() -> window.model.statusProperty().get().startsWith("Exported 60 leads to "));
        assertTrue(window.model.statusProperty().get().endsWith(file.toString()));
        try (ZipFile workbook = new ZipFile(file.toFile())) {
            assertTrue(workbook.getEntry("xl/workbook.xml") != null, "a real workbook");
        }
    }

    @Test
    void aCsvExportWritesItsHistoryBesideIt(FxRobot robot) throws Exception {
        WindowFixture.waitUntil(() -> WindowFixture.table(robot).getItems().size() == 60);
        Path file = folder.resolve("clients.csv");
        robot.interact(() -> window.model.exportLeads(file, FileFormat.CSV));
        WindowFixture.waitUntil(() -> window.model.statusProperty().get().startsWith("Exported 60 leads to "));
        List<Path> written;
        try (var files = Files.list(folder)) {
            written = files.sorted().toList();
        }
        assertEquals(2, written.size(), written.toString());
        assertTrue(window.model.statusProperty().get().contains(written.get(1).getFileName().toString())
                || window.model.statusProperty().get().contains(written.get(0).getFileName().toString()));
        // 60 leads and the header row.
        assertEquals(61, Files.readAllLines(file).stream().filter(line -> !line.isBlank()).count()
                - continuationLines(file));
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedInTheStatusLine(FxRobot robot) throws Exception {
        WindowFixture.waitUntil(() -> WindowFixture.table(robot).getItems().size() == 60);
        Path file = folder.resolve("missing-folder").resolve("clients.vcf");
        robot.interact(() -> window.model.exportLeads(file, FileFormat.VCF));
        WindowFixture.waitUntil(() -> window.model.statusProperty().get().startsWith("Could not export to "));
        assertTrue(window.model.statusProperty().get().contains(file.toString()));
    }

    /** Lines that continue a quoted multi-line cell (a note with a line break), not rows of their own. */
    private static long continuationLines(Path csv) throws Exception {
        long inside = 0;
        boolean quoted = false;
        for (String line : Files.readAllLines(csv)) {
            if (quoted) {
                inside++;
            }
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
            }
        }
        return inside;
    }
}
