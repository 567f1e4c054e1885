package app.ember.ui;

import static app.ember.ui.WindowFixture.table;
import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.LeadRow;
import app.ember.domain.Outcome;
import app.ember.domain.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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

/** Who did it in the window: "Mine" filters the list and the week, the timeline names each entry's author. */
@ExtendWith(ApplicationExtension.class)
class WhoDidItUiTest {
    private WindowFixture window;

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, true, services -> {
            try {
                services.setDisplayName("Sam");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            services.leadBook().assign(List.of(3L, 5L), "Sam");
            services.leadBook().assign(List.of(6L), "Alex");
            services.touchLog().logTouch(3, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "Talked about peonies",
                    Instant.now(), null);
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static List<Long> rows(FxRobot robot) {
        return table(robot).getItems().stream().filter(Objects::nonNull).map(LeadRow::id).sorted().toList();
    }

    @Test
    void mineShowsOnlyTheLeadsAssignedToMeAndOffAgainEveryones(FxRobot robot) throws Exception {
        waitUntil(() -> rows(robot).size() > 10);
        int everyone = window.model.list().totalProperty().get();
        assertTrue(WindowFixture.shown(robot, "#mine-toggle"), "a name is known: the toggle is there");
        robot.clickOn("#mine-toggle");
        waitUntil(() -> rows(robot).equals(List.of(3L, 5L)));
        assertEquals(2, window.model.list().totalProperty().get());
        robot.clickOn("#mine-toggle");
        waitUntil(() -> window.model.list().totalProperty().get() == everyone);
    }

    @Test
    void theWeeksPlanFiltersByMineToo(FxRobot robot) throws Exception {
        waitUntil(() -> rows(robot).size() > 10);
        robot.interact(() -> window.model.screenProperty().set(app.ember.ui.main.MainScreen.WEEK));
        waitUntil(() -> WindowFixture.shown(robot, "#planner-mine") && window.model.planner().planProperty().get() != null);
        robot.clickOn("#planner-mine");
        waitUntil(() -> window.model.planner().mineProperty().get() && !window.model.planner().busyProperty().get());
        waitUntil(() -> window.model.planner().planProperty().get().actions().stream()
                .allMatch(action -> action.leadId() == 3 || action.leadId() == 5));
        assertTrue(window.model.planner().rows().stream().allMatch(row -> row.action() == null
                || row.action().leadId() == 3 || row.action().leadId() == 5), "only Sam's leads in the plan");
    }

    @Test
    void theTimelineNamesWhoMadeEachEntryAndTheDetailWhoseLeadItIs(FxRobot robot) throws Exception {
        waitUntil(() -> rows(robot).contains(3L));
        robot.interact(() -> {
            int index = table(robot).getItems().stream().filter(Objects::nonNull).map(LeadRow::id).toList().indexOf(3L);
            table(robot).getSelectionModel().clearAndSelect(index);
        });
        waitUntil(() -> robot.lookup("#assignee-label").tryQuery().isPresent()
                && ((Label) robot.lookup("#assignee-label").query()).getText().contains("Sam"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        ListView<TimelineEntry> timeline = robot.lookup(".timeline-list").queryAs(ListView.class);
        waitUntil(() -> WindowFixture.shown(robot, ".timeline-list") && !timeline.getItems().isEmpty());
        waitUntil(() -> robot.lookup(".entry-heading").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().endsWith("· Sam") && WindowFixture.shown(label)));
    }

    @Test
    void someoneElseAssignsTheLeadToANameTypedInTheDialog(FxRobot robot) throws Exception {
        waitUntil(() -> rows(robot).contains(4L));
        robot.interact(() -> {
            int index = table(robot).getItems().stream().filter(Objects::nonNull).map(LeadRow::id).toList().indexOf(4L);
            table(robot).getSelectionModel().clearAndSelect(index);
        });
        waitUntil(() -> WindowFixture.shown(robot, "#assign-button")
                && window.model.detail().detailsProperty().get() != null
                && window.model.detail().detailsProperty().get().lead().id() == 4L);
        robot.clickOn("#assign-button");
        waitUntil(() -> robot.lookup("#assign-other").tryQuery().isPresent());
        robot.clickOn("#assign-other");
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        robot.interact(() -> robot.lookup(".dialog-pane .text-field").queryAs(javafx.scene.control.TextField.class)
                .setText("  Robin  "));
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire());

        try {
            waitUntil(() -> robot.lookup("#assignee-label").tryQuery().isPresent()
                    && ((Label) robot.lookup("#assignee-label").query()).getText().contains("Robin"));
        } catch (Exception e) {
            throw new AssertionError("label " + robot.lookup("#assignee-label").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList() + ", stored " + window.services.leadBook().assignee(4L)
                    + ", dialog still there " + robot.lookup(".dialog-pane").tryQuery().isPresent(), e);
        }
        assertEquals("Robin", window.services.leadBook().assignee(4L), "kept without the spaces typed around it");
        assertEquals(List.of(4L), window.services.leadBook().page(app.ember.domain.LeadQuery.all().withAssignedTo("Robin"),
                0, 50).stream().map(LeadRow::id).toList(), "under Mine for Robin, and only it");
    }
}
