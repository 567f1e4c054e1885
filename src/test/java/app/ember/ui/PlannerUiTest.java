package app.ember.ui;

import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.Lead;
import app.ember.domain.Outcome;
import app.ember.domain.PostalAddress;
import app.ember.domain.Temperature;
import app.ember.domain.TimelineEntry;
import app.ember.ui.planner.PlanRow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Working "This week" with the keyboard alone: five touches logged, one lead snoozed. */
@ExtendWith(ApplicationExtension.class)
class PlannerUiTest {
    private WindowFixture window;
    private final List<Long> leads = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, false, services -> {
            // Seven hot leads, each overdue by a few hours more than the next: the plan lists them in this order.
            Instant now = Instant.now();
            for (int i = 0; i < 7; i++) {
                leads.add(services.leadBook().create(Lead.builder().firstName("Planned").lastName("Lead " + i)
                        .temperature(Temperature.HOT).phone("+44 20 7946 010" + i).email("lead" + i + "@example.com")
                        .address(new PostalAddress("1 Mill Lane", "", "Bath", "", "BA1 1AA", "GB"))
                        .created(now.minus(Duration.ofDays(5)))
                        .nextFollowUp(now.minus(Duration.ofHours(20 - i))).build()));
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private static ListView<PlanRow> plan(FxRobot robot) {
        return robot.lookup("#planner-list").queryAs(ListView.class);
    }

    private static PlanRow.State state(FxRobot robot, int index) {
        return plan(robot).getItems().get(index).state();
    }

    @Test
    void fiveTouchesLoggedAndOneSnoozedWithTheKeyboardAlone(FxRobot robot) throws Exception {
        waitUntil(() -> window.model.list().totalProperty().get() == 7);
        window.focusMainWindow(robot);
        robot.type(KeyCode.F3); // View → Show this week's plan
        waitUntil(() -> WindowFixture.shown(robot, "#planner-list") && plan(robot).getItems().size() == 7);
        waitUntil(() -> plan(robot).isFocused() && plan(robot).getSelectionModel().getSelectedIndex() == 0);
        List<Long> order = plan(robot).getItems().stream().map(row -> row.action().leadId()).toList();
        assertEquals(leads, order, "the most overdue first");

        robot.type(KeyCode.R);
        waitUntil(() -> state(robot, 0) == PlanRow.State.DONE);
        assertEquals(1, plan(robot).getSelectionModel().getSelectedIndex(), "the next action is selected");
        robot.type(KeyCode.N);
        waitUntil(() -> state(robot, 1) == PlanRow.State.DONE);
        robot.type(KeyCode.M);
        waitUntil(() -> state(robot, 2) == PlanRow.State.DONE);

        // Enter: the quick-log panel, with the action's channel and minutes filled in; Down picks "reached".
        Channel planned = plan(robot).getItems().get(3).action().channel();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#outcomeBox").tryQuery().isPresent()
                && robot.lookup("#outcomeBox").query().isFocused());
        @SuppressWarnings("unchecked")
        ComboBox<Channel> channel = robot.lookup("#channelBox").queryAs(ComboBox.class);
        assertEquals(planned, channel.getValue());
        assertEquals(String.valueOf(window.services.policy().minutes(planned)),
                robot.lookup("#minutesField").queryAs(javafx.scene.control.TextField.class).getText());
        robot.targetWindow(channel.getScene().getWindow());
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> state(robot, 3) == PlanRow.State.DONE);
        window.focusMainWindow(robot);
        waitUntil(() -> plan(robot).isFocused() && plan(robot).getSelectionModel().getSelectedIndex() == 4);

        robot.type(KeyCode.Q);
        waitUntil(() -> state(robot, 4) == PlanRow.State.DONE);

        // S: the snooze question, tomorrow by default; Enter accepts it.
        robot.type(KeyCode.S);
        waitUntil(() -> robot.lookup("#snooze-day").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#snooze-day").query().getScene().getWindow());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> state(robot, 5) == PlanRow.State.SNOOZED);
        window.focusMainWindow(robot);

        assertEquals(PlanRow.State.TO_DO, state(robot, 6));
        List<Outcome> expected = List.of(Outcome.REACHED, Outcome.NO_ANSWER, Outcome.LEFT_MESSAGE, Outcome.REACHED,
                Outcome.QUOTE_SENT);
        for (int i = 0; i < 5; i++) {
            List<TimelineEntry> touches = window.services.touchLog().timeline(leads.get(i), Set.of(Channel.values()), 0, 10);
            assertEquals(1, touches.size(), "one touch for lead " + i);
            assertEquals(expected.get(i), touches.get(0).outcome(), "lead " + i);
        }
        Lead snoozed = window.services.leadBook().details(leads.get(5)).orElseThrow().lead();
        assertNull(snoozed.lastContact(), "a snooze is not a touch");
        ZoneId zone = window.services.clock().getZone();
        assertEquals(LocalDate.now(window.services.clock()).plusDays(1),
                snoozed.nextFollowUp().atZone(zone).toLocalDate(), "put off until tomorrow");
        String summary = robot.lookup(".planner-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("done 5"), summary);
    }

    @Test
    void oOpensTheLeadBesideTheListAndABudgetBoxMovesTheCutLine(FxRobot robot) throws Exception {
        waitUntil(() -> window.model.list().totalProperty().get() == 7);
        window.focusMainWindow(robot);
        robot.type(KeyCode.F3);
        waitUntil(() -> plan(robot).getItems().size() == 7 && plan(robot).isFocused());
        waitUntil(() -> window.model.planner().planProperty().get().cutIndex() == 7);
        robot.interact(() -> window.model.planner().setBudget(25));
        waitUntil(() -> window.model.planner().planProperty().get().budgetMinutes() == 25);
        assertEquals(2, window.model.planner().planProperty().get().cutIndex(), "two calls of 10 fit in 25 minutes");
        waitUntil(() -> WindowFixture.shown(robot, "#planner-hot-warning"));
        assertEquals("5 hot leads below the line: 70 min would fit them",
                robot.lookup("#planner-hot-warning").queryAs(Label.class).getText());
        robot.interact(() -> window.model.planner().setBudget(70));
        waitUntil(() -> !WindowFixture.shown(robot, "#planner-hot-warning"));

        robot.interact(() -> plan(robot).getSelectionModel().select(3));
        robot.type(KeyCode.O);
        waitUntil(() -> WindowFixture.shown(robot, ".lead-table") && window.model.detail().shownId() != null
                && window.model.detail().shownId() == leads.get(3).longValue());
        waitUntil(() -> WindowFixture.table(robot).getSelectionModel().getSelectedItem() != null
                && WindowFixture.table(robot).getSelectionModel().getSelectedItem().id() == leads.get(3));
    }
}
