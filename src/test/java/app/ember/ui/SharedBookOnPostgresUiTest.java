package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.BookLocation;
import app.ember.app.Services;
import app.ember.domain.LeadQuery;
import app.ember.store.PostgresTestServer;
import app.ember.store.ServerAddress;
import javafx.scene.control.Button;
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
 * File → Move this book to a server… and File → Open shared book… for real, on the test server (skipped
 * without one: see PostgresTestServer): the book moves whole and stays here, the window then opens the
 * shared book, asks once for the name, and works in it.
 */
@ExtendWith({PostgresTestServer.class, ApplicationExtension.class})
class SharedBookOnPostgresUiTest {
    private WindowFixture window;

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, true);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @Test
    void theBookMovesToTheServerAndTheWindowThenOpensItAskingTheNameOnce(FxRobot robot) throws Exception {
        ServerAddress server = PostgresTestServer.emptyAddress();
        int leads = window.services.leadBook().count(LeadQuery.all());

        robot.clickOn("File").clickOn("Move this book to a server…");
        WindowFixture.waitUntil(() -> robot.lookup("#sharedUrl").tryQuery().isPresent());
        type(robot, "#sharedUrl", server.toString());
        robot.clickOn("#sharedUrlOk");
        WindowFixture.waitUntil(() -> robot.lookup((Button b) -> "Open the shared book".equals(b.getText()))
                .tryQuery().isPresent());
        assertEquals(leads, window.services.leadBook().count(LeadQuery.all()), "this book is unchanged");
        try (Services shared = Services.open(new BookLocation(window.services.dataDir(), server),
                PostgresTestServer.password())) {
            assertEquals(leads, shared.leadBook().count(LeadQuery.all()), "the server has every lead");
        }

        robot.clickOn((Button b) -> "Open the shared book".equals(b.getText()));
        WindowFixture.waitUntil(() -> robot.lookup("#displayName").tryQuery().isPresent());
        assertEquals(server.user(), robot.lookup("#displayName").queryAs(TextField.class).getText(),
                "the role is offered as the name");
        type(robot, "#displayName", "Sam");
        robot.clickOn((Button b) -> "OK".equals(b.getText()));
        WindowFixture.waitUntil(() -> window.current() != window.model
                && window.currentServices().location().isServer());
        Services now = window.currentServices();
        assertEquals("Sam", now.who());
        assertTrue(window.current().statusProperty().get().startsWith("Working in the shared book"),
                window.current().statusProperty().get());
        WindowFixture.waitUntil(() -> window.current().list().totalProperty().get() == leads);
        assertTrue(robot.lookup((Label l) -> l.getText() != null && l.getText().contains(server.database()))
                .tryQuery().isPresent(), "the status bar names the shared book");
    }

    @Test
    void openSharedBookOpensTheServersBookInTheWindow(FxRobot robot) throws Exception {
        ServerAddress server = PostgresTestServer.freshAddress();
        window.services.setDisplayName("Alex");
        robot.clickOn("File").clickOn("Open shared book…");
        WindowFixture.waitUntil(() -> robot.lookup("#sharedUrl").tryQuery().isPresent());
        type(robot, "#sharedUrl", server.toString());
        robot.clickOn("#sharedUrlOk");
        WindowFixture.waitUntil(() -> window.current() != window.model
                && window.currentServices().location().isServer());
        assertEquals("Alex", window.currentServices().who(), "a name set before is not asked again");
        WindowFixture.waitUntil(() -> window.current().list().offerSampleLeadsProperty().get()
                || window.current().list().totalProperty().get() == 0);
        assertTrue(window.services.isOpen() == false, "the data dir's book was let go");
    }
}
