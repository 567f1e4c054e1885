package app.ember.ui;

import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.ui.main.WindowState;
import app.ember.ui.main.WindowPlacement;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window comes back where it was, at its size and on its last screen; never off every screen. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementUiTest {
    private WindowFixture window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new WindowFixture(stage, false);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private Stage placed(FxRobot robot, WindowState state) {
        Stage[] made = new Stage[1];
        robot.interact(() -> {
            made[0] = new Stage();
            made[0].setScene(new Scene(new StackPane()));
            WindowPlacement.apply(made[0], state, 900, 600);
            made[0].show();
        });
        return made[0];
    }

    @Test
    void aWindowComesBackWhereItWasAndRemembersItsNormalSizeWhenMaximised(FxRobot robot) {
        Stage other = placed(robot, new WindowState(30, 40, 700, 500, false, "leads", false));
        assertEquals(new Rectangle2D(30, 40, 700, 500),
                new Rectangle2D(other.getX(), other.getY(), other.getWidth(), other.getHeight()));
        robot.interact(() -> {
            other.setWidth(720);
            other.setMaximized(true);
        });
        WindowPlacement[] placement = new WindowPlacement[1];
        robot.interact(() -> {
            other.setMaximized(false);
            placement[0] = WindowPlacement.apply(other, new WindowState(30, 40, 720, 500, false, "week", false),
                    900, 600);
            other.setMaximized(true);
        });
        WindowState kept = placement[0].current("week", true);
        assertEquals(new WindowState(30, 40, 720, 500, true, "week", true), kept,
                "maximised, the size to come back to is the normal one");
        robot.interact(other::close);
    }

    @Test
    void aPlaceOffEveryScreenIsReplacedByTheDefaultSizeCentred(FxRobot robot) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage other = placed(robot, new WindowState(screen.getMaxX() + 500, 100, 700, 500, false, "leads", false));
        assertTrue(Screen.getPrimary().getVisualBounds().contains(other.getX() + 10, other.getY() + 10),
                "on the screen: " + other.getX() + "," + other.getY());
        assertEquals(Math.min(900, screen.getWidth()), other.getWidth());
        robot.interact(other::close);
    }

    @Test
    void theLastScreenIsShownAgainFollowsTheTabsAndIsBuiltWhenFirstShown(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".main-tabs").queryAs(TabPane.class);
        assertEquals(null, tabs.getTabs().get(1).getContent(), "This week is built when first shown, not at start");
        assertEquals(null, tabs.getTabs().get(2).getContent(), "so is Mailing");
        robot.interact(() -> window.model.screenProperty().set("week"));
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1);
        assertTrue(tabs.getTabs().get(1).getContent() != null);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        assertEquals("mailing", window.model.screenProperty().get());
        robot.interact(() -> tabs.getSelectionModel().select(0));
        assertEquals("leads", window.model.screenProperty().get());
        // From inside This week's list, which takes F2 as "edit" for itself, F2 still shows the leads.
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#planner-list").query().requestFocus());
        robot.press(javafx.scene.input.KeyCode.F2).release(javafx.scene.input.KeyCode.F2);
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 0);
        assertSame(stage, tabs.getScene().getWindow());
    }
}
