package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.LeadRow;
import app.ember.domain.Temperature;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import app.ember.ui.common.Theme;
import app.ember.ui.main.MainView;
import app.ember.ui.main.MainViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless: first-start offer, sample leads, colour-coded list, details. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dataDir;
    private Services services;
    private Background background;
    private final AtomicReference<MainViewModel> model = new AtomicReference<>();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("ember-ui");
        services = new Services(Database.open(dir), Clock.systemDefaultZone());
        background = Background.daemonPool();
        MainViewModel mainModel = new MainViewModel(services, background);
        model.set(mainModel);
        Scene scene = new Scene(MainView.create(mainModel, new ScriptedDialogs()), 1240, 760);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        background.close();
        services.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        // Asked on the FX thread, as WindowFixture does: a lookup from the test thread races the scene.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowFixture.onFxThread(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether a node is on screen: it and every parent visible (a table keeps a hidden placeholder). */
    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().anyMatch(node -> {
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return node.getScene() != null;
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<LeadRow> table(FxRobot robot) {
        return (TableView<LeadRow>) robot.lookup(".lead-table").queryAs(TableView.class);
    }

    @Test
    void anEmptyBookOffersSampleLeadsWhichFillTheListHottestFirst(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#loadSampleButton").tryQuery().isPresent());
        assertTrue(shown(robot, ".welcome-card"));

        robot.clickOn("#loadSampleButton");
        waitUntil(() -> table(robot).getItems().size() == 60);

        LeadRow first = table(robot).getItems().get(0);
        assertEquals(Temperature.HOT, first.temperature());
        assertTrue(first.sameDay());
        // A hot lead is shown with its word and icon in a chip, not by colour alone.
        Node chip = robot.lookup(".temperature-chip.temperature-hot").query();
        assertTrue(((Label) chip).getText().startsWith("Hot"), ((Label) chip).getText());
        assertTrue(((Label) chip).getGraphic() != null, "the chip has an icon");
        assertFalse(shown(robot, ".welcome-card"), "the offer is gone");
    }

    @Test
    void selectingALeadShowsItsDetailsBesideTheList(FxRobot robot) throws Exception {
        robot.clickOn("#loadSampleButton");
        waitUntil(() -> table(robot).getItems().size() == 60 && table(robot).getItems().get(3) != null);
        LeadRow fourth = table(robot).getItems().get(3);
        robot.interact(() -> table(robot).getSelectionModel().select(3));
        waitUntil(() -> robot.lookup(".detail-name").queryAs(Label.class).getText().equals(fourth.name()));
        assertTrue(robot.lookup(".detail-section").queryAll().size() >= 3);
    }

    @Test
    void startEmptyRemovesTheOfferForGood(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#startEmptyButton").tryQuery().isPresent());
        robot.clickOn("#startEmptyButton");
        waitUntil(() -> !shown(robot, ".welcome-card"));
        assertFalse(services.leadBook().needsOnboarding());
    }

    @Test
    void theShortcutForHotShowsOnlyHotLeads(FxRobot robot) throws Exception {
        robot.clickOn("#loadSampleButton");
        waitUntil(() -> table(robot).getItems().size() == 60);
        robot.clickOn(".lead-table");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> table(robot).getItems().size() == 12);
        assertTrue(table(robot).getItems().stream().allMatch(r -> r.temperature() == Temperature.HOT));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitUntil(() -> table(robot).getItems().size() == 60);
    }
}
