package app.ember.ui;

import static app.ember.ui.WindowFixture.table;
import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.Lead;
import app.ember.domain.LeadRow;
import app.ember.domain.Outcome;
import app.ember.domain.PostalAddress;
import app.ember.domain.Temperature;
import app.ember.domain.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The timeline and quick log: keyboard-only logging, edit, delete with undo, channel filter, response clock. */
class TimelineUiTest extends OnMainWindow {
    private long hotLead;

    @Override
    protected void prepare(Services services) {
        // A hot lead that arrived three days ago and was first called after 30 hours. Its last touch is then
        // 32 hours old: on an earlier day than today in every zone, so a touch logged now always moves the
        // next follow-up on (two days ago, in Auckland's evening both touches fell on the same day).
        Instant arrived = Instant.now().minus(Duration.ofDays(3));
        hotLead = services.leadBook().create(Lead.builder().firstName("Hanna").lastName("Berg")
                .phone("+49 30 1234567").email("hanna@example.de").temperature(Temperature.HOT)
                .address(new PostalAddress("Hauptstraße 5", "", "Berlin", "", "10115", "DE"))
                .created(arrived).build());
        services.touchLog().logTouch(hotLead, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "Asked about prices",
                arrived.plus(Duration.ofHours(30)), null);
        services.touchLog().logTouch(hotLead, Channel.EMAIL, Direction.IN, Outcome.REPLIED, 3, "Sent a photo",
                arrived.plus(Duration.ofHours(40)), null);
        services.leadBook().addNote(hotLead, "Prefers mornings");
    }

    @SuppressWarnings("unchecked")
    private static ListView<TimelineEntry> timeline(FxRobot robot) {
        return robot.lookup(".timeline-list").queryAs(ListView.class);
    }

    private void openTimeline(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 1 && table(robot).getItems().get(0) != null);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        waitUntil(() -> window.model.timeline().leadProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> WindowFixture.shown(robot, ".timeline-list") && timeline(robot).getItems().size() == 4);
    }

    @Test
    void aTouchLoggedWithTheKeyboardAloneTopsTheTimelineAndMovesTheNextFollowUp(FxRobot robot) throws Exception {
        openTimeline(robot);
        Instant dueBefore = window.services.leadBook().details(hotLead).orElseThrow().lead().nextFollowUp();
        robot.interact(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#outcomeBox").tryQuery().isPresent()
                && robot.lookup("#outcomeBox").query().isFocused());
        @SuppressWarnings("unchecked")
        ComboBox<Channel> channel = robot.lookup("#channelBox").queryAs(ComboBox.class);
        assertEquals(Channel.POSTCARD, channel.getValue(), "after a call and an e-mail in, the next prong is a postcard");
        robot.type(KeyCode.DOWN); // the first outcome: reached
        robot.type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#noteField").query().isFocused());
        // write() types into the robot's target window: point it at the quick-log panel.
        robot.targetWindow(robot.lookup("#noteField").query().getScene().getWindow());
        robot.write("Loved the peony sample");
        waitUntil(() -> "Loved the peony sample".equals(
                robot.lookup("#noteField").queryAs(javafx.scene.control.TextField.class).getText()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> timeline(robot).getItems().size() == 5 && timeline(robot).getItems().get(0) != null
                && "Loved the peony sample".equals(timeline(robot).getItems().get(0).text()));
        window.focusMainWindow(robot);
        TimelineEntry top = timeline(robot).getItems().get(0);
        assertEquals(Channel.POSTCARD, top.channel());
        assertEquals(Outcome.REACHED, top.outcome());
        assertEquals(Channel.POSTCARD.defaultMinutes(), top.minutes());
        Instant dueAfter = window.services.leadBook().details(hotLead).orElseThrow().lead().nextFollowUp();
        assertTrue(dueAfter.isAfter(dueBefore), dueBefore + " -> " + dueAfter);
        // Hot cadence: three calendar days after the touch, in the book's zone (not hours from now: the time of
        // day the suite runs at must not matter).
        java.time.ZoneId zone = window.services.clock().getZone();
        assertEquals(top.at().atZone(zone).toLocalDate().plusDays(3), dueAfter.atZone(zone).toLocalDate(),
                "hot cadence: three days on");
    }

    @Test
    void aTouchCanBeEditedAndDeletedAndTheDeleteUndone(FxRobot robot) throws Exception {
        openTimeline(robot);
        int callIndex = indexOf(robot, "Asked about prices");
        robot.interact(() -> {
            timeline(robot).getSelectionModel().select(callIndex);
            timeline(robot).requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#noteField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#noteField").queryAs(javafx.scene.control.TextField.class)
                .setText("Asked about prices for 80 guests"));
        robot.clickOn("#saveButton");
        waitUntil(() -> indexOf(robot, "Asked about prices for 80 guests") >= 0);

        int edited = indexOf(robot, "Asked about prices for 80 guests");
        robot.interact(() -> {
            timeline(robot).getSelectionModel().select(edited);
            timeline(robot).requestFocus();
        });
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText()
                .startsWith("Delete this Call"), "the touch, not the lead, is deleted");
        ButtonBase delete = robot.lookup(".dialog-pane .button").queryAllAs(ButtonBase.class).stream()
                .filter(b -> "Delete".equals(b.getText())).findFirst().orElseThrow();
        robot.interact(delete::fire);
        waitUntil(() -> timeline(robot).getItems().size() == 3);
        window.focusMainWindow(robot);
        robot.interact(() -> timeline(robot).requestFocus()); // in a text field Ctrl+Z undoes typing instead
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> timeline(robot).getItems().size() == 4 && indexOf(robot, "Asked about prices for 80 guests") >= 0);
    }

    @Test
    void theChannelFilterKeepsOnlyThatChannel(FxRobot robot) throws Exception {
        openTimeline(robot);
        @SuppressWarnings("unchecked")
        ComboBox<Channel> filter = robot.lookup("#channelFilterBox").queryAs(ComboBox.class);
        robot.interact(() -> filter.setValue(Channel.EMAIL));
        waitUntil(() -> timeline(robot).getItems().size() == 1 && timeline(robot).getItems().get(0) != null);
        assertEquals(Channel.EMAIL, timeline(robot).getItems().get(0).channel());
        robot.interact(() -> filter.setValue(null));
        waitUntil(() -> timeline(robot).getItems().size() == 4);
    }

    @Test
    void theResponseClockSaysLateForAHotLeadFirstTouchedAfterThirtyHours(FxRobot robot) throws Exception {
        openTimeline(robot);
        Label clock = robot.lookup("#clockLabel").queryAs(Label.class);
        assertEquals("Late by 6 h", clock.getText());
        LeadRow row = table(robot).getItems().get(0);
        assertEquals(hotLead, row.id());
        assertTrue(robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> cell && "Late 6 h".equals(cell.getText()))
                .count() == 1, "the list's Response column says so too");
    }

    private static int indexOf(FxRobot robot, String text) {
        var items = timeline(robot).getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null && text.equals(items.get(i).text())) {
                return i;
            }
        }
        return -1;
    }
}
