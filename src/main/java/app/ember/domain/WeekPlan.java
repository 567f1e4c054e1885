package app.ember.domain;

import java.time.Instant;
import java.util.List;

/**
 * The week's actions in the order to work them, with the budget and where it runs out. A plan of a
 * big book keeps every action above the cut line and a few hundred below it; the rest are counted.
 *
 * @param moreActions the actions due this week that come after the last one kept
 * @param moreMinutes their minutes
 */
public record WeekPlan(PlanWeek week, Instant madeAt, int budgetMinutes, List<PlanAction> actions,
                       int moreActions, int moreMinutes) {

    public WeekPlan {
        actions = List.copyOf(actions);
    }

    public WeekPlan(PlanWeek week, Instant madeAt, int budgetMinutes, List<PlanAction> actions) {
        this(week, madeAt, budgetMinutes, actions, 0, 0);
    }

    /** Every action due this week, kept or counted. */
    public int allActions() {
        return actions.size() + moreActions;
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

    /** The minutes of every action due this week, kept or counted. */
    public int totalMinutes() {
        return (actions.isEmpty() ? 0 : actions.get(actions.size() - 1).runningMinutes()) + moreMinutes;
    }

    /** The hot leads' actions (same-day ones too) that fall below the cut line. */
    public int hotBelowCut() {
        return (int) actions.stream().filter(a -> a.lead().temperature() == Temperature.HOT && !a.fits()).count();
    }

    /** The budget that would bring every hot lead's action above the cut line: the minutes up to the last one. */
    public int minutesForAllHot() {
        int minutes = 0;
        for (PlanAction action : actions) {
            if (action.lead().temperature() == Temperature.HOT) {
                minutes = action.runningMinutes();
            }
        }
        return minutes;
    }
}
