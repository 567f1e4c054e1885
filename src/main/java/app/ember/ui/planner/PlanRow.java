package app.ember.ui.planner;

import app.ember.domain.Outcome;
import app.ember.domain.PlanAction;
import app.ember.domain.WeekTouch;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One action of the plan as the session goes: still to do, being saved, done, or snoozed. */
public final class PlanRow {
    public enum State { TO_DO, LOGGING, DONE, SNOOZED }

    private final PlanAction action;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.TO_DO);
    private final boolean firstBelowCut;
    private final boolean loggedEarlier;
    private Outcome outcome;
    private LocalDate snoozedTo;

    PlanRow(PlanAction action) {
        this(action, false, false);
    }

    PlanRow(PlanAction action, boolean firstBelowCut, boolean loggedEarlier) {
        this.action = action;
        this.firstBelowCut = firstBelowCut;
        this.loggedEarlier = loggedEarlier;
    }

    /**
     * A touch logged earlier this week, shown ticked above the plan so the tally and the ticks hold
     * when the plan is made again: its channel, minutes and outcome, at the time it was logged.
     */
    static PlanRow done(WeekTouch touch) {
        PlanRow row = new PlanRow(new PlanAction(touch.lead(), PlanAction.Kind.FOLLOW_UP, touch.channel(), touch.at(),
                false, touch.minutes(), List.of(), false, true, 0), false, true);
        row.markDone(touch.outcome());
        return row;
    }

    /** The first action below the budget's cut line: its cell carries the line. */
    public boolean firstBelowCut() {
        return firstBelowCut;
    }

    /** Logged before the plan was made (this week, here or elsewhere), not in this session's list. */
    public boolean loggedEarlier() {
        return loggedEarlier;
    }

    public PlanAction action() {
        return action;
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    /** The outcome logged with one key, or null when logged through the quick-log window. */
    public Outcome outcome() {
        return outcome;
    }

    public LocalDate snoozedTo() {
        return snoozedTo;
    }

    void setState(State value) {
        state.set(value);
    }

    void markDone(Outcome logged) {
        outcome = logged;
        state.set(State.DONE);
    }

    void markSnoozed(LocalDate day) {
        snoozedTo = day;
        state.set(State.SNOOZED);
    }
}
