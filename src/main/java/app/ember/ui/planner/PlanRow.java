package app.ember.ui.planner;

import app.ember.domain.Outcome;
import app.ember.domain.PlanAction;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One action of the plan as the session goes: still to do, being saved, done, or snoozed. */
public final class PlanRow {
    public enum State { TO_DO, LOGGING, DONE, SNOOZED }

    private final PlanAction action;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.TO_DO);
    private Outcome outcome;
    private LocalDate snoozedTo;

    PlanRow(PlanAction action) {
        this.action = action;
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
