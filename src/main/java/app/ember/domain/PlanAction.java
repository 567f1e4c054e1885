package app.ember.domain;

import java.time.Instant;
import java.util.List;

/**
 * One line of the week's plan: whom to contact, how, why, by when, and what it costs.
 *
 * @param reasons         the first one is why the lead is in the plan; the others say what else the week holds
 * @param whenTimeLeft    its temperature waits until everything else is done (cold, by default)
 * @param fits            above the cut line: the minutes up to and including it are within the budget
 * @param runningMinutes  the minutes of this action and every one before it
 */
public record PlanAction(Lead lead, Kind kind, Channel channel, Instant due, boolean overdue, int minutes,
                         List<PlanReason> reasons, boolean whenTimeLeft, boolean fits, int runningMinutes) {

    public enum Kind implements Coded {
        /** Nobody has been in touch yet. */
        FIRST_RESPONSE,
        /** The next touch of the lead's cadence. */
        FOLLOW_UP,
        /** A lost lead whose rest in nurture is over. */
        NURTURE_RETURN,
        /** A birthday or anniversary this week. */
        GREETING,
        /** The lead's event falls this week. */
        EVENT
    }

    public PlanAction {
        reasons = List.copyOf(reasons);
    }

    public long leadId() {
        return lead.id();
    }

    public PlanReason reason() {
        return reasons.get(0);
    }

    PlanAction placed(boolean fitsBudget, int running) {
        return new PlanAction(lead, kind, channel, due, overdue, minutes, reasons, whenTimeLeft, fitsBudget, running);
    }
}
