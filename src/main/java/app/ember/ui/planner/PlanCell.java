package app.ember.ui.planner;

import app.ember.domain.PlanAction;
import app.ember.domain.WeekPlan;
import app.ember.i18n.Messages;
import app.ember.ui.common.ChannelLook;
import app.ember.ui.common.TemperatureLook;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One action of the plan: tick, due, temperature (colour, icon and word), lead, channel, reason,
 * minutes and the running total. The first action below the cut line carries the line itself, so
 * the line is never a row the keyboard can stop on.
 */
final class PlanCell extends ListCell<PlanRow> {
    private final Supplier<WeekPlan> plan;
    private final Clock clock;
    private final FontIcon tick = new FontIcon();
    private final Label due = new Label();
    private final Label temperature = new Label();
    private final Label name = new Label();
    private final Label company = new Label();
    private final Label channel = new Label();
    private final Label reason = new Label();
    private final Label minutes = new Label();
    private final Label running = new Label();
    private final HBox line;
    private final Label cut = new Label();
    private final VBox withCut;

    /** Tick, due, temperature, channel, minutes, running total and the gaps between them. */
    private static final double FIXED_WIDTH = 560;
    private static final double ROOM_FOR_RUNNING_TOTAL = 1100;

    PlanCell(Supplier<WeekPlan> plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
        channel.setGraphic(new FontIcon());
        // Name and company on one line: a compact row shows more of the week, and the cut line sooner.
        HBox who = new HBox(8, name, company);
        who.setAlignment(Pos.CENTER_LEFT);
        name.setMinWidth(Region.USE_PREF_SIZE);
        company.setMinWidth(0);
        who.getStyleClass().add("plan-who");
        name.getStyleClass().add("plan-name");
        company.getStyleClass().add("plan-company");
        due.getStyleClass().add("plan-due");
        channel.getStyleClass().add("plan-channel");
        reason.getStyleClass().add("plan-reason");
        minutes.getStyleClass().add("plan-minutes");
        running.getStyleClass().add("plan-running");
        tick.getStyleClass().add("plan-tick");
        temperature.setMinWidth(112);
        temperature.setPrefWidth(112);
        due.setMinWidth(118);
        due.setPrefWidth(118);
        who.setPrefWidth(330);
        who.setMinWidth(150);
        who.setMaxWidth(330);
        // The name shares what is left with the reason, so a narrow window (1024 px) still shows why.
        widthProperty().addListener((o, was, now) -> {
            // Below 1100 px the running total (also in the header's "planned" figure) steps aside and the
            // name keeps its least, so the reason, which says why the action is there, is read whole.
            boolean roomy = now.doubleValue() >= ROOM_FOR_RUNNING_TOTAL;
            who.setPrefWidth(roomy ? Math.max(170, Math.min(330, (now.doubleValue() - FIXED_WIDTH) / 2)) : 170);
            running.setVisible(roomy);
            running.setManaged(roomy);
        });
        channel.setMinWidth(110);
        channel.setPrefWidth(110);
        minutes.setMinWidth(56);
        running.setMinWidth(56);
        minutes.setAlignment(Pos.CENTER_RIGHT);
        running.setAlignment(Pos.CENTER_RIGHT);
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.setMinWidth(0);
        reason.setPrefWidth(0);
        HBox.setHgrow(reason, Priority.ALWAYS);
        // A reason cut short in a narrow window is read whole by pointing at it.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(reason.textProperty());
        reason.setTooltip(whole);
        line = new HBox(10, tick, due, temperature, who, channel, reason, minutes, running);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("plan-line");
        cut.getStyleClass().add("plan-cut");
        cut.setMaxWidth(Double.MAX_VALUE);
        cut.setGraphic(new FontIcon("mdi2c-content-cut"));
        withCut = new VBox(cut);
        getStyleClass().add("plan-cell");
        // The cell takes the list's width instead of asking for its content's: no sideways scrolling,
        // a long reason ends in an ellipsis.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(PlanRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("below-cut", "done", "snoozed", "plan-overdue");
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        PlanAction action = row.action();
        WeekPlan current = plan.get();
        TemperatureLook.dress(temperature, action.lead().temperature(), action.lead().sizzling());
        due.setText(row.loggedEarlier() ? PlanFormats.day(action.due(), clock.getZone())
                : PlanFormats.due(action, current == null ? clock.instant() : current.madeAt(), clock.getZone()));
        name.setText(action.lead().name());
        company.setText(action.lead().company());
        company.setManaged(!action.lead().company().isEmpty());
        company.setVisible(!action.lead().company().isEmpty());
        ((FontIcon) channel.getGraphic()).setIconLiteral(ChannelLook.iconCode(action.channel()));
        channel.setText(ChannelLook.word(action.channel()));
        reason.setText(Messages.planReasons(action.reasons()));
        minutes.setText(Messages.format("planner.minutes", action.minutes()));
        running.setText(row.loggedEarlier() ? "" : Messages.format("planner.running", action.runningMinutes()));
        if (row.loggedEarlier()) {
            reason.setText(Messages.format("planner.loggedEarlier", row.outcome() == null ? ""
                    : Messages.get("outcome." + row.outcome().code())));
        }
        tick.setIconLiteral(switch (row.state()) {
            case DONE -> "mdi2c-checkbox-marked-outline";
            case SNOOZED -> "mdi2a-alarm-snooze";
            case LOGGING -> "mdi2p-progress-clock";
            case TO_DO -> "mdi2c-checkbox-blank-outline";
        });
        if (!action.fits()) {
            getStyleClass().add("below-cut");
        }
        if (action.overdue()) {
            getStyleClass().add("plan-overdue");
        }
        if (row.state() == PlanRow.State.DONE) {
            getStyleClass().add("done");
        } else if (row.state() == PlanRow.State.SNOOZED) {
            getStyleClass().add("snoozed");
            reason.setText(Messages.format("planner.snoozedTo", PlanFormats.day(row.snoozedTo())));
        }
        if (row.firstBelowCut() && current != null) {
            cut.setText(Messages.format("planner.cutLine", current.budgetMinutes()));
            withCut.getChildren().setAll(cut, line);
            setGraphic(withCut);
        } else {
            setGraphic(line);
        }
        setText(null);
        setAccessibleText(Messages.format("planner.accessible", name.getText(), temperature.getText(),
                channel.getText(), due.getText(), reason.getText()));
    }
}
