package app.ember.ui;

import static app.ember.ui.WindowFixture.table;
import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.LeadSort;
import app.ember.domain.Temperature;
import java.util.List;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The lead list with the sample book: counts bar filters, search, sorting, bulk actions, delete and undo. */
class LeadListUiTest extends OnMainWindow {

    @Override
    protected boolean withSampleLeads() {
        return true;
    }

    /** Focus without a click: a click on the table would select the row under the pointer. */
    private static void focusTable(FxRobot robot) {
        robot.interact(() -> table(robot).requestFocus());
    }

    private void loaded(FxRobot robot, int size) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == size && table(robot).getItems().get(0) != null);
    }

    @Test
    void eachTemperatureInTheCountsBarFiltersTheList(FxRobot robot) throws Exception {
        loaded(robot, 60);
        for (Temperature temperature : Temperature.values()) {
            ToggleButton toggle = robot.lookup("#" + temperature.code() + "Toggle").queryAs(ToggleButton.class);
            int expected = window.services.leadBook().count(LeadQuery.all().withTemperatures(java.util.Set.of(temperature)));
            assertTrue(toggle.getText().contains(String.valueOf(expected)), toggle.getText());
            robot.clickOn(toggle);
            loaded(robot, expected);
            assertTrue(table(robot).getItems().stream().allMatch(r -> r.temperature() == temperature), temperature.code());
            assertTrue(toggle.isSelected());
            robot.clickOn(toggle);
            loaded(robot, 60);
        }
    }

    @Test
    void searchFindsALeadByANameTypedWithoutAccents(FxRobot robot) throws Exception {
        loaded(robot, 60);
        robot.clickOn("#searchField").write("lefevre");
        waitUntil(() -> table(robot).getItems().size() == 1 && table(robot).getItems().get(0) != null);
        assertEquals("Chloé Lefèvre", table(robot).getItems().get(0).name());
    }

    @Test
    void searchLooksIntoPreferencesNotesAndTags(FxRobot robot) throws Exception {
        loaded(robot, 60);
        long withPeonies = window.services.leadBook().count(LeadQuery.all().withSearch("peonies"));
        assertTrue(withPeonies > 0, "the sample book mentions peonies");
        robot.clickOn("#searchField").write("peonies");
        waitUntil(() -> table(robot).getItems().size() == withPeonies);
    }

    @Test
    void sortingByTemperaturePutsSameDayHotLeadsFirst(FxRobot robot) throws Exception {
        loaded(robot, 60);
        @SuppressWarnings("unchecked")
        ComboBox<LeadSort> sortBox = robot.lookup("#sortBox").queryAs(ComboBox.class);
        robot.interact(() -> sortBox.setValue(LeadSort.NAME));
        waitUntil(() -> table(robot).getItems().get(0) != null && !table(robot).getItems().get(0).sameDay());
        TableColumn<?, ?> temperatureColumn = table(robot).getColumns().get(0);
        robot.clickOn(temperatureColumn.getText());
        waitUntil(() -> sortBox.getValue() == LeadSort.HEAT && table(robot).getItems().get(0) != null
                && table(robot).getItems().get(0).sameDay());
        List<LeadRow> rows = table(robot).getItems().subList(0, 60);
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).temperature().compareTo(rows.get(i).temperature()) <= 0, "hottest first at " + i);
        }
    }

    @Test
    void aBulkTagReachesEverySelectedLead(FxRobot robot) throws Exception {
        loaded(robot, 60);
        robot.interact(() -> table(robot).getSelectionModel().selectRange(0, 3));
        focusTable(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T)
                .release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#tagChoice").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#tagChoice").queryAs(ComboBox.class).getEditor().setText("gala2027"));
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(ButtonBase.class).stream()
                .filter(b -> "OK".equals(b.getText())).findFirst().orElseThrow());
        waitUntil(() -> window.services.leadBook().count(LeadQuery.all().withTag("gala2027")) == 3);
        robot.clickOn("#searchField").write("gala2027");
        waitUntil(() -> table(robot).getItems().size() == 3);
    }

    @Test
    void deleteAsksFirstAndCanBeUndone(FxRobot robot) throws Exception {
        loaded(robot, 60);
        String first = table(robot).getItems().get(0).name();
        robot.interact(() -> table(robot).getSelectionModel().selectRange(0, 2));
        focusTable(robot);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(ButtonBase.class).stream()
                .filter(b -> "Delete".equals(b.getText())).findFirst().orElseThrow());
        loaded(robot, 58);
        assertTrue(table(robot).getItems().stream().noneMatch(r -> r != null && r.name().equals(first)));
        Label status = robot.lookup(".status-text").queryAs(Label.class);
        assertTrue(status.getText().contains("2 leads deleted"), status.getText());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        loaded(robot, 60);
        assertEquals(first, table(robot).getItems().get(0).name());
    }

    @Test
    void aTemperatureChangeAsksWhyAndTheReasonLandsInTheHistory(FxRobot robot) throws Exception {
        loaded(robot, 60);
        LeadRow target = table(robot).getItems().get(5);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(5));
        waitUntil(() -> robot.lookup(".detail-name").queryAs(Label.class).getText().equals(target.name()));
        focusTable(robot);
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#reasonField").tryQuery().isPresent());
        ButtonBase ok = robot.lookup(".dialog-pane .button").queryAllAs(ButtonBase.class).stream()
                .filter(b -> "OK".equals(b.getText())).findFirst().orElseThrow();
        assertTrue(ok.isDisabled(), "no change without a reason");
        robot.interact(() -> robot.lookup("#temperatureChoice").queryAs(ComboBox.class).setValue(Temperature.COLD));
        robot.clickOn("#reasonField").write("No budget until spring");
        robot.clickOn(ok);
        waitUntil(() -> robot.lookup(".entry-body").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("No budget until spring")));
        assertEquals(Temperature.COLD, window.services.leadBook().details(target.id()).orElseThrow().lead().temperature());
    }

    @Test
    void typingInTheSearchFieldKeepsWhatWasTyped(FxRobot robot) throws Exception {
        loaded(robot, 60);
        robot.clickOn("#searchField").write("zz no such lead");
        waitUntil(() -> table(robot).getItems().isEmpty());
        assertEquals("zz no such lead", robot.lookup("#searchField").queryAs(TextField.class).getText());
        assertTrue(WindowFixture.shown(robot, ".empty-label"));
    }
}
