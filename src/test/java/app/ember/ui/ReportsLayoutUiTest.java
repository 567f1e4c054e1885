package app.ember.ui;

import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.report.ChannelEffect;
import app.ember.domain.report.ReportLead;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Reports tab reads whole on the sample book in a 1024x700 window and in a 1366x768 one: no table
 * header cut short ("On ti…"), no chart's words turned on their side; and a row of the "what works"
 * table lists the leads behind it.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsLayoutUiTest {
    private WindowFixture window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new WindowFixture(stage, true);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    /** Each header whose drawn text is not its whole title, as "title -> drawn". */
    private static List<String> cutHeaders(Node sections) {
        List<String> cut = new ArrayList<>();
        for (Node table : sections.lookupAll(".report-table")) {
            for (Node node : table.lookupAll(".column-header .label")) {
                Labeled label = (Labeled) node;
                Text drawn = (Text) label.lookup(".text");
                if (drawn == null || !label.getText().equals(drawn.getText())) {
                    cut.add(table.getId() + ": " + label.getText() + " -> " + (drawn == null ? null : drawn.getText()));
                }
            }
        }
        return cut;
    }

    /** The words of every category axis turned away from level. */
    private static List<String> turnedWords(Node sections) {
        List<String> turned = new ArrayList<>();
        for (Node axis : sections.lookupAll(".axis")) {
            if (axis instanceof CategoryAxis) {
                for (Node child : ((Parent) axis).getChildrenUnmodifiable()) {
                    if (child instanceof Text text && child.isVisible() && text.getRotate() != 0) {
                        turned.add(text.getText() + " at " + text.getRotate() + "°");
                    }
                }
            }
        }
        return turned;
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTabReadsWholeAt1024By700And1366By768(FxRobot robot) throws Exception {
        waitUntil(() -> window.model.list().totalProperty().get() == 60);
        window.focusMainWindow(robot);
        robot.type(KeyCode.F5);
        waitUntil(() -> WindowFixture.shown(robot, "#report-sections")
                && window.model.reports().reportProperty().get() != null);
        Node sections = robot.lookup("#report-sections").query();
        assertFalse(sections.lookupAll(".report-table").isEmpty());
        assertTrue(sections.lookupAll(".axis").stream().anyMatch(CategoryAxis.class::isInstance));
        for (double[] wanted : new double[][]{{1024, 700}, {1366, 768}}) {
            // The headless screen is 1280 wide: a wider window overflows its buffer, so 1366 is tried as 1280
            // there (a real 1366x768 window was looked at by hand; see the README's Reports section).
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
            double[] size = {Math.min(wanted[0], screen.getWidth()), Math.min(wanted[1], screen.getHeight())};
            resize(robot, size[0], size[1]);
            waitUntil(() -> Math.abs(stage.getScene().getWidth() - size[0]) < 40);
            assertEquals(List.of(), cutHeaders(sections), "headers at " + size[0] + "x" + size[1]);
            assertEquals(List.of(), turnedWords(sections), "chart words at " + size[0] + "x" + size[1]);
        }

        @SuppressWarnings("unchecked")
        TableView<ChannelEffect> effects = robot.lookup("#report-effect-table").queryAs(TableView.class);
        assertFalse(effects.getItems().isEmpty(), "the sample book's week has touches from us");
        ChannelEffect first = effects.getItems().get(0);
        robot.interact(() -> effects.scrollTo(0));
        Node row = effects.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() == first).findFirst()
                .orElseThrow();
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup(".report-scroll").query())
                .setVvalue(row.localToScene(0, 0).getY() / sections.getBoundsInLocal().getHeight()));
        robot.clickOn(row);
        @SuppressWarnings("unchecked")
        ListView<ReportLead> behind = robot.lookup("#report-behind").queryAs(ListView.class);
        waitUntil(() -> !behind.getItems().isEmpty());
        assertTrue(behind.getItems().size() <= first.touches(), "at most one lead a touch");
    }
}
