package app.ember.ui;

import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.Lead;
import app.ember.domain.LeadStatus;
import app.ember.domain.Outcome;
import app.ember.domain.PostalAddress;
import app.ember.domain.Temperature;
import app.ember.domain.TimelineEntry;
import app.ember.ui.planner.PlanRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A whole weekly session as the user lives it, with the keyboard: two hot leads snoozed, twenty
 * actions logged with single keys, the tab left and come back to, a Christmas card to everyone
 * recorded and undone, and a mistaken touch deleted.
 */
@ExtendWith(ApplicationExtension.class)
class WeeklySessionUiTest {
    private static final PostalAddress HOME = new PostalAddress("3 Kiln Lane", "", "Bath", "", "BA1 5AA", "GB");
    private WindowFixture window;
    private final List<Long> hot = new ArrayList<>();
    private final List<Long> warm = new ArrayList<>();
    private final List<Long> cool = new ArrayList<>();
    @TempDir
    Path out;

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, false, services -> {
            Instant now = Instant.now();
            // Two hot leads, the most overdue: their first response is a call. Then ten warm leads to
            // call and fourteen cool leads with only an address (a postcard), each overdue by a few hours.
            for (int i = 0; i < 2; i++) {
                hot.add(add(services, Lead.builder().firstName("Hot").lastName("Lead " + i).temperature(Temperature.HOT)
                        .phone("+44 20 7946 020" + i).email("hot" + i + "@example.com").address(HOME)
                        .created(now.minus(Duration.ofDays(2))).nextFollowUp(now.minus(Duration.ofHours(30 - i)))));
            }
            for (int i = 0; i < 10; i++) {
                warm.add(add(services, Lead.builder().firstName("Warm").lastName("Lead " + i).temperature(Temperature.WARM)
                        .phone("+44 20 7946 03" + (10 + i)).address(HOME)
                        .created(now.minus(Duration.ofDays(4))).nextFollowUp(now.minus(Duration.ofHours(20 - i)))));
            }
            for (int i = 0; i < 14; i++) {
                cool.add(add(services, Lead.builder().firstName("Cool").lastName("Lead " + i).temperature(Temperature.COOL)
                        .address(HOME).created(now.minus(Duration.ofDays(6)))
                        .nextFollowUp(now.minus(Duration.ofHours(18 - i)))));
            }
        });
    }

    private static long add(Services services, Lead.Builder lead) {
        return services.leadBook().create(lead.build());
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private static ListView<PlanRow> plan(FxRobot robot) {
        return robot.lookup("#planner-list").queryAs(ListView.class);
    }

    private Lead lead(long id) {
        return window.services.leadBook().details(id).orElseThrow().lead();
    }

    private static String summary(FxRobot robot) {
        return robot.lookup(".planner-summary").queryAs(Label.class).getText();
    }

    private static long doneRows(FxRobot robot) {
        return plan(robot).getItems().stream().filter(row -> row.state() == PlanRow.State.DONE).count();
    }

    @Test
    void aWholeSessionWithTheKeyboard(FxRobot robot) throws Exception {
        waitUntil(() -> window.model.list().totalProperty().get() == 26);
        window.focusMainWindow(robot);
        robot.type(KeyCode.F3);
        waitUntil(() -> plan(robot).getItems().size() == 26 && plan(robot).isFocused()
                && plan(robot).getSelectionModel().getSelectedIndex() == 0);
        assertEquals(hot, plan(robot).getItems().subList(0, 2).stream().map(r -> r.action().leadId()).toList(),
                "the hot leads first");

        // S twice: both hot leads put off until tomorrow.
        for (int i = 0; i < 2; i++) {
            int row = i;
            robot.type(KeyCode.S);
            waitUntil(() -> robot.lookup("#snooze-day").tryQuery().isPresent());
            robot.targetWindow(robot.lookup("#snooze-day").query().getScene().getWindow());
            robot.type(KeyCode.ENTER);
            waitUntil(() -> plan(robot).getItems().get(row).state() == PlanRow.State.SNOOZED);
            window.focusMainWindow(robot);
            waitUntil(() -> plan(robot).isFocused() && plan(robot).getSelectionModel().getSelectedIndex() == row + 1);
        }
        List<Instant> hotDue = hot.stream().map(id -> lead(id).nextFollowUp()).toList();

        // Twenty actions, one key each: P (sent) on a postcard, reached / no answer / message on a call.
        KeyCode[] callKeys = {KeyCode.R, KeyCode.N, KeyCode.M};
        List<Outcome> logged = new ArrayList<>();
        int minutes = 0;
        for (int i = 2; i < 22; i++) {
            int row = i;
            waitUntil(() -> plan(robot).getSelectionModel().getSelectedIndex() == row);
            PlanRow action = plan(robot).getItems().get(row);
            boolean post = action.action().channel() == Channel.POSTCARD;
            KeyCode key = post ? KeyCode.P : callKeys[i % 3];
            robot.type(key);
            waitUntil(() -> plan(robot).getItems().get(row).state() == PlanRow.State.DONE);
            logged.add(plan(robot).getItems().get(row).outcome());
            minutes += action.action().minutes();
        }
        assertTrue(logged.containsAll(List.of(Outcome.REACHED, Outcome.NO_ANSWER, Outcome.LEFT_MESSAGE, Outcome.SENT)),
                logged.toString());
        assertEquals(Outcome.SENT, window.services.touchLog().timeline(cool.get(0), Set.of(Channel.POSTCARD), 0, 1)
                .get(0).outcome(), "P logs a postcard as sent");
        String tally = "done 20 (" + minutes + " min)";
        assertTrue(summary(robot).contains(tally), summary(robot));

        // Leave the tab and come back: the plan is made again, and the tally and the ticks hold.
        robot.type(KeyCode.F2);
        waitUntil(() -> WindowFixture.shown(robot, ".lead-table"));
        robot.type(KeyCode.F3);
        waitUntil(() -> WindowFixture.shown(robot, "#planner-list") && !plan(robot).getItems().isEmpty()
                && plan(robot).getItems().get(0).loggedEarlier());
        assertTrue(summary(robot).contains(tally), summary(robot));
        assertEquals(20, doneRows(robot), "the twenty ticks hold");
        PlanRow next = plan(robot).getSelectionModel().getSelectedItem();
        assertEquals(PlanRow.State.TO_DO, next.state(), "the first action still to do is selected");

        // A Christmas card to every hot, warm and cool lead, saved and recorded from Mailing.
        robot.type(KeyCode.F4);
        waitUntil(() -> WindowFixture.shown(robot, "#mailing-campaign")
                && window.model.mailing().recipients().size() == 26);
        robot.interact(() -> robot.lookup("#mailing-campaign").queryAs(TextField.class).setText("Christmas cards"));
        Path pdf = out.resolve("cards.pdf");
        window.dialogs.chooseFile(pdf);
        robot.interact(() -> robot.lookup("#mailing-save").queryButton().fire());
        Button record = robot.lookup("#mailing-record").queryAs(Button.class);
        waitUntil(() -> Files.exists(pdf) && !record.isDisabled());
        Instant coolDue = lead(cool.get(13)).nextFollowUp();
        robot.interact(record::fire);
        waitUntil(() -> robot.lookup("#mailing-confirm-record").tryQuery().isPresent());
        DialogPane question = robot.lookup("#mailing-confirm-record").queryAs(DialogPane.class);
        assertTrue(question.getContentText().startsWith("4 leads move on to the next step"), question.getContentText());
        assertTrue(question.getContentText().contains("22 keep their plan"), question.getContentText());
        robot.interact(() -> ((Button) question.lookupButton(question.getButtonTypes().get(0))).fire());
        waitUntil(() -> window.services.touchLog().timelineCount(hot.get(0), Set.of(Channel.POSTCARD)) == 1);
        for (int i = 0; i < hot.size(); i++) {
            assertEquals(hotDue.get(i), lead(hot.get(i)).nextFollowUp(), "the hot call keeps its day");
            assertEquals(Channel.CALL, window.services.touchLog().nextProng(hot.get(i)), "and its channel");
        }
        Lead carded = lead(cool.get(13));
        assertTrue(carded.nextFollowUp().isAfter(coolDue), "a lead whose action was the postcard moves on");

        // Ctrl+Z: the whole recording goes back as one step.
        window.focusMainWindow(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> window.services.touchLog().timelineCount(hot.get(0), Set.of(Channel.POSTCARD)) == 0);
        waitUntil(() -> coolDue.equals(lead(cool.get(13)).nextFollowUp()));
        assertNull(lead(cool.get(13)).lastContact());

        // A mistaken touch deleted from the timeline: the lead's schedule comes back.
        long mistaken = warm.get(0);
        Lead touched = lead(mistaken);
        assertTrue(touched.lastContact() != null);
        robot.type(KeyCode.F2);
        waitUntil(() -> WindowFixture.shown(robot, ".lead-table"));
        waitUntil(() -> WindowFixture.table(robot).getItems().stream().anyMatch(r -> r != null && r.id() == mistaken));
        robot.interact(() -> {
            var table = WindowFixture.table(robot);
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i) != null && table.getItems().get(i).id() == mistaken) {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }
        });
        waitUntil(() -> window.model.timeline().leadProperty().get() != null
                && window.model.timeline().leadProperty().get().id() == mistaken);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        ListView<TimelineEntry> timeline = robot.lookup(".timeline-list").queryAs(ListView.class);
        waitUntil(() -> WindowFixture.shown(robot, ".timeline-list") && !timeline.getItems().isEmpty()
                && timeline.getItems().get(0) != null && timeline.getItems().get(0).kind() == TimelineEntry.Kind.INTERACTION);
        robot.interact(() -> {
            timeline.getSelectionModel().select(0);
            timeline.requestFocus();
        });
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        ButtonBase delete = robot.lookup(".dialog-pane .button").queryAllAs(ButtonBase.class).stream()
                .filter(b -> "Delete".equals(b.getText())).findFirst().orElseThrow();
        robot.interact(delete::fire);
        waitUntil(() -> lead(mistaken).lastContact() == null);
        Lead restored = lead(mistaken);
        assertTrue(restored.nextFollowUp().isBefore(Instant.now()), "due again as before the call: "
                + restored.nextFollowUp());
        assertEquals(LeadStatus.OPEN, restored.status());
        assertEquals(Channel.CALL, window.services.touchLog().nextProng(mistaken), "the call is next again");
    }
}
