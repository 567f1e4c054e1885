package app.ember.ui.planner;

import app.ember.domain.Outcome;
import app.ember.i18n.Messages;
import app.ember.ui.common.AppAction;
import app.ember.ui.common.ChannelLook;
import app.ember.ui.common.DialogService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;

/**
 * "This week": binds the plan to the list and turns keys into actions. Logging through the
 * quick-log window and opening a lead belong to the main window, which sets those two handlers.
 */
public final class PlannerView {
    private final PlannerViewModel model;
    private final Clock clock;
    private final PlanDocuments documents;
    private final DialogService dialogs;
    private Consumer<PlanRow> onLog = row -> { };
    private Consumer<PlanRow> onOpen = row -> { };

    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button thisWeekButton;
    @FXML private Button printButton;
    @FXML private Button pdfButton;
    @FXML private Button calendarButton;
    @FXML private Label weekLabel;
    @FXML private Label summaryLabel;
    @FXML private Label hotWarningLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Spinner<Integer> budgetSpinner;
    @FXML private ToggleButton mineToggle;
    @FXML private ListView<PlanRow> list;
    @FXML private FlowPane keysPane;

    public PlannerView(PlannerViewModel model, DialogService dialogs) {
        this.model = model;
        this.clock = model.clock();
        this.dialogs = dialogs;
        this.documents = new PlanDocuments(model, dialogs);
    }

