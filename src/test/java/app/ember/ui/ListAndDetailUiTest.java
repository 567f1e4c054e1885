package app.ember.ui;

import static app.ember.ui.WindowFixture.table;
import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Lead;
import app.ember.domain.LeadStatus;
import app.ember.domain.Temperature;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Small things seen walking a session: a lost lead is not "late", an empty search says so, Enter adds a tag. */
@ExtendWith(ApplicationExtension.class)
class ListAndDetailUiTest {
    private WindowFixture window;
    private long lost;
    private long open;

    @Start
    void start(Stage stage) throws Exception {
        window = new WindowFixture(stage, false, services -> {
            Instant longAgo = Instant.now().minus(Duration.ofDays(170));
            lost = services.leadBook().create(Lead.builder().firstName("Lorna").lastName("Lost")
                    .temperature(Temperature.COOL).status(LeadStatus.LOST).created(longAgo).nextFollowUp(longAgo)
                    .build());
            open = services.leadBook().create(Lead.builder().firstName("Olive").lastName("Open")
                    .temperature(Temperature.WARM).build());
        });
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private static List<TableCell<?, ?>> cellsOfRow(FxRobot robot, String name) {
        for (Node row : robot.lookup(".table-row-cell").queryAll()) {
            List<TableCell<?, ?>> cells = new java.util.ArrayList<>();
            for (Node cell : robot.from(row).lookup(".table-cell").queryAll()) {
                cells.add((TableCell<?, ?>) cell);
            }
            if (cells.stream().anyMatch(c -> name.equals(c.getText()))) {
                return cells;
            }
        }
        return List.of();
    }

    @Test
    void aLostLeadSaysLostAndNothingAboutItIsRedOrLate(FxRobot robot) throws Exception {
        waitUntil(() -> !cellsOfRow(robot, "Lorna Lost").isEmpty());
        List<TableCell<?, ?>> cells = cellsOfRow(robot, "Lorna Lost");
        assertTrue(cells.stream().anyMatch(c -> "Lost".equals(c.getText())), "the Next column says Lost");
        for (TableCell<?, ?> cell : cells) {
            assertFalse(cell.getStyleClass().contains("overdue") || cell.getStyleClass().contains("late"),
                    cell.getText() + " is shown as late");
            assertFalse(cell.getText() != null && cell.getText().contains("170 days"), cell.getText());
        }
    }

    @Test
    void aSearchThatFindsNothingSaysWhatWasSearched(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.clickOn("#searchField").write("zzyzx");
        waitUntil(() -> table(robot).getItems().isEmpty() && table(robot).getPlaceholder() instanceof Label label
                && label.getText().startsWith("No leads match"));
        assertEquals("No leads match \"zzyzx\".", ((Label) table(robot).getPlaceholder()).getText());
    }

    @Test
    void theNameHeaderShowsTheArrowOfTheOrderInForceOnEveryClick(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 2 && table(robot).getItems().get(0) != null);
        Node header = robot.lookup(".column-header").queryAll().stream()
                .filter(n -> robot.from(n).lookup(".label").queryAll().stream()
                        .anyMatch(l -> l instanceof Label label && "Name".equals(label.getText())))
                .findFirst().orElseThrow();
        for (int click = 1; click <= 3; click++) {
            robot.clickOn(header);
            int n = click;
            waitUntil(() -> window.model.list().queryProperty().get().sort() == app.ember.domain.LeadSort.NAME
                    && table(robot).getSortOrder().size() == 1
                    && "Name".equals(table(robot).getSortOrder().get(0).getText())
                    && table(robot).getSortOrder().get(0).getSortType() == javafx.scene.control.TableColumn.SortType.ASCENDING);
            assertEquals("Lorna Lost", table(robot).getItems().get(0).name(), "by last name, click " + n);
        }
    }

    @Test
    void f1ListsThePlannerKeysInADialogThatFitsALaptopScreen(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 2);
        window.focusMainWindow(robot);
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcuts-text").tryQuery().isPresent());
        Label keys = robot.lookup("#shortcuts-text").queryAs(Label.class);
        assertTrue(keys.getText().contains("P\tLog \"sent\" (a postcard or letter posted)"), keys.getText());
        double height = keys.getScene().getWindow().getHeight();
        assertTrue(height < 700, "the dialog is " + height + " px tall: it must fit a 768 px screen");
    }

    @Test
    void enterInAddATagAddsIt(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 2 && table(robot).getItems().get(0) != null);
        robot.interact(() -> {
            for (int i = 0; i < table(robot).getItems().size(); i++) {
                if (table(robot).getItems().get(i).id() == open) {
                    table(robot).getSelectionModel().clearAndSelect(i);
                }
            }
        });
        waitUntil(() -> window.model.detail().shownId() != null && window.model.detail().shownId() == open
                && robot.lookup("#tagField").tryQuery().isPresent() && WindowFixture.shown(robot, "#tagField"));
        @SuppressWarnings("unchecked")
        ComboBox<String> tag = robot.lookup("#tagField").queryAs(ComboBox.class);
        robot.interact(() -> tag.getEditor().requestFocus());
        robot.write("wedding");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.services.leadBook().details(open).orElseThrow().tags().contains("wedding"));
    }
}
