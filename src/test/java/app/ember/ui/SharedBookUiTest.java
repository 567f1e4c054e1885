package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.DataDirSetup;
import java.nio.file.Files;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File → Open shared book… and File → Move this book to a server… without a server: the address is
 * checked as it is typed (a password in it is refused), the last one is offered again. Opening and moving
 * for real are in SharedBookOnPostgresUiTest.
 */
@ExtendWith(ApplicationExtension.class)
class SharedBookUiTest {
    private WindowFixture window;

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, true, services -> {
            try {
                Files.writeString(services.dataDir().resolve(DataDirSetup.SHARED_BOOK_FILE),
                        "url=postgresql\\://sam@books.example.com\\:5432/florist\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static String problem(FxRobot robot) {
        return robot.lookup("#sharedUrlProblem").queryAs(Label.class).getText();
    }

    private static boolean okDisabled(FxRobot robot) {
        return robot.lookup("#sharedUrlOk").queryAs(Button.class).isDisabled();
    }

    private static void type(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#sharedUrl").queryAs(TextField.class).setText(text));
    }

    @Test
    void theAddressIsCheckedAsItIsTypedAndAPasswordInItIsRefused(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Open shared book…");
        WindowFixture.waitUntil(() -> robot.lookup("#sharedUrl").tryQuery().isPresent());
        assertEquals("postgresql://sam@books.example.com:5432/florist",
                robot.lookup("#sharedUrl").queryAs(TextField.class).getText(), "the last address is offered again");
        assertFalse(okDisabled(robot));

        type(robot, "http://books.example.com/florist");
        assertTrue(okDisabled(robot));
        assertTrue(problem(robot).contains("not a PostgreSQL address"), problem(robot));

        type(robot, "postgresql://sam:secret@books.example.com/florist");
        assertTrue(okDisabled(robot));
        assertTrue(problem(robot).contains("password"), problem(robot));

        type(robot, "");
        assertTrue(okDisabled(robot), "nothing typed: OK waits");
        assertEquals("", problem(robot), "and says nothing yet");

        type(robot, "postgresql://alex@books.example.com/florist?sslmode=require");
        assertFalse(okDisabled(robot));
        assertEquals("", problem(robot));
        robot.clickOn((Button b) -> b.isCancelButton()); // not by its text: JavaFX says "Annuler" in French
        WindowFixture.waitUntil(() -> robot.lookup("#sharedUrl").tryQuery().isEmpty());
        assertTrue(window.services.isOpen(), "cancelled: the window stays on its book");
    }

    @Test
    void theDataDirsOwnBookCanBeMovedAndTheMoveDialogChecksTheAddressToo(FxRobot robot) throws Exception {
        MenuItem move = findMove(robot);
        assertTrue(move != null && !move.isDisable(), "a local book can be moved to a server");
        robot.clickOn("File").clickOn("Move this book to a server…");
        WindowFixture.waitUntil(() -> robot.lookup("#sharedUrl").tryQuery().isPresent());
        type(robot, "postgresql://sam:secret@books.example.com/florist");
        assertTrue(okDisabled(robot));
        robot.clickOn((Button b) -> b.isCancelButton()); // not by its text: JavaFX says "Annuler" in French
        WindowFixture.waitUntil(() -> robot.lookup("#sharedUrl").tryQuery().isEmpty());
    }

    private static MenuItem findMove(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "action-move-to-server".equals(i.getId())).findFirst().orElse(null);
    }
}
