package app.ember.ui;

import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.ember.domain.ImportPlan;
import app.ember.domain.RowProblem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A row of the wizard's preview shows whole (issue 14): its second line, why the row needs a look, was cut
 * with "…" because the row was given the height of fewer lines than its text wraps to at the list's width.
 */
@ExtendWith(ApplicationExtension.class)
class ImportPreviewRowUiTest {
    private WindowFixture window;
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, false);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void everyPreviewRowShowsAllItsLinesAtBothWindowSizes(FxRobot robot) throws Exception {
        Path file = folder.resolve("clients.csv");
        Files.writeString(file, String.join("\n",
                "First Name,Last Name,E-mail,Address,Country",
                "Anna,Smith,anna@example.com,\"12 High Street, Bath BA1 1AA\",United Kingdom",
                "Bob,Jones,bob@,\"The Old Rectory, Church Lane, Little Snoring near Fakenham\",United Kingdom",
                "Chloé,Lefèvre-Montmorency de la Tour d'Auvergne,chloe.lefevre-montmorency@example.fr,"
                        + "\"Appartement 12, Résidence des Tilleuls, quelque part\",Nowhere Land",
                "Anna,Smith,anna@example.com,\"12 High Street, Bath BA1 1AA\",United Kingdom") + "\n",
                StandardCharsets.UTF_8);
        waitUntil(() -> window.model.list().loadedProperty().get());
        window.focusMainWindow(robot);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".importer").tryQuery().isPresent());
        Node importer = robot.lookup(".importer").query();
        window.dialogs.chooseFile(file);
        robot.interact(() -> robot.lookup("#import-choose").queryButton().fire());
        @SuppressWarnings("unchecked")
        ListView<ImportPlan.Entry> preview = robot.lookup("#import-preview").queryAs(ListView.class);
        waitUntil(() -> preview.getItems().size() == 4);
        Stage wizard = (Stage) importer.getScene().getWindow();
        for (double[] size : new double[][] {{1024, 700}, {1366, 768}}) {
            robot.interact(() -> {
                wizard.setWidth(size[0]);
                wizard.setHeight(size[1]);
            });
            robot.interact(() -> { });
            List<String[]> shown = new ArrayList<>();
            waitUntil(() -> cellsShown(robot, shown) > 0);
            for (String[] each : shown) {
                assertEquals(each[0], each[1], "at " + (int) size[0] + "x" + (int) size[1]
                        + " a row shows less than its text");
            }
        }
        assertEquals(4, preview.getItems().size());
    }

    /**
     * Each filled preview row's lines that must show (its first, and the column of each reason it needs a look)
     * and the text it shows inside its own bounds (text cut off by the row's height, or with "…", is not shown).
     */
    private static int cellsShown(FxRobot robot, List<String[]> shown) {
        shown.clear();
        for (Node node : robot.lookup("#import-preview .list-cell").queryAll()) {
            ListCell<?> cell = (ListCell<?>) node;
            if (cell.isEmpty() || !(cell.getItem() instanceof ImportPlan.Entry entry) || !cell.isVisible()) {
                continue;
            }
            List<String> must = new ArrayList<>();
            must.add("row " + entry.row().rowNumber());
            for (RowProblem problem : entry.row().problems()) {
                if (problem.severity() == RowProblem.Severity.LOOK) {
                    must.add("\"" + problem.column() + "\"");
                }
            }
            double bottom = cell.localToScene(cell.getLayoutBounds()).getMaxY();
            StringBuilder text = new StringBuilder();
            for (Node part : cell.lookupAll("Text")) {
                if (part instanceof Text t && !t.getText().contains("\u2026") && !t.getText().endsWith("...")
                        && t.localToScene(t.getLayoutBounds()).getMaxY() <= bottom + 0.5) {
                    text.append(t.getText()).append('\n');
                }
            }
            String seen = text.toString();
            shown.add(new String[] {String.join(" ", must), String.join(" ", must.stream()
                    .filter(seen::contains).toList())});
        }
        return shown.size();
    }
}
