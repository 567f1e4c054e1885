package app.ember.ui.planner;

import app.ember.domain.Outcome;
import app.ember.ui.common.AppAction;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.input.KeyEvent;

/**
 * The keys that work the plan without a mouse. The keys themselves live in the one key table
 * ({@link AppAction}, scope PLANNER), so Help → Keyboard shortcuts lists them; here each one-key
 * action gets its outcome. The hint bar and the key handler both read this.
 */
final class PlanKeys {
    /** In the order the hint bar shows them. */
    private static final Map<AppAction, Outcome> OUTCOMES = new LinkedHashMap<>();

    static {
        OUTCOMES.put(AppAction.PLAN_REACHED, Outcome.REACHED);
        OUTCOMES.put(AppAction.PLAN_NO_ANSWER, Outcome.NO_ANSWER);
        OUTCOMES.put(AppAction.PLAN_LEFT_MESSAGE, Outcome.LEFT_MESSAGE);
        OUTCOMES.put(AppAction.PLAN_SENT, Outcome.SENT);
        OUTCOMES.put(AppAction.PLAN_MEETING_BOOKED, Outcome.MEETING_BOOKED);
        OUTCOMES.put(AppAction.PLAN_QUOTE_SENT, Outcome.QUOTE_SENT);
        OUTCOMES.put(AppAction.PLAN_NOT_INTERESTED, Outcome.NOT_INTERESTED);
    }

    private PlanKeys() {
    }

    static Map<AppAction, Outcome> outcomes() {
        return OUTCOMES;
    }

    /** The one-key outcome a key press stands for, or null. */
    static Outcome outcome(KeyEvent event) {
        for (Map.Entry<AppAction, Outcome> entry : OUTCOMES.entrySet()) {
            if (entry.getKey().matches(event)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