    @FXML
    private void initialize() {
        list.setItems(model.rows());
        list.setCellFactory(view -> new PlanCell(model.planProperty()::get, clock));
        list.setPlaceholder(new Label(Messages.get("planner.empty")));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.rows().addListener((javafx.collections.ListChangeListener<PlanRow>) change -> {
            if (list.getSelectionModel().getSelectedIndex() < 0 && !model.rows().isEmpty()) {
                selectFirstToDo();
            }
        });
        weekLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> PlanFormats.week(model.weekProperty().get()), model.weekProperty()));
        summaryLabel.textProperty().bind(model.summaryProperty());
        hotWarningLabel.textProperty().bind(model.hotWarningProperty());
        hotWarningLabel.visibleProperty().bind(model.hotWarningProperty().isNotEmpty());
        hotWarningLabel.managedProperty().bind(hotWarningLabel.visibleProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        app.ember.ui.common.MineToggle.bind(mineToggle, model.mineProperty(), model.who());
        compactWhenNarrow();
        previousButton.setTooltip(new Tooltip(Messages.get("planner.previousWeek")));
        nextButton.setTooltip(new Tooltip(Messages.get("planner.nextWeek")));
        SpinnerValueFactory.IntegerSpinnerValueFactory budget = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                5, app.ember.domain.FollowUpPolicy.MAX_SESSION_MINUTES, model.budgetProperty().get(), 15);
        budgetSpinner.setValueFactory(budget);
        model.budgetProperty().addListener((o, was, now) -> budget.setValue(now.intValue()));
        budget.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.setBudget(now);
            }
        });
        budgetSpinner.setTooltip(new Tooltip(Messages.get("planner.budgetTip")));
        // Nothing planned, nothing to print or export.
        javafx.beans.binding.BooleanBinding nothing = javafx.beans.binding.Bindings.isEmpty(model.rows());
        printButton.disableProperty().bind(nothing);
        pdfButton.disableProperty().bind(nothing);
        calendarButton.disableProperty().bind(nothing);
        list.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.windowProperty().addListener((w, before, window) -> model.setOwner(window));
                model.setOwner(now.getWindow());
            }
        });
        buildKeyHints();
    }

    /**
     * In a narrow window (1024 px) the week's title keeps its full width: the print, PDF and
     * calendar buttons show only their icons, their words moving to tooltips.
     */
    private void compactWhenNarrow() {
        weekLabel.setMinWidth(Region.USE_PREF_SIZE);
        for (Button button : List.of(printButton, pdfButton, calendarButton)) {
            button.setTooltip(new Tooltip(button.getText()));
        }
        list.widthProperty().addListener((o, was, now) -> {
            ContentDisplay display = now.doubleValue() < COMPACT_BELOW ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            for (Button button : List.of(printButton, pdfButton, calendarButton)) {
                button.setContentDisplay(display);
            }
        });
    }

    /** The list width under which the toolbar's document buttons drop their words. */
    private static final double COMPACT_BELOW = 1150;

    /** The plan takes the keyboard: the first action to do is selected. */
    public void focus() {
        list.requestFocus();
        if (list.getSelectionModel().getSelectedIndex() < 0 && !model.rows().isEmpty()) {
            selectFirstToDo();
        }
    }

    /** The first action still to do (the week's earlier touches stand ticked above it), else the first row. */
    private void selectFirstToDo() {
        for (int i = 0; i < model.rows().size(); i++) {
            if (model.rows().get(i).state() == PlanRow.State.TO_DO) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
        list.getSelectionModel().select(0);
    }

    public void setOnLog(Consumer<PlanRow> handler) {
        this.onLog = handler;
    }

    public void setOnOpen(Consumer<PlanRow> handler) {
        this.onOpen = handler;
    }

    public ListView<PlanRow> list() {
        return list;
    }

    private void onKey(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return; // menu accelerators pass through
        }
        PlanRow row = list.getSelectionModel().getSelectedItem();
        Outcome outcome = PlanKeys.outcome(event);
        boolean log = AppAction.PLAN_LOG.matches(event);
        boolean snooze = AppAction.PLAN_SNOOZE.matches(event);
        boolean open = AppAction.PLAN_OPEN.matches(event);
        if (row == null || outcome == null && !log && !snooze && !open) {
            return;
        }
        event.consume();
        if (outcome != null) {
            model.log(row, outcome);
            selectNextToDo();
        } else if (log) {
            if (row.state() == PlanRow.State.TO_DO) {
                onLog.accept(row);
            }
        } else if (snooze) {
            snooze(row);
        } else {
            onOpen.accept(row);
        }
    }

    /** After a one-key log the next action still to do is selected, so the session flows. */
    public void selectNextToDo() {
        int from = list.getSelectionModel().getSelectedIndex();
        for (int i = from + 1; i < model.rows().size(); i++) {
            if (model.rows().get(i).state() == PlanRow.State.TO_DO) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    private void snooze(PlanRow row) {
        if (row.state() != PlanRow.State.TO_DO) {
            return;
        }
        SnoozeDialog.ask(dialogs, window(), row, clock).ifPresent(day -> {
            model.snooze(row, day);
            selectNextToDo();
        });
        list.requestFocus();
    }

    @FXML
    private void previousWeek() {
        model.previousWeek();
    }

    @FXML
    private void nextWeek() {
        model.nextWeek();
    }

    @FXML
    private void thisWeek() {
        model.thisWeek();
    }

    @FXML
    private void print() {
        documents.print();
    }

    @FXML
    private void savePdf() {
        documents.savePdf(window());
    }

    @FXML
    private void exportCalendar() {
        documents.exportCalendar(window());
    }

    public void printPlan() {
        print();
    }

    public void savePlanPdf() {
        savePdf();
    }

    public void exportPlanCalendar() {
        exportCalendar();
    }

    private Window window() {
        return list.getScene().getWindow();
    }

    /** "↑↓ move · Enter log… · R reached · …": the keys, read from the same table the handler uses. */
    private void buildKeyHints() {
        keysPane.getChildren().add(hint("↑ ↓", Messages.get("planner.keyMove")));
        keysPane.getChildren().add(hint(key(AppAction.PLAN_LOG), Messages.get("planner.keyLog")));
        for (Map.Entry<AppAction, Outcome> entry : PlanKeys.outcomes().entrySet()) {
            keysPane.getChildren().add(hint(key(entry.getKey()), ChannelLook.word(entry.getValue())));
        }
        keysPane.getChildren().add(hint(key(AppAction.PLAN_SNOOZE), Messages.get("planner.keySnooze")));
        keysPane.getChildren().add(hint(key(AppAction.PLAN_OPEN), Messages.get("planner.keyOpen")));
    }

    private static String key(AppAction action) {
        return action.keyText();
    }

    private static Label hint(String key, String what) {
        Label keyLabel = new Label(key);
        keyLabel.getStyleClass().add("key-cap");
        Label hint = new Label(what, keyLabel);
        hint.getStyleClass().add("key-hint");
        return hint;
    }
}
