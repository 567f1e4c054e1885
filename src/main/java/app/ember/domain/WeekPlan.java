package app.ember.domain;

import java.time.Instant;
import java.util.List;

/** The week's actions in the order to work them, with the budget and where it runs out. */
public record WeekPlan(PlanWeek week, Instant madeAt, int budgetMinutes, List<PlanAction> actions) {

    public WeekPlan {
        actions = List.copyOf(actions);
    }

    /** How many actions fit in the budget: the index of the first one below the cut line. */
    public int cutIndex() {
        int index = 0;
        while (index < actions.size() && actions.get(index).fits()) {
            index++;
        }
        return index;
    }

    /** The minutes of the actions above the cut line. */
    public int plannedMinutes() {
        int cut = cutIndex();
        return cut == 0 ? 0 : actions.get(cut - 1).runningMinutes();
    }

    public int totalMinutes() {
        return actions.isEmpty() ? 0 : actions.get(actions.size() - 1).runningMinutes();
    }
}
